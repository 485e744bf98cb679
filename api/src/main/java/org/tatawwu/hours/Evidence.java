package org.tatawwu.hours;

import java.util.Objects;
import org.tatawwu.geo.GeoPoint;

/**
 * Attendance evidence a volunteer's submission carries, beyond the entity's own attendance (a
 * submission of source {@link HourSource#ATTENDANCE} or {@link HourSource#ROSTER} is the entity's
 * record). The ledger checks each piece against the submission and the shift, refuses a piece that
 * does not hold, and keeps what held as the entry's {@link HourEvidence} — never the raw location.
 */
public sealed interface Evidence {

  /**
   * The volunteer's personal check-in code, as scanned at the shift: a token signed by the entity
   * ({@link CheckInCode#sign}).
   *
   * @param token the token text, not blank
   */
  record Code(String token) implements Evidence {
    /**
     * Checks the token is there.
     *
     * @param token the token text, not blank
     * @throws IllegalArgumentException if blank
     */
    public Code {
      if (Objects.requireNonNull(token, "token").isBlank()) {
        throw new IllegalArgumentException("a check-in code needs its token");
      }
    }

    /** {@return the kind only: a token names a volunteer} */
    @Override
    public String toString() {
      return "Code[redacted]";
    }
  }

  /**
   * Where the volunteer's device was at check-in, with the accuracy it reported. Personal data:
   * never printed, never stored by the ledger.
   *
   * <p>The accuracy is what the device reported, taken as it came: the ledger refuses a submission
   * whose accuracy is negative, NaN or infinite with the code {@code
   * hours.locationAccuracyInvalid}, among every other problem of the submission ({@link
   * org.tatawwu.validation.RuleException}).
   *
   * @param point the reported point, not null
   * @param accuracyMeters the reported accuracy (radius, 68% confidence) in metres, any number: a
   *     usable one is zero or more and finite
   */
  record Location(GeoPoint point, double accuracyMeters) implements Evidence {
    /**
     * Checks the point is there.
     *
     * @param point the reported point, not null
     * @param accuracyMeters the reported accuracy in metres, any number
     */
    public Location {
      Objects.requireNonNull(point, "point");
    }

    /** {@return the kind only: a person's location is never printed} */
    @Override
    public String toString() {
      return "Location[redacted]";
    }
  }

  /**
   * No check-out came: the system closed the attendance at the shift's end. The submission's end
   * must be the shift's end; the entry is flagged ({@link HourEvidence#autoCheckOut()}).
   */
  record AutoCheckOut() implements Evidence {}
}
