package org.tatawwu.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.tatawwu.Tatawwu;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;

/**
 * Issue 17's FAST must-show without the peers: on {@link MatchingGridInstances}' cells, FAST's
 * total as a share of EXACT's (the optimum) and FAST's solve CPU time over GREEDY's (the solving
 * thread's, median of {@code --repeats} runs each, interleaved, after a JIT warm-up). Every run
 * draws a fresh master seed (or takes {@code --seed}) and prints each cell's seed.
 *
 * <p>Run: {@code taskset -c 0 java -Xmx6g -XX:+UseParallelGC -cp ...
 * org.tatawwu.benchmarks.FastGrid --volunteers 10000 --seats 0.2,0.5,1,2,5 --zipf 0,0.5,1,1.5
 * --caps 1,5,1-30 --candidates 5,20,100 --repeats 5 --seed N}.
 */
public final class FastGrid {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private FastGrid() {}

  /**
   * Runs the grid.
   *
   * @param args the options above
   */
  @SuppressWarnings("SystemOut")
  public static void main(String[] args) {
    int volunteers = 10_000;
    double[] seats = {0.2, 0.5, 1, 2, 5};
    double[] zipf = {0, 0.5, 1.0, 1.5};
    String[] caps = {"1", "5", "1-30"};
    int[] candidates = {5, 20, 100};
    int repeats = 5;
    long master = new SplittableRandom().nextLong();
    for (int i = 0; i + 1 < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--volunteers" -> volunteers = Integer.parseInt(value);
        case "--seats" ->
            seats = Arrays.stream(value.split(",")).mapToDouble(Double::parseDouble).toArray();
        case "--zipf" ->
            zipf = Arrays.stream(value.split(",")).mapToDouble(Double::parseDouble).toArray();
        case "--caps" -> caps = value.split(",");
        case "--candidates" ->
            candidates = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
        case "--repeats" -> repeats = Integer.parseInt(value);
        case "--seed" -> master = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    AssignmentSolver exact = Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT);
    AssignmentSolver fast = Tatawwu.assignmentSolver(AssignmentSolver.Mode.FAST);
    AssignmentSolver greedy = Tatawwu.assignmentSolver(AssignmentSolver.Mode.GREEDY);
    System.out.printf(Locale.ROOT, "FastGrid %s, master seed %d%n", Instant.now(), master);
    SplittableRandom warm = new SplittableRandom(master ^ 0x5DEECE66DL);
    for (int round = 0; round < 3; round++) {
      for (double s : new double[] {0.2, 1, 5}) {
        for (double z : new double[] {0, 1.5}) {
          for (MatchingGridInstances.Capacity cap : MatchingGridInstances.Capacity.values()) {
            for (int c : new int[] {5, 20, 100}) {
              AssignmentProblem p =
                  MatchingGridInstances.build(
                      new MatchingGridInstances.Cell(2_000, s, z, cap, c), warm.nextLong());
              exact.solve(p);
              fast.solve(p);
              greedy.solve(p);
            }
          }
        }
      }
    }
    System.out.println(
        "| seats/V | zipf | seats/shift | cand. | seed | FAST ms | GREEDY ms | FAST/GREEDY | FAST"
            + " share | GREEDY share |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    SplittableRandom seeds = new SplittableRandom(master);
    int under = 0;
    int over = 0;
    int cells = 0;
    double worstShare = 1;
    double worstRatio = 0;
    double logSum = 0;
    for (int c : candidates) {
      for (String capLabel : caps) {
        MatchingGridInstances.Capacity cap =
            switch (capLabel) {
              case "1" -> MatchingGridInstances.Capacity.FIXED_1;
              case "5" -> MatchingGridInstances.Capacity.FIXED_5;
              default -> MatchingGridInstances.Capacity.MIXED_1_30;
            };
        for (double s : seats) {
          for (double z : zipf) {
            long seed = seeds.nextLong();
            AssignmentProblem p =
                MatchingGridInstances.build(
                    new MatchingGridInstances.Cell(volunteers, s, z, cap, c), seed);
            long optimum = exact.solve(p).totalScore();
            long[] tf = new long[repeats];
            long[] tg = new long[repeats];
            Assignment af = null;
            Assignment ag = null;
            for (int k = 0; k < repeats; k++) {
              long t0 = THREADS.getCurrentThreadCpuTime();
              af = fast.solve(p);
              long t1 = THREADS.getCurrentThreadCpuTime();
              ag = greedy.solve(p);
              long t2 = THREADS.getCurrentThreadCpuTime();
              tf[k] = t1 - t0;
              tg[k] = t2 - t1;
            }
            if (af == null || ag == null || !af.isFeasibleFor(p) || !ag.isFeasibleFor(p)) {
              throw new IllegalStateException("infeasible, seed " + seed);
            }
            Arrays.sort(tf);
            Arrays.sort(tg);
            double fastMs = tf[repeats / 2] / 1e6;
            double greedyMs = tg[repeats / 2] / 1e6;
            double ratio = fastMs / greedyMs;
            double share = optimum == 0 ? 1 : af.totalScore() / (double) optimum;
            double greedyShare = optimum == 0 ? 1 : ag.totalScore() / (double) optimum;
            cells++;
            under += share < 0.999 ? 1 : 0;
            over += ratio > 1.5 ? 1 : 0;
            worstShare = Math.min(worstShare, share);
            worstRatio = Math.max(worstRatio, ratio);
            logSum += Math.log(ratio);
            System.out.printf(
                Locale.ROOT,
                "| %s | %s | %s | %d | %d | %.2f | %.2f | %.2f%s | %.4f%%%s | %.4f%% |%n",
                s,
                z,
                capLabel,
                c,
                seed,
                fastMs,
                greedyMs,
                ratio,
                ratio > 1.5 ? " OVER" : "",
                100 * share,
                share < 0.999 ? " UNDER" : "",
                100 * greedyShare);
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%n%d cells, master seed %d: FAST under 99.9%% in %d (worst %.4f%%), over 1.5x GREEDY in %d"
            + " (worst %.2fx), geometric mean FAST/GREEDY %.3f%n",
        cells,
        master,
        under,
        100 * worstShare,
        over,
        worstRatio,
        Math.exp(logSum / cells));
  }
}
