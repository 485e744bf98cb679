package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The vault refuses a value that is not of its field's kind, naming every such field at once in
 * Arabic and English, never the value, and keeps nothing of the refused write.
 */
class VaultValuesTest {
  static final VolunteerId SARA = VolunteerId.of("V-100");
  static final Locale AR = Locale.forLanguageTag("ar");

  final PersonalDataVault vault =
      Tatawwu.privacy().vault(Tatawwu.privacy().inMemoryVaultStore(), CryptoShreddingTest.aes());

  static PersonalData of(Object... pairs) {
    Map<PersonalField, String> m = new EnumMap<>(PersonalField.class);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((PersonalField) pairs[i], (String) pairs[i + 1]);
    }
    return PersonalData.of(m);
  }

  /** A value of every kind, each well formed. */
  static PersonalData good() {
    return of(
        PersonalField.NATIONAL_ID, "1000000008",
        PersonalField.NAME_ARABIC, "سارة العتيبي",
        PersonalField.NAME_ENGLISH, "Sara Al-Otaibi",
        PersonalField.MOBILE, "+966501234567",
        PersonalField.EMAIL, "sara@example.sa",
        PersonalField.BIRTH_DATE, "1410-05-12 AH",
        PersonalField.HOME_LOCATION, "24.7136,46.6753",
        PersonalField.GUARDIAN_ID, "2123456788");
  }

  @Test
  void every_value_of_the_wrong_kind_is_named_at_once_and_nothing_is_kept() {
    vault.put(SARA, good());
    List<String> bad =
        List.of(
            "not-an-id",
            "ـــــ",
            "Sara\u200B",
            "0501234567",
            "sara@",
            "1990-02-30",
            "24.7,200",
            "123");
    PersonalData wrong =
        of(
            PersonalField.NATIONAL_ID, bad.get(0),
            PersonalField.NAME_ARABIC, bad.get(1),
            PersonalField.NAME_ENGLISH, bad.get(2),
            PersonalField.MOBILE, bad.get(3),
            PersonalField.EMAIL, bad.get(4),
            PersonalField.BIRTH_DATE, bad.get(5),
            PersonalField.HOME_LOCATION, bad.get(6),
            PersonalField.GUARDIAN_ID, bad.get(7));
    RuleException e = catchThrowableOfType(RuleException.class, () -> vault.put(SARA, wrong));
    assertThat(e.violations())
        .extracting(v -> v.code())
        .containsExactly(
            "privacy.personalData.nationalId",
            "privacy.personalData.nameArabic",
            "privacy.personalData.nameEnglish",
            "privacy.personalData.mobile",
            "privacy.personalData.email",
            "privacy.personalData.birthDate",
            "privacy.personalData.homeLocation",
            "privacy.personalData.guardianId");
    List<Problem> english = e.problems(Locale.ENGLISH);
    List<Problem> arabic = e.problems(AR);
    assertThat(english)
        .extracting(Problem::path)
        .containsExactly(
            "NATIONAL_ID",
            "NAME_ARABIC",
            "NAME_ENGLISH",
            "MOBILE",
            "EMAIL",
            "BIRTH_DATE",
            "HOME_LOCATION",
            "GUARDIAN_ID");
    assertThat(english.get(0).message())
        .isEqualTo(
            "the national ID is not 10 ASCII digits starting with 1 (a citizen) or 2 (a"
                + " resident)");
    assertThat(arabic.get(0).message())
        .isEqualTo("رقم الهوية ليس عشرة أرقام لاتينية تبدأ بـ 1 (مواطن) أو 2 (مقيم)");
    assertThat(arabic.get(3).message()).startsWith("رقم الجوال ليس رقم جوال سعوديًا");
    for (Problem p : concat(english, arabic)) {
      for (String value : bad) {
        assertThat(p.message()).doesNotContain(value);
      }
    }
    assertThat(e.getMessage()).doesNotContain("not-an-id").doesNotContain("sara@");
    // The refused write kept nothing: the first version still reads, alone.
    assertThat(vault.versions(SARA)).containsExactly(good());
  }

  static List<Problem> concat(List<Problem> a, List<Problem> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  @Test
  void the_outsiders_national_id_is_refused_for_a_new_volunteer() {
    RuleException e =
        catchThrowableOfType(
            RuleException.class, () -> vault.put(SARA, of(PersonalField.NATIONAL_ID, "not-an-id")));
    assertThat(e.violations())
        .extracting(v -> v.code())
        .containsExactly("privacy.personalData.nationalId");
    assertThat(vault.subjects()).doesNotContain(SARA);
    assertThat(vault.read(SARA)).isEmpty();
  }

  @Test
  void values_of_their_kind_are_kept_as_given() {
    vault.put(SARA, good());
    assertThat(vault.read(SARA)).contains(good());
    // Gregorian birth date; a number failing Luhn passes (the check digit is the platform's rule).
    PersonalData other =
        of(
            PersonalField.NATIONAL_ID, "1000000000",
            PersonalField.BIRTH_DATE, "1990-02-28",
            PersonalField.HOME_LOCATION, "-90,180");
    vault.put(VolunteerId.of("V-2"), other);
    assertThat(vault.read(VolunteerId.of("V-2"))).contains(other);
  }

  @Test
  void look_alike_values_are_refused() {
    // Eastern Arabic digits (stored values are ASCII), 9 digits, a leading 3, a mobile without
    // +966, a landline, Hijri 1601 (outside the Umm al-Qura table), 1899 (before 1900), NaN.
    String[][] cases = {
      {"NATIONAL_ID", "١٠٠٠٠٠٠٠٠٨"},
      {"NATIONAL_ID", "100000000"},
      {"NATIONAL_ID", "3000000000"},
      {"MOBILE", "+966 50 123 4567"},
      {"MOBILE", "+966112345678"},
      {"BIRTH_DATE", "1601-01-01 AH"},
      {"BIRTH_DATE", "1899-12-31"},
      {"BIRTH_DATE", "1990-1-5"},
      {"HOME_LOCATION", "NaN,46.6"},
      {"HOME_LOCATION", "24.7"},
      {"EMAIL", " sara@example.sa"},
    };
    for (String[] c : cases) {
      PersonalField field = PersonalField.valueOf(c[0]);
      RuleException e =
          catchThrowableOfType(RuleException.class, () -> vault.put(SARA, of(field, c[1])));
      assertThat(e).as(c[0] + " " + c[1]).isNotNull();
      assertThat(e.problems(Locale.ENGLISH))
          .singleElement()
          .satisfies(p -> assertThat(p.path()).isEqualTo(c[0]));
    }
    assertThat(vault.read(SARA)).isEmpty();
  }

  @Test
  void a_sealed_text_has_the_bound_of_a_personal_value() {
    String longest = "ع".repeat(4096);
    assertThat(vault.open(SARA, vault.seal(SARA, longest))).contains(longest);
    VolunteerId omar = VolunteerId.of("V-200");
    RuleException e =
        catchThrowableOfType(RuleException.class, () -> vault.seal(omar, longest + "x"));
    assertThat(e.violations()).extracting(v -> v.code()).containsExactly("privacy.seal.tooLong");
    assertThat(e.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo("the text to seal is longer than 4096 characters");
    assertThat(e.problems(AR).get(0).message()).isEqualTo("النص المراد تشفيره أطول من 4096 حرفًا");
    assertThat(vault.subjects()).as("no key made for a refused text").containsExactly(SARA);
  }
}
