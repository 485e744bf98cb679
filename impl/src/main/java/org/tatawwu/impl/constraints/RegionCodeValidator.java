package org.tatawwu.impl.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.tatawwu.constraints.RegionCode;
import org.tatawwu.geo.Region;
import org.tatawwu.validation.InvalidValueException;

/** Validates {@link RegionCode} through {@link Region#parse}. */
public final class RegionCodeValidator implements ConstraintValidator<RegionCode, CharSequence> {
  /** Creates the validator (called by Hibernate Validator). */
  public RegionCodeValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null || value.toString().isBlank()) {
      return true;
    }
    try {
      Region.parse(value);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }
}
