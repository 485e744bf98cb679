package org.tatawwu.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

class HourPolicyTest {

  static String codeOf(UnaryOperator<HourPolicy.Builder> change) {
    try {
      change.apply(HourPolicy.builder()).build();
    } catch (InvalidValueException e) {
      return e.code();
    }
    return "accepted";
  }

  static final String RANGE = "hourPolicy.range";

  @Test
  void the_builder_starts_from_the_default_and_verified_refuses_on_every_rule() {
    assertThat(HourPolicy.builder().build()).isEqualTo(HourPolicy.DEFAULT);
    assertThat(HourPolicy.DEFAULT.minimumEntry()).isEqualTo(Duration.ofMinutes(15));
    assertThat(HourPolicy.DEFAULT.maximumEntry()).isEqualTo(Duration.ofHours(16));
    assertThat(HourPolicy.DEFAULT.roundingIncrement()).isEqualTo(Duration.ofMinutes(15));
    assertThat(HourPolicy.verified().verification()).isEqualTo(HourVerification.STANDARD);
    assertThat(HourPolicy.verified().dailyCap()).isEqualTo(HourPolicy.DEFAULT.dailyCap());
  }

  @Test
  void credits_whole_rounding_increments_rounded_down() {
    HourPolicy quarter = HourPolicy.DEFAULT;
    assertThat(quarter.creditedMinutes(Duration.ofMinutes(14))).isZero();
    assertThat(quarter.creditedMinutes(Duration.ofMinutes(15))).isEqualTo(15);
    assertThat(quarter.creditedMinutes(Duration.ofMinutes(59))).isEqualTo(45);
    assertThat(quarter.creditedMinutes(Duration.ofMinutes(60))).isEqualTo(60);
    assertThat(quarter.creditedMinutes(Duration.ofSeconds(3599))).isEqualTo(45);
    HourPolicy tenMinutes = HourPolicy.builder().roundingIncrement(Duration.ofMinutes(10)).build();
    assertThat(tenMinutes.creditedMinutes(Duration.ofMinutes(137))).isEqualTo(130);
    HourPolicy minute = HourPolicy.builder().roundingIncrement(Duration.ofMinutes(1)).build();
    assertThat(minute.creditedMinutes(Duration.ofSeconds(61 * 60 + 59))).isEqualTo(61);
  }

  @Test
  void entries_last_a_positive_time_up_to_a_day_and_the_longest_is_not_below_the_shortest() {
    assertThat(codeOf(b -> b.minimumEntry(Duration.ZERO))).isEqualTo(RANGE);
    assertThat(codeOf(b -> b.minimumEntry(Duration.ofMinutes(-1)))).isEqualTo(RANGE);
    assertThat(codeOf(b -> b.minimumEntry(Duration.ofSeconds(1)))).isEqualTo("accepted");
    assertThat(codeOf(b -> b.minimumEntry(Duration.ofHours(2)).maximumEntry(Duration.ofHours(2))))
        .isEqualTo("accepted");
    assertThat(
            codeOf(
                b ->
                    b.minimumEntry(Duration.ofHours(2))
                        .maximumEntry(Duration.ofHours(2).minusSeconds(1))))
        .isEqualTo(RANGE);
    assertThat(codeOf(b -> b.maximumEntry(Duration.ofHours(24)))).isEqualTo("accepted");
    assertThat(codeOf(b -> b.maximumEntry(Duration.ofHours(24).plusSeconds(1)))).isEqualTo(RANGE);
  }

  @Test
  void the_daily_cap_is_positive_up_to_a_day() {
    assertThat(codeOf(b -> b.dailyCap(Duration.ZERO))).isEqualTo(RANGE);
    assertThat(codeOf(b -> b.dailyCap(Duration.ofSeconds(1)))).isEqualTo("accepted");
    assertThat(codeOf(b -> b.dailyCap(Duration.ofHours(24)))).isEqualTo("accepted");
    assertThat(codeOf(b -> b.dailyCap(Duration.ofHours(24).plusSeconds(1)))).isEqualTo(RANGE);
  }

  @Test
  void rounding_is_whole_minutes_from_one_minute_to_one_hour() {
    assertThat(codeOf(b -> b.roundingIncrement(Duration.ofMinutes(1)))).isEqualTo("accepted");
    assertThat(codeOf(b -> b.roundingIncrement(Duration.ofSeconds(59)))).isEqualTo(RANGE);
    assertThat(codeOf(b -> b.roundingIncrement(Duration.ofHours(1)))).isEqualTo("accepted");
    assertThat(codeOf(b -> b.roundingIncrement(Duration.ofMinutes(61)))).isEqualTo(RANGE);
    assertThat(codeOf(b -> b.roundingIncrement(Duration.ofSeconds(90)))).isEqualTo(RANGE);
  }

  @Test
  void windows_are_positive_and_the_skew_not_negative() {
    assertThat(codeOf(b -> b.claimWindow(Duration.ZERO))).isEqualTo(RANGE);
    assertThat(codeOf(b -> b.claimWindow(Duration.ofSeconds(1)))).isEqualTo("accepted");
    assertThat(codeOf(b -> b.checkOutWithin(Duration.ZERO))).isEqualTo(RANGE);
    assertThat(codeOf(b -> b.checkOutWithin(Duration.ofSeconds(1)))).isEqualTo("accepted");
    assertThat(codeOf(b -> b.clockSkew(Duration.ZERO))).isEqualTo("accepted");
    assertThat(codeOf(b -> b.clockSkew(Duration.ofSeconds(-1)))).isEqualTo(RANGE);
  }
}
