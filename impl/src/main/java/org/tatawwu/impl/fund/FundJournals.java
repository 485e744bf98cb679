package org.tatawwu.impl.fund;

import java.util.List;
import java.util.Objects;
import org.tatawwu.fund.FundJournalConflictException;
import org.tatawwu.fund.JournalEntry;

/** The checks every fund journal store of ours makes before an append. */
final class FundJournals {
  private FundJournals() {}

  /**
   * Checks an append against the journal's size.
   *
   * @param entries the operation's entries, not empty
   * @param size the entries stored
   * @throws FundJournalConflictException if the first entry's sequence is taken
   * @throws IllegalStateException if it leaves a gap
   * @throws IllegalArgumentException if the entries' sequences do not run on one by one
   */
  static void checkAppend(List<JournalEntry> entries, long size) {
    long first = entries.get(0).sequence();
    checkRun(entries);
    if (first <= size) {
      throw conflict(first);
    }
    if (first > size + 1) {
      throw new IllegalStateException(
          "fund journal entry " + first + " leaves a gap after entry " + size);
    }
  }

  /**
   * Checks that the entries' sequences run on one by one from a positive first.
   *
   * @param entries the entries, not empty
   * @throws IllegalArgumentException if not
   */
  static void checkRun(List<JournalEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    long first = entries.get(0).sequence();
    if (first < 1) {
      throw new IllegalArgumentException("fund journal sequences start at 1");
    }
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).sequence() != first + i) {
        throw new IllegalArgumentException(
            "fund journal entry "
                + entries.get(i).sequence()
                + " does not follow "
                + (first + i - 1));
      }
    }
  }

  /**
   * Returns the exception for a taken sequence.
   *
   * @param sequence the sequence the append expected to take
   * @return the exception
   */
  static FundJournalConflictException conflict(long sequence) {
    return new FundJournalConflictException(
        sequence, "fund journal entry " + sequence + " was taken by another writer");
  }

  /**
   * Checks a replay's starting point.
   *
   * @param sequence the last entry the caller has
   * @throws IllegalArgumentException if negative
   */
  static void checkAfter(long sequence) {
    if (sequence < 0) {
      throw new IllegalArgumentException("a replay starts after sequence 0 or more");
    }
  }
}
