package org.tatawwu.fund;

import java.util.List;
import java.util.function.Consumer;

/**
 * Append-only storage for the Community Fund's journal: one totally ordered log of {@link
 * JournalEntry journal entries} whose sequences run from 1 without gaps, the only truth of every
 * fund ledger over it. A ledger keeps nothing the journal does not hold: it rebuilds itself by
 * replaying the journal, and before it decides anything it catches up on what other ledgers
 * appended. Several ledgers may share one store (one per application node, each with its own
 * connections): the journal's order is the order of their decisions.
 *
 * <h2>Optimistic concurrency</h2>
 *
 * <p>Every append carries the sequence it expects to take: one more than the last entry its ledger
 * has seen. The store accepts it only if that sequence is free, that is if no other ledger appended
 * since; otherwise it throws {@link FundJournalConflictException} and keeps nothing. The ledger
 * then catches up with {@link #replayAfter} and decides again. So every entry was decided by a
 * ledger that had applied every earlier entry: the fund's rules (a balance never negative, a
 * donation refunded at most what remains of it, one entry per idempotency key) hold across all the
 * ledgers of a store as they hold in one.
 *
 * <h2>Durability and what a reader sees</h2>
 *
 * <p>When {@link #append} or {@link #appendAll} returns, its entries are stored for good (for a
 * persistent store: on the device or committed) and visible to every later {@link #replayAfter} of
 * every ledger of the store. An operation's entries are appended as one batch, which is atomic:
 * after any failure (a crash, a lost connection, a timeout) its entries are all stored or none is,
 * and a replay never shows part of one. An append that throws anything other than a refused
 * sequence may or may not have been stored (its outcome is unknown, as when a connection drops
 * during a commit); a ledger learns which on its next catch-up, and an operation retried with the
 * same idempotency key is then answered from the stored entries. A replay yields a prefix of the
 * journal that includes everything acknowledged before it started.
 *
 * <p>Implementations must never edit or drop an entry and must be thread-safe. {@code
 * org.tatawwu.testkit.FundJournalStoreContract} (module {@code tatawwu-testkit}) is the suite an
 * implementation must pass.
 */
public interface FundJournalStore {
  /**
   * Appends one entry: {@code appendAll(List.of(entry))}.
   *
   * @param entry the next entry; its sequence is one more than the last entry the caller has seen,
   *     not null
   * @throws FundJournalConflictException if another writer has taken that sequence; nothing is
   *     stored
   * @throws IllegalStateException if the sequence leaves a gap after the last stored entry
   */
  default void append(JournalEntry entry) {
    appendAll(List.of(entry));
  }

  /**
   * Appends one operation's entries as one: all of them are stored or none is, also across a crash.
   *
   * @param entries the next entries, in sequence from one more than the last entry the caller has
   *     seen, not null; an empty list stores nothing
   * @throws FundJournalConflictException if another writer has taken the first sequence; nothing is
   *     stored
   * @throws IllegalStateException if the first sequence leaves a gap after the last stored entry
   * @throws IllegalArgumentException if the sequences of {@code entries} do not run on one by one
   */
  void appendAll(List<JournalEntry> entries);

  /**
   * Replays every stored entry in sequence: {@code replayAfter(0, consumer)}.
   *
   * @param consumer receives the entries, not null
   */
  default void replay(Consumer<JournalEntry> consumer) {
    replayAfter(0, consumer);
  }

  /**
   * Replays the stored entries after a sequence, in sequence: how a ledger catches up on other
   * ledgers' appends. With nothing after {@code sequence} it returns without calling the consumer,
   * and a store should make that case cheap: a ledger calls it before every decision and read.
   *
   * @param sequence the last entry the caller has, 0 or more
   * @param consumer receives the entries, each with the next sequence, not null
   * @throws IllegalArgumentException if {@code sequence} is negative
   */
  void replayAfter(long sequence, Consumer<JournalEntry> consumer);

  /**
   * Returns the number of stored entries, which is also the last sequence.
   *
   * @return the count, 0 or more
   */
  long size();
}
