package org.tatawwu.impl.fund;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.tatawwu.fund.FundJournalFile;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.impl.storage.BlockFile;

/**
 * The fund journal in a file of checksummed blocks ({@link BlockFile}): one block per append, so an
 * operation's entries are recovered together or not at all; each block forced to the device before
 * the append returns. Entries are encoded by {@link FundEntryCodec}. Opening reads and checks every
 * entry (numbered 1, 2, 3, ... without gaps); an append cut short by a crash is dropped, any other
 * damage refuses the file.
 *
 * <p>Thread-safe; several ledgers in one process may share one store.
 */
public final class FileFundJournalStore implements FundJournalFile {
  private static final byte[] MAGIC = "TATAWWU-FUNDS 1\n".getBytes(StandardCharsets.US_ASCII);
  private static final String KIND = "fund journal file";

  private final BlockFile file;
  private final FundEntryCodec encoder = new FundEntryCodec();

  private FileFundJournalStore(BlockFile file) {
    this.file = file;
  }

  /**
   * Opens the file, creating it if there is none, and recovers from an append cut short.
   *
   * @param path the file, not null
   * @return the store
   * @throws java.io.UncheckedIOException if the file cannot be read or written
   * @throws IllegalStateException if the file is open in another store, is not a fund journal file,
   *     or is damaged
   */
  public static FileFundJournalStore open(Path path) {
    Objects.requireNonNull(path, "path");
    return new FileFundJournalStore(
        BlockFile.open(
            path,
            MAGIC,
            KIND,
            (first, count, payload) -> {
              for (int i = 0; i < count; i++) {
                JournalEntry e = FundEntryCodec.decode(payload);
                if (e.sequence() != first + i) {
                  throw new IllegalStateException(
                      "entry " + e.sequence() + " where entry " + (first + i) + " belongs");
                }
              }
              if (payload.hasRemaining()) {
                throw new IllegalStateException("a block holds more than its entries");
              }
            }));
  }

  @Override
  public synchronized void appendAll(List<JournalEntry> entries) {
    long size = file.records();
    if (entries.isEmpty()) {
      return;
    }
    FundJournals.checkAppend(entries, size);
    encoder.reset();
    entries.forEach(encoder::encode);
    file.append(encoder.bytes(), encoder.size(), entries.size());
  }

  @Override
  public void replayAfter(long after, Consumer<JournalEntry> consumer) {
    Objects.requireNonNull(consumer, "consumer");
    FundJournals.checkAfter(after);
    file.read(
        after,
        (first, count, payload) -> {
          for (int i = 0; i < count; i++) {
            JournalEntry e = FundEntryCodec.decode(payload);
            if (first + i > after) {
              consumer.accept(e);
            }
          }
        });
  }

  @Override
  public long size() {
    return file.records();
  }

  @Override
  public Path path() {
    return file.path();
  }

  @Override
  public long bytes() {
    return file.bytes();
  }

  @Override
  public void close() {
    file.close();
  }
}
