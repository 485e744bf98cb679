package org.tatawwu.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tatawwu.Tatawwu;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;

/**
 * The EXACT mode against OR-Tools' min-cost flow on random medium instances across the grid's
 * shapes (issue 17): seats per volunteer 0.2 to 5 (more seats than volunteers included), Zipf
 * popularity 0 to 1.5 (steep), capacities fixed 1, fixed 5 and mixed 1–30, 5 to 100 candidates or
 * dense. The totals must be equal and the assignment feasible; FAST must be feasible and no better
 * than the optimum. Runs only with {@code -Ppeers}.
 */
class ExactAgainstOrToolsPropertiesTest {
  private static final double[] SEATS = {0.2, 0.5, 1, 2, 5};
  private static final double[] ZIPF = {0, 0.5, 1.0, 1.5};
  private static final int[] CANDIDATES = {5, 20, 100, 0};
  private static final MatchingGridInstances.Capacity[] CAPACITIES = {
    MatchingGridInstances.Capacity.FIXED_1,
    MatchingGridInstances.Capacity.FIXED_5,
    MatchingGridInstances.Capacity.MIXED_1_30
  };

  final AssignmentSolver exact = Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT);
  final AssignmentSolver fast = Tatawwu.assignmentSolver(AssignmentSolver.Mode.FAST);

  /** A grid cell with 50 to 2,000 volunteers (dense: 20 to 300) and its seed. */
  static Gen<AssignmentProblem> cells(Gen<Integer> seatsIndex, Gen<Integer> zipfIndex) {
    return seatsIndex
        .zip(
            zipfIndex,
            integers().between(0, 11),
            longs().all(),
            (s, z, ck, seed) -> {
              int c = ck % 3;
              int candidates = CANDIDATES[ck / 3];
              int volunteers =
                  50 + (int) Math.floorMod(seed, candidates == 0 ? 251L : 1951L);
              if (candidates == 0) {
                volunteers = Math.max(20, volunteers - 30);
              }
              return MatchingGridInstances.build(
                  new MatchingGridInstances.Cell(
                      volunteers,
                      SEATS[s],
                      ZIPF[z],
                      CAPACITIES[c],
                      candidates),
                  seed);
            });
  }

  private void equalsOrTools(AssignmentProblem p) {
    Assignment peer = OrToolsAssignment.solve(p);
    Assignment mine = exact.solve(p);
    assertThat(peer.isFeasibleFor(p)).isTrue();
    assertThat(mine.isFeasibleFor(p)).isTrue();
    assertThat(mine.totalScore()).isEqualTo(peer.totalScore());
    Assignment approximate = fast.solve(p);
    assertThat(approximate.isFeasibleFor(p)).isTrue();
    assertThat(approximate.totalScore()).isLessThanOrEqualTo(peer.totalScore());
  }

  @Test
  void exact_equals_or_tools_across_the_grid() {
    qt().withExamples(400)
        .forAll(cells(integers().between(0, 4), integers().between(0, 3)))
        .checkAssert(this::equalsOrTools);
  }

  @Test
  void exact_equals_or_tools_with_more_seats_than_volunteers_and_steep_popularity() {
    qt().withExamples(400)
        .forAll(cells(integers().between(3, 4), integers().between(2, 3)))
        .checkAssert(this::equalsOrTools);
  }

  @Test
  void exact_equals_or_tools_with_scarce_seats() {
    qt().withExamples(200)
        .forAll(cells(integers().between(0, 1), integers().between(0, 3)))
        .checkAssert(this::equalsOrTools);
  }
}
