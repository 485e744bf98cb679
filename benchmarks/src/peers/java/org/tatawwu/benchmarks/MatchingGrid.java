package org.tatawwu.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.tatawwu.Tatawwu;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;

/**
 * Issue 17's grid: Tatawwu's EXACT, FAST and GREEDY modes and OR-Tools' min-cost flow on fresh
 * random instances over seats per volunteer, Zipf popularity, capacities, candidates per volunteer
 * and volunteers ({@link MatchingGridInstances}). Per cell it prints each solver's solve CPU time
 * (the solving thread's, {@link ThreadMXBean}, after a JIT warm-up on instances of every kind; the
 * median of 5 runs for cells under 1,000,000 pairs; on larger cells OR-Tools and EXACT run once,
 * FAST and GREEDY, which take a fraction of a second there, the median of 3), EXACT / OR-Tools,
 * FAST / GREEDY, FAST's share of the optimum and whether EXACT's total equals OR-Tools'; at the end
 * the worst cells.
 *
 * <p>Every run draws a fresh master seed (or takes {@code --seed}) and prints each cell's seed, so
 * no cell is tuned to one instance and any cell can be rebuilt. A dense cell gives every volunteer
 * every shift; where V × S would pass {@link #DENSE_PAIRS} it keeps the cell's seats per volunteer
 * and capacities and lowers V until it fits (the row says which V).
 *
 * <p>Run: {@code mvn -q -Ppeers -pl benchmarks -am compile exec:exec -Drun="-Xmx12g
 * -XX:+UseParallelGC -cp %classpath org.tatawwu.benchmarks.MatchingGrid"}. Options (comma lists):
 * {@code --volunteers 10000,100000 --seats 0.2,0.5,1,2,5 --zipf 0,0.5,1,1.5 --caps 1,5,1-30
 * --candidates 5,20,100,dense --seed N --max-pairs N} (cells over that many pairs are skipped and
 * listed).
 */
public final class MatchingGrid {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The most pairs of a dense cell: V × S at most this (4,000,000). */
  static final long DENSE_PAIRS = 4_000_000;

  private MatchingGrid() {}

  /** A cell's figures. */
  private record Row(
      MatchingGridInstances.Cell cell,
      int volunteers,
      int shifts,
      int pairs,
      long seed,
      double exactMs,
      double fastMs,
      double greedyMs,
      double orToolsMs,
      long optimum,
      long exact,
      long fast) {
    double exactRatio() {
      return exactMs / orToolsMs;
    }

    double fastRatio() {
      return fastMs / greedyMs;
    }

    double fastShare() {
      return optimum == 0 ? 1 : fast / (double) optimum;
    }

    boolean matched() {
      return exact == optimum;
    }
  }

