package org.tatawwu.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tatawwu.validation.ConstantMessages;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.ParserSpace;

/**
 * Fuzzes {@link SarAmount#parse}: only {@link InvalidValueException} escapes, its message is fixed
 * per code, and every outcome agrees with a model written with {@link BigDecimal} from the
 * documented grammar (an optional minus, digits, a point and decimals; the three digit sets).
 */
class SarAmountFuzzTest {
  private static final Pattern GRAMMAR = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private final ConstantMessages messages = new ConstantMessages();

  @FuzzTest(maxDuration = "5m")
  void parse_agrees_with_a_big_decimal_model(@Nullable String text) {
    if (text == null) {
      return;
    }
    String expectedCode = null;
    long expected = 0;
    String model = ParserSpace.strip(asciiDigits(text));
    if (text.length() > SarAmount.MAX_TEXT_LENGTH || !GRAMMAR.matcher(model).matches()) {
      expectedCode = "money.format";
    } else {
      BigDecimal halalas = new BigDecimal(model).movePointRight(2);
      if (halalas.stripTrailingZeros().scale() > 0) {
        expectedCode = "money.fractionalHalala";
      } else if (halalas.compareTo(MAX) > 0 || halalas.compareTo(MIN) < 0) {
        expectedCode = "money.overflow";
      } else {
        expected = halalas.longValueExact();
      }
    }
    try {
      SarAmount amount = SarAmount.parse(text);
      assertThat(expectedCode).as("refused by the model").isNull();
      assertThat(amount.halalas()).isEqualTo(expected);
      assertThat(SarAmount.parse(amount.toRiyals().toPlainString())).isEqualTo(amount);
    } catch (InvalidValueException e) {
      messages.check(e, "money.");
      assertThat(e.code()).isEqualTo(expectedCode);
    }
  }

  /** The model's own digit mapping: Eastern Arabic-Indic and Persian digits to ASCII. */
  private static String asciiDigits(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0660' && c <= '\u0669') {
        b.append((char) (c - '\u0660' + '0'));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        b.append((char) (c - '\u06F0' + '0'));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
