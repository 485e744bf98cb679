package org.tatawwu.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tatawwu.validation.InvalidValueException;

/**
 * Fuzzes {@link BilingualText#of}: accepted text is normalised and safe; anything else throws the
 * documented exception.
 */
class BilingualTextFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void of_returns_safe_normalised_text_or_throws_only_the_documented_exception(
      FuzzedDataProvider data) {
    String arabic = data.consumeString(200);
    String english = data.consumeRemainingAsString();
    try {
      BilingualText t = BilingualText.of(arabic, english);
      assertThat(SafeText.problems(t.arabic())).isEmpty();
      assertThat(SafeText.problems(t.english())).isEmpty();
      assertThat(SafeText.normalize(t.arabic())).isEqualTo(t.arabic());
      assertThat(BilingualText.of(t.arabic(), t.english())).isEqualTo(t);
    } catch (InvalidValueException e) {
      assertThat(e.code()).startsWith("text.");
    }
  }
}
