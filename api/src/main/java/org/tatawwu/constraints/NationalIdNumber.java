package org.tatawwu.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Saudi national ID or Iqama number: 10 digits (ASCII, Eastern Arabic-Indic or Persian), first
 * digit 1 or 2, passing the Luhn check unless {@link #luhn()} is false. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NationalIdNumber {
  /**
   * The message template.
   *
   * @return the key of the localised message
   */
  String message() default "{org.tatawwu.constraints.NationalIdNumber.message}";

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

  /**
   * Whether the Luhn check digit is required; false accepts any 10 digits starting with 1 or 2.
   *
   * @return true by default
   */
  boolean luhn() default true;
}
