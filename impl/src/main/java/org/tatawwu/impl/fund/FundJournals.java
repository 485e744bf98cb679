package org.tatawwu.impl.fund;

import java.util.List;
import java.util.Objects;
import org.tatawwu.fund.JournalEntry;

/** The argument checks every fund journal store of ours makes before an append. */
final class FundJournals {
  private FundJournals() {}

  /**
   * Checks an append's arguments against the journal's size.
   *
   * @param expected the entries the caller has seen
   * @param entries the operation's entries
   * @param size the entries stored
   * @throws IllegalArgumentException if {@code expected} is negative or the entries are empty or
   *     not numbered from {@code expected + 1}
   * @throws IllegalStateException if the journal holds fewer than {@code expected} entries
   */
  static void checkAppend(long expected, List<JournalEntry> entries, long size) {
    Objects.requireNonNull(entries, "entries");
    if (expected < 0) {
      throw new IllegalArgumentException("expected is 0 or more");
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("an append holds at least one entry");
    }
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).sequence() != expected + 1 + i) {
        throw new IllegalArgumentException(
            "entry " + entries.get(i).sequence() + " does not follow entry " + (expected + i));
      }
    }
    if (expected > size) {
      throw new IllegalStateException(
          "the journal holds " + size + " entries, fewer than the " + expected + " expected");
    }
  }
}
