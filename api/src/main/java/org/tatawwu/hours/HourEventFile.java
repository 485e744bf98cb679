package org.tatawwu.hours;

import java.nio.file.Path;

/**
 * An hour event store kept in a file ({@link org.tatawwu.Tatawwu#hourEventFile}): every append is
 * written and forced to the device before it returns, as one unit — a roster's events are all
 * replayed after a crash, or none of them. Opening the file again replays what it holds; an append
 * a crash cut short is recognised by its checksum and dropped, and any other damage refuses the
 * file rather than lose an event silently.
 *
 * <p>One store at a time owns the file: opening it while another store holds it fails. Thread-safe.
 * Close it when done.
 */
public interface HourEventFile extends HourEventStore, AutoCloseable {
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
