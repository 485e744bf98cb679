package org.tatawwu.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tatawwu.validation.InvalidValueException;

class SarAmountTest {

  static String code(Runnable r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e.code();
    }
    throw new AssertionError("accepted");
  }

  @ParameterizedTest
  @CsvSource({
    "20, 2000",
    "' 20.5 ', 2050",
    "-3.25, -325",
    "0.01, 1",
    "007, 700",
    "20.500, 2050",
    "٢٠.٥٠, 2050",
    "۱۲۳, 12300",
    "92233720368547758.07, 9223372036854775807",
    "-92233720368547758.08, -9223372036854775808"
  })
  void reads_the_documented_grammar(String text, long halalas) {
    assertThat(SarAmount.parse(text).halalas()).isEqualTo(halalas);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        ".5",
        "20.",
        "+20",
        "1e2",
        "1E+2147483647",
        "NaN",
        "1,000",
        "２０", // full-width digits: not one of the three accepted digit sets
        "٢٠٫٥", // the Arabic decimal separator is not the point
        "20 SAR",
        "- 20"
      })
  void refuses_anything_else_as_a_format_problem(String text) {
    assertThat(code(() -> SarAmount.parse(text))).isEqualTo("money.format");
  }

  @Test
  void refuses_text_longer_than_the_cap_at_once() {
    String longest = "1".repeat(SarAmount.MAX_TEXT_LENGTH);
    assertThat(code(() -> SarAmount.parse(longest))).isEqualTo("money.overflow");
    String padded = " ".repeat(SarAmount.MAX_TEXT_LENGTH - 1) + "7";
    assertThat(SarAmount.parse(padded).halalas()).isEqualTo(700);
    assertThat(code(() -> SarAmount.parse("1".repeat(200_001)))).isEqualTo("money.format");
    assertThat(code(() -> SarAmount.parse(" " + longest))).isEqualTo("money.format");
  }

  @Test
  void refuses_fractions_of_a_halala_and_overflow() {
    assertThat(code(() -> SarAmount.parse("1.005"))).isEqualTo("money.fractionalHalala");
    assertThat(code(() -> SarAmount.parse("92233720368547758.08"))).isEqualTo("money.overflow");
    assertThat(code(() -> SarAmount.parse("-92233720368547758.09"))).isEqualTo("money.overflow");
  }

  @Test
  void converts_a_decimal_of_any_scale_without_arithmetic_errors() {
    assertThat(code(() -> SarAmount.of(new BigDecimal("1E+2147483647"))))
        .isEqualTo("money.overflow");
    assertThat(code(() -> SarAmount.of(new BigDecimal("-1E+2147483647"))))
        .isEqualTo("money.overflow");
    assertThat(code(() -> SarAmount.of(new BigDecimal("1E-2147483647"))))
        .isEqualTo("money.fractionalHalala");
    assertThat(code(() -> SarAmount.of(new BigDecimal("0.015"))))
        .isEqualTo("money.fractionalHalala");
    assertThat(SarAmount.of(new BigDecimal("0E-2147483647"))).isEqualTo(SarAmount.ZERO);
    assertThat(SarAmount.of(new BigDecimal("12.3400")).halalas()).isEqualTo(1234);
    assertThat(SarAmount.of(new BigDecimal("1E+3")).halalas()).isEqualTo(100_000);
  }

  @Test
  void refuses_a_decimal_beyond_the_cap_before_any_arithmetic() {
    // 1.00 followed by 100,000 more zeros: the unscaled value is 10^100002, far beyond 512 bits.
    BigDecimal oneWithZeros = new BigDecimal("1.00" + "0".repeat(100_000));
    assertThat(code(() -> SarAmount.of(oneWithZeros))).isEqualTo("money.format");
    assertThat(code(() -> SarAmount.of(new BigDecimal("12.34").setScale(100_000))))
        .isEqualTo("money.format");
    assertThat(code(() -> SarAmount.of(oneWithZeros.negate()))).isEqualTo("money.format");
  }

  @Test
  void accepts_a_decimal_at_the_edge_of_the_cap() {
    // 2^511 < 6.71e153 < 10^154 < 1.35e154 < 2^512: 10^154 has 512 bits, 10^155 has 515.
    BigInteger tenTo154 = BigInteger.TEN.pow(154);
    assertThat(tenTo154.bitLength()).isEqualTo(512);
    assertThat(SarAmount.of(new BigDecimal(tenTo154, 154)).halalas()).isEqualTo(100);
    assertThat(SarAmount.of(new BigDecimal(tenTo154.negate(), 154)).halalas()).isEqualTo(-100);
    assertThat(SarAmount.of(new BigDecimal(tenTo154, 152)).halalas()).isEqualTo(10_000);
    assertThat(code(() -> SarAmount.of(new BigDecimal(BigInteger.TEN.pow(155), 155))))
        .isEqualTo("money.format");
    // A scale of -1,000 or 1,000 is read (and the value found too large or too small); beyond it
    // the value is refused unread, with the same code.
    assertThat(code(() -> SarAmount.of(BigDecimal.ONE.scaleByPowerOfTen(1_000))))
        .isEqualTo("money.overflow");
    assertThat(code(() -> SarAmount.of(BigDecimal.ONE.scaleByPowerOfTen(1_001))))
        .isEqualTo("money.overflow");
    assertThat(code(() -> SarAmount.of(BigDecimal.ONE.scaleByPowerOfTen(-1_000))))
        .isEqualTo("money.fractionalHalala");
    assertThat(code(() -> SarAmount.of(BigDecimal.ONE.scaleByPowerOfTen(-1_001))))
        .isEqualTo("money.fractionalHalala");
    assertThat(SarAmount.of(BigDecimal.ZERO.setScale(5_000))).isEqualTo(SarAmount.ZERO);
    assertThat(SarAmount.of(new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE), 2)).halalas())
        .isEqualTo(Long.MAX_VALUE);
  }
}
