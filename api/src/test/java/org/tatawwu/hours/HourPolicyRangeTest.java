package org.tatawwu.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

class HourPolicyRangeTest {

  @Test
  void namesEveryComponentOutOfRangeAtOnce() {
    assertThatThrownBy(
            () ->
                HourPolicy.DEFAULT
                    .withMinimumEntry(Duration.ZERO)
                    .withRoundingIncrement(Duration.ofSeconds(90))
                    .withClockSkew(Duration.ofMinutes(-1)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("hourPolicy.range");
              assertThat(e.getMessage())
                  .contains("minimumEntry")
                  .doesNotContain("maximumEntry")
                  .doesNotContain("dailyCap");
            });
    assertThatThrownBy(
            () ->
                HourPolicy.builder()
                    .minimumEntry(Duration.ZERO)
                    .roundingIncrement(Duration.ofSeconds(90))
                    .clockSkew(Duration.ofMinutes(-1))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.getMessage())
                    .contains("minimumEntry")
                    .contains("roundingIncrement")
                    .contains("clockSkew")
                    .doesNotContain("maximumEntry")
                    .doesNotContain("dailyCap")
                    .doesNotContain("claimWindow")
                    .doesNotContain("checkOutWithin"));
  }

  @Test
  void boundariesOfEachRange() {
    HourPolicy p = HourPolicy.DEFAULT;
    assertThat(p.withRoundingIncrement(Duration.ofMinutes(1)).roundingIncrement())
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(p.withRoundingIncrement(Duration.ofHours(1)).roundingIncrement())
        .isEqualTo(Duration.ofHours(1));
    assertRange(() -> p.withRoundingIncrement(Duration.ofMinutes(61)), "roundingIncrement");
    assertRange(() -> p.withRoundingIncrement(Duration.ofSeconds(59)), "roundingIncrement");
    assertRange(() -> p.withRoundingIncrement(Duration.ofMillis(60_500)), "roundingIncrement");
    assertThat(p.withClockSkew(Duration.ZERO).clockSkew()).isZero();
    assertRange(() -> p.withDailyCap(Duration.ofHours(24).plusMinutes(1)), "dailyCap");
    assertThat(p.withDailyCap(Duration.ofHours(24)).dailyCap()).isEqualTo(Duration.ofHours(24));
    assertRange(() -> p.withMaximumEntry(p.minimumEntry().minusMinutes(1)), "maximumEntry");
    assertRange(() -> p.withClaimWindow(Duration.ZERO), "claimWindow");
    assertRange(() -> p.withCheckOutWithin(Duration.ofSeconds(-1)), "checkOutWithin");
    // Caps that keep the ledger's arithmetic on the time line: ten years back, a day ahead.
    assertThat(p.withClaimWindow(Duration.ofDays(3_660)).claimWindow())
        .isEqualTo(Duration.ofDays(3_660));
    assertRange(() -> p.withClaimWindow(Duration.ofDays(3_660).plusSeconds(1)), "claimWindow");
    assertRange(() -> p.withClaimWindow(Duration.ofSeconds(Long.MAX_VALUE)), "claimWindow");
    assertThat(p.withClockSkew(Duration.ofHours(24)).clockSkew()).isEqualTo(Duration.ofHours(24));
    assertRange(() -> p.withClockSkew(Duration.ofHours(24).plusSeconds(1)), "clockSkew");
    assertThat(p.withCheckOutWithin(Duration.ofHours(24)).checkOutWithin())
        .isEqualTo(Duration.ofHours(24));
    assertRange(() -> p.withCheckOutWithin(Duration.ofHours(24).plusSeconds(1)), "checkOutWithin");
  }

  private static void assertRange(Runnable build, String component) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("hourPolicy.range");
              assertThat(e.getMessage()).contains(component);
            });
  }
}
