package org.tatawwu.impl.fund;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.tatawwu.fund.FundJournalStore;
import org.tatawwu.fund.JournalEntry;

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
  public synchronized void appendAll(List<JournalEntry> batch) {
    if (batch.isEmpty()) {
      return;
    }
    FundJournals.checkAppend(batch, entries.size());
    entries.addAll(batch);
  }

  @Override
  public void replayAfter(long after, Consumer<JournalEntry> consumer) {
    Objects.requireNonNull(consumer, "consumer");
    FundJournals.checkAfter(after);
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
