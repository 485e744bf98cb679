package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;

/**
 * The incremental seat plan after random removals of volunteers and seats equals a full exact
 * re-solve of what remains and the optimum found by brute force over every assignment of the
 * remaining volunteers (small instances).
 */
class SeatPlanPropertiesTest {

  @Test
  void re_planning_after_removals_equals_a_full_re_solve() {
    qt().withExamples(1_500)
        .forAll(integers().between(0, Integer.MAX_VALUE))
        .checkAssert(this::run);
  }

  private void run(int seed) {
    Random rnd = new Random(seed);
    int volunteers = 1 + rnd.nextInt(7);
    int shifts = 1 + rnd.nextInt(3);
    int[] capacity = new int[shifts];
    for (int s = 0; s < shifts; s++) {
      capacity[s] = 1 + rnd.nextInt(2);
    }
    List<int[]> pairs = new ArrayList<>();
    for (int v = 0; v < volunteers; v++) {
      for (int s = 0; s < shifts; s++) {
        if (rnd.nextInt(3) > 0) {
          // pinned-like scores sometimes, as the command uses them
          int score = rnd.nextInt(8) == 0 ? DefaultIncidentCommand.PIN : 1 + rnd.nextInt(20);
          pairs.add(new int[] {v, s, score});
        }
      }
    }
    int[] vo = pairs.stream().mapToInt(p -> p[0]).toArray();
    int[] so = pairs.stream().mapToInt(p -> p[1]).toArray();
    int[] sc = pairs.stream().mapToInt(p -> p[2]).toArray();
    AssignmentProblem problem = AssignmentProblem.of(volunteers, capacity, vo, so, sc);
    SeatPlan plan = SeatPlans.create(problem);
    SeatPlan reference = SeatPlans.resolving(problem);
    boolean[] removed = new boolean[volunteers];
    int[] left = capacity.clone();
    assertThat(plan.current().totalScore()).isEqualTo(bruteForce(problem, removed, left));
    int changes = 1 + rnd.nextInt(4);
    for (int c = 0; c < changes; c++) {
      if (rnd.nextBoolean()) {
        int v = rnd.nextInt(volunteers);
        if (!removed[v]) {
          removed[v] = true;
          plan.removeVolunteer(v);
          reference.removeVolunteer(v);
        }
      } else {
        int s = rnd.nextInt(shifts);
        if (left[s] > 0) {
          left[s]--;
          plan.removeSeat(s);
          reference.removeSeat(s);
        }
      }
      Assignment a = plan.current();
      assertThat(a.totalScore()).isEqualTo(bruteForce(problem, removed, left));
      assertThat(a.totalScore()).isEqualTo(reference.current().totalScore());
      int[] load = new int[shifts];
      long total = 0;
      for (int v = 0; v < volunteers; v++) {
        int s = a.shiftOf(v);
        if (s >= 0) {
          assertThat(removed[v]).isFalse();
          assertThat(problem.score(v, s)).isPositive();
          load[s]++;
          total += problem.score(v, s);
        }
      }
      for (int s = 0; s < shifts; s++) {
        assertThat(load[s]).isLessThanOrEqualTo(left[s]);
      }
      assertThat(total).isEqualTo(a.totalScore());
    }
  }

  /** The best total over every way to place the remaining volunteers (or leave them out). */
  private static long bruteForce(AssignmentProblem p, boolean[] removed, int[] left) {
    return best(p, removed, left.clone(), 0);
  }

  private static long best(AssignmentProblem p, boolean[] removed, int[] left, int v) {
    if (v == p.volunteers()) {
      return 0;
    }
    long result = best(p, removed, left, v + 1);
    if (removed[v]) {
      return result;
    }
    for (int s = 0; s < p.shifts(); s++) {
      int score = p.score(v, s);
      if (score > 0 && left[s] > 0) {
        left[s]--;
        result = Math.max(result, score + best(p, removed, left, v + 1));
        left[s]++;
      }
    }
    return result;
  }
}
