package org.tatawwu.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicReference;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.tatawwu.matching.AssignmentProblem;

/**
 * JGraphT on a shape too large to wait for: the retained heap of its network alone (a lower bound
 * on what its solve holds) and its solve CPU time, stopped at a budget (a lower bound on its time
 * when reached). Arguments: shape name, budget in CPU minutes.
 *
 * <p>Run: {@code mvn -q -Ppeers -pl benchmarks compile exec:exec -Drun="-Xmx16g -XX:+UseParallelGC
 * -cp %classpath org.tatawwu.benchmarks.JGraphTBound SPARSE_100K_X_5K 30"}
 */
public final class JGraphTBound {
  private JGraphTBound() {}

  /**
   * Runs the bounded measurement.
   *
   * @param args shape name and CPU budget in minutes
   * @throws Exception on failure to measure
   */
  public static void main(String[] args) throws Exception {
    MatchingInstances.Shape shape = MatchingInstances.Shape.valueOf(args[0]);
    long budgetNanos = Long.parseLong(args[1]) * 60_000_000_000L;
    AssignmentProblem p = MatchingInstances.build(shape, MatchingTable.SEED);
    long before = MatchingTable.usedAfterGc();
    Graph<Integer, DefaultWeightedEdge> g = JGraphTAssignment.network(p);
    long network = MatchingTable.usedAfterGc() - before;
    System.out.printf("%s: JGraphT network alone retains %.1f MB%n", shape, network / 1e6);
    AtomicReference<Long> total = new AtomicReference<>();
    Thread solver =
        new Thread(() -> total.set(JGraphTAssignment.solve(p, g).assignment.totalScore()));
    solver.setDaemon(true);
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    solver.start();
    long cpu = 0;
    while (solver.isAlive() && cpu < budgetNanos) {
      solver.join(1_000);
      long now = bean.getThreadCpuTime(solver.getId());
      cpu = now < 0 ? cpu : now;
    }
    if (solver.isAlive()) {
      System.out.printf(
          "%s: JGraphT solve not finished after %,.0f ms CPU (stopped)%n", shape, cpu / 1e6);
    } else {
      System.out.printf(
          "%s: JGraphT solved in %,.0f ms CPU, score %,d%n", shape, cpu / 1e6, total.get());
    }
    System.exit(0);
  }
}
