package org.tatawwu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.tatawwu.matching.AssignmentSolver;

class ActivationSettingsTest {
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

  @Test
  void the_default_offers_one_seat_each_for_two_hours_planned_exactly() {
    ActivationSettings d = ActivationSettings.DEFAULT;
    assertThat(d.overbookingPercent()).isEqualTo(100);
    assertThat(d.answerWindow()).isEqualTo(Duration.ofHours(2));
    assertThat(d.mode()).isEqualTo(AssignmentSolver.Mode.EXACT);
    assertThat(d.rotation()).isEmpty();
    assertThat(d.offerCap(7)).isEqualTo(7);
  }

  @Test
  void the_offer_cap_is_the_seats_times_the_percentage_rounded_down() {
    ActivationSettings s = ActivationSettings.DEFAULT.withOverbookingPercent(150);
    assertThat(s.offerCap(0)).isZero();
    assertThat(s.offerCap(1)).isEqualTo(1);
    assertThat(s.offerCap(3)).isEqualTo(4);
    assertThat(s.offerCap(10)).isEqualTo(15);
    // 700,000,000 seats × 300 = 210,000,000,000 overflows an int; the cap itself fits.
    assertThat(ActivationSettings.DEFAULT.withOverbookingPercent(300).offerCap(700_000_000))
        .isEqualTo(2_100_000_000);
    assertThat(ActivationSettings.DEFAULT.withOverbookingPercent(101).offerCap(99)).isEqualTo(99);
    assertThat(ActivationSettings.DEFAULT.withOverbookingPercent(101).offerCap(100)).isEqualTo(101);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.offerCap(-1))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overbooking_is_100_to_300_percent() {
    ActivationSettings d = ActivationSettings.DEFAULT;
    assertThat(d.withOverbookingPercent(300).overbookingPercent()).isEqualTo(300);
    assertThatThrownBy(() -> d.withOverbookingPercent(99))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withOverbookingPercent(301))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_answer_window_is_one_minute_to_seven_days() {
    ActivationSettings d = ActivationSettings.DEFAULT;
    assertThat(d.withAnswerWindow(Duration.ofMinutes(1)).answerWindow())
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(d.withAnswerWindow(Duration.ofDays(7)).answerWindow()).isEqualTo(Duration.ofDays(7));
    assertThatThrownBy(() -> d.withAnswerWindow(Duration.ofSeconds(59)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withAnswerWindow(Duration.ofDays(7).plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void waves_are_planned_by_the_exact_or_the_fast_solver() {
    ActivationSettings d = ActivationSettings.DEFAULT;
    assertThat(d.withMode(AssignmentSolver.Mode.FAST).mode()).isEqualTo(AssignmentSolver.Mode.FAST);
    assertThatThrownBy(() -> d.withMode(AssignmentSolver.Mode.GREEDY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void copies_keep_the_other_settings() {
    RotationRules rules = new RotationRules(5, Duration.ofHours(10), Duration.ofHours(40), RIYADH);
    ActivationSettings s =
        ActivationSettings.DEFAULT
            .withOverbookingPercent(120)
            .withAnswerWindow(Duration.ofMinutes(30))
            .withMode(AssignmentSolver.Mode.FAST)
            .withRotation(rules);
    assertThat(s)
        .isEqualTo(
            new ActivationSettings(
                120,
                Duration.ofMinutes(30),
                AssignmentSolver.Mode.FAST,
                java.util.Optional.of(rules)));
    assertThat(s.withOverbookingPercent(200).rotation()).contains(rules);
    assertThat(s.withAnswerWindow(Duration.ofHours(1)).mode())
        .isEqualTo(AssignmentSolver.Mode.FAST);
    assertThat(s.withMode(AssignmentSolver.Mode.EXACT).answerWindow())
        .isEqualTo(Duration.ofMinutes(30));
    assertThat(s.withRotation(rules).overbookingPercent()).isEqualTo(120);
  }

  @Test
  void rotation_limits_lie_in_their_ranges() {
    Duration rest = Duration.ofHours(10);
    Duration week = Duration.ofHours(40);
    assertThat(
            new RotationRules(1, Duration.ZERO, Duration.ofHours(1), RIYADH).maxConsecutiveDays())
        .isEqualTo(1);
    assertThat(new RotationRules(366, Duration.ofDays(7), Duration.ofDays(7), RIYADH).minRest())
        .isEqualTo(Duration.ofDays(7));
    assertThatThrownBy(() -> new RotationRules(0, rest, week, RIYADH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RotationRules(367, rest, week, RIYADH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RotationRules(5, Duration.ofSeconds(-1), week, RIYADH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RotationRules(5, Duration.ofDays(7).plusSeconds(1), week, RIYADH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RotationRules(5, rest, Duration.ofMinutes(59), RIYADH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RotationRules(5, rest, Duration.ofDays(7).plusSeconds(1), RIYADH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
