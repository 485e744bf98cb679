package org.tatawwu.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.HijriDate;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.EmailAddress;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.GuardianConsent;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

class PersonalDataTest {

  static List<String> codes(Map<PersonalField, String> values) {
    try {
      PersonalData.of(values);
    } catch (RuleException e) {
      return e.violations().stream().map(v -> v.code()).toList();
    }
    return List.of();
  }

  @Test
  void takes_one_to_4096_characters() {
    assertThat(codes(Map.of(PersonalField.EMAIL, "x"))).isEmpty();
    assertThat(codes(Map.of(PersonalField.EMAIL, "x".repeat(4096)))).isEmpty();
    assertThat(codes(Map.of(PersonalField.EMAIL, "x".repeat(4097))))
        .containsExactly("privacy.personalData.tooLong");
    assertThat(codes(Map.of(PersonalField.EMAIL, "")))
        .containsExactly("privacy.personalData.empty");
  }

  // C0 ends at U+001F, C1 spans U+007F..U+009F, embeddings and overrides U+202A..U+202E,
  // isolates U+2066..U+2069.
  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x09, 0x0A, 0x1F, 0x7F, 0x85, 0x9F, 0x202A, 0x202E, 0x2066, 0x2069})
  void refuses_control_and_directional_characters(int c) {
    assertThat(codes(Map.of(PersonalField.NAME_ENGLISH, "Sa" + (char) c + "ra")))
        .containsExactly("privacy.personalData.control");
  }

  @ParameterizedTest
  @ValueSource(ints = {0x20, 0x7E, 0xA0, 0x2029, 0x202F, 0x2065, 0x206A, 0x0627})
  void accepts_the_neighbours_of_those_ranges(int c) {
    assertThat(codes(Map.of(PersonalField.NAME_ENGLISH, "Sa" + (char) c + "ra"))).isEmpty();
  }

  @Test
  void names_every_problem_at_once_in_english_and_arabic() {
    Map<PersonalField, String> values = new EnumMap<>(PersonalField.class);
    values.put(PersonalField.MOBILE, "");
    values.put(PersonalField.NAME_ENGLISH, "x".repeat(4097) + "\t");
    values.put(PersonalField.EMAIL, "fine@example.org");
    assertThatThrownBy(() -> PersonalData.of(values))
        .isInstanceOfSatisfying(
            RuleException.class,
            e -> {
              assertThat(e.problems(Locale.ENGLISH))
                  .extracting(Problem::path, Problem::code, Problem::message)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(
                          "NAME_ENGLISH",
                          "privacy.personalData.tooLong",
                          "Name in English: the value is longer than 4096 characters"),
                      org.assertj.core.groups.Tuple.tuple(
                          "NAME_ENGLISH",
                          "privacy.personalData.control",
                          "Name in English: the value holds a control character (a line break,"
                              + " a tab, NUL or another C0 or C1 control, or a directional"
                              + " embedding, override or isolate)"),
                      org.assertj.core.groups.Tuple.tuple(
                          "MOBILE",
                          "privacy.personalData.empty",
                          "Mobile number: the value is empty"));
              assertThat(e.problems(Locale.forLanguageTag("ar-SA")))
                  .extracting(Problem::message)
                  .last()
                  .isEqualTo("رقم الجوال: القيمة فارغة");
              assertThat(e.problems(Locale.FRENCH))
                  .extracting(Problem::message)
                  .last()
                  .isEqualTo("Mobile number: the value is empty");
              assertThat(e.getMessage()).doesNotContain("fine@example.org");
            });
  }

  static Volunteer.Builder volunteer() {
    return Volunteer.builder()
        .id(VolunteerId.of("V-1"))
        .nationalId(NationalId.parse("1000000008"))
        .name(BilingualText.of("سارة", "Sara"))
        .mobile(MobileNumber.parse("0501234567"))
        .birthDate(BirthDate.ofGregorian(LocalDate.of(2000, 1, 5)))
        .gender(Gender.FEMALE)
        .nationality(Nationality.SAUDI)
        .region(Region.RIYADH);
  }

  @Test
  void takes_only_the_given_parts_of_a_volunteer() {
    PersonalData d = PersonalData.from(volunteer().build());
    assertThat(d.values())
        .containsExactly(
            Map.entry(PersonalField.NATIONAL_ID, "1000000008"),
            Map.entry(PersonalField.NAME_ARABIC, "سارة"),
            Map.entry(PersonalField.NAME_ENGLISH, "Sara"),
            Map.entry(PersonalField.MOBILE, "+966501234567"),
            Map.entry(PersonalField.BIRTH_DATE, "2000-01-05"));
    assertThat(d.name()).contains(BilingualText.of("سارة", "Sara"));
  }

  @Test
  void takes_every_optional_part_and_the_birth_date_as_entered_in_hijri() {
    Volunteer v =
        volunteer()
            .email(EmailAddress.parse("sara@example.org"))
            .location(GeoPoint.of(24.5, 46.25))
            .birthDate(BirthDate.ofHijri(HijriDate.of(1420, 9, 5)))
            .guardianConsent(
                new GuardianConsent(
                    NationalId.parse("2000000006"),
                    Instant.parse("2025-01-01T00:00:00Z"),
                    true,
                    Optional.empty()))
            .build();
    PersonalData d = PersonalData.from(v);
    assertThat(d.get(PersonalField.EMAIL)).contains("sara@example.org");
    assertThat(d.get(PersonalField.HOME_LOCATION)).contains("24.5,46.25");
    assertThat(d.get(PersonalField.BIRTH_DATE)).contains("1420-09-05 AH");
    assertThat(d.get(PersonalField.GUARDIAN_ID)).contains("2000000006");
  }

  @Test
  void a_name_needs_both_languages_and_with_sets_or_removes_one_field() {
    PersonalData both =
        PersonalData.of(
            Map.of(PersonalField.NAME_ARABIC, "سارة", PersonalField.NAME_ENGLISH, "Sara"));
    assertThat(both.name()).contains(BilingualText.of("سارة", "Sara"));
    PersonalData arabicOnly = both.with(PersonalField.NAME_ENGLISH, null);
    assertThat(arabicOnly.name()).isEmpty();
    assertThat(arabicOnly.get(PersonalField.NAME_ENGLISH)).isEmpty();
    assertThat(both.get(PersonalField.NAME_ENGLISH)).contains("Sara");
    PersonalData englishOnly = both.with(PersonalField.NAME_ARABIC, null);
    assertThat(englishOnly.name()).isEmpty();
    PersonalData renamed = arabicOnly.with(PersonalField.NAME_ENGLISH, "Sarah");
    assertThat(renamed.name()).contains(BilingualText.of("سارة", "Sarah"));
    assertThatThrownBy(() -> both.with(PersonalField.MOBILE, "")).isInstanceOf(RuleException.class);
  }

  @Test
  void equal_by_values_and_printed_without_them() {
    PersonalData a = PersonalData.of(Map.of(PersonalField.MOBILE, "+966501234567"));
    PersonalData b = PersonalData.of(Map.of(PersonalField.MOBILE, "+966501234567"));
    PersonalData c = PersonalData.of(Map.of(PersonalField.MOBILE, "+966501234568"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat((Object) a).isNotEqualTo("x");
    assertThat(a.hashCode()).isEqualTo(Map.of(PersonalField.MOBILE, "+966501234567").hashCode());
    assertThat(a.toString()).isEqualTo("PersonalData[fields=[MOBILE]]");
  }
}
