package org.tatawwu.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tatawwu.validation.InvalidValueException;

class GeoPointTest {

  @ParameterizedTest
  @CsvSource({
    "NaN, 46.7",
    "24.7, NaN",
    "Infinity, 46.7",
    "24.7, -Infinity",
    "90.0001, 0",
    "-90.5, 0",
    "0, 180.01",
    "0, -181"
  })
  void rejects_nan_infinite_and_out_of_range_coordinates(double lat, double lon) {
    assertThatThrownBy(() -> GeoPoint.of(lat, lon)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void accepts_the_edges() {
    assertThat(GeoPoint.of(90, 180).latitude()).isEqualTo(90);
    assertThat(GeoPoint.of(-90, -180).longitude()).isEqualTo(-180);
  }

  @Test
  void measures_riyadh_to_jeddah() {
    GeoPoint riyadh = GeoPoint.of(24.7136, 46.6753);
    GeoPoint jeddah = GeoPoint.of(21.4858, 39.1925);
    assertThat(riyadh.distanceKm(jeddah)).isCloseTo(846, within(10.0));
    assertThat(riyadh.distanceKm(riyadh)).isZero();
  }

  @Test
  void parses_all_thirteen_region_codes_and_rejects_sa_13() {
    assertThat(Region.values()).hasSize(13);
    assertThat(Region.parse("SA-01")).isEqualTo(Region.RIYADH);
    assertThat(Region.parse("sa-14")).isEqualTo(Region.ASIR);
    assertThat(Region.parse("٠٢")).isEqualTo(Region.MAKKAH);
    assertThat(Region.parse("4")).isEqualTo(Region.EASTERN_PROVINCE);
    assertThat(Region.ASIR.displayName().arabic()).isEqualTo("عسير");
    for (String bad :
        new String[] {"SA-13", "SA-15", "SA-00", "", "SA-", "XX-01", "SA-1a", "001"}) {
      assertThatThrownBy(() -> Region.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class);
    }
  }
}
