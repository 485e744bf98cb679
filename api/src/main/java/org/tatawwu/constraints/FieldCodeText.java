package org.tatawwu.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The code of a field or sub-field in the field catalogue the validator was created with ({@link
 * org.tatawwu.field.FieldCatalogue#DEFAULT} unless another was given to {@link
 * org.tatawwu.Tatawwu#validator(java.time.Clock, org.tatawwu.field.FieldCatalogue)}), written
 * exactly as the catalogue writes it: {@code health} is not {@code HEALTH}. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface FieldCodeText {
  /**
   * The message template.
   *
   * @return the key of the localised message
   */
  String message() default "{org.tatawwu.constraints.FieldCodeText.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
