package org.tatawwu.impl.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.tatawwu.constraints.SaudiMobile;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.MobileNumber;

/** Validates {@link SaudiMobile} through {@link MobileNumber#parse}. */
public final class SaudiMobileValidator implements ConstraintValidator<SaudiMobile, CharSequence> {
  /** Creates the validator (called by Hibernate Validator). */
  public SaudiMobileValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null || value.toString().isBlank()) {
      return true;
    }
    try {
      MobileNumber.parse(value);
      return true;
    } catch (InvalidValueException e) {
      return Violations.fail(context, "org.tatawwu.constraints." + e.code());
    }
  }
}
