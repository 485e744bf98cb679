package org.tatawwu.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jspecify.annotations.Nullable;
import org.tatawwu.validation.ConstantMessages;
import org.tatawwu.validation.InvalidValueException;

/**
 * Fuzzes {@link OpportunityNumber#parse}: only {@link InvalidValueException} escapes, with a fixed
 * message; an accepted number is 11 ASCII digits and reads back as itself.
 */
class OpportunityNumberFuzzTest {
  private final ConstantMessages messages = new ConstantMessages();

  @FuzzTest(maxDuration = "5m")
  void parse_returns_eleven_digits_or_throws_only_the_documented_exception(@Nullable String text) {
    if (text == null) {
      return;
    }
    try {
      OpportunityNumber n = OpportunityNumber.parse(text);
      assertThat(n.value()).matches("[0-9]{11}");
      assertThat(OpportunityNumber.parse(n.value())).isEqualTo(n);
    } catch (InvalidValueException e) {
      messages.check(e, "opportunityNumber.");
    }
  }
}
