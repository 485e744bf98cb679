package org.tatawwu.impl.hours;

import java.time.Instant;
import org.tatawwu.hours.HourEventStore;

/**
 * A store of this package that takes a roster's submissions from the ledger's rows ({@link
 * RosterRows}), encoding each without an event or entry object: what {@link
 * HourEventStore#appendAll} of the events submitting them stores, with the same atomicity and
 * sequence checks.
 */
interface RosterStore {
  /**
   * Appends, as one batch, the events that submit every row of {@code rows}: event {@code first +
   * r} submits row {@code r} as entry {@code firstEntry + r} at {@code at}. The rows carry no
   * notes, so nothing is sealed.
   *
   * @param first the first event's sequence: one more than the last the caller has seen
   * @param rows the roster's accepted lines, not null; none stores nothing
   * @param firstEntry the number of the entry row 0 submits
   * @param at the roster's instant, not null
   * @throws org.tatawwu.hours.HourEventConflictException if another writer has taken {@code first};
   *     nothing is stored
   */
  void appendSubmissions(long first, RosterRows rows, long firstEntry, Instant at);
}
