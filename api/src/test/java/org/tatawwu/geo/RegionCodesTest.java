package org.tatawwu.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tatawwu.validation.InvalidValueException;

/** ISO 3166-2:SA: SA-01 to SA-12 and SA-14 (SA-13 is not assigned). */
class RegionCodesTest {

  @Test
  void each_region_has_its_iso_code() {
    assertThat(Region.RIYADH.code()).isEqualTo("SA-01");
    assertThat(Region.JAZAN.code()).isEqualTo("SA-09");
    assertThat(Region.ASIR.code()).isEqualTo("SA-14");
    assertThat(Region.values()).hasSize(13);
  }

  @Test
  void reads_the_code_with_or_without_its_prefix_and_leading_zero() {
    assertThat(Region.parse("SA-01")).isEqualTo(Region.RIYADH);
    assertThat(Region.parse("sa-01")).isEqualTo(Region.RIYADH);
    assertThat(Region.parse("01")).isEqualTo(Region.RIYADH);
    assertThat(Region.parse("1")).isEqualTo(Region.RIYADH);
    assertThat(Region.parse("09")).isEqualTo(Region.JAZAN);
    assertThat(Region.parse("SA-14")).isEqualTo(Region.ASIR);
    assertThat(Region.parse("١٤")).isEqualTo(Region.ASIR);
    assertThat(Region.parse(" ".repeat(11) + "SA-01")).isEqualTo(Region.RIYADH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"SA-13", "13", "00", "15", "001", "SA-", "SA", "", "/1", "1:", "SB-01", "XA-01"})
  void refuses_anything_else(String text) {
    assertThatThrownBy(() -> Region.parse(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("region.unknown"));
  }

  @Test
  void the_text_given_is_at_most_16_characters() {
    assertThatThrownBy(() -> Region.parse(" ".repeat(12) + "SA-01"))
        .isInstanceOf(InvalidValueException.class);
  }
}
