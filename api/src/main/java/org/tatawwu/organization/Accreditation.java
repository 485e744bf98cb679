package org.tatawwu.organization;

import java.time.LocalDate;
import java.util.Objects;
import org.tatawwu.time.DateRange;

/**
 * An entity's accreditation to use volunteers, valid over a range of days (both included).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reference the accrediting body's reference number, not blank
 * @param validity the days it is valid, not null
 */
public record Accreditation(String reference, DateRange validity) {
  /**
   * Checks the components.
   *
   * @param reference the accrediting body's reference number, not blank, not null
   * @param validity the days it is valid, not null
   */
  public Accreditation {
    if (Objects.requireNonNull(reference, "reference").isBlank()) {
      throw new IllegalArgumentException("an accreditation needs a reference");
    }
    Objects.requireNonNull(validity, "validity");
  }

  /**
   * Returns whether the accreditation is valid on a day.
   *
   * @param day the day, not null
   * @return true within the validity range
   */
  public boolean isValidOn(LocalDate day) {
    return validity.contains(day);
  }
}
