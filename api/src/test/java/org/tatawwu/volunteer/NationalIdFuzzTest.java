package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jspecify.annotations.Nullable;
import org.tatawwu.validation.ConstantMessages;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.ParserSpace;

/**
 * Fuzzes {@link NationalId#parse}: it either returns an ID of 10 ASCII digits starting with 1 or 2,
 * or throws {@link InvalidValueException} with a message fixed per code (so never echoing the
 * input); only the three accepted digit sets make an ID. Run with {@code JAZZER_FUZZ=1} to fuzz; a
 * normal test run replays the saved inputs.
 */
class NationalIdFuzzTest {
  private final ConstantMessages messages = new ConstantMessages();

  @FuzzTest(maxDuration = "5m")
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
      assertThat(ParserSpace.strip(text)).matches("[0-9\u0660-\u0669\u06F0-\u06F9]{10}");
    } catch (InvalidValueException e) {
      messages.check(e, "nationalId.");
    }
  }
}
