package org.tatawwu.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A volunteer's enrollment in one shift of an opportunity, and its status since an instant.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param volunteer the volunteer, not null
 * @param opportunity the opportunity, not null
 * @param shift the shift, not null
 * @param status the status, not null
 * @param since when it took this status, not null
 */
public record Enrollment(
    VolunteerId volunteer,
    OpportunityNumber opportunity,
    ShiftId shift,
    EnrollmentStatus status,
    Instant since) {
  /**
   * Checks for nulls.
   *
   * @param volunteer the volunteer, not null
   * @param opportunity the opportunity, not null
   * @param shift the shift, not null
   * @param status the status, not null
   * @param since when it took this status, not null
   */
  public Enrollment {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(shift, "shift");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(since, "since");
  }

  /**
   * Returns a copy in a new status.
   *
   * @param target the new status, not null
   * @param at when it changed, not null, not before {@link #since()}
   * @return the changed copy
   * @throws IllegalStateException if the move is not legal ({@link EnrollmentStatus#next()})
   * @throws IllegalArgumentException if {@code at} is before {@code since}
   */
  public Enrollment moveTo(EnrollmentStatus target, Instant at) {
    if (!status.canMoveTo(target)) {
      throw new IllegalStateException("an enrollment cannot move from " + status + " to " + target);
    }
    if (at.isBefore(since)) {
      throw new IllegalArgumentException("a status change cannot precede the previous one");
    }
    return new Enrollment(volunteer, opportunity, shift, target, at);
  }
}
