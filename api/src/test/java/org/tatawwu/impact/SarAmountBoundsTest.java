package org.tatawwu.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

class SarAmountBoundsTest {

  static String codeOf(BigDecimal riyals) {
    try {
      return "halalas " + SarAmount.of(riyals).halalas();
    } catch (InvalidValueException e) {
      return e.code();
    }
  }

  @Test
  void amounts_reach_exactly_a_long_of_halalas_each_way() {
    // Long.MAX_VALUE = 9223372036854775807 halalas.
    assertThat(codeOf(new BigDecimal("92233720368547758.07")))
        .isEqualTo("halalas 9223372036854775807");
    assertThat(codeOf(new BigDecimal("92233720368547758.08"))).isEqualTo("money.overflow");
    assertThat(codeOf(new BigDecimal("-92233720368547758.08")))
        .isEqualTo("halalas -9223372036854775808");
    assertThat(codeOf(new BigDecimal("-92233720368547758.09"))).isEqualTo("money.overflow");
  }

  @Test
  void one_halala_is_the_smallest_part() {
    assertThat(codeOf(new BigDecimal("0.01"))).isEqualTo("halalas 1");
    assertThat(codeOf(new BigDecimal("-0.01"))).isEqualTo("halalas -1");
    assertThat(codeOf(new BigDecimal("0.009"))).isEqualTo("money.fractionalHalala");
    assertThat(codeOf(new BigDecimal("-0.009"))).isEqualTo("money.fractionalHalala");
    assertThat(codeOf(new BigDecimal("0.000"))).isEqualTo("halalas 0");
  }

  @Test
  void amounts_order_by_halalas() {
    assertThat(SarAmount.ofHalalas(5).compareTo(SarAmount.ofHalalas(7))).isNegative();
    assertThat(SarAmount.ofHalalas(7).compareTo(SarAmount.ofHalalas(5))).isPositive();
    assertThat(SarAmount.ofHalalas(7).compareTo(SarAmount.ofHalalas(7))).isZero();
  }
}
