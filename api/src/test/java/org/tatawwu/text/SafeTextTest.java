package org.tatawwu.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tatawwu.validation.InvalidValueException;

class SafeTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u202Eمحمد",
        "Ali\u202A",
        "a\u202Bb",
        "a\u202Cb",
        "a\u202Db",
        "a\u2066b",
        "a\u2067b",
        "a\u2068b",
        "a\u2069b",
        "a\u200Eb",
        "a\u200Fb",
        "a\u061Cb"
      })
  void reports_every_bidi_control(String text) {
    assertThat(SafeText.problems(text)).containsExactly(TextProblem.BIDI_CONTROL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u200Bb", "a\u200Cb", "a\u200Db", "a\u2060b", "\uFEFFab"})
  void reports_zero_width_characters(String text) {
    assertThat(SafeText.problems(text)).containsExactly(TextProblem.ZERO_WIDTH);
  }

  @Test
  void reports_tatweel_only_and_mark_only_names() {
    assertThat(SafeText.problems("ـــــ")).containsExactly(TextProblem.NO_LETTERS);
    assertThat(SafeText.problems("\u064E\u064F")).containsExactly(TextProblem.NO_LETTERS);
    assertThat(SafeText.problems("...")).containsExactly(TextProblem.NO_LETTERS);
  }

  @Test
  void reports_blank_control_and_malformed_text() {
    assertThat(SafeText.problems("  \t ")).containsExactly(TextProblem.BLANK);
    assertThat(SafeText.problems("")).containsExactly(TextProblem.BLANK);
    assertThat(SafeText.problems("a\u0000b")).containsExactly(TextProblem.CONTROL_CHARACTER);
    assertThat(SafeText.problems("a\u2028b")).containsExactly(TextProblem.CONTROL_CHARACTER);
    assertThat(SafeText.problems("a\uD800b")).containsExactly(TextProblem.MALFORMED);
  }

  @Test
  void reports_all_problems_at_once() {
    assertThat(SafeText.problems("\u202E\u200Bـ\u0007"))
        .containsExactly(
            TextProblem.BIDI_CONTROL,
            TextProblem.ZERO_WIDTH,
            TextProblem.CONTROL_CHARACTER,
            TextProblem.NO_LETTERS);
  }

  @Test
  void accepts_names_with_diacritics_and_counts_letters_not_utf16_units() {
    String name = "مُحَمَّد";
    assertThat(SafeText.problems(name)).isEmpty();
    assertThat(name.length()).isEqualTo(8);
    assertThat(SafeText.letterCount(name)).isEqualTo(4);
    assertThat(SafeText.letterCount("عبـــدالله")).isEqualTo(7);
  }

  @Test
  void folds_farsi_forms_diacritics_and_alef_variants_for_deduplication() {
    assertThat(SafeText.fold("علی")).isEqualTo(SafeText.fold("علي"));
    assertThat(SafeText.fold("کریم")).isEqualTo(SafeText.fold("كريم"));
    assertThat(SafeText.fold("مُحَمَّد")).isEqualTo(SafeText.fold("محمد"));
    assertThat(SafeText.fold("أحمد")).isEqualTo(SafeText.fold("احمد"));
    assertThat(SafeText.fold("فاطمة")).isEqualTo(SafeText.fold("فاطمه"));
    assertThat(SafeText.fold("عبـــدالله")).isEqualTo(SafeText.fold("عبدالله"));
    assertThat(SafeText.fold("  Sara   AL-Otaibi ")).isEqualTo("sara al-otaibi");
    assertThat(SafeText.fold("محمد")).isNotEqualTo(SafeText.fold("محمود"));
  }

  @Test
  void converts_eastern_digits_to_ascii() {
    assertThat(SafeText.toAsciiDigits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ x"))
        .isEqualTo("0123456789 0123456789 x");
  }

  @Test
  void bilingual_text_normalises_and_rejects_unsafe_parts() {
    BilingualText t = BilingualText.of("  سارة   العتيبي ", "Sara  Al-Otaibi");
    assertThat(t.arabic()).isEqualTo("سارة العتيبي");
    assertThat(t.english()).isEqualTo("Sara Al-Otaibi");
    assertThat(t.in(java.util.Locale.forLanguageTag("ar-SA"))).isEqualTo("سارة العتيبي");
    assertThat(t.in(java.util.Locale.FRENCH)).isEqualTo("Sara Al-Otaibi");
    assertThatThrownBy(() -> BilingualText.of("ـــ", "x"))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("text.noLetters");
    assertThatThrownBy(() -> BilingualText.of("سارة", "Sara\u202E"))
        .isInstanceOf(InvalidValueException.class);
  }
}
