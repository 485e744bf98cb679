package org.tatawwu.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jspecify.annotations.Nullable;
import org.tatawwu.validation.ConstantMessages;
import org.tatawwu.validation.InvalidValueException;

/**
 * Fuzzes {@link HijriDate#parse}: only {@link InvalidValueException} escapes, with a fixed message
 * per code; a parsed date is in range and reads back from its own text.
 */
class HijriDateFuzzTest {
  private final ConstantMessages messages = new ConstantMessages();

  @FuzzTest(maxDuration = "5m")
  void parse_returns_a_date_in_range_or_throws_only_the_documented_exception(
      @Nullable String text) {
    if (text == null) {
      return;
    }
    try {
      HijriDate d = HijriDate.parse(text);
      assertThat(text.length()).isLessThanOrEqualTo(HijriDate.MAX_TEXT_LENGTH);
      assertThat(d.year()).isBetween(1, 9999);
      assertThat(d.month()).isBetween(1, 12);
      assertThat(d.day()).isBetween(1, 30);
      assertThat(HijriDate.parse(d.toString())).isEqualTo(d);
      assertThat(d.toString()).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    } catch (InvalidValueException e) {
      messages.check(e, "hijri.");
    }
  }
}
