package org.tatawwu.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssignmentProblemTest {
  final AssignmentProblem two =
      AssignmentProblem.of(
          2, new int[] {1, 2}, new int[] {0, 0, 1}, new int[] {0, 1, 1}, new int[] {7, 3, 5});

  @Test
  void rows_are_sorted_by_shift_and_scores_looked_up_by_pair() {
    assertThat(two.pairs()).isEqualTo(3);
    assertThat(two.score(0, 1)).isEqualTo(3);
    assertThat(two.score(1, 0)).isZero();
    assertThat(two.shiftsPerVolunteer()).isEqualTo(1);
    assertThat(two.overlap(0, 1)).isFalse();
  }

  @Test
  void shift_times_are_half_open_and_checked() {
    AssignmentProblem p =
        two.withShiftsPerVolunteer(2, new long[] {0, 3600}, new long[] {3600, 7200});
    assertThat(p.shiftsPerVolunteer()).isEqualTo(2);
    assertThat(p.overlap(0, 1)).as("back to back").isFalse();
    assertThat(
            two.withShiftsPerVolunteer(2, new long[] {0, 3599}, new long[] {3600, 7200})
                .overlap(0, 1))
        .isTrue();
    assertThatThrownBy(() -> two.withShiftsPerVolunteer(0, new long[2], new long[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> two.withShiftsPerVolunteer(2, new long[1], new long[1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> two.withShiftsPerVolunteer(2, new long[] {5, 0}, new long[] {5, 1}))
        .hasMessageContaining("shift 0");
  }

  @Test
  void an_assignment_with_several_shifts_is_checked_for_overlaps_and_capacity() {
    AssignmentProblem p =
        AssignmentProblem.of(
                1, new int[] {1, 1}, new int[] {0, 0}, new int[] {0, 1}, new int[] {4, 6})
            .withShiftsPerVolunteer(2, new long[] {0, 3600}, new long[] {3600, 7200});
    Assignment both = Assignment.ofShifts(new int[][] {{1, 0}}, 10);
    assertThat(both.shiftsOf(0)).containsExactly(0, 1);
    assertThat(both.shiftOf(0)).isZero();
    assertThat(both.isFeasibleFor(p)).isTrue();
    assertThat(both).isEqualTo(Assignment.ofShifts(new int[][] {{0, 1}}, 10));
    assertThat(both.hashCode()).isEqualTo(Assignment.ofShifts(new int[][] {{0, 1}}, 10).hashCode());
    assertThat(Assignment.ofShifts(new int[][] {{0, 1}}, 9).isFeasibleFor(p))
        .as("wrong total")
        .isFalse();
    AssignmentProblem overlapping =
        AssignmentProblem.of(
                1, new int[] {1, 1}, new int[] {0, 0}, new int[] {0, 1}, new int[] {4, 6})
            .withShiftsPerVolunteer(2, new long[] {0, 1800}, new long[] {3600, 7200});
    assertThat(both.isFeasibleFor(overlapping)).isFalse();
    AssignmentProblem single =
        AssignmentProblem.of(
            1, new int[] {1, 1}, new int[] {0, 0}, new int[] {0, 1}, new int[] {4, 6});
    assertThat(both.isFeasibleFor(single)).as("one shift per volunteer").isFalse();
    assertThat(new Assignment(new int[] {1}, 6).shiftsOf(0)).containsExactly(1);
    assertThat(new Assignment(new int[] {-1}, 0).shiftsOf(0)).isEmpty();
  }
}
