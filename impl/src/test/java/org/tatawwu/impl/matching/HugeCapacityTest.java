package org.tatawwu.impl.matching;

import static org.assertj.core.api.Assertions.assertThat;

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
