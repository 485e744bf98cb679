package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.Region;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.HijriDate;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.InvalidInputException;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.Problem;

/** The form's own rules, read without a validation engine; the engine's part is in impl. */
class VolunteerRegistrationRulesTest {
  static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");

  /** A validator that reports the given problems and records what it was asked. */
  static final class Recording implements InputValidator {
    final List<Problem> problems;
    final List<Locale> asked = new ArrayList<>();

    Recording(List<Problem> problems) {
      this.problems = problems;
    }

    @Override
    public List<Problem> validate(Object input, Locale locale) {
      asked.add(locale);
      return problems;
    }

    @Override
    public Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  static VolunteerRegistration.Builder form() {
    return VolunteerRegistration.builder()
        .nationalId("1000000008")
        .nameArabic("سارة")
        .nameEnglish("Sara")
        .mobile("0501234567")
        .birthDateGregorian(LocalDate.of(2000, 1, 5))
        .gender(Gender.FEMALE)
        .region("SA-01")
        .charterAccepted(true);
  }

  @Test
  void the_builder_starts_with_both_charters_unsigned_and_no_fields() {
    VolunteerRegistration r = VolunteerRegistration.builder().build();
    assertThat(r.charterAccepted()).isFalse();
    assertThat(r.isCharterAccepted()).isFalse();
    assertThat(r.guardianCharterSigned()).isFalse();
    assertThat(r.fieldsOfInterest()).isEmpty();
    assertThat(form().build().isCharterAccepted()).isTrue();
  }

  @Test
  void exactly_one_birth_date_is_given() {
    assertThat(form().build().isOneBirthDateGiven()).isTrue();
    assertThat(
            form()
                .birthDateGregorian(null)
                .birthDateHijri("1420-09-05")
                .build()
                .isOneBirthDateGiven())
        .isTrue();
    assertThat(form().birthDateHijri("1420-09-05").build().isOneBirthDateGiven()).isFalse();
    assertThat(form().birthDateGregorian(null).build().isOneBirthDateGiven()).isFalse();
    assertThat(form().birthDateGregorian(null).birthDateHijri("  ").build().isOneBirthDateGiven())
        .isFalse();
    assertThat(form().birthDateHijri(" ").build().isOneBirthDateGiven()).isTrue();
  }

  @Test
  void a_birth_date_is_plausible_from_1900_in_either_calendar() {
    assertThat(form().birthDateGregorian(LocalDate.of(1900, 1, 1)).build().isBirthDatePlausible())
        .isTrue();
    assertThat(form().birthDateGregorian(LocalDate.of(1899, 12, 31)).build().isBirthDatePlausible())
        .isFalse();
    VolunteerRegistration.Builder hijri = form().birthDateGregorian(null);
    assertThat(hijri.birthDateHijri("1420-09-05").build().isBirthDatePlausible()).isTrue();
    // 1 Muharram 1310 AH fell in 1892.
    assertThat(hijri.birthDateHijri("1310-01-01").build().isBirthDatePlausible()).isFalse();
    // Unreadable or missing: another rule names it.
    assertThat(hijri.birthDateHijri("not a date").build().isBirthDatePlausible()).isTrue();
    assertThat(hijri.birthDateHijri(" ").build().isBirthDatePlausible()).isTrue();
    assertThat(form().birthDateGregorian(null).build().isBirthDatePlausible()).isTrue();
  }

  @Test
  void a_resident_names_a_nationality_and_a_citizen_need_not() {
    // 2000000006 is an Iqama number (first digit 2) with a valid check digit.
    VolunteerRegistration.Builder resident = form().nationalId("2000000006");
    assertThat(resident.build().isNationalityGivenForResident()).isFalse();
    assertThat(resident.nationality(" ").build().isNationalityGivenForResident()).isFalse();
    assertThat(resident.nationality("EG").build().isNationalityGivenForResident()).isTrue();
    assertThat(form().nationalId(" ٢000000006 ").build().isNationalityGivenForResident()).isFalse();
    assertThat(form().build().isNationalityGivenForResident()).isTrue();
    assertThat(form().nationalId(null).build().isNationalityGivenForResident()).isTrue();
  }

