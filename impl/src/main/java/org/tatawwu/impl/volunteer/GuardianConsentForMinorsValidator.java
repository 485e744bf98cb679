package org.tatawwu.impl.volunteer;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tatawwu.impl.constraints.Violations;
import org.tatawwu.time.AgeCalendar;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.GuardianConsentForMinors;
import org.tatawwu.volunteer.VolunteerRegistration;

/**
 * Validates {@link GuardianConsentForMinors}: under 18 in Gregorian years on the validator's clock
 * (in the clock's zone), a guardian's ID and the charter signed with the guardian are required.
 * When the birth date itself is missing or invalid, other constraints report it and this one is
 * silent.
 */
public final class GuardianConsentForMinorsValidator
    implements ConstraintValidator<GuardianConsentForMinors, VolunteerRegistration> {
  /** The age of majority, in completed Gregorian years. */
  public static final int ADULT_AGE = 18;

  /** Creates the validator (called by Hibernate Validator). */
  public GuardianConsentForMinorsValidator() {}

  @Override
  public boolean isValid(
      @Nullable VolunteerRegistration registration, ConstraintValidatorContext context) {
    if (registration == null || !registration.isOneBirthDateGiven()) {
      return true;
    }
    BirthDate birth;
    try {
      birth = registration.birthDate();
    } catch (InvalidValueException e) {
      return true;
    }
    LocalDate today = LocalDate.now(context.getClockProvider().getClock());
    if (birth.ageOn(today, AgeCalendar.GREGORIAN) >= ADULT_AGE) {
      return true;
    }
    String guardian = registration.guardianNationalId();
    if (guardian != null && !guardian.isBlank() && registration.guardianCharterSigned()) {
      return true;
    }
    return Violations.failOn(
        context, "org.tatawwu.volunteer.GuardianConsentForMinors.message", "guardianNationalId");
  }
}
