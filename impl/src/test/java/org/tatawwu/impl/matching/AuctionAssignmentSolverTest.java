package org.tatawwu.impl.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.tatawwu.matching.Assignment;

/** The fast mode against brute force: feasible, never above the optimum, within its bound. */
class AuctionAssignmentSolverTest {
  @Test
  void the_fast_mode_is_feasible_and_never_above_the_optimum() {
    qt().withExamples(3000)
        .forAll(AssignmentSolversPropertiesTest.problems())
        .checkAssert(
            p -> {
              Assignment a = new AuctionAssignmentSolver().solve(p);
              assertThat(a.isFeasibleFor(p)).isTrue();
              long optimum = AssignmentSolversPropertiesTest.bruteForce(p);
              assertThat(a.totalScore()).isLessThanOrEqualTo(optimum);
              // ε-complementary slackness with ε = 1 (scores below 32): one point per volunteer
              assertThat(a.totalScore()).isGreaterThanOrEqualTo(optimum - p.volunteers());
            });
  }
}
