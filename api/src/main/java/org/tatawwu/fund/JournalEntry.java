package org.tatawwu.fund;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.tatawwu.impact.SarAmount;

/**
 * One line of a fund's append-only journal: the operation as recorded, when, and the fund's balance
 * after it. Never edited, never deleted.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sequence the position in the journal, from 1
 * @param at when it was recorded
 * @param day the day it counts on (the recording day in the ledger's zone; a disbursement's own
 *     date)
 * @param operation the operation, not null
 * @param balanceAfter the fund's balance after it, zero or more
 */
public record JournalEntry(
    long sequence, Instant at, LocalDate day, FundOperation operation, SarAmount balanceAfter) {
  /**
   * Checks the components.
   *
   * @param sequence the position in the journal, from 1
   * @param at when it was recorded, not null
   * @param day the day it counts on (the recording day in the ledger's zone; a disbursement's own
   *     date), not null
   * @param operation the operation, not null
   * @param balanceAfter the fund's balance after it, zero or more, not null
   */
  public JournalEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(balanceAfter, "balanceAfter");
  }
}
