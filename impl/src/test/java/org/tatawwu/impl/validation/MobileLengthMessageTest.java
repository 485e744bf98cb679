package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tatawwu.impl.validation.Fixtures.CLOCK;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tatawwu.Tatawwu;
import org.tatawwu.validation.Problem;

/**
 * A number of the wrong length is told the length in the notation of its example: ten digits of the
 * national form 05XXXXXXXX, with no count after +966 mixed in (05792345678 has 11 digits).
 */
class MobileLengthMessageTest {
  @ParameterizedTest
  @ValueSource(strings = {"05792345678", "+96650123456", "0501234567890"})
  void a_number_of_the_wrong_length_is_told_ten_digits_in_one_notation(String mobile) {
    var form = Fixtures.registration("1234567897", "سارة", "Sara", mobile, "1410-02-15", null);
    List<Problem> en = Tatawwu.validator(CLOCK).validate(form, Locale.ENGLISH);
    assertThat(en)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("mobile");
              assertThat(p.code()).isEqualTo("constraints.mobile.format");
              assertThat(p.message())
                  .isEqualTo("a Saudi mobile number has 10 digits, for example 05XXXXXXXX");
            });
    assertThat(Tatawwu.validator(CLOCK).validate(form, Locale.forLanguageTag("ar")))
        .singleElement()
        .extracting(Problem::message)
        .isEqualTo("رقم الجوال السعودي يتكون من 10 أرقام، مثل 05XXXXXXXX");
  }
}
