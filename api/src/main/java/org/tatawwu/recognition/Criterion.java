package org.tatawwu.recognition;

import java.util.Objects;
import org.tatawwu.field.FieldCode;
import org.tatawwu.validation.InvalidValueException;

/**
 * What a volunteer's approved service must show for a rule to award. Only approved service counts
 * (see {@link ServiceRecord}); a correction replaces what it corrects.
 */
public sealed interface Criterion
    permits Criterion.CumulativeHours,
        Criterion.HoursInField,
        Criterion.IncidentsServed,
        Criterion.FirstResponse,
        Criterion.YearsOfService {

  /**
   * At least so many approved minutes in all.
   *
   * @param minutes the threshold, 1 or more
   */
  record CumulativeHours(long minutes) implements Criterion {
    /**
     * Checks the threshold.
     *
     * @throws InvalidValueException with code {@code recognition.threshold} if it is below 1
     * @param minutes the threshold, 1 or more
     */
    public CumulativeHours {
      positive(minutes);
    }
  }

  /**
   * At least so many approved minutes in a field or any of its sub-fields.
   *
   * @param field the field, not null
   * @param minutes the threshold, 1 or more
   */
  record HoursInField(FieldCode field, long minutes) implements Criterion {
    /**
     * Checks the components.
     *
     * @throws InvalidValueException with code {@code recognition.threshold} if the threshold is
     *     below 1
     * @param field the field, not null
     * @param minutes the threshold, 1 or more
     */
    public HoursInField {
      Objects.requireNonNull(field, "field");
      positive(minutes);
    }
  }

  /**
   * Approved service in at least so many distinct incidents.
   *
   * @param incidents the threshold, 1 or more
   */
  record IncidentsServed(int incidents) implements Criterion {
    /**
     * Checks the threshold.
     *
     * @throws InvalidValueException with code {@code recognition.threshold} if it is below 1
     * @param incidents the threshold, 1 or more
     */
    public IncidentsServed {
      positive(incidents);
    }
  }

  /** At least one approved service marked as a first response to an incident. */
  record FirstResponse() implements Criterion {}

  /**
   * Approved service in at least so many distinct Gregorian years (of the service days), so that
   * the award depends on the ledger alone and not on when it is read.
   *
   * @param years the threshold, 1 or more
   */
  record YearsOfService(int years) implements Criterion {
    /**
     * Checks the threshold.
     *
     * @throws InvalidValueException with code {@code recognition.threshold} if it is below 1
     * @param years the threshold, 1 or more
     */
    public YearsOfService {
      positive(years);
    }
  }

  private static void positive(long value) {
    if (value < 1) {
      throw new InvalidValueException(
          "recognition.threshold", "a recognition threshold is 1 or more");
    }
  }
}
