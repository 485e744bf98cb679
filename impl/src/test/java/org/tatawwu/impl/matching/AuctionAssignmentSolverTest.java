package org.tatawwu.impl.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;

/**
 * The fast mode against brute force and the exact mode: feasible, never above the optimum, and at
 * least 99.9% of it (compared in integers: 1000 × fast ≥ 999 × optimum).
 */
class AuctionAssignmentSolverTest {
  @Test
  void the_fast_mode_is_feasible_and_never_above_the_optimum() {
    qt().withExamples(3000)
        .forAll(AssignmentSolversPropertiesTest.problems())
        .checkAssert(
            p -> {
              long optimum = AssignmentSolversPropertiesTest.bruteForce(p);
              // scores 1..13 on at most 7 volunteers: the optimum is below 1,000, so 0.1% of it is
              // less than one point and the fast mode must reach it
              assertWithinAThousandth(p, optimum);
              assertThat(new AuctionAssignmentSolver().solve(p).totalScore()).isEqualTo(optimum);
            });
  }

  /**
   * Lists of 0 to 80 candidates with many equal scores, every bucket width: ordering by bucket
   * keeps every pair, leaves no candidate scoring at or above the ceiling of an earlier one's
   * bucket, and a read that stops at the first ceiling no more than the second-best value plus one,
   * at any prices of at least 0, finds the best and second-best values of a full read.
   */
  @Test
  void lists_ordered_by_bucket_let_a_read_stop_early_and_find_what_a_full_read_finds() {
    qt().withExamples(3000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              int d = r.nextInt(81);
              int shifts = d + r.nextInt(20);
              int[] pick = new int[shifts];
              for (int j = 0; j < shifts; j++) {
                pick[j] = j;
              }
              int pad = r.nextInt(3) * 2; // the list may start anywhere in the array
              int[] pairs = new int[pad + 2 * d];
              int top = 1 + r.nextInt(1 + r.nextInt(1000));
              for (int k = 0; k < d; k++) {
                int at = k + r.nextInt(shifts - k);
                int j = pick[at];
                pick[at] = pick[k];
                pick[k] = j;
                pairs[pad + 2 * k] = j;
                pairs[pad + 2 * k + 1] = 1000 * (1 + r.nextInt(top));
              }
              int shift =
                  AuctionAssignmentSolver.bucketShift(AuctionAssignmentSolver.largestScore(pairs));
              int[] before = pairs.clone();
              AuctionAssignmentSolver.orderByBucket(pairs, pad, pad + 2 * d, shift, new int[0]);
              assertThat(keys(pairs, pad, d)).isEqualTo(keys(before, pad, d));
              for (int i = pad; i < pad + 2 * d; i += 2) {
                long ceiling = AuctionAssignmentSolver.ceiling(pairs[i + 1], shift);
                assertThat((long) pairs[i + 1]).isLessThan(ceiling);
                for (int k = i + 2; k < pad + 2 * d; k += 2) {
                  assertThat((long) pairs[k + 1]).isLessThan(ceiling);
                }
              }
              long[] price = new long[shifts];
              for (int j = 0; j < shifts; j++) {
                price[j] = r.nextInt(4) == 0 ? 0 : 1000L * r.nextInt(top + 1);
              }
              long first = Long.MIN_VALUE;
              long second = 0;
              for (int i = pad; i < pad + 2 * d; i += 2) {
                long value = pairs[i + 1] - price[pairs[i]];
                second = Math.max(second, Math.min(first, value));
                first = Math.max(first, value);
              }
              long stopFirst = Long.MIN_VALUE;
              long stopSecond = 0;
              for (int i = pad; i < pad + 2 * d; i += 2) {
                if (AuctionAssignmentSolver.ceiling(pairs[i + 1], shift) <= stopSecond + 1) {
                  break;
                }
                long value = pairs[i + 1] - price[pairs[i]];
                stopSecond = Math.max(stopSecond, Math.min(stopFirst, value));
                stopFirst = Math.max(stopFirst, value);
              }
              assertThat(stopSecond).isEqualTo(second);
              assertThat(stopFirst).isEqualTo(first);
            });
  }

  /** The list's pairs as sorted (shift, score) keys. */
  private static long[] keys(int[] pairs, int from, int d) {
    long[] k = new long[d];
    for (int i = 0; i < d; i++) {
      k[i] = ((long) pairs[from + 2 * i] << 32) | pairs[from + 2 * i + 1];
    }
    Arrays.sort(k);
    return k;
  }

  @Test
  void the_fast_mode_reaches_999_thousandths_of_brute_force_on_steep_popularity_and_spare_seats() {
    qt().withExamples(4000)
        .forAll(AssignmentSolversPropertiesTest.shapes())
        .checkAssert(
            p -> assertWithinAThousandth(p, AssignmentSolversPropertiesTest.bruteForce(p)));
  }

  @Test
  void the_fast_mode_reaches_999_thousandths_of_brute_force_when_seats_are_scarce() {
    qt().withExamples(3000)
        .forAll(AssignmentSolversPropertiesTest.scarce())
        .checkAssert(
            p -> assertWithinAThousandth(p, AssignmentSolversPropertiesTest.bruteForce(p)));
  }

  /**
   * 150–400 volunteers, 0.2 to 5 seats per volunteer, flat or steep (Zipf 1.5) popularity, up to 40
   * candidates each with scores 1..1000: the exact mode's total is the optimum (the exact mode is
   * checked against brute force and OR-Tools elsewhere).
   */
  @Test
  void the_fast_mode_reaches_999_thousandths_of_the_exact_optimum_on_medium_instances() {
    qt().withExamples(80)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              AssignmentProblem p =
                  AssignmentSolversPropertiesTest.medium(new SplittableRandom(seed));
              assertWithinAThousandth(p, new ExactAssignmentSolver().solve(p).totalScore());
            });
  }

  /**
   * The exact mode's fine auction with ε-scaling forced early (after no bid from zero prices, or
   * after a random share of those bids, from whose prices ε-scaling goes on), on medium instances
   * at ε of an eighth of a point to a point: every seat at a positive price is held, each shift's
   * seats stay a heap by price, no holder pays more than its score, and no volunteer would gain
   * more than ε at another shift's cheapest seat than where it is (or out): ε-complementary
   * slackness, at {@link AuctionAssignmentSolver#COARSER} times ε where multi-seat shifts switch to
   * it. Over the examples the fine phase left seats free at a positive price, so the reverse bids
   * ran, and multi-seat shifts switched.
   */
  @Test
  void the_fine_auction_after_its_switch_keeps_slackness_and_leaves_no_priced_seat_free() {
    int[] reverseBids = new int[1];
    int[] coarserRuns = new int[1];
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              AssignmentProblem p = AssignmentSolversPropertiesTest.medium(r);
              long epsilon = 125L << r.nextInt(4); // an eighth of a point to a point
              long fromZero = r.nextBoolean() ? 0 : r.nextLong(p.pairs() + 1L);
              AuctionAssignmentSolver.Certified c = new AuctionAssignmentSolver.Certified(p);
              c.fine(epsilon, Long.MAX_VALUE, fromZero, Long.MAX_VALUE);
              reverseBids[0] += c.reverseBids;
              assertThat(c.size).isZero();
              for (int j = 0; j < p.shifts(); j++) {
                int base = c.slotStart[j];
                int seats = c.slotStart[j + 1] - base;
                for (int k = 0; k < seats; k++) {
                  long price = c.price[base + k];
                  int holder = c.holder[base + k];
                  assertThat(price == 0 || holder >= 0).as("seat %d of shift %d", k, j).isTrue();
                  if (k > 0) {
                    assertThat(price).isGreaterThanOrEqualTo(c.price[base + (k - 1) / 2]);
                  }
                  if (holder >= 0) {
                    assertThat(c.shiftOf[holder]).isEqualTo(j);
                    assertThat(1000L * p.score(holder, j)).isGreaterThanOrEqualTo(price);
                  }
                }
              }
              // ε-complementary slackness, at the coarser ε where multi-seat shifts switched to it
              long open = 0;
              long top = 0;
              for (int j = 0; j < p.shifts(); j++) {
                open += c.slotStart[j] < c.slotStart[j + 1] ? 1 : 0;
              }
              for (int i = 0; i < p.pairs(); i++) {
                top = Math.max(top, 1000L * p.scoreAt(i));
              }
              boolean coarser =
                  c.slotStart[p.shifts()] >= 2 * open
                      && top / AuctionAssignmentSolver.Certified.FIRST_DIVISOR > epsilon;
              coarserRuns[0] += coarser ? 1 : 0;
              long slack = coarser ? AuctionAssignmentSolver.COARSER * epsilon : epsilon;
              for (int v = 0; v < p.volunteers(); v++) {
                int own = c.shiftOf[v];
                long value = 0; // staying out
                if (own >= 0) {
                  long paid = -1;
                  for (int k = c.slotStart[own]; k < c.slotStart[own + 1]; k++) {
                    paid = c.holder[k] == v ? c.price[k] : paid;
                  }
                  value = 1000L * p.score(v, own) - paid;
                }
                for (int i = p.firstCandidate(v); i < p.firstCandidate(v + 1); i++) {
                  int j = p.shiftAt(i);
                  if (j != own && c.slotStart[j] < c.slotStart[j + 1]) {
                    assertThat(1000L * p.scoreAt(i) - c.price[c.slotStart[j]])
                        .as("volunteer %d's value at shift %d", v, j)
                        .isLessThanOrEqualTo(value + slack);
                  }
                }
              }
            });
    assertThat(reverseBids[0]).isPositive();
    assertThat(coarserRuns[0]).isPositive();
  }

  /**
   * The reverse bids have a budget of their own: given as many candidates as ε-scaling's phases or
   * its reverse bids scan without a budget, whichever is more, but less than both together, the
   * fine auction still makes every reverse bid and ends where it does without a budget (the same
   * seats, holders and prices: no seat dropped to price 0 for want of budget). Over the examples
   * the reverse bids ran.
   */
  @Test
  void the_reverse_bids_are_not_cut_short_by_what_the_phases_before_them_scanned() {
    int[] compared = new int[1];
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              AssignmentProblem p = AssignmentSolversPropertiesTest.medium(r);
              long epsilon = 125L << r.nextInt(4);
              AuctionAssignmentSolver.Certified whole = new AuctionAssignmentSolver.Certified(p);
              long all = whole.fine(epsilon, Long.MAX_VALUE, 0, Long.MAX_VALUE);
              long reverse = whole.reverseScanned;
              long fromZero = (long) p.firstCandidate(1) - p.firstCandidate(0); // volunteer 0 bids
              long phases = all - reverse - fromZero;
              if (reverse == 0 || phases <= 0) {
                return;
              }
              compared[0]++;
              AuctionAssignmentSolver.Certified limited = new AuctionAssignmentSolver.Certified(p);
              long scanned = limited.fine(epsilon, Long.MAX_VALUE, 0, Math.max(phases, reverse));
              assertThat(scanned).isEqualTo(all);
              assertThat(limited.reverseBids).isEqualTo(whole.reverseBids);
              assertThat(limited.holder).containsExactly(whole.holder);
              assertThat(limited.price).containsExactly(whole.price);
            });
    assertThat(compared[0]).isPositive();
  }

  /**
   * A phase paused with any number of volunteers waiting, after any number of candidates scanned,
   * and then resumed makes the same bids in the same order as one run through: the same seats,
   * holders and prices.
   */
  @Test
  void a_paused_phase_resumed_ends_where_an_unpaused_one_does() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              AssignmentProblem p = AssignmentSolversPropertiesTest.medium(r);
              long epsilon = 1 + r.nextLong(100_000);
              AuctionAssignmentSolver.Certified whole = new AuctionAssignmentSolver.Certified(p);
              whole.restart();
              whole.run(epsilon, Long.MAX_VALUE);
              AuctionAssignmentSolver.Certified paused = new AuctionAssignmentSolver.Certified(p);
              paused.restart();
              int pause = 1 + r.nextInt(p.volunteers());
              long after = r.nextInt(4) == 0 ? 0 : r.nextLong(2L * p.pairs() + 1);
              paused.run(epsilon, Long.MAX_VALUE, pause, after);
              if (after == 0) {
                // the queue shrinks by at most one per bid, so it stops at the pause, not empty
                assertThat(paused.size).isPositive().isLessThanOrEqualTo(pause);
              }
              paused.run(epsilon, Long.MAX_VALUE);
              assertThat(paused.shiftOf).containsExactly(whole.shiftOf);
              assertThat(paused.holder).containsExactly(whole.holder);
              assertThat(paused.price).containsExactly(whole.price);
              assertThat(paused.size).isZero();
            });
  }

  /**
   * Near-perfect single-seat matchings of 9,000 volunteers (20 candidates each): their first phase
   * is checked while 3 volunteers still wait to bid, and the result is within 0.1% of the exact
   * optimum whether that check passed or the phase resumed.
   */
  @Test
  void a_phase_checked_while_paused_still_reaches_999_thousandths_of_the_optimum() {
    for (long seed = 1; seed <= 3; seed++) {
      AssignmentProblem p = DualDescentTest.nearPerfect(9_000, new SplittableRandom(seed));
      AuctionAssignmentSolver.Certified c = new AuctionAssignmentSolver.Certified(p);
      Assignment a = java.util.Objects.requireNonNull(c.solve());
      assertThat(c.pausedChecks).isPositive();
      assertThat(a.isFeasibleFor(p)).isTrue();
      long optimum = new ExactAssignmentSolver().solve(p).totalScore();
      assertThat(a.totalScore()).isLessThanOrEqualTo(optimum);
      assertThat(1000 * a.totalScore()).isGreaterThanOrEqualTo(999 * optimum);
    }
  }

  /**
   * A check while paused that fails: 2,970 volunteers have a shift each (score 1), and 30 more all
   * name the same 29 shifts (score 1,000,000) and one backup (500,000). The phase pauses with the
   * last of the 30 still waiting, which leaves out half a million points (1.7% of the optimum), so
   * the check fails; the phase resumes, places it on the backup and reaches the optimum.
   */
  @Test
  void a_phase_whose_check_fails_while_paused_resumes_and_reaches_the_optimum() {
    int own = 2_970;
    int contenders = 30;
    int shifts = own + 30;
    java.util.List<int[]> pairs = new java.util.ArrayList<>();
    for (int v = 0; v < own; v++) {
      pairs.add(new int[] {v, v, 1});
    }
    for (int v = own; v < own + contenders; v++) {
      for (int j = own; j < own + 29; j++) {
        pairs.add(new int[] {v, j, 1_000_000});
      }
      pairs.add(new int[] {v, own + 29, 500_000});
    }
    int[] capacity = new int[shifts];
    java.util.Arrays.fill(capacity, 1);
    AssignmentProblem p = Triples.problem(own + contenders, capacity, pairs);
    long optimum = own + 29 * 1_000_000L + 500_000;
    assertThat(new ExactAssignmentSolver().solve(p).totalScore()).isEqualTo(optimum);
    AuctionAssignmentSolver.Certified c = new AuctionAssignmentSolver.Certified(p);
    Assignment a = java.util.Objects.requireNonNull(c.solve());
    assertThat(c.pausedChecks).isPositive();
    assertThat(c.size).isZero(); // resumed to the end
    assertThat(a.isFeasibleFor(p)).isTrue();
    assertThat(1000 * a.totalScore()).isGreaterThanOrEqualTo(999 * optimum);
    assertWithinAThousandth(p, optimum);
  }

  private static void assertWithinAThousandth(AssignmentProblem p, long optimum) {
    Assignment a = new AuctionAssignmentSolver().solve(p);
    assertThat(a.isFeasibleFor(p)).isTrue();
    long total = 0;
    for (int v = 0; v < p.volunteers(); v++) {
      int s = a.shiftOf(v);
      total += s >= 0 ? p.score(v, s) : 0;
    }
    assertThat(a.totalScore()).isEqualTo(total);
    assertThat(a.totalScore()).isLessThanOrEqualTo(optimum);
    assertThat(1000 * a.totalScore()).isGreaterThanOrEqualTo(999 * optimum);
  }
}