  @Test
  void the_birth_date_is_read_from_the_calendar_it_was_entered_in() {
    assertThat(form().build().birthDate())
        .isEqualTo(BirthDate.ofGregorian(LocalDate.of(2000, 1, 5)));
    assertThat(form().birthDateGregorian(null).birthDateHijri("1420-09-05").build().birthDate())
        .isEqualTo(BirthDate.ofHijri(HijriDate.of(1420, 9, 5)));
    assertThat(form().birthDateHijri(" ").build().birthDate())
        .isEqualTo(BirthDate.ofGregorian(LocalDate.of(2000, 1, 5)));
    assertThatThrownBy(() -> form().birthDateGregorian(null).build().birthDate())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("birthDate.missing"));
  }

  @Test
  void a_valid_form_becomes_a_volunteer() {
    Recording validator = new Recording(List.of());
    Volunteer v =
        form()
            .email("sara@example.org")
            .fieldsOfInterest(List.of(" HEALTH ", "SOCIAL"))
            .build()
            .toVolunteer(VolunteerId.of("V-9"), validator);
    assertThat(validator.asked).containsExactly(Locale.ENGLISH);
    assertThat(v.id()).isEqualTo(VolunteerId.of("V-9"));
    assertThat(v.nationalId()).isEqualTo(NationalId.parse("1000000008"));
    assertThat(v.name()).isEqualTo(BilingualText.of("سارة", "Sara"));
    assertThat(v.mobile()).isEqualTo(MobileNumber.parse("0501234567"));
    assertThat(v.email()).contains(EmailAddress.parse("sara@example.org"));
    assertThat(v.birthDate()).isEqualTo(BirthDate.ofGregorian(LocalDate.of(2000, 1, 5)));
    assertThat(v.gender()).isEqualTo(Gender.FEMALE);
    assertThat(v.region()).isEqualTo(Region.RIYADH);
    assertThat(v.nationality()).isEqualTo(Nationality.SAUDI);
    assertThat(v.fieldsOfInterest())
        .containsExactlyInAnyOrder(FieldCode.of("HEALTH"), FieldCode.of("SOCIAL"));
    assertThat(v.guardianConsent()).isEmpty();
  }

  @Test
  void a_resident_keeps_the_nationality_given_and_a_guardian_is_recorded_at_the_clock() {
    Volunteer v =
        form()
            .nationalId("2000000006")
            .nationality("EG")
            .email(" ")
            .guardianNationalId("1000000008")
            .guardianCharterSigned(true)
            .build()
            .toVolunteer(VolunteerId.of("V-9"), new Recording(List.of()));
    assertThat(v.nationality()).isEqualTo(Nationality.of("EG"));
    assertThat(v.email()).isEmpty();
    assertThat(v.guardianConsent())
        .contains(new GuardianConsent(NationalId.parse("1000000008"), NOW, true, Optional.empty()));
    Volunteer noGuardian =
        form()
            .guardianNationalId(" ")
            .build()
            .toVolunteer(VolunteerId.of("V-9"), new Recording(List.of()));
    assertThat(noGuardian.guardianConsent()).isEmpty();
  }

  @Test
  void an_invalid_form_becomes_no_volunteer() {
    Recording validator =
        new Recording(List.of(new Problem("mobile", "mobile.format", "bad mobile")));
    assertThatThrownBy(() -> form().build().toVolunteer(VolunteerId.of("V-9"), validator))
        .isInstanceOf(InvalidInputException.class);
    assertThat(validator.asked).containsExactly(Locale.ENGLISH, InputValidator.ARABIC);
  }

  @Test
  void prints_nothing_it_holds() {
    assertThat(form().build().toString()).isEqualTo("VolunteerRegistration[redacted]");
  }
}
