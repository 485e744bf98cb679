package org.tatawwu.impl.opportunity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.tatawwu.constraints.ValidTimeRange;
import org.tatawwu.impl.constraints.Violations;
import org.tatawwu.opportunity.ShiftDraft;

/** Validates {@link ValidTimeRange} on a {@link ShiftDraft}: the end after the start. */
public final class ShiftTimeRangeValidator
    implements ConstraintValidator<ValidTimeRange, ShiftDraft> {
  /** Creates the validator (called by Hibernate Validator). */
  public ShiftTimeRangeValidator() {}

  @Override
  public boolean isValid(@Nullable ShiftDraft shift, ConstraintValidatorContext context) {
    if (shift == null) {
      return true;
    }
    Instant start = shift.start();
    Instant end = shift.end();
    if (start == null || end == null || end.isAfter(start)) {
      return true;
    }
    return Violations.failOn(context, "org.tatawwu.constraints.ValidTimeRange.message", "end");
  }
}
