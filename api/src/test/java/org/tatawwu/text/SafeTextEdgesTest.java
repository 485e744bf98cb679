package org.tatawwu.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SafeTextEdgesTest {

  @Test
  void a_surrogate_pair_anywhere_is_one_character_and_a_lone_half_is_malformed() {
    // U+1F600 is the pair D83D DE00; U+1D400 (a mathematical bold A) is a letter.
    assertThat(SafeText.problems("abc\uD83D\uDE00")).isEmpty();
    assertThat(SafeText.problems("\uD835\uDC00")).isEmpty();
    assertThat(SafeText.isSafe("\uD83D\uDE00abc")).isTrue();
    assertThat(SafeText.problems("abc\uD83D")).containsExactly(TextProblem.MALFORMED);
    assertThat(SafeText.problems("\uD83Dabc")).containsExactly(TextProblem.MALFORMED);
    assertThat(SafeText.problems("abc\uDE00")).containsExactly(TextProblem.MALFORMED);
    assertThat(SafeText.isSafe("abc\uDE00")).isFalse();
  }

  @Test
  void noncharacters_are_malformed_and_their_neighbours_are_not() {
    assertThat(SafeText.problems("a\uFFFE")).containsExactly(TextProblem.MALFORMED);
    assertThat(SafeText.problems("a\uFFFF")).containsExactly(TextProblem.MALFORMED);
    assertThat(SafeText.problems("a\uFDD0")).containsExactly(TextProblem.MALFORMED);
    assertThat(SafeText.problems("a\uFDEF")).containsExactly(TextProblem.MALFORMED);
    // U+1FFFE is a noncharacter too: D83F DFFE.
    assertThat(SafeText.problems("a\uD83F\uDFFE")).containsExactly(TextProblem.MALFORMED);
    assertThat(SafeText.problems("a\uFDCF")).isEmpty();
    assertThat(SafeText.problems("a\uFDF0")).isEmpty();
    assertThat(SafeText.problems("a\uFFFD")).isEmpty();
  }

  @Test
  void only_line_breaks_and_tabs_among_controls_are_allowed() {
    assertThat(SafeText.problems("a\nb\tc\r")).isEmpty();
    assertThat(SafeText.problems("a\u0000")).containsExactly(TextProblem.CONTROL_CHARACTER);
    assertThat(SafeText.problems("a\u2028")).containsExactly(TextProblem.CONTROL_CHARACTER);
    assertThat(SafeText.problems("a\u2029")).containsExactly(TextProblem.CONTROL_CHARACTER);
    assertThat(SafeText.problems("a\u061C")).containsExactly(TextProblem.BIDI_CONTROL);
    assertThat(SafeText.problems("a\u200E")).containsExactly(TextProblem.BIDI_CONTROL);
    assertThat(SafeText.problems("a\u200F")).containsExactly(TextProblem.BIDI_CONTROL);
    assertThat(SafeText.problems("a\u2060")).containsExactly(TextProblem.ZERO_WIDTH);
    assertThat(SafeText.problems("a\uFEFF")).containsExactly(TextProblem.ZERO_WIDTH);
    assertThat(SafeText.problems("a\u200B")).containsExactly(TextProblem.ZERO_WIDTH);
    assertThat(SafeText.problems("a\u200D")).containsExactly(TextProblem.ZERO_WIDTH);
    assertThat(SafeText.problems("a\u200A")).isEmpty();
  }

  @Test
  void text_of_spaces_is_blank_and_text_of_tatweel_or_marks_has_no_letters() {
    assertThat(SafeText.problems(" \u00A0\u3000")).isEqualTo(EnumSet.of(TextProblem.BLANK));
    assertThat(SafeText.problems("")).isEqualTo(EnumSet.of(TextProblem.BLANK));
    assertThat(SafeText.problems("\u0640\u0640")).isEqualTo(EnumSet.of(TextProblem.NO_LETTERS));
    assertThat(SafeText.problems("-- !")).isEqualTo(EnumSet.of(TextProblem.NO_LETTERS));
    assertThat(SafeText.problems("\u0660")).isEmpty();
  }

  @Test
  void isolates_are_removed_and_nothing_else() {
    assertThat(SafeText.withoutIsolates("a\u2066b\u2067c\u2068d\u2069e\u2065\u206A"))
        .isEqualTo("abcde\u2065\u206A");
    assertThat(SafeText.withoutIsolates("")).isEmpty();
  }

  @Test
  void folding_drops_arabic_marks_from_fathatan_to_u065f_and_keeps_their_neighbours() {
    // U+064B (fathatan) through U+065F (wavy hamza below) are marks; U+064A is yeh.
    assertThat(SafeText.fold("\u064Bب")).isEqualTo("ب");
    assertThat(SafeText.fold("ب\u065F")).isEqualTo("ب");
    assertThat(SafeText.fold("\u064A")).isEqualTo("\u064A");
    assertThat(SafeText.fold("ب\u0670")).isEqualTo("ب");
    assertThat(SafeText.fold("\u0660\u06F9")).isEqualTo("09");
  }

  @Test
  void digits_of_both_arabic_forms_become_ascii_and_their_neighbours_stay() {
    assertThat(SafeText.toAsciiDigits("\u0660\u0669\u06F0\u06F9\u065F\u066A\u06EF\u06FA"))
        .isEqualTo("0909\u065F\u066A\u06EF\u06FA");
  }

  @Test
  void counts_letters_and_digits_but_not_tatweel() {
    assertThat(SafeText.letterCount("سـارة 12!")).isEqualTo(6);
    assertThat(SafeText.letterCount("\uD835\uDC00")).isEqualTo(1);
  }
}
