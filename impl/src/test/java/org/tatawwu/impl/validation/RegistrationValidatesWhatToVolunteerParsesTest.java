package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tatawwu.impl.validation.Fixtures.CLOCK;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.InvalidInputException;
import org.tatawwu.validation.Problem;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.VolunteerRegistration;

/**
 * What {@link VolunteerRegistration#toVolunteer} parses, validation checks first: a form that
 * validates clean makes a volunteer, and a form that {@code toVolunteer} would refuse is reported
 * by {@code validate}, every problem at once, and refused with {@link InvalidInputException}. Today
 * is 2025-03-01 in Riyadh on {@link Fixtures#CLOCK} (1446-09-01 AH, Umm al-Qura).
 */
class RegistrationValidatesWhatToVolunteerParsesTest {
  private static final VolunteerId ID = VolunteerId.of("V-1");
  private static final String PAST = "Past";
  private static final String NATIONALITY_CODE = "volunteer.VolunteerRegistration.nationalityCode";
  private static final String NATIONALITY_MATCH =
      "volunteer.VolunteerRegistration.nationalityMatch";
  private static final String SELF_GUARDIAN = "volunteer.VolunteerRegistration.selfGuardian";
  private static final String TOO_MANY_CHARACTERS = "constraints.CleanText.tooManyCharacters";
  private static final String CITIZEN = "1234567897";
  private static final String RESIDENT = "2123456788";
  private static final String OTHER_CITIZEN = "1000000008";

  private final InputValidator validator = Tatawwu.validator(CLOCK);

  private static VolunteerRegistration.Builder form() {
    return VolunteerRegistration.builder().from(Fixtures.validRegistration());
  }

  /** A minor's form, with a guardian and the charter signed with the guardian. */
  private static VolunteerRegistration.Builder minor(@Nullable String hijri) {
    return form()
        .birthDateHijri(hijri)
        .guardianNationalId(OTHER_CITIZEN)
        .guardianCharterSigned(true);
  }

  private List<Tuple> problems(VolunteerRegistration r) {
    return validator.validate(r, Locale.ENGLISH).stream()
        .map(p -> tuple(p.path(), p.code()))
        .toList();
  }

  private InvalidInputException refused(VolunteerRegistration r) {
    return catchThrowableOfType(InvalidInputException.class, () -> r.toVolunteer(ID, validator));
  }

  @Test
  void a_hijri_birth_date_after_today_is_refused_as_a_gregorian_one_is() {
    // 1450-01-01 AH is 2028-05-25; 1600-12-30 AH is 2174-11-25, the table's last day.
    for (String future : new String[] {"1450-01-01", "1600-12-30"}) {
      VolunteerRegistration r = minor(future).build();
      assertThat(problems(r)).containsExactly(tuple("birthDateHijri", PAST));
      assertThat(refused(r).codes()).containsExactly(PAST);
    }
    assertThat(problems(minor(null).birthDateGregorian(LocalDate.of(2028, 5, 25)).build()))
        .containsExactly(tuple("birthDateGregorian", PAST));
    assertThat(validator.validate(minor("1450-01-01").build(), Locale.ENGLISH))
        .extracting(Problem::message)
        .containsExactly("must be a date in the past");
    assertThat(validator.validate(minor("1450-01-01").build(), InputValidator.ARABIC))
        .extracting(Problem::message)
        .containsExactly("يجب أن يكون تاريخًا في الماضي");
  }

