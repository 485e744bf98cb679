package org.tatawwu.impl.volunteer;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tatawwu.time.HijriDate;
import org.tatawwu.time.HijriTable;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.ConsistentRegistration;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.Residency;
import org.tatawwu.volunteer.VolunteerRegistration;

/**
 * Validates {@link ConsistentRegistration}: one violation per broken rule, each on its own part. A
 * part that does not parse is left to its own constraint, and the rules that read it are silent.
 */
public final class ConsistentRegistrationValidator
    implements ConstraintValidator<ConsistentRegistration, VolunteerRegistration> {
  static final String PAST = "jakarta.validation.constraints.Past.message";
  static final String NATIONALITY_CODE =
      "org.tatawwu.volunteer.VolunteerRegistration.nationalityCode.message";
  static final String NATIONALITY_MATCH =
      "org.tatawwu.volunteer.VolunteerRegistration.nationalityMatch.message";
  static final String SELF_GUARDIAN =
      "org.tatawwu.volunteer.VolunteerRegistration.selfGuardian.message";

  /** Creates the validator (called by Hibernate Validator). */
  public ConsistentRegistrationValidator() {}

  @Override
  public boolean isValid(
      @Nullable VolunteerRegistration registration, ConstraintValidatorContext context) {
    if (registration == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    LocalDate hijriBirth = gregorianOfHijri(registration.birthDateHijri());
    // @Past on the Gregorian date: strictly before today on the validator's clock, in its zone.
    if (hijriBirth != null
        && !hijriBirth.isBefore(LocalDate.now(context.getClockProvider().getClock()))) {
      valid = fail(context, PAST, "birthDateHijri");
    }
    NationalId id = nationalId(registration.nationalId());
    String nationalityText = registration.nationality();
    if (nationalityText != null && !nationalityText.isBlank()) {
      Nationality nationality = null;
      try {
        nationality = Nationality.of(nationalityText);
      } catch (InvalidValueException e) {
        // @Size reports a text that is not two characters long; this one reports the rest.
        if (nationalityText.length() == 2) {
          valid = fail(context, NATIONALITY_CODE, "nationality");
        }
      }
      if (nationality != null
          && id != null
          && (id.residency() == Residency.CITIZEN) != nationality.equals(Nationality.SAUDI)) {
        valid = fail(context, NATIONALITY_MATCH, "nationality");
      }
    }
    NationalId guardian = nationalId(registration.guardianNationalId());
    if (id != null && guardian != null && id.equals(guardian)) {
      valid = fail(context, SELF_GUARDIAN, "guardianNationalId");
    }
    return valid;
  }

  private static boolean fail(ConstraintValidatorContext context, String key, String property) {
    context
        .buildConstraintViolationWithTemplate("{" + key + "}")
        .addPropertyNode(property)
        .addConstraintViolation();
    return false;
  }

  private static @Nullable LocalDate gregorianOfHijri(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return HijriTable.ummAlQura().toGregorian(HijriDate.parse(text));
    } catch (InvalidValueException e) {
      return null; // @HijriDateText reports it
    }
  }

  private static @Nullable NationalId nationalId(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return NationalId.parse(text);
    } catch (InvalidValueException e) {
      return null; // @NationalIdNumber reports it
    }
  }
}
