package org.tatawwu.fund;

import java.nio.file.Path;

/**
 * A fund journal store kept in a file ({@link org.tatawwu.Tatawwu#fundJournalFile}): every append
 * is written and forced to the device before it returns, as one checksummed block — an operation's
 * entries are all replayed after a crash, or none of them. Opening the file again replays what it
 * holds; an append a crash cut short is recognised and dropped, and any other damage refuses the
 * file rather than lose an entry silently.
 *
 * <p>One store at a time owns the file: opening it while another store holds it, in this process or
 * another, fails and leaves the first store's lock in force. Several ledgers in one process share
 * one store. Thread-safe. Close it when done.
 */
public interface FundJournalFile extends FundJournalStore, AutoCloseable {
  /**
   * Returns the file.
   *
   * @return its path
   */
  Path path();

  /**
   * Returns the size of the file.
   *
   * @return bytes
   */
  long bytes();

  /**
   * Closes the file; later calls fail with {@link IllegalStateException}.
   *
   * @throws java.io.UncheckedIOException if closing fails
   */
  @Override
  void close();
}
