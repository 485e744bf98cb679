package org.tatawwu.impl.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tatawwu.Tatawwu;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;

/**
 * Capacities far above what any candidate can fill ("unlimited" as {@link Integer#MAX_VALUE}, or
 * totals past the int range): every mode gives the same total as on the problem with each shift's
 * seats cut to its number of candidates, and the exact and fast modes the optimum, without overflow
 * or an allocation per seat.
 */
class HugeCapacityTest {
  private static final int MAX = Integer.MAX_VALUE;
  private static final int BILLION = 1_000_000_000;

  @ParameterizedTest
  @EnumSource(AssignmentSolver.Mode.class)
  void seats_beyond_the_candidates_change_nothing(AssignmentSolver.Mode mode) {
    AssignmentSolver solver = Tatawwu.assignmentSolver(mode);
    boolean optimal = mode == AssignmentSolver.Mode.EXACT || mode == AssignmentSolver.Mode.FAST;
    // two shifts of "unlimited" seats whose total wraps past the int range
    check(
        solver,
        optimal,
        2,
        new int[] {MAX, MAX, 2},
        new int[] {1, 0, 1},
        new int[] {0, 1},
        new int[] {0, 2},
        new int[] {5, 7},
        12);
    // one unlimited shift wanted by three volunteers, one single seat
    check(
        solver,
        optimal,
        3,
        new int[] {MAX, 1},
        new int[] {2, 1},
        new int[] {0, 1, 2, 2},
        new int[] {0, 1, 0, 1},
        new int[] {5, 7, 3, 9},
        5 + 7 + 3);
    // a billion seats on each of three shifts
    check(
        solver,
        optimal,
        2,
        new int[] {BILLION, BILLION, BILLION},
        new int[] {1, 1, 1},
        new int[] {0, 0, 1},
        new int[] {0, 1, 2},
        new int[] {4, 6, 8},
        6 + 8);
  }

  /**
   * Two shifts of unlimited seats and one of none, everyone naming all three (an outside tester's
   * input): the optimum is each volunteer's better score of the two unlimited shifts. Cost scaling
   * saturates the shifts' arcs to the sink at once, so uncapped "unlimited" seats overflowed.
   */
  @Test
  void two_unlimited_shifts_and_one_without_seats_give_everyone_their_better_score() {
    int volunteers = 700;
    int[] volunteerOf = new int[3 * volunteers];
    int[] shiftOf = new int[3 * volunteers];
    int[] scoreOf = new int[3 * volunteers];
    SplittableRandom random = new SplittableRandom(1);
    long optimum = 0;
    for (int v = 0, i = 0; v < volunteers; v++) {
      for (int j = 0; j < 3; j++, i++) {
        volunteerOf[i] = v;
        shiftOf[i] = j;
        scoreOf[i] = random.nextBoolean() ? 1 : 1_000_000;
      }
      optimum += Math.max(scoreOf[3 * v], scoreOf[3 * v + 1]);
    }
    AssignmentProblem p =
        AssignmentProblem.of(volunteers, new int[] {MAX, MAX, 0}, volunteerOf, shiftOf, scoreOf);
    for (Assignment a :
        new Assignment[] {
          Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT).solve(p),
          CostScalingAssignmentSolver.solve(p),
          CostScalingAssignmentSolver.solve(p, new long[3], 1, 1)
        }) {
      assertThat(a.isFeasibleFor(p)).isTrue();
      assertThat(a.totalScore()).isEqualTo(optimum);
    }
  }

  /**
   * Cost scaling on random instances whose capacities mix unlimited, past 2^30, none and a few
   * seats: the same total as successive shortest paths, feasible.
   */
  @Test
  void cost_scaling_with_huge_capacities_equals_successive_shortest_paths() {
    SplittableRandom random = new SplittableRandom(20261203);
    int[] kinds = {MAX, MAX - 1, (1 << 30) + 1, 0, 1, 2};
    for (int round = 0; round < 60; round++) {
      int volunteers = 50 + random.nextInt(800);
      int shifts = 2 + random.nextInt(5);
      int[] capacity = new int[shifts];
      for (int j = 0; j < shifts; j++) {
        capacity[j] = kinds[random.nextInt(kinds.length)];
      }
      List<int[]> pairs = new ArrayList<>();
      for (int v = 0; v < volunteers; v++) {
        for (int j = 0; j < shifts; j++) {
          if (random.nextInt(3) > 0) {
            pairs.add(new int[] {v, j, random.nextBoolean() ? 1 + random.nextInt(3) : 999_999});
          }
        }
      }
      AssignmentProblem p = Triples.problem(volunteers, capacity, pairs);
      Assignment scaling = CostScalingAssignmentSolver.solve(p);
      assertThat(scaling.isFeasibleFor(p)).isTrue();
      assertThat(scaling.totalScore())
          .isEqualTo(ExactAssignmentSolver.session(p).current().totalScore());
    }
  }

  @ParameterizedTest
  @EnumSource(AssignmentSolver.Mode.class)
  @SuppressWarnings("NullAway") // passes null on purpose to check the documented NPE
  void a_null_problem_is_named(AssignmentSolver.Mode mode) {
    assertThatThrownBy(() -> Tatawwu.assignmentSolver(mode).solve(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("problem");
    assertThatThrownBy(() -> Tatawwu.assignmentSolver(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mode");
  }

  private static void check(
      AssignmentSolver solver,
      boolean optimal,
      int volunteers,
      int[] huge,
      int[] cut,
      int[] volunteerOf,
      int[] shiftOf,
      int[] scoreOf,
      long optimum) {
    AssignmentProblem p = AssignmentProblem.of(volunteers, huge, volunteerOf, shiftOf, scoreOf);
    AssignmentProblem q = AssignmentProblem.of(volunteers, cut, volunteerOf, shiftOf, scoreOf);
    Assignment a = solver.solve(p);
    assertThat(a.isFeasibleFor(p)).isTrue();
    assertThat(a.totalScore()).isEqualTo(solver.solve(q).totalScore());
    if (optimal) {
      assertThat(a.totalScore()).isEqualTo(optimum);
    }
  }
}
