package org.tatawwu.volunteer;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link VolunteerRegistration}: the rules that join several parts, or that need the
 * validator's clock, so that validation finds everything {@link
 * VolunteerRegistration#toVolunteer(VolunteerId, org.tatawwu.validation.InputValidator)} would
 * refuse. Each rule is reported on its own part, only when the parts it reads are readable (their
 * own constraints report them otherwise):
 *
 * <ul>
 *   <li>a Hijri birth date must be in the past on the validator's clock, in the clock's zone, as
 *       {@code @Past} requires of a Gregorian one (same message);
 *   <li>the nationality must be an ISO 3166-1 alpha-2 code ({@link Nationality#of(String)});
 *   <li>the nationality must match the ID: a national ID (starting with 1) belongs to a Saudi
 *       citizen, nationality {@code SA}; an Iqama number (starting with 2) to a resident, who is
 *       not Saudi;
 *   <li>the guardian's ID must not be the volunteer's own.
 * </ul>
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentRegistration {
  /**
   * The message template.
   *
   * @return the key of the localised message
   */
  String message() default "{org.tatawwu.volunteer.ConsistentRegistration.message}";

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
