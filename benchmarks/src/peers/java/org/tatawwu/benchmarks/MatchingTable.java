package org.tatawwu.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tatawwu.Tatawwu;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;
import org.tatawwu.matching.IncrementalAssignment;

/**
 * Issue 7's benchmark table: each shape, each solver, solve CPU time, retained memory and the score
 * as a share of the optimum, all in one JVM on the same instances (seed 2030).
 *
 * <p>CPU time is the solving thread's ({@link ThreadMXBean#getCurrentThreadCpuTime()}) in a one-off
 * solve, the median of the measured runs after warm-up runs, the same for every solver (JGraphT,
 * hundreds of times slower, runs once, without warm-up). Retained memory is the heap the solver's
 * state holds when a solve that keeps it ends (its network and working arrays, kept reachable; for
 * the exact mode an {@link org.tatawwu.matching.IncrementalAssignment} session), measured in one
 * more run as used heap after full collections minus the same with only the problem loaded
 * (JGraphT: in its one run); OR-Tools' state lives in native memory, so its figure is the growth of
 * the process's resident set instead.
 *
 * <p>Run: {@code mvn -q -Ppeers -pl benchmarks compile exec:exec -Drun="-Xmx16g -XX:+UseParallelGC
 * -cp %classpath org.tatawwu.benchmarks.MatchingTable"}. Arguments: shape names to run (default
 * every shape but the stretch one), {@code --runs N} (default 5), {@code --warmups N} (default 10),
 * {@code --skip-jgrapht SHAPE} to leave JGraphT out of a shape.
 */
public final class MatchingTable {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private MatchingTable() {}

  /** One solver as the table sees it: solve, and solve keeping the state alive. */
  private record Solver(
      String name,
      Function<AssignmentProblem, Assignment> solve,
      Function<AssignmentProblem, Object> keep) {}

  /** The instances' seed, shared with {@link JGraphTBound}. */
  static final long SEED = 2030;

  /**
   * Prints the table.
   *
   * @param args shape names, {@code --runs N}, {@code --skip-jgrapht SHAPE}
   * @throws Exception on a failed solve
   */
  @SuppressWarnings("SystemOut")
  public static void main(String[] args) throws Exception {
    int runs = 5;
    int warmups = 10;
    List<String> shapes = new ArrayList<>();
    List<String> skipJGraphT = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--warmups" -> warmups = Integer.parseInt(args[++i]);
        case "--skip-jgrapht" -> skipJGraphT.add(args[++i]);
        default -> shapes.add(args[i]);
      }
    }
    if (shapes.isEmpty()) {
      for (MatchingInstances.Shape s : MatchingInstances.Shape.values()) {
        if (s != MatchingInstances.Shape.STRETCH_1M_X_50K) {
          shapes.add(s.name());
        }
      }
    }
    AssignmentSolver exact = Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT);
    AssignmentSolver greedy = Tatawwu.assignmentSolver(AssignmentSolver.Mode.GREEDY);
    AssignmentSolver stable = Tatawwu.assignmentSolver(AssignmentSolver.Mode.STABLE);
    AssignmentSolver fast = Tatawwu.assignmentSolver(AssignmentSolver.Mode.FAST);
    List<Solver> solvers =
        List.of(
            new Solver("Tatawwu exact", exact::solve, Tatawwu::incrementalAssignment),
            new Solver("Tatawwu fast", fast::solve, fast::solve),
            new Solver("Tatawwu greedy", greedy::solve, greedy::solve),
            new Solver("Tatawwu stable", stable::solve, stable::solve),
            new Solver(
                "OR-Tools min-cost flow",
                OrToolsAssignment::solve,
                OrToolsAssignment::solveKeeping),
            new Solver(
                "JGraphT capacity scaling",
                JGraphTAssignment::solve,
                JGraphTAssignment::solveKeeping));
    System.out.println(
        "| shape | solver | solve CPU (ms, median) | retained memory (MB) | score | share of optimum |");
    System.out.println("|---|---|---|---|---|---|");
    for (String name : shapes) {
      MatchingInstances.Shape shape = MatchingInstances.Shape.valueOf(name);
      AssignmentProblem p = MatchingInstances.build(shape, SEED);
      Map<String, long[]> rows = new LinkedHashMap<>();
      long optimum = -1;
      for (Solver s : solvers) {
        if (s.name().startsWith("JGraphT") && skipJGraphT.contains(name)) {
          continue;
        }
        boolean slow = s.name().startsWith("JGraphT");
        int measured = slow ? 1 : runs;
        for (int w = 0; w < (slow ? 0 : warmups); w++) {
          if (!s.solve().apply(p).isFeasibleFor(p)) {
            throw new IllegalStateException(s.name() + " warm-up: infeasible on " + name);
          }
        }
        long[] cpu = new long[measured];
        long memory = 0;
        Assignment result = null;
        boolean nativeMemory = s.name().startsWith("OR-Tools");
        for (int r = 0; r < measured; r++) {
          if (slow) {
            // one run, timed and kept alive at once
            long before = usedAfterGc();
            long t0 = THREADS.getCurrentThreadCpuTime();
            Object state = s.keep().apply(p);
            cpu[r] = THREADS.getCurrentThreadCpuTime() - t0;
            memory = usedAfterGc() - before;
            result = assignmentOf(state, p);
            release(state);
          } else {
            long t0 = THREADS.getCurrentThreadCpuTime();
            result = s.solve().apply(p);
            cpu[r] = THREADS.getCurrentThreadCpuTime() - t0;
          }
        }
        if (!slow) {
          long before = nativeMemory ? residentBytes() : usedAfterGc();
          Object state = s.keep().apply(p);
          memory = (nativeMemory ? residentBytes() : usedAfterGc()) - before;
          if (!assignmentOf(state, p).isFeasibleFor(p)) {
            throw new IllegalStateException(s.name() + " gave an infeasible kept state on " + name);
          }
          release(state);
        }
        java.util.Arrays.sort(cpu);
        if (result == null || !result.isFeasibleFor(p)) {
          throw new IllegalStateException(s.name() + " gave an infeasible assignment on " + name);
        }
        if (s.name().equals("OR-Tools min-cost flow")) {
          optimum = result.totalScore();
        }
        rows.put(s.name(), new long[] {cpu[measured / 2], memory, result.totalScore()});
      }
      for (Map.Entry<String, long[]> row : rows.entrySet()) {
        long[] v = row.getValue();
        System.out.printf(
            "| %s | %s | %,.1f | %,.1f | %,d | %s |%n",
            name,
            row.getKey(),
            v[0] / 1e6,
            v[1] / 1e6,
            v[2],
            optimum > 0 ? String.format("%.4f%%", 100.0 * v[2] / optimum) : "n/a");
      }
    }
  }

  private static Assignment assignmentOf(Object state, AssignmentProblem p) {
    if (state instanceof OrToolsAssignment.Solved s) {
      return s.assignment;
    }
    if (state instanceof JGraphTAssignment.Solved s) {
      return s.assignment;
    }
    if (state instanceof IncrementalAssignment s) {
      return s.current();
    }
    if (state instanceof Assignment a) {
      return a;
    }
    throw new IllegalStateException(
        "unknown solver state " + state.getClass() + " for " + p.pairs() + " pairs");
  }

  private static void release(Object state) {
    if (state instanceof OrToolsAssignment.Solved s) {
      s.flow.delete();
    }
  }

  /** The heap in use after full collections. */
  static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long residentBytes() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return -1;
  }
}
