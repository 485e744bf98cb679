package org.tatawwu.impl.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.tatawwu.constraints.HijriDateText;
import org.tatawwu.time.HijriDate;
import org.tatawwu.time.HijriTable;
import org.tatawwu.validation.InvalidValueException;

/** Validates {@link HijriDateText}: parses the date and converts it with the Umm al-Qura table. */
public final class HijriDateTextValidator
    implements ConstraintValidator<HijriDateText, CharSequence> {
  /** Creates the validator (called by Hibernate Validator). */
  public HijriDateTextValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null || value.toString().isBlank()) {
      return true;
    }
    try {
      HijriTable.ummAlQura().toGregorian(HijriDate.parse(value));
      return true;
    } catch (InvalidValueException e) {
      return Violations.fail(context, "org.tatawwu.constraints." + e.code());
    }
  }
}
