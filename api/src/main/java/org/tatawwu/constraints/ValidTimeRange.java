package org.tatawwu.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a type with a start and an end instant: both present and the end after the start. Applies to
 * {@link org.tatawwu.opportunity.ShiftDraft}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidTimeRange {
  /**
   * The message template.
   *
   * @return the key of the localised message
   */
  String message() default "{org.tatawwu.constraints.ValidTimeRange.message}";

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
