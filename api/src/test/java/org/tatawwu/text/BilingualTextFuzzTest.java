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

  @FuzzTest(maxDuration = "5m")
  void of_returns_safe_normalised_text_or_throws_only_the_documented_exception(
      FuzzedDataProvider data) {
    String arabic = data.consumeString(BilingualText.MAX_LENGTH + 10);
    String english = data.consumeRemainingAsString();
    try {
      BilingualText t = BilingualText.of(arabic, english);
      assertThat(SafeText.problems(t.arabic())).isEmpty();
      assertThat(SafeText.problems(t.english())).isEmpty();
      assertThat(SafeText.normalize(t.arabic())).isEqualTo(t.arabic());
      assertThat(BilingualText.of(t.arabic(), t.english())).isEqualTo(t);
      assertThat(arabic.length()).isLessThanOrEqualTo(BilingualText.MAX_LENGTH);
      assertThat(english.length()).isLessThanOrEqualTo(BilingualText.MAX_LENGTH);
    } catch (InvalidValueException e) {
      assertThat(e.code()).matches("text\\.[a-z][a-zA-Z]+");
      // The message names the part and the problems, never the text.
      assertThat(e.getMessage())
          .matches(
              "the (arabic|english) text (is not acceptable: \\[[A-Z_, ]+\\]"
                  + "|has more than 10000 characters)");
    }
  }
}
