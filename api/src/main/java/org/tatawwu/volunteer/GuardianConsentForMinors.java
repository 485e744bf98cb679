package org.tatawwu.volunteer;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link VolunteerRegistration}: a volunteer under 18 (Gregorian years, on the validator's
 * clock) must give a guardian's national ID and confirm the charter signed with the guardian.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GuardianConsentForMinors {
  /**
   * The message template.
   *
   * @return the key of the localised message
   */
  String message() default "{org.tatawwu.volunteer.GuardianConsentForMinors.message}";

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
