package org.tatawwu.impl.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tatawwu.Tatawwu;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;

/** The solvers on small random instances, against brute force. */
class AssignmentSolversPropertiesTest {
  final AssignmentSolver exact = Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT);
  final AssignmentSolver greedy = Tatawwu.assignmentSolver(AssignmentSolver.Mode.GREEDY);
  final AssignmentSolver stable = Tatawwu.assignmentSolver(AssignmentSolver.Mode.STABLE);

  /** Up to 7 volunteers, 4 shifts of 0–2 seats, each pair a candidate with probability ~0.6. */
  static Gen<AssignmentProblem> problems() {
    return integers()
        .between(1, 7)
        .zip(
            integers().between(1, 4),
            lists().of(integers().between(0, 20)).ofSize(28),
            lists().of(integers().between(0, 2)).ofSize(4),
            (v, s, raw, caps) -> {
              int[] capacity = new int[s];
              for (int j = 0; j < s; j++) {
                capacity[j] = caps.get(j);
              }
              return problem(v, capacity, raw, 8, 7); // scores 1..13: many ties
            });
  }

  /**
   * Scarce seats (fewer than volunteers) and scores 1..1000, so the exact solver's warm start from
   * the coarse auction has volunteers to take out of priced seats and reroute.
   */
  static Gen<AssignmentProblem> scarce() {
    return integers()
        .between(3, 8)
        .zip(
            integers().between(1, 4),
            lists().of(integers().between(-1200, 1000)).ofSize(32),
            lists().of(integers().between(0, 2)).ofSize(4),
            (v, s, raw, caps) -> {
              int[] capacity = new int[s];
              int seats = 0;
              for (int j = 0; j < s; j++) {
                capacity[j] = Math.min(caps.get(j), Math.max(0, v - 1 - seats));
                seats += capacity[j];
              }
              return problem(v, capacity, raw, 1, 0);
            });
  }

  /**
   * Volunteer u and shift j are a candidate pair when {@code raw[u * 4 + j]} is at least {@code
   * from}, with score raw minus {@code shift}.
   */
  private static AssignmentProblem problem(
      int volunteers, int[] capacity, List<Integer> raw, int from, int shift) {
    List<int[]> pairs = new ArrayList<>();
    for (int u = 0; u < volunteers; u++) {
      for (int j = 0; j < capacity.length; j++) {
        int x = raw.get(u * 4 + j);
        if (x >= from) {
          pairs.add(new int[] {u, j, x - shift});
        }
      }
    }
    return Triples.problem(volunteers, capacity, pairs);
  }

  /** The best total by trying every choice for every volunteer. */
  static long bruteForce(AssignmentProblem p) {
    return best(p, 0, new int[p.shifts()]);
  }

  private static long best(AssignmentProblem p, int u, int[] load) {
    if (u == p.volunteers()) {
      return 0;
    }
    long best = best(p, u + 1, load);
    for (int i = p.firstCandidate(u); i < p.firstCandidate(u + 1); i++) {
      int s = p.shiftAt(i);
      if (load[s] < p.capacity(s)) {
        load[s]++;
        best = Math.max(best, p.scoreAt(i) + best(p, u + 1, load));
        load[s]--;
      }
    }
    return best;
  }

  @Test
  void exact_mode_equals_brute_force() {
    qt().withExamples(3000).forAll(problems()).checkAssert(this::exactEqualsBruteForce);
  }

  @Test
  void exact_mode_equals_brute_force_when_seats_are_scarce() {
    qt().withExamples(5000).forAll(scarce()).checkAssert(this::exactEqualsBruteForce);
  }

  private void exactEqualsBruteForce(AssignmentProblem p) {
    Assignment a = exact.solve(p);
    assertThat(a.isFeasibleFor(p)).isTrue();
    assertThat(a.totalScore()).isEqualTo(bruteForce(p));
  }

  /**
   * Up to 7 volunteers and 5 shifts of 0–30 seats (often more seats than volunteers), candidates
   * drawn with steep popularity (shift j is a candidate with probability about 1/(j+1)), scores
   * 1..1000, all equal, or 1..3; some volunteers without candidates and some shifts without seats.
   */
  static Gen<AssignmentProblem> shapes() {
    return integers()
        .between(0, 7)
        .zip(
            integers().between(1, 5),
            lists().of(integers().between(0, 999)).ofSize(36),
            lists().of(integers().between(0, 30)).ofSize(5),
            (v, s, raw, caps) -> {
              int scoring = raw.get(35) % 3;
              int[] capacity = new int[s];
              for (int j = 0; j < s; j++) {
                capacity[j] = caps.get(j) > 24 ? 0 : caps.get(j);
              }
              List<int[]> pairs = new ArrayList<>();
              for (int u = 0; u < v; u++) {
                for (int j = 0; j < s; j++) {
                  int x = raw.get(u * 5 + j);
                  if (x * (j + 1) < 600) {
                    int score =
                        switch (scoring) {
                          case 0 -> 1 + x;
                          case 1 -> 500;
                          default -> 1 + x % 3;
                        };
                    pairs.add(new int[] {u, j, score});
                  }
                }
              }
              return Triples.problem(v, capacity, pairs);
            });
  }

  @Test
  void cost_scaling_equals_brute_force() {
    qt().withExamples(3000).forAll(problems()).checkAssert(p -> costScalingEqualsBruteForce(p));
    qt().withExamples(3000).forAll(scarce()).checkAssert(p -> costScalingEqualsBruteForce(p));
    qt().withExamples(5000).forAll(shapes()).checkAssert(p -> costScalingEqualsBruteForce(p));
  }

  /**
   * Pruned to one or two candidates per volunteer (by score, and by score minus arbitrary shift
   * prices), cost scaling still finds the optimum: its check on the pairs left out sends it on to
   * wider solves whenever the pruned optimum is not the whole one's.
   */
  @Test
  void pruned_cost_scaling_equals_brute_force() {
    qt().withExamples(3000)
        .forAll(shapes(), lists().of(integers().between(0, 1000)).ofSize(5))
        .checkAssert(AssignmentSolversPropertiesTest::prunedEqualsBruteForce);
    qt().withExamples(2000)
        .forAll(problems(), lists().of(integers().between(0, 13)).ofSize(5))
        .checkAssert(AssignmentSolversPropertiesTest::prunedEqualsBruteForce);
  }

  private static void prunedEqualsBruteForce(AssignmentProblem p, List<Integer> raw) {
    long optimum = bruteForce(p);
    long[] price = new long[p.shifts()];
    for (int j = 0; j < price.length; j++) {
      price[j] = raw.get(j);
    }
    for (int prune = 1; prune <= 2; prune++) {
      for (long[] shiftPrice : new long[][] {null, price}) {
        Assignment a = CostScalingAssignmentSolver.solve(p, shiftPrice, prune, 2);
        assertThat(a.isFeasibleFor(p)).isTrue();
        assertThat(a.totalScore()).isEqualTo(optimum);
      }
    }
  }

  /**
   * Medium instances where cost scaling prunes with its own parameters (40 candidates per
   * volunteer) and runs global price updates many times: 150 to 400 volunteers, seats from a fifth
   * to five times the volunteers in shifts of 1, 5 or 1–30 seats, steep or flat popularity, scores
   * 1..1000. Its total equals successive shortest paths' (the session, a different algorithm), and
   * so does EXACT's.
   */
  @Test
  void cost_scaling_equals_successive_shortest_paths_on_medium_instances() {
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              AssignmentProblem p = medium(new SplittableRandom(seed));
              long optimum = ExactAssignmentSolver.session(p).current().totalScore();
              Assignment scaling = CostScalingAssignmentSolver.solve(p);
              assertThat(scaling.isFeasibleFor(p)).isTrue();
              assertThat(scaling.totalScore()).isEqualTo(optimum);
              Assignment a = exact.solve(p);
              assertThat(a.isFeasibleFor(p)).isTrue();
              assertThat(a.totalScore()).isEqualTo(optimum);
              assertThat(ExactAssignmentSolver.solve(p, 0, -1).totalScore()).isEqualTo(optimum);
              assertThat(ExactAssignmentSolver.solve(p, -1, Long.MAX_VALUE).totalScore())
                  .isEqualTo(optimum);
            });
  }

  /** A medium instance as described above. */
  static AssignmentProblem medium(SplittableRandom r) {
    int v = 150 + r.nextInt(251);
    double[] ratios = {0.2, 0.5, 1, 2, 5};
    long seats = Math.max(1, Math.round(ratios[r.nextInt(ratios.length)] * v));
    int kind = r.nextInt(3);
    List<Integer> caps = new ArrayList<>();
    for (long total = 0; total < seats; ) {
      int c = kind == 0 ? 1 : kind == 1 ? 5 : 1 + r.nextInt(30);
      c = (int) Math.min(c, seats - total);
      caps.add(c);
      total += c;
    }
    int s = caps.size();
    double zipf = r.nextInt(2) == 0 ? 0 : 1.5;
    double[] cumulative = new double[s];
    double sum = 0;
    for (int j = 0; j < s; j++) {
      sum += 1 / Math.pow(j + 1, zipf);
      cumulative[j] = sum;
    }
    int degree = Math.min(40, s);
    List<int[]> pairs = new ArrayList<>();
    boolean[] taken = new boolean[s];
    for (int u = 0; u < v; u++) {
      List<Integer> mine = new ArrayList<>();
      while (mine.size() < degree) {
        int j = java.util.Arrays.binarySearch(cumulative, r.nextDouble() * sum);
        j = j >= 0 ? j : Math.min(s - 1, -j - 1);
        if (!taken[j]) {
          taken[j] = true;
          mine.add(j);
        } else if (r.nextInt(8) == 0) {
          for (int k = 0; k < s; k++) { // steep popularity: take the first free one now and then
            if (!taken[k]) {
              taken[k] = true;
              mine.add(k);
              break;
            }
          }
        }
      }
      for (int j : mine) {
        taken[j] = false;
        pairs.add(new int[] {u, j, 1 + r.nextInt(1000)});
      }
    }
    int[] capacity = caps.stream().mapToInt(Integer::intValue).toArray();
    return Triples.problem(v, capacity, pairs);
  }

  @Test
  void exact_mode_equals_brute_force_on_plentiful_seats_and_steep_popularity() {
    qt().withExamples(5000).forAll(shapes()).checkAssert(this::exactEqualsBruteForce);
  }

  /**
   * The fine start with its auction turned to ε-scaling and reverse bids at once, at a quarter and
   * an eighth of a point: the optimum, on small instances against brute force and on medium ones
   * against cost scaling.
   */
  @Test
  void the_fine_start_with_epsilon_scaling_stays_optimal() {
    qt().withExamples(2000)
        .forAll(scarce())
        .checkAssert(p -> epsilonScaledEquals(p, bruteForce(p)));
    qt().withExamples(3000)
        .forAll(shapes())
        .checkAssert(p -> epsilonScaledEquals(p, bruteForce(p)));
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              AssignmentProblem p = medium(new SplittableRandom(seed));
              epsilonScaledEquals(p, CostScalingAssignmentSolver.solve(p).totalScore());
            });
  }

  private static void epsilonScaledEquals(AssignmentProblem p, long optimum) {
    for (long epsilon : new long[] {250, 125}) {
      Assignment a = ExactAssignmentSolver.fineSolve(p, epsilon, 0, new long[1]);
      assertThat(a.isFeasibleFor(p)).isTrue();
      assertThat(a.totalScore()).isEqualTo(optimum);
    }
  }

  @Test
  void a_solve_that_spends_its_budget_turns_to_cost_scaling_and_stays_optimal() {
    qt().withExamples(2000).forAll(problems()).checkAssert(p -> budgetedEqualsBruteForce(p));
    qt().withExamples(2000).forAll(scarce()).checkAssert(p -> budgetedEqualsBruteForce(p));
    qt().withExamples(3000).forAll(shapes()).checkAssert(p -> budgetedEqualsBruteForce(p));
  }

  /**
   * With budgets of none, half, all but one unit and all of the searches' work, from the coarse
   * start (the fine one not tried) and from the fine start at a quarter point and then an eighth
   * (the coarse one given up at once), the solve gives successive shortest paths' result from the
   * first start whose work the budget covers, and cost scaling's where none, the optimum either
   * way. The same for the fine start tried first where seats are scarce, with budgets of its
   * auction's candidates scanned.
   */
  private static void budgetedEqualsBruteForce(AssignmentProblem p) {
    long work = ExactAssignmentSolver.work(p);
    long optimum = bruteForce(p);
    Assignment searches = ExactAssignmentSolver.session(p).current();
    Assignment scaling = CostScalingAssignmentSolver.solve(p);
    for (long budget : new long[] {0, work / 2, work - 1, work}) {
      Assignment a = ExactAssignmentSolver.solve(p, budget, -1);
      assertThat(a.isFeasibleFor(p)).isTrue();
      assertThat(a.totalScore()).isEqualTo(optimum);
      assertThat(a).isEqualTo(budget >= work ? searches : scaling);
    }
    long[] spent = new long[1];
    Assignment quarter = ExactAssignmentSolver.fineSolve(p, 250, spent);
    long quarterWork = spent[0];
    Assignment eighth = ExactAssignmentSolver.fineSolve(p, 125, spent);
    long eighthWork = spent[0];
    for (Assignment fine : new Assignment[] {quarter, eighth}) {
      assertThat(fine.isFeasibleFor(p)).isTrue();
      assertThat(fine.totalScore()).isEqualTo(optimum);
    }
    for (long budget :
        new long[] {0, quarterWork / 2, quarterWork - 1, quarterWork, eighthWork - 1, eighthWork}) {
      Assignment a = ExactAssignmentSolver.solve(p, -1, budget);
      assertThat(a.isFeasibleFor(p)).isTrue();
      assertThat(a.totalScore()).isEqualTo(optimum);
      assertThat(a)
          .isEqualTo(budget >= quarterWork ? quarter : budget >= eighthWork ? eighth : scaling);
    }
    // The fine start tried first where seats are scarce, its auction on a budget of none, half,
    // all but one and all of its candidates scanned: the fine start's result once the auction
    // completes, else the coarse start's (its budget covers its work). Where seats are plentiful
    // the fine start goes first anyway, its auction unbudgeted.
    boolean scarce = 4 * ExactAssignmentSolver.seats(p) < 3L * p.volunteers();
    long scans = AuctionAssignmentSolver.fineWork(p, AuctionAssignmentSolver.WARM_EPSILON);
    for (long auction : new long[] {0, scans / 2, scans - 1, scans}) {
      Assignment a = ExactAssignmentSolver.solve(p, work, quarterWork, auction);
      assertThat(a.isFeasibleFor(p)).isTrue();
      assertThat(a.totalScore()).isEqualTo(optimum);
      assertThat(a).isEqualTo(!scarce || auction >= scans ? quarter : searches);
    }
    // Its auction given up (at none or all but one of its candidates) and the coarse start too: no
    // fine start is tried again, so cost scaling; where seats are plentiful, the quarter point.
    for (long auction : new long[] {0, Math.max(0, scans - 1)}) {
      Assignment a = ExactAssignmentSolver.solve(p, -1, Long.MAX_VALUE, auction);
      assertThat(a).isEqualTo(scarce && auction < scans ? scaling : quarter);
    }
    // Its searches one unit short: then the coarse start (given up at once), then the fine start
    // at an eighth of a point only, then cost scaling.
    if (scarce && quarterWork > 0) {
      Assignment a = ExactAssignmentSolver.solve(p, -1, quarterWork - 1, scans);
      assertThat(a.isFeasibleFor(p)).isTrue();
      assertThat(a.totalScore()).isEqualTo(optimum);
      assertThat(a).isEqualTo(quarterWork - 1 >= eighthWork ? eighth : scaling);
    }
  }

  private static void costScalingEqualsBruteForce(AssignmentProblem p) {
    Assignment a = CostScalingAssignmentSolver.solve(p);
    assertThat(a.isFeasibleFor(p)).isTrue();
    assertThat(a.totalScore()).isEqualTo(bruteForce(p));
    long total = 0;
    for (int u = 0; u < p.volunteers(); u++) {
      total += a.shiftOf(u) >= 0 ? p.score(u, a.shiftOf(u)) : 0;
    }
    assertThat(a.totalScore()).isEqualTo(total);
    assertThat(CostScalingAssignmentSolver.solve(p)).isEqualTo(a);
  }

  @Test
  void greedy_is_feasible_and_within_half_of_the_optimum() {
    qt().withExamples(2000)
        .forAll(problems())
        .checkAssert(
            p -> {
              Assignment a = greedy.solve(p);
              assertThat(a.isFeasibleFor(p)).isTrue();
              assertThat(2 * a.totalScore()).isGreaterThanOrEqualTo(bruteForce(p));
            });
  }

  @Test
  void stable_mode_has_no_blocking_pair() {
    qt().withExamples(2000)
        .forAll(problems())
        .checkAssert(
            p -> {
              Assignment a = stable.solve(p);
              assertThat(a.isFeasibleFor(p)).isTrue();
              int[] load = new int[p.shifts()];
              int[] worst = new int[p.shifts()];
              int[] worstVolunteer = new int[p.shifts()];
              java.util.Arrays.fill(worst, Integer.MAX_VALUE);
              for (int u = 0; u < p.volunteers(); u++) {
                int s = a.shiftOf(u);
                if (s >= 0) {
                  load[s]++;
                  int sc = p.score(u, s);
                  if (sc < worst[s] || (sc == worst[s] && u > worstVolunteer[s])) {
                    worst[s] = sc;
                    worstVolunteer[s] = u;
                  }
                }
              }
              for (int u = 0; u < p.volunteers(); u++) {
                int mine = a.shiftOf(u) >= 0 ? p.score(u, a.shiftOf(u)) : 0;
                for (int i = p.firstCandidate(u); i < p.firstCandidate(u + 1); i++) {
                  int s = p.shiftAt(i);
                  int sc = p.scoreAt(i);
                  boolean volunteerPrefers =
                      sc > mine || (sc == mine && a.shiftOf(u) >= 0 && s < a.shiftOf(u));
                  if (!volunteerPrefers || s == a.shiftOf(u) || p.capacity(s) == 0) {
                    continue;
                  }
                  boolean shiftPrefers =
                      load[s] < p.capacity(s)
                          || sc > worst[s]
                          || (sc == worst[s] && u < worstVolunteer[s]);
                  assertThat(shiftPrefers).as("volunteer %d and shift %d block", u, s).isFalse();
                }
              }
            });
  }

  @Test
  void the_same_input_gives_the_same_output() {
    qt().withExamples(300)
        .forAll(problems())
        .checkAssert(
            p -> {
              assertThat(exact.solve(p)).isEqualTo(exact.solve(p));
              assertThat(greedy.solve(p)).isEqualTo(greedy.solve(p));
              assertThat(stable.solve(p)).isEqualTo(stable.solve(p));
            });
  }

  @Test
  void a_larger_instance_is_solved_exactly_and_beats_greedy() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    int v = 2000;
    int s = 200;
    int[] cap = new int[s];
    java.util.Arrays.fill(cap, 5);
    List<int[]> pairs = new ArrayList<>();
    for (int u = 0; u < v; u++) {
      java.util.Set<Integer> chosen = new java.util.HashSet<>();
      while (chosen.size() < 20) {
        chosen.add((int) Math.min(s - 1, Math.floor(Math.pow(r.nextDouble(), 2) * s)));
      }
      for (int j : chosen) {
        pairs.add(new int[] {u, j, 1 + r.nextInt(1000)});
      }
    }
    AssignmentProblem p = Triples.problem(v, cap, pairs);
    Assignment e = exact.solve(p);
    Assignment g = greedy.solve(p);
    assertThat(e.isFeasibleFor(p)).isTrue();
    assertThat(e.assigned()).isEqualTo(1000);
    assertThat(e.totalScore()).isGreaterThanOrEqualTo(g.totalScore());
  }

  @Test
  void an_incremental_re_solve_stays_optimal_as_volunteers_arrive() {
    qt().withExamples(1500)
        .forAll(problems(), integers().between(0, 7))
        .checkAssert(
            (p, keep) -> {
              int first = Math.min(keep, p.volunteers());
              // Start with the first volunteers only, then add the rest one by one.
              List<int[]> head = new ArrayList<>();
              for (int u = 0; u < first; u++) {
                for (int i = p.firstCandidate(u); i < p.firstCandidate(u + 1); i++) {
                  head.add(new int[] {u, p.shiftAt(i), p.scoreAt(i)});
                }
              }
              int[] capacity = new int[p.shifts()];
              for (int j = 0; j < p.shifts(); j++) {
                capacity[j] = p.capacity(j);
              }
              AssignmentProblem initial = Triples.problem(first, capacity, head);
              org.tatawwu.matching.IncrementalAssignment session =
                  Tatawwu.incrementalAssignment(initial);
              for (int u = first; u < p.volunteers(); u++) {
                int n = p.firstCandidate(u + 1) - p.firstCandidate(u);
                int[] shifts = new int[n];
                int[] scores = new int[n];
                for (int i = 0; i < n; i++) {
                  shifts[i] = p.shiftAt(p.firstCandidate(u) + i);
                  scores[i] = p.scoreAt(p.firstCandidate(u) + i);
                }
                assertThat(session.addVolunteer(shifts, scores)).isEqualTo(u);
              }
              Assignment a = session.current();
              assertThat(a.isFeasibleFor(p)).isTrue();
              assertThat(a.totalScore()).isEqualTo(bruteForce(p));
            });
  }
}
