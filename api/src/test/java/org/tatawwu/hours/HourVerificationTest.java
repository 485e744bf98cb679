package org.tatawwu.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

class HourVerificationTest {

  static String codeOf(Runnable r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e.code();
    }
    return "accepted";
  }

  @Test
  void none_checks_nothing_and_standard_refuses_on_every_rule() {
    for (HourRule rule : HourRule.values()) {
      assertThat(HourVerification.NONE.mode(rule)).isEqualTo(CheckMode.OFF);
      assertThat(HourVerification.STANDARD.mode(rule)).isEqualTo(CheckMode.REFUSE);
    }
    assertThat(HourVerification.NONE.checksAny()).isFalse();
    assertThat(HourVerification.STANDARD.checksAny()).isTrue();
    assertThat(HourVerification.NONE.earlyCheckIn()).isEqualTo(Duration.ofMinutes(15));
    assertThat(HourVerification.NONE.lateCheckOut()).isEqualTo(Duration.ofMinutes(30));
    assertThat(HourVerification.NONE.overbookingAllowed()).isFalse();
    assertThat(HourVerification.NONE.minimumEvidence()).isEqualTo(EvidenceGrade.LOCATION);
    assertThat(HourVerification.NONE.placeRadiusMeters()).isEqualTo(200);
    assertThat(HourVerification.NONE.maximumAccuracyMeters()).isEqualTo(100);
  }

  @Test
  void one_rule_in_review_is_enough_to_check_and_changes_only_that_rule() {
    HourVerification v = HourVerification.NONE.with(HourRule.SEATS, CheckMode.REVIEW);
    assertThat(v.checksAny()).isTrue();
    assertThat(v.mode(HourRule.SEATS)).isEqualTo(CheckMode.REVIEW);
    assertThat(v.mode(HourRule.ENROLLMENT)).isEqualTo(CheckMode.OFF);
    assertThat(v.earlyCheckIn()).isEqualTo(Duration.ofMinutes(15));
    HourVerification back = v.with(HourRule.SEATS, CheckMode.OFF);
    assertThat(back).isEqualTo(HourVerification.NONE);
    assertThat(HourVerification.STANDARD.withAll(CheckMode.OFF)).isEqualTo(HourVerification.NONE);
  }

  @Test
  void copies_change_one_part_and_keep_the_rest() {
    HourVerification v =
        HourVerification.STANDARD
            .withTolerances(Duration.ofMinutes(5), Duration.ofMinutes(10))
            .withOverbooking(true)
            .withEvidence(EvidenceGrade.CHECK_IN_CODE, 500, 50);
    assertThat(v.earlyCheckIn()).isEqualTo(Duration.ofMinutes(5));
    assertThat(v.lateCheckOut()).isEqualTo(Duration.ofMinutes(10));
    assertThat(v.overbookingAllowed()).isTrue();
    assertThat(v.minimumEvidence()).isEqualTo(EvidenceGrade.CHECK_IN_CODE);
    assertThat(v.placeRadiusMeters()).isEqualTo(500);
    assertThat(v.maximumAccuracyMeters()).isEqualTo(50);
    assertThat(v.mode(HourRule.EVIDENCE)).isEqualTo(CheckMode.REFUSE);
    HourVerification w = v.with(HourRule.EVIDENCE, CheckMode.REVIEW);
    assertThat(w.overbookingAllowed()).isTrue();
    assertThat(w.placeRadiusMeters()).isEqualTo(500);
    assertThat(w.lateCheckOut()).isEqualTo(Duration.ofMinutes(10));
    HourVerification all = v.withAll(CheckMode.REVIEW);
    assertThat(all.overbookingAllowed()).isTrue();
    assertThat(all.minimumEvidence()).isEqualTo(EvidenceGrade.CHECK_IN_CODE);
    assertThat(all.withOverbooking(false).earlyCheckIn()).isEqualTo(Duration.ofMinutes(5));
    assertThat(all.withTolerances(Duration.ZERO, Duration.ZERO).maximumAccuracyMeters())
        .isEqualTo(50);
  }

  @Test
  void tolerances_lie_in_zero_to_four_hours() {
    HourVerification n = HourVerification.NONE;
    Duration four = Duration.ofHours(4);
    assertThat(codeOf(() -> n.withTolerances(Duration.ZERO, Duration.ZERO))).isEqualTo("accepted");
    assertThat(codeOf(() -> n.withTolerances(four, four))).isEqualTo("accepted");
    assertThat(codeOf(() -> n.withTolerances(four.plusSeconds(1), four)))
        .isEqualTo("hourVerification.range");
    assertThat(codeOf(() -> n.withTolerances(four, four.plusSeconds(1))))
        .isEqualTo("hourVerification.range");
    assertThat(codeOf(() -> n.withTolerances(Duration.ofSeconds(-1), Duration.ZERO)))
        .isEqualTo("hourVerification.range");
    assertThat(codeOf(() -> n.withTolerances(Duration.ZERO, Duration.ofSeconds(-1))))
        .isEqualTo("hourVerification.range");
  }

  @Test
  void the_radius_lies_in_one_to_100000_metres_and_the_accuracy_in_one_to_the_radius() {
    HourVerification n = HourVerification.NONE;
    EvidenceGrade g = EvidenceGrade.LOCATION;
    assertThat(codeOf(() -> n.withEvidence(g, 1, 1))).isEqualTo("accepted");
    assertThat(codeOf(() -> n.withEvidence(g, 100_000, 100_000))).isEqualTo("accepted");
    assertThat(codeOf(() -> n.withEvidence(g, 0.999, 0.999))).isEqualTo("hourVerification.range");
    assertThat(codeOf(() -> n.withEvidence(g, 100_000.5, 10))).isEqualTo("hourVerification.range");
    assertThat(codeOf(() -> n.withEvidence(g, 100, 0.5))).isEqualTo("hourVerification.range");
    assertThat(codeOf(() -> n.withEvidence(g, 100, 100.5))).isEqualTo("hourVerification.range");
    assertThat(codeOf(() -> n.withEvidence(g, Double.NaN, 1))).isEqualTo("hourVerification.range");
    assertThat(codeOf(() -> n.withEvidence(g, 100, Double.NaN)))
        .isEqualTo("hourVerification.range");
  }
}
