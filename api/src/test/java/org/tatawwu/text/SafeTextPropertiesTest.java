package org.tatawwu.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class SafeTextPropertiesTest {

  @Test
  void normalize_and_fold_are_idempotent() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            s -> {
              String n = SafeText.normalize(s);
              assertThat(SafeText.normalize(n)).isEqualTo(n);
              String f = SafeText.fold(s);
              assertThat(SafeText.fold(f)).isEqualTo(f);
            });
  }

  @Test
  void inserting_a_bidi_control_anywhere_is_always_reported() {
    char[] controls = {
      '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
      '\u200E', '\u200F', '\u061C'
    };
    qt().forAll(
            strings().betweenCodePoints(0x0621, 0x064A).ofLengthBetween(1, 20),
            integers().between(0, controls.length - 1),
            integers().between(0, 20))
        .checkAssert(
            (s, c, at) -> {
              int i = Math.min(at, s.length());
              String text = s.substring(0, i) + controls[c] + s.substring(i);
              assertThat(SafeText.problems(text)).contains(TextProblem.BIDI_CONTROL);
            });
  }

  @Test
  void arabic_letters_alone_are_always_safe_and_counted() {
    qt().forAll(strings().betweenCodePoints(0x0628, 0x063A).ofLengthBetween(1, 30))
        .checkAssert(
            s -> {
              assertThat(SafeText.problems(s)).isEmpty();
              assertThat(SafeText.letterCount(s)).isEqualTo(s.length());
            });
  }

  @Test
  void folding_ignores_diacritics_and_tatweel_anywhere() {
    qt().forAll(
            strings().betweenCodePoints(0x0628, 0x063A).ofLengthBetween(1, 20),
            integers().between(0x064B, 0x0652),
            integers().between(0, 20))
        .checkAssert(
            (s, mark, at) -> {
              int i = Math.min(at, s.length());
              String decorated = s.substring(0, i) + (char) mark.intValue() + "ـ" + s.substring(i);
              assertThat(SafeText.fold(decorated)).isEqualTo(SafeText.fold(s));
            });
  }
}
