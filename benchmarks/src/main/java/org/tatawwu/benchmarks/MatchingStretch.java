package org.tatawwu.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.tatawwu.Tatawwu;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;

/**
 * Issue 7's stretch goal: 1,000,000 volunteers × 50,000 opportunities (capacity 5, 50 Zipf(0.8)
 * candidates each, seed 2030) solved exactly; prints the solve's CPU and wall time and the fast and
 * greedy modes' shares of the optimum. Run: {@code mvn -q -pl benchmarks exec:exec -Drun="-Xmx16g
 * -XX:+UseParallelGC -cp %classpath org.tatawwu.benchmarks.MatchingStretch"}.
 */
public final class MatchingStretch {
  private MatchingStretch() {}

  /**
   * Runs the stretch instance once.
   *
   * @param args ignored
   */
  @SuppressWarnings("SystemOut")
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    AssignmentProblem p = MatchingInstances.build(MatchingInstances.Shape.STRETCH_1M_X_50K, 2030);
    System.out.printf("pairs=%,d%n", p.pairs());
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    Assignment exact = Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT).solve(p);
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    long wall = System.nanoTime() - wall0;
    System.out.printf(
        "exact: total=%,d assigned=%,d feasible=%b cpu=%,d ms wall=%,d ms%n",
        exact.totalScore(),
        exact.assigned(),
        exact.isFeasibleFor(p),
        cpu / 1_000_000,
        wall / 1_000_000);
    for (AssignmentSolver.Mode m :
        new AssignmentSolver.Mode[] {AssignmentSolver.Mode.FAST, AssignmentSolver.Mode.GREEDY}) {
      long t0 = System.nanoTime();
      Assignment a = Tatawwu.assignmentSolver(m).solve(p);
      System.out.printf(
          "%s: share=%.5f wall=%,d ms%n",
          m, a.totalScore() / (double) exact.totalScore(), (System.nanoTime() - t0) / 1_000_000);
    }
  }
}
