package org.tatawwu.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssignmentBoundsTest {

  static AssignmentProblem one(int volunteers, int[] capacity, int v, int s, int score) {
    return AssignmentProblem.of(
        volunteers, capacity, new int[] {v}, new int[] {s}, new int[] {score});
  }

  @Test
  void counts_are_checked_before_anything_is_sized_by_them() {
    int[] none = new int[0];
    assertThatThrownBy(() -> AssignmentProblem.of(-1, new int[] {1}, none, none, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the number of volunteers is 0 or more, not -1");
    for (int volunteers : new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE - 1, 100_000_000}) {
      assertThatThrownBy(() -> AssignmentProblem.of(volunteers, new int[] {1}, none, none, none))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("at most 2,097,151 volunteers, not " + volunteers);
    }
  }

  @Test
  void every_problem_is_named_at_once_with_its_first_case_and_how_many_more() {
    assertThatThrownBy(
            () ->
                AssignmentProblem.of(
                    2,
                    new int[] {1, -3, -1},
                    new int[] {0, 5, 1, 2, 1},
                    new int[] {0, 1, 7, 0, 2},
                    new int[] {5, 0, 9, 2_000_000, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "capacities are 0 or more: shift 1 has -3 (and 1 more like it); "
                + "pair 1 names volunteer 5, not one of 0..1 (and 1 more like it); "
                + "scores are 1 to 1,000,000: pair 1 has 0 (and 1 more like it); "
                + "pair 2 names shift 7, not one of 0..2");
    assertThatThrownBy(
            () -> AssignmentProblem.of(-1, new int[] {-1}, new int[] {0}, new int[0], new int[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the number of volunteers is 0 or more, not -1; the pair arrays must have the same length"
                + " (volunteerOf 1, shiftOf 0, scoreOf 0); capacities are 0 or more: shift 0 has"
                + " -1");
    // entries past the shortest pair array are checked too
    assertThatThrownBy(
            () ->
                AssignmentProblem.of(
                    1,
                    new int[] {1, 1},
                    new int[] {0, 0, 99},
                    new int[] {0, 1},
                    new int[] {1, 1, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the pair arrays must have the same length (volunteerOf 3, shiftOf 2, scoreOf 3); "
                + "pair 2 names volunteer 99, not one of 0..0; "
                + "scores are 1 to 1,000,000: pair 2 has 0");
    assertThatThrownBy(
            () ->
                AssignmentProblem.of(
                    3,
                    new int[] {1, 1},
                    new int[] {2, 0, 2, 0},
                    new int[] {1, 1, 1, 1},
                    new int[] {4, 4, 9, 5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a volunteer-shift pair appears twice: volunteer 0, shift 1 (and 1 more like it)");
    assertThatThrownBy(
            () ->
                AssignmentProblem.of(
                    2,
                    new int[] {1},
                    new int[] {0, 0, 1},
                    new int[] {0, 0, 0},
                    new int[] {5, 5, 0}))
        .hasMessage(
            "scores are 1 to 1,000,000: pair 2 has 0; "
                + "a volunteer-shift pair appears twice: volunteer 0, shift 0");
    assertThatThrownBy(
            () ->
                AssignmentProblem.of(
                    -1, new int[] {1}, new int[] {0}, new int[] {0}, new int[] {1}))
        .hasMessage("the number of volunteers is 0 or more, not -1");
    assertThatThrownBy(() -> one(0, new int[0], 0, 0, 1))
        .hasMessage(
            "pair 0 names volunteer 0, but there are no volunteers; "
                + "pair 0 names shift 0, but there are no shifts");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose to check the documented NPE
  void a_null_array_is_named() {
    int[] one = {0};
    assertThatThrownBy(() -> AssignmentProblem.of(1, null, one, one, one))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("capacity");
    assertThatThrownBy(() -> AssignmentProblem.of(1, one, one, null, one))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("shiftOf");
  }

  @Test
  void scores_are_one_to_a_million() {
    assertThat(one(1, new int[] {1}, 0, 0, 1).score(0, 0)).isEqualTo(1);
    assertThat(one(1, new int[] {1}, 0, 0, 1_000_000).score(0, 0)).isEqualTo(1_000_000);
    assertThatThrownBy(() -> one(1, new int[] {1}, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> one(1, new int[] {1}, 0, 0, 1_000_001))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void volunteers_and_shifts_named_by_a_pair_exist() {
    assertThat(one(3, new int[] {1, 1}, 2, 1, 5).score(2, 1)).isEqualTo(5);
    assertThat(one(3, new int[] {1, 1}, 0, 0, 5).score(0, 0)).isEqualTo(5);
    assertThatThrownBy(() -> one(3, new int[] {1, 1}, 3, 0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pair 0");
    assertThatThrownBy(() -> one(3, new int[] {1, 1}, -1, 0, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> one(3, new int[] {1, 1}, 0, 2, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> one(3, new int[] {1, 1}, 0, -1, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void capacities_are_zero_or_more_and_the_arrays_agree() {
    assertThat(one(1, new int[] {0}, 0, 0, 5).capacity(0)).isZero();
    assertThatThrownBy(() -> one(1, new int[] {-1}, 0, 0, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(AssignmentProblem.of(0, new int[0], new int[0], new int[0], new int[0]).pairs())
        .isZero();
    assertThatThrownBy(
            () -> AssignmentProblem.of(-1, new int[0], new int[0], new int[0], new int[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> AssignmentProblem.of(1, new int[] {1}, new int[] {0}, new int[0], new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> AssignmentProblem.of(1, new int[] {1}, new int[] {0}, new int[] {0}, new int[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_pair_given_twice_is_refused_even_with_two_scores() {
    assertThatThrownBy(
            () ->
                AssignmentProblem.of(
                    2, new int[] {1, 1}, new int[] {1, 1}, new int[] {0, 0}, new int[] {4, 9}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(
            () ->
                AssignmentProblem.of(
                    2, new int[] {1, 1}, new int[] {1, 1}, new int[] {0, 0}, new int[] {4, 4}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pairs_given_in_any_order_are_laid_out_per_volunteer_by_shift() {
    // Volunteer 2: shifts 3 (score 30) and 0 (score 10); volunteer 0: shift 2 (score 20);
    // volunteer 1 has none.
    AssignmentProblem p =
        AssignmentProblem.of(
            3,
            new int[] {1, 1, 1, 1},
            new int[] {2, 0, 2},
            new int[] {3, 2, 0},
            new int[] {30, 20, 10});
    assertThat(p.volunteers()).isEqualTo(3);
    assertThat(p.shifts()).isEqualTo(4);
    assertThat(p.pairs()).isEqualTo(3);
    assertThat(p.firstCandidate(0)).isZero();
    assertThat(p.firstCandidate(1)).isEqualTo(1);
    assertThat(p.firstCandidate(2)).isEqualTo(1);
    assertThat(p.firstCandidate(3)).isEqualTo(3);
    assertThat(new int[] {p.shiftAt(0), p.shiftAt(1), p.shiftAt(2)}).containsExactly(2, 0, 3);
    assertThat(new int[] {p.scoreAt(0), p.scoreAt(1), p.scoreAt(2)}).containsExactly(20, 10, 30);
    assertThat(p.score(2, 3)).isEqualTo(30);
    assertThat(p.score(2, 0)).isEqualTo(10);
    assertThat(p.score(0, 2)).isEqualTo(20);
    assertThat(p.score(1, 2)).isZero();
    assertThat(p.score(2, 1)).isZero();
    assertThat(p.startSecond(0)).isZero();
    assertThat(p.endSecond(0)).isZero();
  }

  @Test
  void at_most_2097151_volunteers_and_4194303_shifts() {
    assertThat(
            AssignmentProblem.of(
                    (1 << 21) - 1,
                    new int[(1 << 22) - 1],
                    new int[] {(1 << 21) - 2},
                    new int[] {(1 << 22) - 2},
                    new int[] {1_000_000})
                .score((1 << 21) - 2, (1 << 22) - 2))
        .isEqualTo(1_000_000);
    assertThatThrownBy(
            () -> AssignmentProblem.of(1 << 21, new int[1], new int[0], new int[0], new int[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> AssignmentProblem.of(1, new int[1 << 22], new int[0], new int[0], new int[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shift_times_are_kept_and_overlap_is_half_open() {
    AssignmentProblem p =
        one(1, new int[] {1, 1, 1}, 0, 0, 5)
            .withShiftsPerVolunteer(1, new long[] {0, 100, 50}, new long[] {100, 200, 150});
    assertThat(p.shiftsPerVolunteer()).isEqualTo(1);
    assertThat(p.startSecond(1)).isEqualTo(100);
    assertThat(p.endSecond(1)).isEqualTo(200);
    assertThat(p.overlap(0, 1)).isFalse();
    assertThat(p.overlap(1, 0)).isFalse();
    assertThat(p.overlap(0, 2)).isTrue();
    assertThat(p.overlap(2, 1)).isTrue();
    assertThatThrownBy(
            () ->
                one(1, new int[] {1}, 0, 0, 5)
                    .withShiftsPerVolunteer(1, new long[] {7}, new long[] {7}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                one(1, new int[] {1}, 0, 0, 5)
                    .withShiftsPerVolunteer(1, new long[] {7}, new long[] {8, 9}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // Volunteer 0 may take shift 0 (score 4) or 1 (score 6); volunteer 1 shift 1 (score 5).
  static final AssignmentProblem SMALL =
      AssignmentProblem.of(
          2, new int[] {1, 1}, new int[] {0, 0, 1}, new int[] {0, 1, 1}, new int[] {4, 6, 5});

  @Test
  void an_assignment_is_feasible_when_its_pairs_exist_fit_and_add_up() {
    assertThat(new Assignment(new int[] {0, 1}, 9).isFeasibleFor(SMALL)).isTrue();
    assertThat(new Assignment(new int[] {0, 1}, 8).isFeasibleFor(SMALL)).isFalse();
    assertThat(new Assignment(new int[] {1, -1}, 6).isFeasibleFor(SMALL)).isTrue();
    assertThat(new Assignment(new int[] {1, 1}, 11).isFeasibleFor(SMALL))
        .as("over capacity")
        .isFalse();
    assertThat(new Assignment(new int[] {-1, 0}, 0).isFeasibleFor(SMALL))
        .as("no such pair")
        .isFalse();
    assertThat(new Assignment(new int[] {0}, 4).isFeasibleFor(SMALL)).as("wrong size").isFalse();
    assertThat(new Assignment(new int[] {-1, -1}, 0).isFeasibleFor(SMALL)).isTrue();
  }

  @Test
  void several_shifts_each_must_not_repeat_or_overlap_or_exceed_the_limit() {
    AssignmentProblem p =
        AssignmentProblem.of(
                1,
                new int[] {1, 1, 1},
                new int[] {0, 0, 0},
                new int[] {0, 1, 2},
                new int[] {1, 2, 4})
            .withShiftsPerVolunteer(2, new long[] {0, 100, 150}, new long[] {100, 200, 250});
    assertThat(Assignment.ofShifts(new int[][] {{1, 0}}, 3).isFeasibleFor(p)).isTrue();
    assertThat(Assignment.ofShifts(new int[][] {{0, 2}}, 5).isFeasibleFor(p)).isTrue();
    assertThat(Assignment.ofShifts(new int[][] {{1, 2}}, 6).isFeasibleFor(p))
        .as("overlap")
        .isFalse();
    assertThat(Assignment.ofShifts(new int[][] {{0, 0}}, 2).isFeasibleFor(p)).as("twice").isFalse();
    assertThat(Assignment.ofShifts(new int[][] {{0, 1, 2}}, 7).isFeasibleFor(p))
        .as("three")
        .isFalse();
    assertThat(new Assignment(new int[] {0}, 1).isFeasibleFor(p)).isTrue();
  }

  @Test
  void several_shifts_are_kept_sorted_and_the_first_stands_for_the_volunteer() {
    Assignment a = Assignment.ofShifts(new int[][] {{5, 2, 9}, {}}, 12);
    assertThat(a.shiftsOf(0)).containsExactly(2, 5, 9);
    assertThat(a.shiftOf(0)).isEqualTo(2);
    assertThat(a.shiftOf(1)).isEqualTo(-1);
    assertThat(a.shiftsOf(1)).isEmpty();
    assertThat(a.assigned()).isEqualTo(1);
    assertThat(a.totalScore()).isEqualTo(12);
    a.shiftsOf(0)[0] = 7;
    assertThat(a.shiftsOf(0)).containsExactly(2, 5, 9);
    Assignment single = new Assignment(new int[] {3, -1, 0}, 8);
    assertThat(single.shiftsOf(0)).containsExactly(3);
    assertThat(single.shiftsOf(1)).isEmpty();
    assertThat(single.shiftsOf(2)).containsExactly(0);
    assertThat(single.shiftOf(0)).isEqualTo(3);
    assertThat(single.assigned()).isEqualTo(2);
  }

  @Test
  void assignments_are_equal_by_shifts_and_score() {
    Assignment a = new Assignment(new int[] {1, 0}, 7);
    assertThat(a).isEqualTo(new Assignment(new int[] {1, 0}, 7));
    assertThat(a).hasSameHashCodeAs(new Assignment(new int[] {1, 0}, 7));
    assertThat(a).isNotEqualTo(new Assignment(new int[] {1, 0}, 8));
    assertThat(a).isNotEqualTo(new Assignment(new int[] {0, 1}, 7));
    assertThat(a).isNotEqualTo(Assignment.ofShifts(new int[][] {{1}, {0}}, 7));
    assertThat((Object) a).isNotEqualTo("x");
    assertThat(a.hashCode()).isNotEqualTo(new Assignment(new int[] {0, 1}, 7).hashCode());
    assertThat(a.hashCode()).isNotEqualTo(new Assignment(new int[] {1, 0}, 8).hashCode());
    assertThat(Assignment.ofShifts(new int[][] {{1}, {0}}, 7).hashCode())
        .isNotEqualTo(a.hashCode());
    // (hash([1, 0]) * 31 + deepHash(null)) * 31 + hash(7L), with hash([1, 0]) = (31 + 1) * 31 + 0.
    assertThat(a.hashCode()).isEqualTo(((31 + 1) * 31 * 31) * 31 + 7);
    assertThat(a.toString()).isEqualTo("Assignment[assigned=2, totalScore=7]");
  }
}
