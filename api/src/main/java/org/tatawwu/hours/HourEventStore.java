package org.tatawwu.hours;

import java.util.List;
import java.util.function.Consumer;

/**
 * Append-only storage for the hour ledger's events: one totally ordered log whose sequences run
 * from 1 without gaps. Several ledgers may share one store (one per application node, each with its
 * own connections): the log's order is the order of their decisions.
 *
 * <h2>Optimistic concurrency</h2>
 *
 * <p>Every append carries the sequence it expects to take: one more than the last event its ledger
 * has seen. The store accepts it only if that sequence is free, that is if no other ledger appended
 * since; otherwise it throws {@link HourEventConflictException} and keeps nothing. The ledger then
 * catches up with {@link #replayAfter} and decides again. So every event was decided by a ledger
 * that had applied every earlier event: the rules (idempotency keys, no overlapping hours for one
 * volunteer, one decision per entry) hold across all the ledgers of a store as they hold in one.
 *
 * <h2>Durability and what a reader sees</h2>
 *
 * <p>When {@link #append} or {@link #appendAll} returns, its events are stored for good (for a
 * persistent store: on the device or committed) and visible to every later {@link #replayAfter} of
 * every ledger of the store. A batch is atomic: after any failure (a crash, a lost connection) its
 * events are all stored or none is, and a replay never shows part of one. An append that throws
 * anything other than a refused sequence may or may not have been stored (its outcome is unknown,
 * as when a connection drops during a commit); a ledger learns which on its next catch-up, and a
 * retried operation with the same idempotency key is then answered from the stored events. A replay
 * yields a prefix of the log that includes everything acknowledged before it started.
 *
 * <p>Implementations must never edit or drop an event and must be thread-safe. {@code
 * org.tatawwu.testkit.HourEventStoreContract} (module {@code tatawwu-testkit}) is the suite an
 * implementation must pass.
 */
public interface HourEventStore {
  /**
   * Appends an event.
   *
   * @param event the next event; its sequence is one more than the last event the caller has seen,
   *     not null
   * @throws HourEventConflictException if another writer has taken that sequence; nothing is stored
   * @throws IllegalStateException if the sequence leaves a gap after the last stored event
   */
  default void append(HourEvent event) {
    appendAll(List.of(event));
  }

  /**
   * Appends events as one: all of them are stored or none is, also across a crash. The ledger's
   * roster imports, sheet approvals and corrections use it.
   *
   * @param events the next events, in sequence from one more than the last event the caller has
   *     seen, not null; an empty list stores nothing
   * @throws HourEventConflictException if another writer has taken the first sequence; nothing is
   *     stored
   * @throws IllegalStateException if the sequences do not run on from the last stored event without
   *     gaps
   */
  void appendAll(List<HourEvent> events);

  /**
   * Replays every stored event in sequence: {@code replayAfter(0, consumer)}.
   *
   * @param consumer receives the events, not null
   */
  default void replay(Consumer<HourEvent> consumer) {
    replayAfter(0, consumer);
  }

  /**
   * Replays the stored events after a sequence, in sequence: how a ledger catches up on other
   * ledgers' appends. With nothing after {@code sequence} it returns without calling the consumer,
   * and a store should make that case cheap: a ledger calls it before every decision.
   *
   * @param sequence the last event the caller has, 0 or more
   * @param consumer receives the events, each with the next sequence, not null
   * @throws IllegalArgumentException if {@code sequence} is negative
   */
  void replayAfter(long sequence, Consumer<HourEvent> consumer);

  /**
   * Returns the number of stored events, which is also the last sequence.
   *
   * @return the count, 0 or more
   */
  long size();
}
