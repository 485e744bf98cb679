package org.tatawwu.impl.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.tatawwu.constraints.EmailText;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.EmailAddress;

/** Validates {@link EmailText} through {@link EmailAddress#parse}. */
public final class EmailTextValidator implements ConstraintValidator<EmailText, CharSequence> {
  /** Creates the validator (called by Hibernate Validator). */
  public EmailTextValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null || value.toString().isBlank()) {
      return true;
    }
    try {
      EmailAddress.parse(value);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }
}
