package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tatawwu.matching.AssignmentProblem;

/**
 * What both seat plans refuse, at the edge of each range: a row's slots (distinct, 0 to shifts - 1,
 * in any order), its scores (1 to {@value DefaultIncidentCommand#PIN}), a volunteer to remove (0 to
 * rows - 1, not removed yet) and, for the resolving plan, a seat to remove.
 */
class SeatPlanRefusalsTest {
  /**
   * Two volunteers, three shifts of one seat each; volunteer 0 may take shift 0, volunteer 1 shift
   * 2.
   */
  static AssignmentProblem problem() {
    return AssignmentProblem.of(
        2, new int[] {1, 1, 1}, new int[] {0, 1}, new int[] {0, 2}, new int[] {5, 7});
  }

  static final List<Function<AssignmentProblem, SeatPlan>> PLANS =
      List.of(SeatPlans::create, SeatPlans::resolving);

  @Test
  void a_row_s_slots_are_distinct_and_in_range_in_any_order() {
    for (Function<AssignmentProblem, SeatPlan> make : PLANS) {
      SeatPlan plan = make.apply(problem());
      for (int[] slots :
          List.of(new int[] {-1}, new int[] {3}, new int[] {2, 0, 2}, new int[] {1, 1})) {
        int[] scores = new int[slots.length];
        java.util.Arrays.fill(scores, 3);
        assertThatThrownBy(() -> plan.addVolunteer(slots, scores))
            .as("slots %s", java.util.Arrays.toString(slots))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("candidate slots are distinct and in range");
      }
      assertThatThrownBy(() -> plan.addVolunteer(new int[] {0, 1}, new int[] {3}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("slots and scores have the same length");
      // the first and the last shift, out of order, are a valid row: row 2
      assertThat(plan.addVolunteer(new int[] {2, 0, 1}, new int[] {1, 2, 3})).isEqualTo(2);
      // nothing refused changed the plan: rows 0 and 1 seated, the new row on shift 1 (score 3)
      assertThat(plan.current().totalScore()).isEqualTo(5 + 7 + 3);
    }
  }

  @Test
  void scores_run_from_one_to_the_pin() {
    for (Function<AssignmentProblem, SeatPlan> make : PLANS) {
      SeatPlan plan = make.apply(problem());
      for (int bad : new int[] {0, -4, DefaultIncidentCommand.PIN + 1}) {
        assertThatThrownBy(() -> plan.addVolunteer(new int[] {1}, new int[] {bad}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("scores are 1 to 1,000,000");
      }
      assertThat(plan.addVolunteer(new int[] {1}, new int[] {1})).isEqualTo(2);
      assertThat(plan.addVolunteer(new int[] {1}, new int[] {DefaultIncidentCommand.PIN}))
          .isEqualTo(3);
      // shift 1 has one seat: the pinned row takes it
      assertThat(plan.current().totalScore()).isEqualTo(5 + 7 + DefaultIncidentCommand.PIN);
    }
  }

  @Test
  void a_volunteer_to_remove_is_a_row_not_yet_removed() {
    for (Function<AssignmentProblem, SeatPlan> make : PLANS) {
      SeatPlan plan = make.apply(problem());
      assertThatThrownBy(() -> plan.removeVolunteer(-1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> plan.removeVolunteer(2))
          .isInstanceOf(IllegalArgumentException.class);
      plan.removeVolunteer(0);
      assertThatThrownBy(() -> plan.removeVolunteer(0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(plan.current().totalScore()).isEqualTo(7);
      assertThat(plan.current().shiftOf(0)).isEqualTo(-1);
      // an added row is row 2 and may be removed, even before the plan is read again; row 3 is not
      assertThat(plan.addVolunteer(new int[] {0}, new int[] {4})).isEqualTo(2);
      assertThatThrownBy(() -> plan.removeVolunteer(3))
          .isInstanceOf(IllegalArgumentException.class);
      plan.removeVolunteer(1);
      assertThat(plan.current().totalScore()).isEqualTo(4);
      plan.removeVolunteer(2);
      assertThat(plan.current().totalScore()).isZero();
    }
  }

  @Test
  void the_resolving_plan_removes_only_seats_that_are_left() {
    SeatPlan plan = SeatPlans.resolving(problem());
    assertThatThrownBy(() -> plan.removeSeat(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> plan.removeSeat(3)).isInstanceOf(IllegalArgumentException.class);
    plan.removeSeat(0);
    assertThatThrownBy(() -> plan.removeSeat(0)).isInstanceOf(IllegalArgumentException.class);
    // shift 0's seat gone: volunteer 0 is unseated, volunteer 1 keeps shift 2
    assertThat(plan.current().totalScore()).isEqualTo(7);
    plan.removeSeat(2);
    assertThat(plan.current().totalScore()).isZero();
  }
}