  @Test
  void today_is_not_in_the_past_and_yesterday_is() {
    // As @Past: today (1446-09-01 AH = 2025-03-01) is refused, yesterday (1446-08-29) accepted.
    assertThat(problems(minor("1446-09-01").build()))
        .containsExactly(tuple("birthDateHijri", PAST));
    assertThat(problems(minor(null).birthDateGregorian(LocalDate.of(2025, 3, 1)).build()))
        .containsExactly(tuple("birthDateGregorian", PAST));
    VolunteerRegistration yesterday = minor("1446-08-29").build();
    assertThat(problems(yesterday)).isEmpty();
    assertThat(yesterday.toVolunteer(ID, validator).birthDate().toLocalDate())
        .isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void a_nationality_must_be_a_country_code() {
    for (String unknown : new String[] {"xx", "ZZ", "١٢"}) {
      VolunteerRegistration r = form().nationality(unknown).build();
      assertThat(problems(r)).as(unknown).containsExactly(tuple("nationality", NATIONALITY_CODE));
      assertThat(refused(r).codes()).containsExactly(NATIONALITY_CODE);
    }
    assertThat(
            validator
                .validate(form().nationality("xx").build(), InputValidator.ARABIC)
                .get(0)
                .message())
        .contains("رمز دولة");
    // Any case is read; a text of another length is @Size's problem only.
    assertThat(form().nationality("sa").build().toVolunteer(ID, validator).nationality())
        .isEqualTo(new Nationality("SA"));
    assertThat(problems(form().nationality("SAU").build()))
        .containsExactly(tuple("nationality", "Size"));
  }

  @Test
  void a_citizen_is_saudi_and_a_resident_is_not() {
    assertThat(problems(form().nationality("US").build()))
        .containsExactly(tuple("nationality", NATIONALITY_MATCH));
    assertThat(problems(form().nationalId(RESIDENT).nationality("SA").build()))
        .containsExactly(tuple("nationality", NATIONALITY_MATCH));
    assertThat(problems(form().nationality("SA").build())).isEmpty();
    Volunteer resident =
        form().nationalId(RESIDENT).nationality("EG").build().toVolunteer(ID, validator);
    assertThat(resident.nationality().code()).isEqualTo("EG");
    assertThat(refused(form().nationality("US").build()).codes())
        .containsExactly(NATIONALITY_MATCH);
  }

  @Test
  void a_minor_cannot_be_their_own_guardian() {
    // 1436-01-01 AH is 2014-10-25: ten years old on 2025-03-01.
    VolunteerRegistration self = minor("1436-01-01").guardianNationalId(CITIZEN).build();
    assertThat(problems(self)).containsExactly(tuple("guardianNationalId", SELF_GUARDIAN));
    assertThat(refused(self).codes()).containsExactly(SELF_GUARDIAN);
    // The same number in Eastern Arabic-Indic digits is the same ID.
    assertThat(problems(minor("1436-01-01").guardianNationalId("١٢٣٤٥٦٧٨٩٧").build()))
        .containsExactly(tuple("guardianNationalId", SELF_GUARDIAN));
    assertThat(validator.validate(self, InputValidator.ARABIC).get(0).message())
        .contains("ولي الأمر");
    assertThat(minor("1436-01-01").build().toVolunteer(ID, validator).guardianConsent())
        .isPresent();
  }

  @Test
  void a_name_may_not_be_longer_than_a_bilingual_text_part_even_in_spaces() {
    VolunteerRegistration padded = form().nameEnglish("a".repeat(100) + " ".repeat(10_000)).build();
    assertThat(problems(padded)).containsExactly(tuple("nameEnglish", TOO_MANY_CHARACTERS));
    assertThat(refused(padded).codes()).containsExactly(TOO_MANY_CHARACTERS);
    assertThat(validator.validate(padded, Locale.ENGLISH).get(0).message())
        .isEqualTo("must have at most 10000 characters, spaces included");
    // 10,000 characters exactly: accepted, and the name is stored without the spaces.
    VolunteerRegistration full = form().nameArabic("س" + " ".repeat(9_999)).build();
    assertThat(problems(full)).isEmpty();
    assertThat(full.toVolunteer(ID, validator).name().arabic()).isEqualTo("س");
  }

  @Test
  void several_problems_are_reported_at_once_and_refused_together() {
    VolunteerRegistration form =
        minor("1450-01-01")
            .nationality("xx")
            .mobile("0521239876")
            .nameEnglish("a".repeat(100) + " ".repeat(10_000))
            .guardianNationalId(CITIZEN)
            .build();
    assertThat(problems(form))
        .containsExactlyInAnyOrder(
            tuple("birthDateHijri", PAST),
            tuple("nationality", NATIONALITY_CODE),
            tuple("mobile", "constraints.mobile.prefix"),
            tuple("nameEnglish", TOO_MANY_CHARACTERS),
            tuple("guardianNationalId", SELF_GUARDIAN));
    InvalidInputException e = refused(form);
    assertThat(e.codes())
        .containsExactlyInAnyOrder(
            PAST,
            NATIONALITY_CODE,
            "constraints.mobile.prefix",
            TOO_MANY_CHARACTERS,
            SELF_GUARDIAN);
    assertThat(e.problems(InputValidator.ARABIC)).hasSize(5);
  }
}
