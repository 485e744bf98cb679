package org.tatawwu.hours;

/**
 * An entry's workflow status: submitted, then approved or rejected; an approved entry later
 * corrected becomes superseded (kept, never edited, no longer counted).
 */
public enum HourStatus {
  /** Waiting for a decision; reported apart as pending. */
  SUBMITTED,
  /** Approved: counted in totals; immutable. */
  APPROVED,
  /** Rejected with a reason; never counted. */
  REJECTED,
  /** Approved, then reversed and replaced by a correction; no longer counted. */
  SUPERSEDED
}
