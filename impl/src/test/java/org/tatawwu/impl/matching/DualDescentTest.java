package org.tatawwu.impl.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;

/**
 * The dual's coordinate descent: its bound is D(q) at the prices it returns (recomputed here from
 * the definition), never above where it started, never below the optimum (brute force or the exact
 * mode); and the FAST mode certifies with it.
 */
class DualDescentTest {
  private static final long SCALE = 1000;

  @Test
  void the_bound_is_d_of_its_prices_never_rises_and_never_falls_below_brute_force() {
    qt().withExamples(4000)
        .forAll(small(), longs().all())
        .checkAssert(
            (p, seed) -> {
              long[] q = randomPrices(p, new SplittableRandom(seed));
              long start = bound(p, q);
              long d = descent(p).descend(q, 10, 0);
              assertThat(d).isEqualTo(bound(p, q));
              assertThat(d).isLessThanOrEqualTo(start);
              assertThat(d)
                  .isGreaterThanOrEqualTo(SCALE * AssignmentSolversPropertiesTest.bruteForce(p));
              for (long x : q) {
                assertThat(x).isNotNegative();
              }
            });
  }

  /**
   * A descent stopped at a target, mid-sweep where D reaches it there: what it returns is still
   * D(q) at the prices it leaves, never below the optimum, and a descent on from there goes no
   * higher.
   */
  @Test
  void a_descent_stopped_at_its_target_returns_d_of_the_prices_it_leaves() {
    qt().withExamples(4000)
        .forAll(small(), longs().all())
        .checkAssert(
            (p, seed) -> {
              SplittableRandom r = new SplittableRandom(seed);
              long[] q = randomPrices(p, r);
              long start = bound(p, q);
              long optimum = SCALE * AssignmentSolversPropertiesTest.bruteForce(p);
              long target = optimum + (long) (r.nextDouble() * (start - optimum));
              DualDescent descent = descent(p);
              long first = descent.bound(q);
              assertThat(first).isEqualTo(start);
              long d = descent.sweep(q, 10, target);
              assertThat(d).isEqualTo(bound(p, q)).isLessThanOrEqualTo(start);
              assertThat(d).isGreaterThanOrEqualTo(optimum);
              long[] on = q.clone();
              long further = descent.descend(on, 10, 0);
              assertThat(further).isEqualTo(bound(p, on)).isLessThanOrEqualTo(d);
            });
  }

