package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class MobileNumberPropertiesTest {

  @Test
  void all_written_forms_of_a_number_agree_and_round_trip_through_e164() {
    // 50..56, 58, 59 then 7 digits: all inside libphonenumber's Saudi mobile pattern.
    int[] prefixes = {50, 51, 53, 54, 55, 56, 58, 59};
    qt().forAll(integers().between(0, prefixes.length - 1), integers().between(0, 9_999_999))
        .checkAssert(
            (p, rest) -> {
              String national = prefixes[p] + String.format("%07d", rest);
              MobileNumber a = MobileNumber.parse("0" + national);
              MobileNumber b = MobileNumber.parse("+966 " + national);
              MobileNumber c = MobileNumber.parse("00966-" + national);
              assertThat(a).isEqualTo(b).isEqualTo(c);
              assertThat(a.e164()).isEqualTo("+966" + national);
              assertThat(MobileNumber.parse(a.e164())).isEqualTo(a);
            });
  }
}
