package org.tatawwu.hours;

/**
 * A check of what backs an hour entry, beyond the ledger's own rules (length, overlap, daily cap,
 * claim window): each is switched on or off, and set to refuse or to send to review, by {@link
 * HourVerification}.
 */
public enum HourRule {
  /**
   * The volunteer held an accepted (or attended) enrollment on the submission's shift when the work
   * started, as the directory's shift rosters say ({@link OpportunityDirectory#enrollment}, asked
   * as of the work's start): an enrollment accepted after the check-in, or withdrawn before it,
   * does not back the work. Codes {@code hours.notEnrolled}, or {@code
   * hours.enrollmentUnverifiable} when no shift is named or the directory holds no enrollments. A
   * claim this rule sends to review holds no seat while it waits (see {@link #SEATS}).
   */
  ENROLLMENT,
  /**
   * The time lies within the shift's window, with the policy's tolerances for an early check-in and
   * a late check-out. Codes {@code hours.outsideShift}, {@code hours.unknownShift} (a shift the
   * opportunity does not have), or {@code hours.shiftWindowUnverifiable} when no shift is named.
   */
  SHIFT_WINDOW,
  /**
   * The opportunity is open: published or completed, not a draft, closed or cancelled (its status
   * as the directory reports it). Code {@code hours.opportunityNotOpen}.
   */
  OPPORTUNITY_OPEN,
  /**
   * The entity is accredited on every day the work touches (the accreditation's last day included).
   * Code {@code hours.entityNotAccredited}.
   */
  ACCREDITATION,
  /**
   * No more volunteers are credited on a shift than it has seats, unless the policy allows
   * overbooking; a volunteer with several entries on one shift takes one seat. A seat is held by a
   * volunteer's submitted or approved entry on the shift, except a submitted one whose enrollment
   * was not established ({@link #ENROLLMENT} in review mode: a walk-in): that one holds no seat
   * while it waits, so it never takes an enrolled volunteer's seat, and approving it takes a seat
   * then — refused with {@code hours.seatsFullOnApproval} when none is free and this rule refuses.
   * A walk-in is also checked when submitted: with no seat free then, it finds {@code
   * hours.seatsFull}. Codes {@code hours.seatsFull}, {@code hours.seatsFullOnApproval}, {@code
   * hours.unknownShift}, or {@code hours.seatsUnverifiable} when no shift is named.
   */
  SEATS,
  /**
   * The opportunity's field and sub-field are in the directory's field catalogue, and an on-site
   * opportunity has a known point (the place that check-in locations are measured from). Codes
   * {@code hours.unknownField}, {@code hours.placeUnknown}, or {@code hours.fieldUnverifiable} when
   * the directory holds no catalogue.
   */
  FIELD_AND_PLACE,
  /**
   * The attendance is evidenced at least as strongly as the policy's minimum ({@link
   * HourVerification#minimumEvidence()}): the entity's own attendance, the volunteer's check-in
   * code, or a check-in location near the shift's place. Code {@code hours.weakEvidence}. (Evidence
   * that is presented and does not hold — a tampered, expired, replayed or other person's code, a
   * location too far or too vague — is refused whatever this rule's mode.)
   */
  EVIDENCE
}