  @Test
  void on_medium_instances_the_bound_stays_above_the_exact_optimum_and_descends() {
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              AssignmentProblem p = AssignmentSolversPropertiesTest.medium(r);
              long[] q = randomPrices(p, r);
              long start = bound(p, q);
              DualDescent descent = descent(p);
              long once = descent.descend(q, 1, 0);
              assertThat(once).isEqualTo(bound(p, q));
              long more = descent.descend(q, 6, 0);
              assertThat(more).isEqualTo(bound(p, q));
              assertThat(more).isLessThanOrEqualTo(once).isLessThanOrEqualTo(start);
              long optimum = new ExactAssignmentSolver().solve(p).totalScore();
              assertThat(more).isGreaterThanOrEqualTo(SCALE * optimum);
            });
  }

  /**
   * Near-perfect single-seat matchings (as many seats as volunteers, shifts wanted by popularity
   * 1/rank^0.5, 20 candidates each, scores 1..1000): the first phase's own bound falls short there,
   * and the descent certifies its result without a second phase.
   */
  @Test
  void the_fast_mode_certifies_near_perfect_matchings_with_the_descent_in_one_phase() {
    int certifiedByDescent = 0;
    for (long seed = 1; seed <= 6; seed++) {
      AssignmentProblem p = nearPerfect(2_000, new SplittableRandom(seed));
      AuctionAssignmentSolver.Certified c = new AuctionAssignmentSolver.Certified(p);
      Assignment a = java.util.Objects.requireNonNull(c.solve());
      assertThat(a.isFeasibleFor(p)).isTrue();
      long optimum = new ExactAssignmentSolver().solve(p).totalScore();
      assertThat(a.totalScore()).isLessThanOrEqualTo(optimum);
      assertThat(1000 * a.totalScore()).isGreaterThanOrEqualTo(999 * optimum);
      if (c.certifiedByDescent) {
        assertThat(c.phases).isEqualTo(1);
        certifiedByDescent++;
      }
    }
    assertThat(certifiedByDescent).isGreaterThanOrEqualTo(3);
  }

  /** Small problems of every kind, brute-forceable. */
  private static Gen<AssignmentProblem> small() {
    return AssignmentSolversPropertiesTest.problems()
        .mix(AssignmentSolversPropertiesTest.scarce())
        .mix(AssignmentSolversPropertiesTest.shapes());
  }

  private static DualDescent descent(AssignmentProblem p) {
    int[] pairs = AuctionAssignmentSolver.scaledPairs(p);
    int shift = AuctionAssignmentSolver.bucketShift(AuctionAssignmentSolver.largestScore(pairs));
    AuctionAssignmentSolver.orderLists(p, pairs, shift);
    return new DualDescent(p, AuctionAssignmentSolver.slotStarts(p), pairs, shift);
  }

  /**
   * D(q) from its definition, in scaled units, each shift's seats cut to its number of candidates
   * (seats no candidate can take change no solution).
   */
  static long bound(AssignmentProblem p, long[] q) {
    int[] named = new int[p.shifts()];
    for (int i = 0; i < p.pairs(); i++) {
      named[p.shiftAt(i)]++;
    }
    long d = 0;
    for (int j = 0; j < p.shifts(); j++) {
      d += Math.min(p.capacity(j), named[j]) * q[j];
    }
    for (int v = 0; v < p.volunteers(); v++) {
      long best = 0;
      for (int i = p.firstCandidate(v); i < p.firstCandidate(v + 1); i++) {
        if (Math.min(p.capacity(p.shiftAt(i)), named[p.shiftAt(i)]) > 0) {
          best = Math.max(best, SCALE * p.scoreAt(i) - q[p.shiftAt(i)]);
        }
      }
      d += best;
    }
    return d;
  }

  private static long[] randomPrices(AssignmentProblem p, SplittableRandom r) {
    long top = 1;
    for (int i = 0; i < p.pairs(); i++) {
      top = Math.max(top, SCALE * p.scoreAt(i));
    }
    long[] q = new long[p.shifts()];
    for (int j = 0; j < q.length; j++) {
      q[j] = r.nextInt(3) == 0 ? 0 : r.nextLong(top + 1);
    }
    return q;
  }

  static AssignmentProblem nearPerfect(int volunteers, SplittableRandom r) {
    int shifts = volunteers;
    double[] cumulative = new double[shifts];
    double sum = 0;
    for (int j = 0; j < shifts; j++) {
      sum += 1 / Math.sqrt(j + 1);
      cumulative[j] = sum;
    }
    List<int[]> pairs = new ArrayList<>();
    boolean[] taken = new boolean[shifts];
    for (int u = 0; u < volunteers; u++) {
      List<Integer> mine = new ArrayList<>();
      while (mine.size() < 20) {
        int j = java.util.Arrays.binarySearch(cumulative, r.nextDouble() * sum);
        j = j >= 0 ? j : Math.min(shifts - 1, -j - 1);
        if (!taken[j]) {
          taken[j] = true;
          mine.add(j);
        }
      }
      for (int j : mine) {
        taken[j] = false;
        pairs.add(new int[] {u, j, 1 + r.nextInt(1000)});
      }
    }
    int[] capacity = new int[shifts];
    java.util.Arrays.fill(capacity, 1);
    return Triples.problem(volunteers, capacity, pairs);
  }
}
