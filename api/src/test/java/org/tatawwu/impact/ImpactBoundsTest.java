package org.tatawwu.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tatawwu.hours.HourTotals;

class ImpactBoundsTest {

  @Test
  void an_active_volunteer_rule_needs_a_window_longer_than_the_months_it_ignores() {
    assertThat(new VolunteerPolicies.ActiveVolunteerRule(1, 1, 0).lookBackMonths()).isEqualTo(1);
    assertThat(new VolunteerPolicies.ActiveVolunteerRule(8, 4, 3).ignoreRecentMonths())
        .isEqualTo(3);
    assertThatThrownBy(() -> new VolunteerPolicies.ActiveVolunteerRule(0, 12, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VolunteerPolicies.ActiveVolunteerRule(8, 12, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VolunteerPolicies.ActiveVolunteerRule(8, 3, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_school_requirement_is_met_at_its_hours_exactly() {
    VolunteerPolicies.SchoolRequirement forty = VolunteerPolicies.SchoolRequirement.SECONDARY;
    assertThat(forty.isMet(new HourTotals(2399, 0, 0, 1))).isFalse();
    assertThat(forty.remainingMinutes(new HourTotals(2399, 0, 0, 1))).isEqualTo(1);
    assertThat(forty.isMet(new HourTotals(2400, 0, 0, 1))).isTrue();
    assertThat(forty.remainingMinutes(new HourTotals(3000, 0, 0, 1))).isZero();
    assertThat(forty.isMet(HourTotals.ZERO)).isFalse();
  }

  @Test
  void milestones_are_positive_and_increase() {
    assertThat(new VolunteerPolicies.Milestones(List.of(1)).hours()).containsExactly(1);
    assertThat(new VolunteerPolicies.Milestones(List.of(5, 6)).hours()).containsExactly(5, 6);
    assertThatThrownBy(() -> new VolunteerPolicies.Milestones(List.of(0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VolunteerPolicies.Milestones(List.of(5, 5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VolunteerPolicies.Milestones(List.of(5, 4)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void national_targets_are_positive() {
    assertThat(new NationalTargets(1, 1, Year.of(2030)).volunteers()).isEqualTo(1);
    assertThatThrownBy(() -> new NationalTargets(0, 1, Year.of(2030)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NationalTargets(1, 0, Year.of(2030)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_projection_exactly_at_the_target_is_on_track() {
    // Two points fix the line: 100 hours in 2024, 200 in 2025, so 300 in 2026.
    TreeMap<Year, Long> hours = new TreeMap<>();
    hours.put(Year.of(2024), 100L);
    hours.put(Year.of(2025), 200L);
    NationalTargets.Projection at = new NationalTargets(1, 300, Year.of(2026)).project(hours);
    assertThat(at.projectedHours()).isEqualTo(300);
    assertThat(at.yearlyIncrease()).isEqualTo(100);
    assertThat(at.onTrack()).isTrue();
    assertThat(new NationalTargets(1, 301, Year.of(2026)).project(hours).onTrack()).isFalse();
  }
}
