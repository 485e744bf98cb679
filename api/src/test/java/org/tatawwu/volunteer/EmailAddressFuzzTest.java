package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jspecify.annotations.Nullable;
import org.tatawwu.validation.ConstantMessages;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.ParserSpace;

/**
 * Fuzzes {@link EmailAddress#parse}: only {@link InvalidValueException} escapes, with a fixed
 * message; an accepted address is at most 254 characters, reads back as itself and never shows in
 * {@code toString}.
 */
class EmailAddressFuzzTest {
  private final ConstantMessages messages = new ConstantMessages();

  @FuzzTest(maxDuration = "5m")
  void parse_returns_an_address_or_throws_only_the_documented_exception(@Nullable String text) {
    if (text == null) {
      return;
    }
    try {
      EmailAddress a = EmailAddress.parse(text);
      assertThat(a.value().length()).isBetween(3, 254);
      String typed = ParserSpace.strip(text);
      int at = typed.lastIndexOf('@');
      assertThat(a.value()).isEqualToIgnoringCase(typed);
      assertThat(a.value()).startsWith(typed.substring(0, at + 1));
      assertThat(EmailAddress.parse(a.value())).isEqualTo(a);
      assertThat(a.toString()).isEqualTo("EmailAddress[redacted]");
    } catch (InvalidValueException e) {
      messages.check(e, "email.");
    }
  }
}
