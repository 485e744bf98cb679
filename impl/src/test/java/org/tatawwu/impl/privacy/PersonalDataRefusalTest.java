package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;

/** {@link PersonalData#of} refuses control characters, empty and long values, naming each field. */
class PersonalDataRefusalTest {
  static final Locale ARABIC = Locale.forLanguageTag("ar");

  /**
   * The oracle, from the JDK's Unicode tables rather than code points written out: general category
   * Cc, or a directional embedding, override, pop or isolate.
   */
  static boolean control(char c) {
    if (Character.getType(c) == Character.CONTROL) {
      return true;
    }
    byte d = Character.getDirectionality(c);
    return d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
        || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
        || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT
        || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE
        || d == Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE
        || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE;
  }

  @Test
  void every_utf16_unit_is_refused_exactly_when_it_is_a_control() {
    int refused = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      String value = "سارة" + (char) c + "x";
      boolean threw;
      try {
        PersonalData.of(Map.of(PersonalField.NAME_ARABIC, value));
        threw = false;
      } catch (RuleException e) {
        assertThat(e.codes()).containsExactly("privacy.personalData.control");
        threw = true;
        refused++;
      }
      assertThat(threw).as("U+%04X", c).isEqualTo(control((char) c));
    }
    // 65 C0/C1 controls and DEL, 5 embeddings/overrides and 4 isolates.
    assertThat(refused).isEqualTo(32 + 1 + 32 + 5 + 4);
  }

  @Test
  void marks_arabic_text_uses_are_accepted() {
    String name = "عبد\u200Cالله\u200F \u061C\u200D\u200E";
    assertThat(
            PersonalData.of(Map.of(PersonalField.NAME_ARABIC, name)).get(PersonalField.NAME_ARABIC))
        .contains(name);
  }

  @Test
  void every_refused_value_is_named_at_once_in_arabic_and_english_without_the_value() {
    Map<PersonalField, String> m = new EnumMap<>(PersonalField.class);
    m.put(PersonalField.NATIONAL_ID, "1000000008");
    m.put(PersonalField.NAME_ARABIC, "سارة\nالعتيبي");
    m.put(PersonalField.NAME_ENGLISH, "Sara \u202EibietO-lA");
    m.put(PersonalField.MOBILE, "");
    m.put(PersonalField.EMAIL, "s".repeat(PersonalData.MAX_VALUE_LENGTH) + "\t");
    assertThatThrownBy(() -> PersonalData.of(m))
        .isInstanceOfSatisfying(
            RuleException.class,
            e -> {
              assertThat(e.problems(Locale.ENGLISH))
                  .extracting(Problem::path, Problem::code)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(
                          "NAME_ARABIC", "privacy.personalData.control"),
                      org.assertj.core.groups.Tuple.tuple(
                          "NAME_ENGLISH", "privacy.personalData.control"),
                      org.assertj.core.groups.Tuple.tuple("MOBILE", "privacy.personalData.empty"),
                      org.assertj.core.groups.Tuple.tuple("EMAIL", "privacy.personalData.tooLong"),
                      org.assertj.core.groups.Tuple.tuple("EMAIL", "privacy.personalData.control"));
              assertThat(e.problems(Locale.ENGLISH).get(0).message())
                  .isEqualTo(
                      "Name in Arabic: the value holds a control character (a line break, a tab,"
                          + " NUL or another C0 or C1 control, or a directional embedding,"
                          + " override or isolate)");
              assertThat(e.problems(Locale.ENGLISH).get(2).message())
                  .isEqualTo("Mobile number: the value is empty");
              assertThat(e.problems(ARABIC).get(2).message()).isEqualTo("رقم الجوال: القيمة فارغة");
              assertThat(e.problems(ARABIC).get(3).message())
                  .isEqualTo("البريد الإلكتروني: القيمة أطول من 4096 حرفًا");
              String all =
                  e.getMessage() + e.problems(Locale.ENGLISH) + e.problems(ARABIC) + e.toString();
              assertThat(all)
                  .doesNotContain("العتيبي")
                  .doesNotContain("ibietO")
                  .doesNotContain("1000000008")
                  .doesNotContain("ssss");
            });
    PersonalData ok = PersonalData.of(Map.of(PersonalField.NAME_ENGLISH, "Sara"));
    assertThatThrownBy(() -> ok.with(PersonalField.MOBILE, "+96650\r\n1234567"))
        .isInstanceOfSatisfying(
            RuleException.class,
            e -> assertThat(e.codes()).containsExactly("privacy.personalData.control"));
  }
}