  /**
   * Runs the grid.
   *
   * @param args the options above
   */
  @SuppressWarnings("SystemOut")
  public static void main(String[] args) {
    int[] volunteers = {10_000, 100_000};
    double[] seats = {0.2, 0.5, 1, 2, 5};
    double[] zipf = {0, 0.5, 1.0, 1.5};
    List<MatchingGridInstances.Capacity> caps = List.of(MatchingGridInstances.Capacity.values());
    int[] candidates = {5, 20, 100, 0};
    long master = new SplittableRandom().nextLong();
    long maxPairs = Long.MAX_VALUE;
    for (int i = 0; i < args.length; i++) {
      String value = args[++i];
      switch (args[i - 1]) {
        case "--volunteers" -> volunteers = ints(value);
        case "--seats" -> seats = doubles(value);
        case "--zipf" -> zipf = doubles(value);
        case "--caps" -> caps = capacities(value);
        case "--candidates" -> candidates = ints(value.replace("dense", "0"));
        case "--seed" -> master = Long.parseLong(value);
        case "--max-pairs" -> maxPairs = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
      }
    }
    AssignmentSolver exact = Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT);
    AssignmentSolver fast = Tatawwu.assignmentSolver(AssignmentSolver.Mode.FAST);
    AssignmentSolver greedy = Tatawwu.assignmentSolver(AssignmentSolver.Mode.GREEDY);
    System.out.printf(
        Locale.ROOT,
        "MatchingGrid %s, master seed %d, JVM %s, %d processors%n",
        Instant.now(),
        master,
        System.getProperty("java.vm.version"),
        Runtime.getRuntime().availableProcessors());
    warmUp(exact, fast, greedy, master);
    System.out.println(
        "| V | seats/V | zipf | seats/shift | cand. | S | pairs | seed | EXACT ms | FAST ms"
            + " | GREEDY ms | OR-Tools ms | EXACT/OR | FAST/GREEDY | FAST share | optimum equal |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    SplittableRandom seeds = new SplittableRandom(master);
    List<Row> rows = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (int v : volunteers) {
      for (int c : candidates) {
        for (MatchingGridInstances.Capacity cap : caps) {
          for (double s : seats) {
            for (double z : zipf) {
              long seed = seeds.nextLong();
              MatchingGridInstances.Cell cell = new MatchingGridInstances.Cell(v, s, z, cap, c);
              SplittableRandom r = new SplittableRandom(seed);
              int[] capacity = MatchingGridInstances.capacities(cell, r);
              int cellVolunteers = v;
              if (c == 0) {
                while ((long) cellVolunteers * capacity.length > DENSE_PAIRS) {
                  cellVolunteers = cellVolunteers * 4 / 5;
                  cell = new MatchingGridInstances.Cell(cellVolunteers, s, z, cap, c);
                  capacity = MatchingGridInstances.capacities(cell, r);
                }
              }
              long pairs =
                  (long) cellVolunteers * (c == 0 ? capacity.length : Math.min(c, capacity.length));
              if (pairs > maxPairs) {
                skipped.add(String.format(Locale.ROOT, "%s (%,d pairs)", cell, pairs));
                continue;
              }
              AssignmentProblem p = MatchingGridInstances.build(cellVolunteers, capacity, z, c, r);
              Row row = measure(cell, p, seed, exact, fast, greedy);
              rows.add(row);
              print(row);
            }
          }
        }
      }
    }
    summary(rows, skipped);
  }

  private static Row measure(
      MatchingGridInstances.Cell cell,
      AssignmentProblem p,
      long seed,
      AssignmentSolver exact,
      AssignmentSolver fast,
      AssignmentSolver greedy) {
    int runs = p.pairs() < 1_000_000 ? 5 : 1;
    Assignment[] out = new Assignment[4];
    double orMs = cpu(OrToolsAssignment::solve, p, runs, out, 0);
    double exactMs = cpu(exact::solve, p, runs, out, 1);
    // FAST and GREEDY take well under a second on the largest cells, where one run of each would
    // leave their ratio to a single sample's noise
    int fastRuns = Math.max(runs, 3);
    double fastMs = cpu(fast::solve, p, fastRuns, out, 2);
    double greedyMs = cpu(greedy::solve, p, fastRuns, out, 3);
    for (Assignment a : out) {
      if (!a.isFeasibleFor(p)) {
        throw new IllegalStateException("infeasible assignment in cell " + cell + " seed " + seed);
      }
    }
    return new Row(
        cell,
        p.volunteers(),
        p.shifts(),
        p.pairs(),
        seed,
        exactMs,
        fastMs,
        greedyMs,
        orMs,
        out[0].totalScore(),
        out[1].totalScore(),
        out[2].totalScore());
  }

