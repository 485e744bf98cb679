package org.tatawwu.opportunity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@link OpportunityDraft}: the Volunteer Work Law lets a private company use volunteers only
 * for work without direct or indirect profit, so a private company's opportunity must be declared
 * non-profit work.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface LawfulVolunteerUse {
  /**
   * The message template.
   *
   * @return the key of the localised message
   */
  String message() default "{org.tatawwu.opportunity.LawfulVolunteerUse.message}";

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
