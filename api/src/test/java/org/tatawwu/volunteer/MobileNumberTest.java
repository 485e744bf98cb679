package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tatawwu.validation.InvalidValueException;

class MobileNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0501234567",
        "+966501234567",
        "00966501234567",
        "966501234567",
        "501234567",
        "+966 50 123 4567",
        "050-123-4567",
        "(050) 123.4567",
        "٠٥٠١٢٣٤٥٦٧",
        "۰۵۰۱۲۳۴۵۶۷"
      })
  void normalises_every_accepted_form_to_e164(String text) {
    assertThat(MobileNumber.parse(text).e164()).isEqualTo("+966501234567");
  }

  @ParameterizedTest
  @CsvSource({
    "0412345678, mobile.prefix",
    "0521234567, mobile.prefix",
    "0579212345, mobile.prefix",
    "+971501234567, mobile.country",
    "0044501234567, mobile.country",
    "05012345, mobile.format",
    "05012345678, mobile.format",
    "05O1234567, mobile.format",
    "+966+501234567, mobile.format"
  })
  void rejects_bad_numbers_with_a_reason(String text, String code) {
    assertThatThrownBy(() -> MobileNumber.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo(code);
  }

  @Test
  void follows_libphonenumbers_pattern_for_the_579_range() {
    assertThat(MobileNumber.parse("0579012345").e164()).isEqualTo("+966579012345");
    assertThat(MobileNumber.parse("0578123456").e164()).isEqualTo("+966578123456");
  }

  @Test
  void never_shows_the_number() {
    MobileNumber m = MobileNumber.parse("0501234567");
    assertThat(m.toString()).doesNotContain("501234567").doesNotContain("1234");
    assertThat(m.masked()).endsWith("67").doesNotContain("12345");
    assertThatThrownBy(() -> MobileNumber.parse("0521234567")).hasMessageNotContaining("1234567");
  }
}
