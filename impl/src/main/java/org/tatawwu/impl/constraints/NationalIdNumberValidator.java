package org.tatawwu.impl.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.tatawwu.constraints.NationalIdNumber;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.NationalIdChecksum;

/** Validates {@link NationalIdNumber} through {@link NationalId#parse}. */
public final class NationalIdNumberValidator
    implements ConstraintValidator<NationalIdNumber, CharSequence> {
  private NationalIdChecksum checksum = NationalIdChecksum.LUHN;

  /** Creates the validator (called by Hibernate Validator). */
  public NationalIdNumberValidator() {}

  @Override
  public void initialize(NationalIdNumber annotation) {
    checksum = annotation.luhn() ? NationalIdChecksum.LUHN : NationalIdChecksum.NONE;
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null || value.toString().isBlank()) {
      return true;
    }
    try {
      NationalId.parse(value, checksum);
      return true;
    } catch (InvalidValueException e) {
      return Violations.fail(context, "org.tatawwu.constraints." + e.code());
    }
  }
}
