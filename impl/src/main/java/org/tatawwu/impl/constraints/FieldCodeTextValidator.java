package org.tatawwu.impl.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.tatawwu.constraints.FieldCodeText;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.field.FieldCode;
import org.tatawwu.validation.InvalidValueException;

/**
 * Validates {@link FieldCodeText} against the catalogue the validator factory carries as its
 * constraint validator payload, {@link FieldCatalogue#DEFAULT} when it carries none. Blank text is
 * valid here: {@code @NotBlank} reports it.
 */
public final class FieldCodeTextValidator
    implements ConstraintValidator<FieldCodeText, CharSequence> {
  /** Creates the validator (called by Hibernate Validator). */
  public FieldCodeTextValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null || value.toString().isBlank()) {
      return true;
    }
    FieldCatalogue given =
        context
            .unwrap(HibernateConstraintValidatorContext.class)
            .getConstraintValidatorPayload(FieldCatalogue.class);
    FieldCatalogue catalogue = given == null ? FieldCatalogue.DEFAULT : given;
    try {
      return catalogue.contains(FieldCode.of(value.toString()));
    } catch (InvalidValueException malformed) {
      return false;
    }
  }
}
