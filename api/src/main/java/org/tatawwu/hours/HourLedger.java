package org.tatawwu.hours;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.time.DateRange;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The append-only hour ledger. Obtain one from {@link org.tatawwu.Tatawwu#hourLedger}.
 *
 * <p>Every operation is atomic: it applies entirely or throws {@link RuleException} naming every
 * broken rule, with nothing applied. Submissions are idempotent by key. Approved entries are never
 * edited: a correction is a new entry that, once approved, supersedes the original. Totals count
 * approved entries only; pending ones are reported apart.
 *
 * <p>Implementations are thread-safe: concurrent submissions neither lose nor duplicate anything.
 *
 * <h2>Several ledgers over one store</h2>
 *
 * <p>Several ledgers may share one {@link org.tatawwu.hours.HourEventStore} — one per application
 * node, each with its own connections to one database. Every operation that changes the ledger
 * first catches up on the events the other ledgers appended, decides on that state, and appends
 * with the sequence it expects; if another ledger appended in between, it catches up and decides
 * again (a bounded number of times, then {@link HourEventConflictException}, having changed
 * nothing). So the rules hold across the nodes as in one: a key is used once, one volunteer's hours
 * never overlap, an entry is decided once. Once an operation returns, its events are in the store
 * and every ledger sees them at its next operation or {@link #catchUp()}.
 *
 * <p>Reads ({@link #entry}, {@link #entries}, {@link #audit}, the totals, {@link #size}) answer
 * from what this ledger has seen, without going to the store: everything it did itself and every
 * other ledger's event up to its last change or catch-up. A read after {@link #catchUp()} sees
 * every operation that returned, on any node, before it was called.
 */
public interface HourLedger {
  /**
   * Returns the policy applied.
   *
   * @return the policy
   */
  HourPolicy policy();

  /**
   * Applies the events other ledgers over the same store appended since this ledger last looked, so
   * that the reads that follow see them. A ledger that is alone over its store has nothing to catch
   * up on.
   *
   * @return the last sequence this ledger has applied, 0 or more
   * @throws RuntimeException whatever the store throws when it cannot be read (a database store's
   *     own exception); nothing is applied from a failed read
   */
  long catchUp();

  /**
   * Submits hours. A replay with the same key and content returns the existing entry and appends
   * nothing.
   *
   * @param submission the hours, not null
   * @return the entry, {@link HourStatus#SUBMITTED} (or as it stands, for a replay)
   * @throws RuleException naming every broken rule, or {@code hours.idempotencyConflict} when the
   *     key was used for other content. The policy's rules: {@code hours.unknownOpportunity},
   *     {@code hours.unknownEntity}, {@code hours.tooShort}, {@code hours.tooLong}, {@code
   *     hours.future}, {@code hours.tooOld}, {@code hours.outsideOpportunity}, {@code
   *     hours.overlap}, {@code hours.dailyCap}. The checks of what backs an entry ({@link
   *     HourVerification}), when their rule refuses: {@code hours.opportunityNotOpen}, {@code
   *     hours.entityNotAccredited}, {@code hours.unknownField}, {@code hours.fieldUnverifiable},
   *     {@code hours.placeUnknown}, {@code hours.shiftWindowUnverifiable}, {@code
   *     hours.unknownShift}, {@code hours.outsideShift}, {@code hours.enrollmentUnverifiable},
   *     {@code hours.notEnrolled}, {@code hours.seatsUnverifiable}, {@code hours.seatsFull}, {@code
   *     hours.weakEvidence} (the same codes name an entry's review reasons when their rule sends it
   *     to review). Evidence presented that does not hold, whatever the modes: {@code
   *     hours.autoCheckOutMismatch}, {@code hours.codeUnverifiable}, {@code hours.codeTampered},
   *     {@code hours.codeOtherVolunteer}, {@code hours.codeOtherShift}, {@code hours.codeExpired},
   *     {@code hours.codeReplayed}, {@code hours.locationUnverifiable}, {@code
   *     hours.locationInaccurate}, {@code hours.locationTooFar}, {@code
   *     hours.locationAccuracyInvalid}
   */
  HourEntry submit(HourSubmission submission);

  /**
   * Records attendance taken by the entity: check-in and check-out of one volunteer.
   *
   * @param submission the attendance as a submission (source {@link HourSource#ATTENDANCE}), its
   *     time from check-in to check-out
   * @return the entry
   * @throws RuleException as {@link #submit}, and {@code hours.checkOutTooLate} when the check-out
   *     comes more than {@link HourPolicy#checkOutWithin()} after the check-in
   */
  HourEntry recordAttendance(HourSubmission submission);

  /**
   * Imports a roster: every line is checked, against the ledger and against the other lines; either
   * all are submitted or none is. A line repeated (same key, same content) stands for the entry of
   * its first occurrence, and a line already in the ledger for the stored entry, so the result
   * always has one entry per line.
   *
   * @param roster the lines, not null, no null element
   * @return the entries, in roster order: element {@code i} is line {@code i + 1}'s
   * @throws RuleException naming every broken rule of every line (argument {@code line}, from 1),
   *     with the codes of {@link #submit}, a line's seats counted with those of the lines before it
   *     and a key used for other content by another line {@code hours.idempotencyConflict}; nothing
   *     is submitted
   * @throws NullPointerException if the roster or one of its lines is null (the message names the
   *     line, from 1), checked before any line is; nothing is submitted
   */
  List<HourEntry> importRoster(List<HourSubmission> roster);

  /**
   * Approves a submitted entry; approving an approved entry again returns it unchanged. Approving a
   * correction supersedes the entry it corrects. Approving a walk-in (an entry on a shift sent to
   * review because its enrollment was not established) seats it on its shift, when {@link
   * HourRule#SEATS} refuses and overbooking is not allowed, only if a seat is free of both the
   * volunteers credited on the shift and the volunteers enrolled on it who hold none yet (as the
   * roster stands at the later of the walk-in's check-in and the approval).
   *
   * @param id the entry, not null
   * @param actor who approves, an identifier
   * @return the approved entry
   * @throws RuleException {@code hours.unknownEntry}; {@code hours.alreadyDecided} for a rejected
   *     or superseded entry; {@code hours.alreadySuperseded} for a correction of an entry already
   *     replaced; for a walk-in, {@code hours.seatsFullOnApproval} when no seat is free for it, or
   *     {@code hours.unknownShift} when the directory no longer has its shift
   * @throws UnsupportedOperationException for a walk-in, when the directory holds enrollments but
   *     does not answer {@link OpportunityDirectory#enrolledOn}; nothing is recorded
   */
  HourEntry approve(HourEntryId id, String actor);

  /**
   * Approves entries as one decision — a coordinator's attendance sheet. Every entry is checked
   * first: if any cannot be approved, none is, and the error names each. Otherwise the approvals,
   * and the supersessions they cause, are appended together (one durable write for a file store).
   * An entry already approved, or listed twice, is returned as it stands. Same rules as {@link
   * #approve}, which is this for one entry.
   *
   * @param ids the entries, not null, no null element
   * @param actor who approves, an identifier
   * @return the entries as they stand afterwards, in the order of {@code ids}
   * @throws RuleException {@code hours.unknownEntry} and {@code hours.alreadyDecided}, one per
   *     entry that cannot be approved, {@code hours.alreadySuperseded} for a correction of an entry
   *     that another correction (before, or earlier on the sheet) already replaces, and for a
   *     walk-in {@code hours.seatsFullOnApproval} (the walk-ins earlier on the sheet counted) or
   *     {@code hours.unknownShift}, as for {@link #approve}
   * @throws UnsupportedOperationException as for {@link #approve}; nothing is recorded
   */
  List<HourEntry> approveAll(List<HourEntryId> ids, String actor);

  /**
   * Rejects a submitted entry with a reason; rejecting a rejected entry again returns it unchanged.
   *
   * @param id the entry, not null
   * @param actor who rejects, an identifier
   * @param reason why, not null
   * @return the rejected entry
   * @throws RuleException {@code hours.reasonRequired} for a blank reason (checked first), {@code
   *     hours.unknownEntry}, or {@code hours.alreadyDecided} for an approved or superseded entry
   */
  HourEntry reject(HourEntryId id, String actor, String reason);

  /**
   * Submits a correction of an approved entry: a new entry (source {@link HourSource#CORRECTION})
   * that, once approved, supersedes the original. Its overlap and daily-cap checks ignore the entry
   * it corrects.
   *
   * <p>Corrections form a chain, one link at a time: an entry has at most one correction awaiting a
   * decision, and once a correction is approved the entry it replaces can no longer be corrected —
   * the approved correction can (it is the chain's latest approved entry). A rejected correction
   * leaves the entry as it was, open to another correction. So one approved entry is never replaced
   * by two.
   *
   * @param approved the approved entry to correct, not null
   * @param replacement the corrected hours (same volunteer), not null
   * @param reason why, not null
   * @return the correction, submitted
   * @throws RuleException {@code hours.reasonRequired} for a blank reason (checked first), {@code
   *     hours.notApproved} (submitted or rejected), {@code hours.alreadySuperseded} (already
   *     replaced by an approved correction), {@code hours.correctionPending} (a correction of it
   *     awaits a decision), {@code hours.otherVolunteer}, or any rule the replacement breaks
   */
  HourEntry correct(HourEntryId approved, HourSubmission replacement, String reason);

  /**
   * Words an entry's review reasons ({@link HourEntry#review()}) in a language, every one.
   *
   * @param entry the entry, not null
   * @param locale the language ({@code ar} or {@code en}; others fall back to English), not null
   * @return the problems, in the entry's order; empty when nothing is in doubt
   */
  List<Problem> explain(HourEntry entry, Locale locale);

  /**
   * Finds an entry.
   *
   * @param id not null
   * @return the entry as it stands, or empty
   */
  Optional<HourEntry> entry(HourEntryId id);

  /**
   * Returns a volunteer's entries, in submission order.
   *
   * @param volunteer not null
   * @return the entries, every status
   */
  List<HourEntry> entries(VolunteerId volunteer);

  /**
   * Returns an entry's audit trail: who, when, why.
   *
   * @param id not null
   * @return the records in order; empty for an unknown entry
   */
  List<AuditRecord> audit(HourEntryId id);

  /**
   * Returns a volunteer's totals. O(1).
   *
   * @param volunteer not null
   * @return the totals; {@link HourTotals#ZERO} for an unknown volunteer
   */
  HourTotals totals(VolunteerId volunteer);

  /**
   * Returns every volunteer's totals at once, each as {@link #totals(VolunteerId)} gives it: one
   * snapshot of the volunteers with at least one entry of any status, in the order the ledger first
   * met them.
   *
   * <p>Complexity: O(1) under the ledger's lock, no entry read: the snapshot shares the ledger's
   * running totals, and the ledger's next change copies them first (O(v) in the volunteers, once
   * per snapshot followed by a change). The map's {@code get} and {@code containsKey} are O(1) once
   * a look-up table, built on their first call in O(v), exists. The map is unmodifiable and
   * thread-safe, and does not change with the ledger.
   *
   * @return the totals by volunteer; a volunteer the ledger has no entry of is absent
   */
  Map<VolunteerId, HourTotals> totalsByVolunteer();

  /**
   * Returns totals grouped by a dimension and a period, over entries whose day lies in a range.
   *
   * <p>Complexity: O(n) in the approved entries (a scan of primitive columns) plus the pending
   * ones.
   *
   * @param by the grouping dimension, not null
   * @param bucket the period, not null
   * @param range the days to include (both ends), in each opportunity's zone, not null
   * @return totals by key (the dimension, its value and the period's label), sorted by key; a group
   *     appears only if an entry falls in it
   */
  SortedMap<TotalsKey, HourTotals> totals(Dimension by, Bucket bucket, DateRange range);

  /**
   * Returns the opportunity's approved totals.
   *
   * @param opportunity not null
   * @return the totals
   */
  HourTotals totals(OpportunityNumber opportunity);

  /**
   * Returns the number of entries of every status.
   *
   * @return the count
   */
  long size();

  /**
   * Returns when the ledger's clock says it is: submissions are checked against it. Any instant is
   * a reading the ledger works with: the claim window's bounds (the reading plus the policy's clock
   * skew, the reading minus its claim window) stop at {@link Instant#MIN} and {@link Instant#MAX},
   * so a clock reading {@code Instant.MAX} refuses every claim as {@code hours.tooOld} and one
   * reading {@code Instant.MIN} every claim as {@code hours.future}, with no other exception.
   *
   * @return the instant
   */
  Instant now();
}
