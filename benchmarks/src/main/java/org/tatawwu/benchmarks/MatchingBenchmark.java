package org.tatawwu.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tatawwu.Tatawwu;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;

/**
 * Mass assignment on the shapes: Tatawwu's exact, fast, greedy and stable solvers in one
 * run. The OR-Tools and JGraphT peers are in {@code src/peers/java} ({@code -Ppeers}, see {@code
 * MatchingTable}). {@link #main} prints each solver's score as a share of the exact optimum.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class MatchingBenchmark {
  @Param({
    "DENSE_1K_X_100",
    "SPARSE_10K_X_1K",
    "SEATS_OUTNUMBER_VOLUNTEERS_2K_X_1K",
    "SPARSE_100K_X_5K"
  })
  String shape = "DENSE_1K_X_100";

  AssignmentProblem problem;
  final AssignmentSolver exact = Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT);
  final AssignmentSolver greedy = Tatawwu.assignmentSolver(AssignmentSolver.Mode.GREEDY);
  final AssignmentSolver stable = Tatawwu.assignmentSolver(AssignmentSolver.Mode.STABLE);
  final AssignmentSolver fast = Tatawwu.assignmentSolver(AssignmentSolver.Mode.FAST);

  @Setup(Level.Trial)
  public void setUp() {
    problem = MatchingInstances.build(MatchingInstances.Shape.valueOf(shape), 2030);
  }

  @Benchmark
  public Assignment exact() {
    return exact.solve(problem);
  }

  @Benchmark
  public Assignment greedy() {
    return greedy.solve(problem);
  }

  @Benchmark
  public Assignment fast() {
    return fast.solve(problem);
  }

  @Benchmark
  public Assignment stable() {
    return stable.solve(problem);
  }

  /**
   * Prints each solver's score as a share of the optimum, per shape.
   *
   * @param args ignored
   */
  @SuppressWarnings("SystemOut")
  public static void main(String[] args) {
    for (MatchingInstances.Shape s : MatchingInstances.Shape.values()) {
      if (s == MatchingInstances.Shape.STRETCH_1M_X_50K) {
        continue;
      }
      AssignmentProblem p = MatchingInstances.build(s, 2030);
      long t0 = System.nanoTime();
      Assignment e = Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT).solve(p);
      long t1 = System.nanoTime();
      Assignment g = Tatawwu.assignmentSolver(AssignmentSolver.Mode.GREEDY).solve(p);
      long t2 = System.nanoTime();
      Assignment st = Tatawwu.assignmentSolver(AssignmentSolver.Mode.STABLE).solve(p);
      long t3 = System.nanoTime();
      Assignment f = Tatawwu.assignmentSolver(AssignmentSolver.Mode.FAST).solve(p);
      long t4 = System.nanoTime();
      System.out.printf(
          "  fast=%.5f (%d ms)%n", f.totalScore() / (double) e.totalScore(), (t4 - t3) / 1_000_000);
      System.out.printf(
          "%-36s pairs=%,d exact=%,d (%d ms, feasible %b) greedy=%.4f (%d ms) stable=%.4f (%d ms)%n",
          s,
          p.pairs(),
          e.totalScore(),
          (t1 - t0) / 1_000_000,
          e.isFeasibleFor(p),
          g.totalScore() / (double) e.totalScore(),
          (t2 - t1) / 1_000_000,
          st.totalScore() / (double) e.totalScore(),
          (t3 - t2) / 1_000_000);
    }
  }
}
