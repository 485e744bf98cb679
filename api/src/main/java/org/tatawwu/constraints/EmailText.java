package org.tatawwu.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An e-mail address, as {@link org.tatawwu.volunteer.EmailAddress#parse(CharSequence)} accepts it.
 * {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailText {
  /**
   * The message template.
   *
   * @return the key of the localised message
   */
  String message() default "{org.tatawwu.constraints.EmailText.message}";

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
