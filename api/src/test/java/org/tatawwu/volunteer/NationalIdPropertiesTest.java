package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

class NationalIdPropertiesTest {

  /** Completes 9 digits with the Luhn check digit, independently of the code under test. */
  static String withCheckDigit(String nine) {
    for (int d = 0; d <= 9; d++) {
      String candidate = nine + d;
      int sum = 0;
      for (int i = 0; i < 10; i++) {
        int v = candidate.charAt(i) - '0';
        if (i % 2 == 0) {
          v = v * 2 > 9 ? v * 2 - 9 : v * 2;
        }
        sum += v;
      }
      if (sum % 10 == 0) {
        return candidate;
      }
    }
    throw new AssertionError("no check digit");
  }

  static String arabicIndic(String ascii) {
    StringBuilder b = new StringBuilder();
    ascii.chars().forEach(c -> b.append((char) ('\u0660' + (c - '0'))));
    return b.toString();
  }

  @Test
  void every_number_completed_with_its_luhn_digit_parses_and_keeps_its_digits() {
    qt().forAll(longs().between(100_000_000L, 299_999_999L))
        .checkAssert(
            n -> {
              String id = withCheckDigit(Long.toString(n));
              assertThat(NationalId.parse(id).value()).isEqualTo(id);
            });
  }

  @Test
  void changing_any_one_digit_breaks_the_checksum() {
    qt().forAll(
            longs().between(100_000_000L, 299_999_999L),
            integers().between(1, 9),
            integers().between(1, 9))
        .checkAssert(
            (n, position, delta) -> {
              char[] id = withCheckDigit(Long.toString(n)).toCharArray();
              id[position] = (char) ('0' + (id[position] - '0' + delta) % 10);
              assertThatThrownBy(() -> NationalId.parse(new String(id)))
                  .isInstanceOf(InvalidValueException.class);
            });
  }

  @Test
  void arabic_indic_digits_parse_to_the_same_id_as_ascii() {
    qt().forAll(longs().between(100_000_000L, 299_999_999L))
        .checkAssert(
            n -> {
              String id = withCheckDigit(Long.toString(n));
              assertThat(NationalId.parse(arabicIndic(id))).isEqualTo(NationalId.parse(id));
            });
  }
}
