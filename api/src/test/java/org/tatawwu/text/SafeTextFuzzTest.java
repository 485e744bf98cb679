package org.tatawwu.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jspecify.annotations.Nullable;

/**
 * Fuzzes {@link SafeText}: every method takes any text without throwing; normalising and folding
 * are idempotent; ASCII digits come out of {@link SafeText#toAsciiDigits} for exactly the three
 * accepted digit sets.
 */
class SafeTextFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void any_text_is_checked_normalised_and_folded(@Nullable String text) {
    if (text == null) {
      return;
    }
    SafeText.problems(text);
    String normalized = SafeText.normalize(text);
    assertThat(SafeText.normalize(normalized)).isEqualTo(normalized);
    assertThat(normalized).doesNotStartWith(" ").doesNotEndWith(" ");
    String folded = SafeText.fold(text);
    assertThat(SafeText.fold(folded)).isEqualTo(folded);
    assertThat(SafeText.letterCount(text)).isBetween(0, text.length());
    String ascii = SafeText.toAsciiDigits(text);
    assertThat(ascii).hasSameSizeAs(text);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean accepted =
          (c >= '0' && c <= '9')
              || (c >= '\u0660' && c <= '\u0669')
              || (c >= '\u06F0' && c <= '\u06F9');
      char a = ascii.charAt(i);
      assertThat(a >= '0' && a <= '9').isEqualTo(accepted);
    }
  }
}
