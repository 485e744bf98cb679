package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jspecify.annotations.Nullable;
import org.tatawwu.validation.InvalidValueException;

/** Fuzzes {@link MobileNumber#parse}: an E.164 Saudi mobile, or the documented exception. */
class MobileNumberFuzzTest {
  private static final java.util.Set<String> MESSAGES =
      java.util.Set.of(
          "a mobile number has only digits",
          "a Saudi mobile number starts with +966",
          "a Saudi mobile number has 10 digits (05XXXXXXXX)",
          "this number is not in a Saudi mobile range: Saudi mobile numbers start with 050, 051,"
              + " 053 to 056, 058, 059, 0570 to 0578, 05790 or 05791");

  @FuzzTest(maxDuration = "5m")
  @SuppressWarnings("NullAway") // passes null on purpose to check the documented NPE
  void parse_returns_e164_or_throws_only_the_documented_exception(@Nullable String text) {
    if (text == null) {
      // Parameters are documented "not null": null is a programming error.
      assertThatThrownBy(() -> MobileNumber.parse(null)).isInstanceOf(NullPointerException.class);
      return;
    }
    try {
      MobileNumber m = MobileNumber.parse(text);
      assertThat(m.e164()).matches("\\+9665[0-9]{8}");
      assertThat(MobileNumber.parse(m.e164())).isEqualTo(m);
      assertThat(m.toString()).isEqualTo("MobileNumber[redacted]");
      assertThat(text).doesNotContainPattern("[\\p{Nd}&&[^0-9\u0660-\u0669\u06F0-\u06F9]]");
    } catch (InvalidValueException e) {
      // Fixed sentences only: none can carry any of the number.
      assertThat(e.code()).startsWith("mobile.");
      assertThat(e.getMessage()).isIn(MESSAGES);
    }
  }
}
