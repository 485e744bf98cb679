package org.tatawwu.impl.fund;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.spi.FundJournalStore;

/**
 * The embedded default fund journal store: the entries in a list, lost when the JVM stops. Several
 * ledgers in one process may share one.
 *
 * <p>Thread-safe: appends, replays and reads are serialised.
 */
public final class InMemoryFundJournalStore implements FundJournalStore {
  private final List<JournalEntry> entries = new ArrayList<>();

  /** Creates an empty store. */
  public InMemoryFundJournalStore() {}

  @Override
  public synchronized boolean append(long expected, List<JournalEntry> batch) {
    FundJournals.checkAppend(expected, batch, entries.size());
    if (expected < entries.size()) {
      return false;
    }
    entries.addAll(batch);
    return true;
  }

  @Override
  public void replay(long after, Consumer<JournalEntry> consumer) {
    Objects.requireNonNull(consumer, "consumer");
    if (after < 0) {
      throw new IllegalArgumentException("after is 0 or more");
    }
    List<JournalEntry> copy;
    synchronized (this) {
      if (after >= entries.size()) {
        return;
      }
      copy = List.copyOf(entries.subList((int) after, entries.size()));
    }
    copy.forEach(consumer);
  }

  @Override
  public synchronized long size() {
    return entries.size();
  }
}
