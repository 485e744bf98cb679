package org.tatawwu.impact;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.field.FieldCode;

/**
 * The replacement cost of one hour of volunteer work: the wage of the occupation performed (by
 * field), or the default rate, valid from a day until a later rate replaces it.
 *
 * @param field the top-level field it applies to, or empty for the default rate
 * @param validFrom the first day it applies, not null
 * @param perHour the value of one hour, not negative
 */
public record HourlyRate(Optional<FieldCode> field, LocalDate validFrom, SarAmount perHour) {
  /**
   * Checks the components.
   *
   * @param field the top-level field it applies to, or empty for the default rate, not null
   * @param validFrom the first day it applies, not null
   * @param perHour the value of one hour, not negative
   */
  public HourlyRate {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(validFrom, "validFrom");
    if (perHour.halalas() < 0) {
      throw new IllegalArgumentException("a rate is not negative");
    }
  }
}
