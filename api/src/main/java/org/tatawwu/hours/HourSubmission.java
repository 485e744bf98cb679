package org.tatawwu.hours;

import java.util.Objects;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.text.Identifiers;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Hours submitted for one volunteer in one opportunity.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key the caller's idempotency key, not null
 * @param volunteer the volunteer, not null
 * @param opportunity the opportunity, not null
 * @param time when the work was done, {@code [start, end)}, not null
 * @param source attendance, claim or roster line (a correction is made with {@link
 *     HourLedger#correct}), not null
 * @param compulsory whether the hours were required (a school's graduation hours, court-ordered
 *     service): counted by the platform, excluded from ILO volunteer-work statistics
 * @param submittedBy who submits: an actor identifier (user or system), not personal data
 */
public record HourSubmission(
    IdempotencyKey key,
    VolunteerId volunteer,
    OpportunityNumber opportunity,
    TimeRange time,
    HourSource source,
    boolean compulsory,
    String submittedBy) {
  /**
   * Checks the components.
   *
   * @param key the caller's idempotency key, not null
   * @param volunteer the volunteer, not null
   * @param opportunity the opportunity, not null
   * @param time when the work was done, {@code [start, end)}, not null
   * @param source attendance, claim or roster line (a correction is made with {@link
   *     HourLedger#correct}), not null
   * @param compulsory whether the hours were required (a school's graduation hours, court-ordered
   *     service): counted by the platform, excluded from ILO volunteer-work statistics
   * @param submittedBy who submits: an actor identifier (user or system), not personal data
   */
  public HourSubmission {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(source, "source");
    Identifiers.check(submittedBy, "actor");
  }
}
