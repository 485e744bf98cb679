package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jspecify.annotations.Nullable;
import org.tatawwu.validation.InvalidValueException;

/**
 * Fuzzes {@link NationalId#parse}: it either returns an ID of 10 ASCII digits starting with 1 or 2,
 * or throws {@link InvalidValueException} without echoing the input. Run with {@code JAZZER_FUZZ=1}
 * to fuzz; a normal test run replays the saved inputs.
 */
class NationalIdFuzzTest {

  @FuzzTest(maxDuration = "60s")
  @SuppressWarnings("NullAway") // passes null on purpose to check the documented NPE
  void parse_returns_a_valid_id_or_throws_only_the_documented_exception(@Nullable String text) {
    if (text == null) {
      // Parameters are documented "not null": null is a programming error.
      assertThatThrownBy(() -> NationalId.parse(null)).isInstanceOf(NullPointerException.class);
      return;
    }
    try {
      NationalId id = NationalId.parse(text);
      assertThat(id.value()).matches("[12][0-9]{9}");
      assertThat(NationalId.parse(id.value())).isEqualTo(id);
      assertThat(id.toString()).doesNotContain(id.value());
    } catch (InvalidValueException e) {
      assertThat(e.code()).startsWith("nationalId.");
      if (text.length() >= 4) {
        assertThat(e.getMessage()).doesNotContain(text);
      }
    }
  }
}