  /** The median solve CPU time in ms; the last result lands in {@code out[slot]}. */
  private static double cpu(
      Function<AssignmentProblem, Assignment> solver,
      AssignmentProblem p,
      int runs,
      Assignment[] out,
      int slot) {
    long[] t = new long[runs];
    for (int k = 0; k < runs; k++) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      out[slot] = solver.apply(p);
      t[k] = THREADS.getCurrentThreadCpuTime() - t0;
    }
    Arrays.sort(t);
    return t[runs / 2] / 1e6;
  }

  /** Compiles every solver's paths: each kind of instance, small, several times. */
  @SuppressWarnings("SystemOut")
  private static void warmUp(
      AssignmentSolver exact, AssignmentSolver fast, AssignmentSolver greedy, long master) {
    SplittableRandom r = new SplittableRandom(master ^ 0x5DEECE66DL);
    long t0 = System.nanoTime();
    for (int round = 0; round < 3; round++) {
      for (double s : new double[] {0.2, 0.5, 1, 2, 5}) {
        for (double z : new double[] {0, 1.5}) {
          for (MatchingGridInstances.Capacity cap : MatchingGridInstances.Capacity.values()) {
            for (int c : new int[] {5, 20, 0}) {
              MatchingGridInstances.Cell cell =
                  new MatchingGridInstances.Cell(c == 0 ? 300 : 2_000, s, z, cap, c);
              AssignmentProblem p = MatchingGridInstances.build(cell, r.nextLong());
              OrToolsAssignment.solve(p);
              exact.solve(p);
              fast.solve(p);
              greedy.solve(p);
            }
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "warm-up: %.1f s wall%n%n", (System.nanoTime() - t0) / 1e9);
  }

  @SuppressWarnings("SystemOut")
  private static void print(Row r) {
    System.out.printf(
        Locale.ROOT,
        "| %,d | %s | %s | %s | %s | %,d | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f |"
            + " %.4f%% | %s |%n",
        r.volunteers(),
        trim(r.cell().seatsPerVolunteer()),
        trim(r.cell().zipf()),
        r.cell().capacity().label(),
        r.cell().candidatesLabel(),
        r.shifts(),
        r.pairs(),
        r.seed(),
        r.exactMs(),
        r.fastMs(),
        r.greedyMs(),
        r.orToolsMs(),
        r.exactRatio(),
        r.fastRatio(),
        100 * r.fastShare(),
        r.matched() ? "yes" : "NO (" + r.exact() + " vs " + r.optimum() + ")");
  }

  @SuppressWarnings("SystemOut")
  private static void summary(List<Row> rows, List<String> skipped) {
    if (rows.isEmpty()) {
      System.out.println("no cell ran");
      return;
    }
    Row worstExact = rows.get(0);
    Row worstFast = rows.get(0);
    Row worstShare = rows.get(0);
    int mismatches = 0;
    int exactOver = 0;
    int fastOver = 0;
    int shareUnder = 0;
    double exactSum = 0;
    for (Row r : rows) {
      worstExact = r.exactRatio() > worstExact.exactRatio() ? r : worstExact;
      worstFast = r.fastRatio() > worstFast.fastRatio() ? r : worstFast;
      worstShare = r.fastShare() < worstShare.fastShare() ? r : worstShare;
      mismatches += r.matched() ? 0 : 1;
      exactOver += r.exactRatio() > 0.5 ? 1 : 0;
      fastOver += r.fastRatio() > 1.5 ? 1 : 0;
      shareUnder += r.fastShare() < 0.999 ? 1 : 0;
      exactSum += Math.log(r.exactRatio());
    }
    System.out.printf(
        Locale.ROOT,
        "%n%d cells; optimum equal in %d; EXACT/OR-Tools geometric mean %.3f, %d cells over 0.5;"
            + " FAST/GREEDY over 1.5 in %d; FAST share under 99.9%% in %d%n",
        rows.size(),
        rows.size() - mismatches,
        Math.exp(exactSum / rows.size()),
        exactOver,
        fastOver,
        shareUnder);
    System.out.println("worst EXACT/OR-Tools:");
    print(worstExact);
    System.out.println("worst FAST/GREEDY:");
    print(worstFast);
    System.out.println("worst FAST share:");
    print(worstShare);
    for (String s : skipped) {
      System.out.println("skipped (over --max-pairs): " + s);
    }
  }

  private static String trim(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
  }

  private static int[] ints(String list) {
    return java.util.regex.Pattern.compile(",")
        .splitAsStream(list)
        .mapToInt(Integer::parseInt)
        .toArray();
  }

  private static double[] doubles(String list) {
    return java.util.regex.Pattern.compile(",")
        .splitAsStream(list)
        .mapToDouble(Double::parseDouble)
        .toArray();
  }

  private static List<MatchingGridInstances.Capacity> capacities(String list) {
    List<MatchingGridInstances.Capacity> out = new ArrayList<>();
    for (String s :
        (Iterable<String>) java.util.regex.Pattern.compile(",").splitAsStream(list)::iterator) {
      out.add(
          switch (s) {
            case "1" -> MatchingGridInstances.Capacity.FIXED_1;
            case "5" -> MatchingGridInstances.Capacity.FIXED_5;
            case "1-30" -> MatchingGridInstances.Capacity.MIXED_1_30;
            default -> throw new IllegalArgumentException("capacities are 1, 5 or 1-30: " + s);
          });
    }
    return out;
  }
}
