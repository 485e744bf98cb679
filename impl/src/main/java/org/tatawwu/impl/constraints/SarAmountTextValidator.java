package org.tatawwu.impl.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.tatawwu.constraints.SarAmountText;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.validation.InvalidValueException;

/** Validates {@link SarAmountText}: parses the amount and requires it to be positive. */
public final class SarAmountTextValidator
    implements ConstraintValidator<SarAmountText, CharSequence> {
  /** Creates the validator (called by Hibernate Validator). */
  public SarAmountTextValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      SarAmount amount = SarAmount.parse(value.toString());
      return amount.halalas() > 0
          || Violations.fail(context, "org.tatawwu.constraints.money.notPositive");
    } catch (InvalidValueException e) {
      return Violations.fail(context, "org.tatawwu.constraints." + e.code());
    }
  }
}
