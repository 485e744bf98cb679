package org.tatawwu.impl.matching;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;

/**
 * The fast mode: forward auctions for similar objects (Bertsekas, "The auction algorithm: a
 * distributed relaxation method for the assignment problem", Annals of OR 14, 1988; Bertsekas &amp;
 * Castañon, "The auction algorithm for the transportation problem", 1989), each checked against a
 * dual bound, so the result is <b>provably at least 99.9% of the optimum</b>.
 *
 * <p>One phase: scores are scaled by 1,000 (so ε may be a fraction of a point); every price starts
 * at 0. A shift's seats hold the bids of their holders in a min-heap; the shift's price is its
 * lowest bid (0 while a seat is empty). An unplaced volunteer bids for the candidate shift of the
 * best value (score minus price), as much as leaves it the second-best value (another shift's, or 0
 * for staying unplaced) minus ε, capped at its score, and displaces the lowest bid's holder; a
 * volunteer with no positive value stays out. Prices only rise, so every holder keeps, at the end,
 * a value within ε of its best one, and the unplaced have no positive value: ε-complementary
 * slackness.
 *
 * <p>The bound. For any prices q_j ≥ 0 per shift, Σ_j seats_j · q_j + Σ_v max(0, max_j score_vj −
 * q_j) is at least the optimum (weak LP duality; the transportation polytope is integral). After
 * each phase the solver computes two such bounds in O(E): at the auction's prices, and at prices
 * lowered to what any volunteer not seated in the shift would pay without gaining. If the total is
 * at least 999/1000 of the smaller one, it is returned: within 0.1% of the optimum. Otherwise the
 * bound is tightened before any new phase is paid for: from the lowered prices, up to {@value
 * Certified#SWEEPS} sweeps of exact coordinate descent on the dual ({@link DualDescent}; about O(E)
 * each). An auction's prices leave most holders within ε of their best value, so its bound
 * overstates the gap: on near-perfect single-seat matchings of 100,000 volunteers a phase's primal
 * is within 0.04% of the optimum while its bound says 0.37%, and two or three sweeps bring the
 * bound under 0.1%. The bounds hold for any prices, so a long phase (its bids have scanned every
 * candidate list {@value Certified#PAUSE_AFTER} times on average) is checked before its last bids,
 * once at most 1/{@value Certified#PAUSE_DIVISOR} of the volunteers wait: those bids are most of a
 * near-perfect matching's auction, and each waiting volunteer lowers the total by about its own
 * score. Should that check fail, the phase finishes and is checked again. A finished phase that
 * fails is followed by the next, again from zero prices with a smaller ε (aimed from the measured
 * gap, at least halved, never below last = ⌊total / (1000 · m)⌋ for m = min(volunteers with a
 * candidate seat, seats)). A phase run with ε ≤ last is returned as it is: from zero prices,
 * ε-complementary slackness puts it within m · ε ≤ total / 1000 ≤ optimum / 1000 of the optimum.
 * Should last fall below one scaled unit (a total under one point per volunteer who could be
 * placed), the exact mode solves instead.
 *
 * <p>Each volunteer's candidates are first put in decreasing order of score bucket (at most {@value
 * #BUCKETS} buckets of equal width over the scores; a stable counting sort per list), so a bid, the
 * bound's pass and the descent's rescans read a list only down to the first bucket whose scores all
 * fall below the second-best value found: prices are at least 0, so no later candidate is worth
 * more. Once popular shifts' prices have risen, a bid reads a few candidates. Measured in the
 * benchmark grid's harness against unordered lists (same instances, CPU 1): on near-perfect
 * single-seat matchings of 100,000 volunteers with 20 candidates, 0.85 and 0.95 of the time at Zipf
 * 0 and 0.5, where volunteers are displaced again and again, but 1.08 and 1.31 times at Zipf 1 and
 * 1.5, whose short auctions pay for the ordering; with 100 candidates 0.78 to 0.82 (the exact
 * mode's warm start 0.62 to 0.65); with 5 candidates about the same.
 *
 * <p>Time: a bid costs O(d) for a volunteer's d candidates plus O(log c) for a shift of c seats;
 * each raises a seat's bid by at least one scaled unit and at least min(ε, the bidder's value), so
 * a phase is pseudo-polynomial in the worst case (V + seats × 1,000 × the highest score bids),
 * about V times a small factor in practice; each phase adds two O(E) passes for the bound, and a
 * phase not certified by them up to {@value Certified#SWEEPS} sweeps of the descent, stopped as
 * soon as the bound certifies (both twice for a long phase whose check while paused fails). ε
 * starts at 1/100 of the highest score (1/25 where seats are scarce in multi-seat shifts) and at
 * least halves, so there are at most about 26 phases for scores up to 1,000,000; on the benchmark
 * grid (10,000 volunteers) one or two. Ordering the lists: O(E + V · {@value #BUCKETS}), with 4
 * bytes per candidate of the longest list. Memory: 8 bytes per pair (shift and scaled score side by
 * side, so a bid reads one array), 12 per seat, 8 per volunteer and 16 per shift, plus the bound's
 * 16 per volunteer and 4 per shift, and the descent's 8 bytes per pair and 4 per shift once a phase
 * needs it. Deterministic: volunteers bid in index order (then in order of displacement), ties go
 * to the first candidate in the ordered list. Stateless and thread-safe.
 *
 * <p>Two entry points warm-start the exact mode: {@link #finePrices} runs this auction to a fine ε
 * (a quarter or an eighth of a point), from zero prices or, where that takes long, with ε-scaling
 * and reverse bids, and {@link #prices} the older single-phase auction at a coarse ε (the
 * next-cheapest seat of the bid-for shift also bounding the bid).
 */
public final class AuctionAssignmentSolver implements AssignmentSolver {
  /**
   * A coarser ε when the auction starts the exact solver (its order, prices and seats): its
   * mistakes are rerouted there, its time counts. Measured best of 2, 4, 8, 32, 128 on the
   * benchmark shapes; with the warm start, 8 against 32 and 128: 10k × 1k 47 vs 55 and 131 ms, 100k
   * × 5k 240 vs 415 and 1,424 ms.
   */
  private static final int ORDERING_EPSILON_DIVISOR = 8;

  /** Creates the solver. */
  public AuctionAssignmentSolver() {}

  @Override
  public Assignment solve(AssignmentProblem p) {
    Objects.requireNonNull(p, "problem");
    OneShift.require(p, "the FAST mode");
    Assignment a = new Certified(p).solve();
    return a != null ? a : new ExactAssignmentSolver().solve(p);
  }

  /**
   * Runs the auction with a coarse ε and returns each shift's price: its cheapest seat's (0 for a
   * shift with an empty seat or no seats). Every seat held is held by the volunteer in {@code
   * shiftOf}.
   *
   * @param p the problem
   * @param shiftOf receives the auction's shift of each volunteer, or -1
   * @return the prices by shift
   */
  static long[] prices(AssignmentProblem p, int[] shiftOf) {
    Run r = new Run(p);
    r.bidAll(ORDERING_EPSILON_DIVISOR);
    System.arraycopy(r.shiftOf, 0, shiftOf, 0, shiftOf.length);
    long[] out = new long[p.shifts()];
    for (int j = 0; j < out.length; j++) {
      out[j] = full(p, r.slotStart, r.holder, j) ? r.price[r.slotStart[j]] : 0;
    }
    return out;
  }

  /**
   * Runs FAST's auction to the given ε, for the exact mode's warm start, and returns each shift's
   * price in whole points: 0 unless every seat of the shift is held, else its cheapest seat's bid
   * rounded down. The auction ends in ε-complementary slackness (at a coarser ε where it took long
   * on multi-seat shifts) with no seat free at a positive price ({@link Certified#fine}); a bid
   * sets the price to the bidder's score minus its second-best value plus ε, so rounding down
   * leaves the last bidder exactly at its second-best value, and most seats in exact complementary
   * slackness at whole-point prices.
   *
   * <p>Where nearly equal scores contest scarce seats, bids number up to the scores over ε, so the
   * auction is given up (null) once the candidates its bids have scanned pass {@code budget}.
   *
   * @param p the problem
   * @param shiftOf receives the auction's shift of each volunteer, or -1
   * @param epsilon the last phase's ε in scaled units (a thousandth of a point), positive
   * @param budget the most candidates the bids may scan
   * @return the prices by shift, or null once the budget is spent
   */
  static long @Nullable [] finePrices(
      AssignmentProblem p, int[] shiftOf, long epsilon, long budget) {
    return finePrices(p, shiftOf, epsilon, budget, fromZero(p));
  }

  /**
   * {@link #finePrices(AssignmentProblem, int[], long, long)}, switching (ε-scaling or a coarser ε)
   * once the auction from zero prices has scanned more than {@code fromZero} candidates.
   */
  static long @Nullable [] finePrices(
      AssignmentProblem p, int[] shiftOf, long epsilon, long budget, long fromZero) {
    Certified c = new Certified(p);
    if (c.fine(epsilon, budget, fromZero, SCALING * elements(p)) > budget) {
      return null;
    }
    System.arraycopy(c.shiftOf, 0, shiftOf, 0, shiftOf.length);
    long[] out = new long[p.shifts()];
    for (int j = 0; j < out.length; j++) {
      out[j] = full(p, c.slotStart, c.holder, j) ? c.price[c.slotStart[j]] / Certified.SCALE : 0;
    }
    return out;
  }

  /** The candidates scanned by the bids of {@link #finePrices} at one ε, without a budget. */
  static long fineWork(AssignmentProblem p, long epsilon) {
    return new Certified(p).fine(epsilon, Long.MAX_VALUE, fromZero(p), SCALING * elements(p));
  }

  /**
   * The candidates {@link #finePrices}' auction scans from zero prices before it turns to ε-scaling
   * (or, on multi-seat shifts, to a coarser ε): {@value #FROM_ZERO} per element (candidate pair,
   * volunteer or shift).
   */
  static long fromZero(AssignmentProblem p) {
    return FROM_ZERO * elements(p);
  }

  private static long elements(AssignmentProblem p) {
    return (long) p.pairs() + p.volunteers() + p.shifts();
  }

  /**
   * See {@link #fromZero}. From zero prices at a quarter point, the auction scans at most about 25
   * candidates per element on most of the benchmark grid's cells where the fine start goes first,
   * but 60 to 140 on near-perfect single-seat matchings with 100 candidates and Zipf 1, where
   * popular shifts are contested. Measured against 16 and 32 (CPU 1, min of 2 or 3) on 80
   * single-seat cells of 10,000 volunteers, 200 multi-seat cells of up to 20 candidates and 9
   * single-seat cells of 100,000 volunteers with 100 candidates: 16 takes 0.96, 0.96 and 0.99 of
   * the time in geometric mean but up to 1.39 times on one cell, 32 takes 0.97, 1.00 and 1.12.
   */
  static final long FROM_ZERO = 24;

  /**
   * Where shifts have two or more seats on average and {@link Certified#fine}'s auction from zero
   * prices passes {@link #fromZero}, it goes on at this many times its ε (ε-scaling scanned more
   * there). Bids after the switch raise a price by at least the larger ε, so contested popular
   * shifts take fewer of them; the prices end in slackness at the larger ε, and the exact mode
   * reroutes the volunteers their rounding leaves out of it. Measured against 1 and 3 on 212 cells
   * of the benchmark grid with multi-seat shifts: near-perfect matchings of 10,000 volunteers with
   * 100 candidates, Zipf 1.5 and 5 seats per shift 0.66 to 0.90 of the time, the geometric mean
   * over the 200 cells of up to 20 candidates (and 10,000 volunteers with 100) 0.96, the slowest
   * cell 1.17 times, and on near-perfect matchings of 100,000 volunteers with 100 candidates 0.88
   * to 1.08.
   */
  static final long COARSER = 4;

  /**
   * The candidates ε-scaling's two phases may scan per element in {@link Certified#fine}, and its
   * reverse bids as many again: past it in the phases, the auction runs from zero prices after all;
   * past it in the reverse bids, every seat they leave free falls to price 0. Where popular shifts
   * are contested by many candidates, reverse bids can move the same volunteers again and again,
   * each bid scanning a popular shift's candidates; but every seat dropped to price 0 puts the
   * volunteers who wanted it out of slackness by up to their whole score, and the exact mode's
   * search for each then crosses most of the network. On two near-perfect single-seat matchings of
   * 100,000 volunteers with 100 candidates and Zipf 1 (the benchmark grid's) the phases scanned
   * 18.2 and 18.4 per element, the reverse bids 18.6 and 12.8.
   */
  static final long SCALING = 32;

  /**
   * The ε, in scaled units, of the auction phase that first warm-starts the exact mode (a quarter
   * point; the exact mode retries at half of it). Measured against 125, 500 and 999 on cells of the
   * benchmark grid (10,000 volunteers, every capacity and popularity): with 500 or 999, single-seat
   * shifts with 5 seats per volunteer leave many volunteers out of slackness (the warm-started
   * solve up to 130 ms against 12 ms); with 125, the auction of near-perfect matchings with 20
   * candidates takes 1.3 to 1.9 times as long.
   */
  static final long WARM_EPSILON = 250;

  /** One auction's working state. */
  private static final class Run {
    final AssignmentProblem p;
    final int volunteers;

    /**
     * Seats of shift j are heap positions slotStart[j] .. slotStart[j+1]-1, a min-heap by price.
     */
    final int[] slotStart;

    final long[] price;
    final int[] holder;
    final int[] shiftOf;
    final int[] queue;

    Run(AssignmentProblem p) {
      this.p = p;
      this.volunteers = p.volunteers();
      int shifts = p.shifts();
      slotStart = slotStarts(p);
      int seats = slotStart[shifts];
      price = new long[seats];
      holder = new int[seats];
      shiftOf = new int[volunteers];
      queue = new int[volunteers];
    }

    void bidAll(int divisor) {
      auction(Math.max(1, CostScalingAssignmentSolver.maxScore(p) / divisor));
    }

    /** Every volunteer starts unplaced and bids until all are placed or out. */
    void auction(long epsilon) {
      Arrays.fill(holder, -1);
      Arrays.fill(shiftOf, -1);
      int head = 0;
      int size = volunteers;
      for (int v = 0; v < volunteers; v++) {
        queue[v] = v;
      }
      while (size > 0) {
        int v = queue[head];
        head = head + 1 == volunteers ? 0 : head + 1;
        size--;
        int evicted = bid(v, epsilon);
        if (evicted >= 0) {
          int tail = head + size;
          queue[tail >= volunteers ? tail - volunteers : tail] = evicted;
          size++;
        }
      }
    }

    /**
     * Volunteer v bids; returns the displaced volunteer, or -1.
     *
     * @return the volunteer who lost the seat, or -1
     */
    int bid(int v, long epsilon) {
      long best = Long.MIN_VALUE;
      long second = 0; // staying unplaced is worth 0
      int bestShift = -1;
      long bestValue = 0;
      for (int i = p.firstCandidate(v), end = p.firstCandidate(v + 1); i < end; i++) {
        int j = p.shiftAt(i);
        int root = slotStart[j];
        if (root == slotStart[j + 1]) {
          continue;
        }
        long a = p.scoreAt(i);
        long value = a - price[root];
        if (value > best) {
          second = Math.max(second, best);
          best = value;
          bestShift = j;
          bestValue = a;
        } else if (value > second) {
          second = value;
        }
      }
      if (bestShift < 0 || best < 0) {
        return -1; // out: no seat is worth more than staying unplaced
      }
      int root = slotStart[bestShift];
      int seats = slotStart[bestShift + 1] - root;
      if (seats > 1) {
        long next = price[root + 1];
        if (seats > 2) {
          next = Math.min(next, price[root + 2]);
        }
        second = Math.max(second, bestValue - next);
      }
      int displaced = holder[root];
      // A price never exceeds the score of the volunteer who bid it; a held seat changes hands only
      // at a higher price.
      long raised = Math.min(price[root] + best - second + epsilon, bestValue);
      if (displaced >= 0) {
        if (raised <= price[root]) {
          return -1;
        }
        shiftOf[displaced] = -1;
      }
      price[root] = raised;
      holder[root] = v;
      shiftOf[v] = bestShift;
      siftDown(root, seats);
      return displaced;
    }

    void siftDown(int base, int seats) {
      AuctionAssignmentSolver.siftDown(price, holder, base, seats);
    }
  }

  /**
   * Where each shift's seats start in one array of all seats, and (last) their number. A shift gets
   * its capacity capped at its number of candidates: seats no candidate can take change no
   * solution, and "unlimited" capacities (say {@link Integer#MAX_VALUE}) then neither overflow the
   * total nor allocate a slot each. O(E) time, 4 bytes per shift.
   */
  static int[] slotStarts(AssignmentProblem p) {
    int shifts = p.shifts();
    int[] start = new int[shifts + 1];
    for (int i = 0, n = p.pairs(); i < n; i++) {
      start[p.shiftAt(i) + 1]++;
    }
    for (int j = 0; j < shifts; j++) {
      start[j + 1] = start[j] + Math.min(p.capacity(j), start[j + 1]);
    }
    return start;
  }

  /**
   * The problem's pairs interleaved for one read per candidate: pair i's shift at 2i and its score
   * times {@link Certified#SCALE} at 2i + 1 (scores are at most 1,000,000, so at most 10^9: an
   * int). O(E) time, 8 bytes per pair.
   */
  static int[] scaledPairs(AssignmentProblem p) {
    int n = p.pairs();
    int[] out = new int[2 * n];
    for (int i = 0; i < n; i++) {
      out[2 * i] = p.shiftAt(i);
      out[2 * i + 1] = (int) (Certified.SCALE * p.scoreAt(i));
    }
    return out;
  }

  /** The largest scaled score among interleaved pairs ({@link #scaledPairs}), or 0. O(E). */
  static int largestScore(int[] pairs) {
    int most = 0;
    for (int i = 1; i < pairs.length; i += 2) {
      most = Math.max(most, pairs[i]);
    }
    return most;
  }

  /**
   * The shift that puts scaled scores up to {@code most} into at most {@value #BUCKETS} buckets of
   * equal width (a power of two): the bit length of {@code most} less {@value #BUCKET_BITS}, at
   * least 0.
   */
  static int bucketShift(int most) {
    return Math.max(0, 32 - Integer.numberOfLeadingZeros(most) - BUCKET_BITS);
  }

  /**
   * Above every score in the bucket of scaled score {@code a} and the buckets below it: where a
   * list is in {@link #orderByBucket} order, no candidate from {@code a}'s on scores {@code
   * ceiling(a, k)} or more, so none is worth more than {@code ceiling(a, k) - 1} at prices of at
   * least 0.
   */
  static long ceiling(int a, int shift) {
    return ((long) (a >> shift) + 1) << shift;
  }

  /**
   * Puts one list of interleaved pairs ({@code from} to {@code end}) in decreasing order of score
   * bucket ({@code score >> shift}), keeping the list's own order within a bucket: a stable
   * counting sort, O(d + {@value #BUCKETS}).
   *
   * @param scratch room for the list and {@value #BUCKETS} + 1 counts, or too small (then a larger
   *     one is returned)
   * @return {@code scratch}, or the larger array
   */
  static int[] orderByBucket(int[] pairs, int from, int end, int shift, int[] scratch) {
    if (end - from <= 2) {
      return scratch;
    }
    int[] copy =
        scratch.length < end - from + BUCKETS + 1 ? new int[end - from + BUCKETS + 1] : scratch;
    int count = end - from; // the counts sit after the copy in the scratch array
    Arrays.fill(copy, count, count + BUCKETS + 1, 0);
    for (int i = from + 1; i < end; i += 2) {
      copy[slot(count, pairs[i], shift)]++;
    }
    for (int b = 0, at = from; b <= BUCKETS; b++) {
      int n = copy[count + b];
      copy[count + b] = at;
      at += 2 * n;
    }
    System.arraycopy(pairs, from, copy, 0, end - from);
    for (int i = 0; i < end - from; i += 2) {
      int slot = slot(count, copy[i + 1], shift);
      int at = copy[slot];
      copy[slot] = at + 2;
      pairs[at] = copy[i];
      pairs[at + 1] = copy[i + 1];
    }
    return copy;
  }

  /** Where score {@code a}'s bucket is counted, from {@code count}: the highest bucket first. */
  private static int slot(int count, int a, int shift) {
    return count + BUCKETS - (a >> shift);
  }

  /** Every volunteer's list in {@code pairs} put in {@link #orderByBucket} order. */
  static void orderLists(AssignmentProblem p, int[] pairs, int shift) {
    int[] scratch = new int[0];
    for (int v = 0, volunteers = p.volunteers(); v < volunteers; v++) {
      scratch =
          orderByBucket(
              pairs, 2 * p.firstCandidate(v), 2 * p.firstCandidate(v + 1), shift, scratch);
    }
  }

  /**
   * {@code 2^BUCKET_BITS} buckets span the scores: a read stops at most one bucket later than over
   * a whole sort (on 20 candidates with scores 1..1,000, a bucket holds one or two), while the
   * counting sort costs O(d + {@value #BUCKETS}) per list instead of an insertion sort's O(d²).
   */
  static final int BUCKET_BITS = 4;

  /**
   * The most score buckets: {@code 2^BUCKET_BITS} (a score of exactly {@code 2^bitLength - 1} lands
   * in the last one).
   */
  static final int BUCKETS = 1 << BUCKET_BITS;

  /**
   * Whether every seat of shift j is held: its capacity was not cut by {@link #slotStarts} and its
   * cheapest seat, the heap's root, is held (from zero prices a held seat's bid is positive and a
   * free seat's 0, so the root is held exactly when every seat is).
   */
  private static boolean full(AssignmentProblem p, int[] slotStart, int[] holder, int j) {
    int root = slotStart[j];
    int seats = slotStart[j + 1] - root;
    return seats > 0 && seats == p.capacity(j) && holder[root] >= 0;
  }

  /** Restores the heap of one shift's seats (by price, holders alongside) after its root rose. */
  static void siftDown(long[] price, int[] holder, int base, int seats) {
    siftDown(price, holder, base, seats, 0);
  }

  /** Restores the heap of one shift's seats below heap index i after the seat there rose. */
  static void siftDown(long[] price, int[] holder, int base, int seats, int i) {
    while (true) {
      int l = 2 * i + 1;
      if (l >= seats) {
        return;
      }
      int m = l + 1 < seats && price[base + l + 1] < price[base + l] ? l + 1 : l;
      if (price[base + m] >= price[base + i]) {
        return;
      }
      swap(price, holder, base + i, base + m);
      i = m;
    }
  }

  /** Restores the heap of one shift's seats after the seat at heap index i fell. */
  static void siftUp(long[] price, int[] holder, int base, int i) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (price[base + parent] <= price[base + i]) {
        return;
      }
      swap(price, holder, base + i, base + parent);
      i = parent;
    }
  }

  private static void swap(long[] price, int[] holder, int a, int b) {
    long tp = price[a];
    price[a] = price[b];
    price[b] = tp;
    int th = holder[a];
    holder[a] = holder[b];
    holder[b] = th;
  }

  /**
   * The FAST mode's auction on scores scaled by {@value #SCALE} (so ε may be a fraction of a
   * point), each phase from zero prices and checked against a dual bound. See the class comment.
   */
  static final class Certified {
    /** Scores are multiplied by this, so ε can be as small as a thousandth of a point. */
    static final long SCALE = 1000;

    /**
     * The first phase's ε: the highest score over this. Measured against 32 and 64 on the benchmark
     * grid's cells of one seat per volunteer (the slowest): 4, 9 and 7 cells of 36 over 1.5×
     * greedy's time.
     */
    static final long FIRST_DIVISOR = 100;

    /**
     * The first phase's divisor where seats are scarce (under 3/4 of the volunteers who could be
     * placed) in shifts of two or more seats on average. There the bound at the highest score over
     * {@value #FIRST_DIVISOR} comes out about ten times finer than needed (0.007% on 100,000
     * volunteers, 20 candidates, mixed capacities), and a coarser ε saves bids: on 24 scarce
     * multi-seat cells of 100,000 volunteers, 0.54 of greedy's time (geometric mean) against 0.80.
     * Single-seat scarce shifts are left at {@value #FIRST_DIVISOR}: their first phase fails at 25.
     */
    static final long FIRST_DIVISOR_SCARCE = 25;

    /**
     * A next phase's ε aims at this share of the gap allowed (10/11; 5/6 measured slower, the
     * phases' gap shrinking about in proportion to ε).
     */
    static final double AIM = 10.0 / 11;

    final AssignmentProblem p;
    final int volunteers;

    /** Seats of shift j are heap positions slotStart[j] .. slotStart[j+1]-1, a min-heap by bid. */
    final int[] slotStart;

    final long[] price;
    final int[] holder;
    final int[] shiftOf;
    final int[] queue;

    /**
     * Pair i's shift at 2i and its scaled score (at most 10^9) at 2i + 1, read together by bids.
     */
    final int[] pairs;

    /** A shift's lowered price in the dual bound's second try. */
    final long[] level;

    /** Each shift's price (its cheapest seat's bid), or {@link #NO_SEATS} for a shift without. */
    final int[] shiftPrice;

    /**
     * A long phase is paused, and checked, once at most 1/{@value} of the volunteers wait to bid.
     * Where seats are about as many as the volunteers, an auction's last bids are most of its work:
     * on a near-perfect single-seat matching of 100,000 volunteers with 20 candidates each, 13 bids
     * per volunteer in all, 8.5 until 33 wait. Each waiting volunteer costs about its own score, so
     * the check passes there still (the primal 0.053% from the optimum against 0.037% when
     * complete); where it fails, the phase resumes and is checked again.
     */
    static final int PAUSE_DIVISOR = 3000;

    /**
     * A phase is long, and may pause, once its bids have scanned every candidate list this many
     * times on average. Shorter phases have short tails (on the grid's 5-candidate cells of 100,000
     * volunteers, 3 to 4 bids per volunteer in all, 3.6 until 33 wait), where a check while paused
     * saves little and, failing the auction's own bound by the waiting volunteers' scores, costs a
     * descent.
     */
    static final long PAUSE_AFTER = 4;

    /**
     * How far ahead in the queue {@link #touch} reads a volunteer's list: the bidder after the
     * next. Measured against 1 and 3 on 100,000 volunteers with 20 and 100 candidates: the
     * auction's time 10-20% below no touch with 2, less with 1 or 3.
     */
    static final int AHEAD = 2;

    /** The ints of a list {@link #touch} reads: two cache lines; the processor streams the rest. */
    static final int TOUCHED = 32;

    /** The sum of what {@link #touch} read, kept so that the reads are not optimised away. */
    int touched;

    /**
     * Each volunteer's list in {@link #pairs} is in decreasing order of score bucket ({@link
     * #orderByBucket} with this shift), so a read for the best and second-best values stops at the
     * first candidate whose bucket's {@link #ceiling} is no more than the second-best value found
     * plus one: no candidate after it scores more, and prices are at least 0.
     */
    final int bucketShift;

    /** The largest scaled score of any pair. */
    final int largestScore;

    /** A shift without seats: so high a price that no value there is positive. */
    static final int NO_SEATS = Integer.MAX_VALUE;

    /**
     * The most sweeps of {@link DualDescent} after a phase whose own bound falls short. Each is
     * about O(E); the first gains most, and later ones about half the previous gain or less.
     */
    static final int SWEEPS = 4;

    /** The dual's coordinate descent, built on the first phase that needs it. */
    @Nullable DualDescent descent;

    /** Phases run by {@link #solve()} (read by tests). */
    int phases;

    /** Whether {@link #solve()}'s result was certified by the descent's bound (read by tests). */
    boolean certifiedByDescent;

    /** Phases {@link #solve()} checked while paused (read by tests). */
    int pausedChecks;

    /** Reverse bids made by {@link #reverse} (read by tests). */
    int reverseBids;

    /** Candidates scanned by {@link #reverse}'s bids (read by tests). */
    long reverseScanned;

    int head;
    int size;

    Certified(AssignmentProblem p) {
      this.p = p;
      this.volunteers = p.volunteers();
      int shifts = p.shifts();
      slotStart = slotStarts(p);
      int seats = slotStart[shifts];
      price = new long[seats];
      holder = new int[seats];
      shiftOf = new int[volunteers];
      queue = new int[Math.max(1, volunteers)];
      level = new long[shifts];
      shiftPrice = new int[shifts];
      pairs = scaledPairs(p);
      largestScore = largestScore(pairs);
      bucketShift = bucketShift(largestScore);
      orderLists(p, pairs, bucketShift);
    }

    /**
     * The assignment, within 0.1% of the optimum, or null when that cannot be shown with ε of at
     * least one scaled point (then the caller solves exactly).
     */
    @Nullable Assignment solve() {
      int maxScore = 0;
      long willing = 0; // volunteers with a candidate shift that has seats
      for (int v = 0; v < volunteers; v++) {
        boolean any = false;
        for (int i = p.firstCandidate(v), end = p.firstCandidate(v + 1); i < end; i++) {
          if (slotStart[p.shiftAt(i)] < slotStart[p.shiftAt(i) + 1]) {
            maxScore = Math.max(maxScore, p.scoreAt(i));
            any = true;
          }
        }
        willing += any ? 1 : 0;
      }
      long most = Math.min(willing, (long) slotStart[p.shifts()]);
      restart();
      if (most == 0) {
        return new Assignment(shiftOf, 0);
      }
      long seats = slotStart[p.shifts()];
      long open = openShifts();
      boolean scarce = 4 * seats < 3 * willing && seats >= 2 * open;
      long epsilon =
          Math.max(1, SCALE * maxScore / (scarce ? FIRST_DIVISOR_SCARCE : FIRST_DIVISOR));
      while (true) {
        run(epsilon, Long.MAX_VALUE, volunteers / PAUSE_DIVISOR, PAUSE_AFTER * p.pairs());
        phases++;
        long primal;
        long dual;
        while (true) {
          pausedChecks += size > 0 ? 1 : 0;
          primal = 0;
          for (int v = 0; v < volunteers; v++) {
            primal += shiftOf[v] >= 0 ? SCALE * p.score(v, shiftOf[v]) : 0;
          }
          dual = dual();
          if (dual - primal <= dual / 1000) {
            return new Assignment(shiftOf, primal / SCALE); // primal ≥ 99.9% of dual ≥ optimum
          }
          dual = Math.min(dual, tightened(primal + primal / 999));
          if (dual - primal <= dual / 1000) {
            certifiedByDescent = true;
            return new Assignment(shiftOf, primal / SCALE);
          }
          if (size == 0) {
            break;
          }
          run(epsilon, Long.MAX_VALUE); // paused: finish the phase and check again
        }
        long last = primal / (1000 * most);
        if (last < 1) {
          return null;
        }
        if (epsilon <= last) {
          // ε-complementary slackness from zero prices: optimum − primal ≤ most · ε ≤ primal / 1000
          return new Assignment(shiftOf, primal / SCALE);
        }
        // The gap shrinks roughly in proportion to ε: aim at AIM of the allowed gap (dual / 1000),
        // at least halving ε, never below last.
        long aim = (long) (epsilon * AIM * (dual / 1000.0) / (dual - primal));
        epsilon = Math.max(last, Math.min(epsilon / 2, aim));
        restart();
      }
    }

    /**
     * An upper bound on the scaled optimum from the auction's prices: the smaller of two feasible
     * duals (each shift's seats at one price q_j ≥ 0, each volunteer at max(0, max_j score − q_j)).
     * The first takes q_j = the shift's cheapest seat; the second lowers each q_j to the most any
     * volunteer not seated there would pay without gaining, which takes the ε its holders keep.
     */
    long dual() {
      int shifts = p.shifts();
      int[] c = pairs;
      long first = 0;
      for (int j = 0; j < shifts; j++) {
        level[j] = 0;
        if (slotStart[j] < slotStart[j + 1]) {
          first += (long) (slotStart[j + 1] - slotStart[j]) * shiftPrice[j];
        }
      }
      for (int v = 0; v < volunteers; v++) {
        int from = 2 * p.firstCandidate(v);
        int end = 2 * p.firstCandidate(v + 1);
        long b = 0;
        for (int i = from; i < end; i += 2) {
          if (ceiling(c[i + 1], bucketShift) <= b + 1) {
            break; // no candidate from here on is worth more than b
          }
          b = Math.max(b, c[i + 1] - (long) shiftPrice[c[i]]); // negative for a shift without seats
        }
        first += b;
        int own = shiftOf[v];
        for (int i = from; i < end; i += 2) { // the list is in cache now
          int j = c[i];
          if (j != own) {
            level[j] = Math.max(level[j], c[i + 1] - b);
          }
        }
      }
      for (int j = 0; j < shifts; j++) {
        level[j] = Math.min(level[j], shiftPrice[j]);
      }
      return Math.min(first, descent().bound(level)); // NO_SEATS where a shift has no seats
    }

    /** The dual's coordinate descent, built on first use. */
    private DualDescent descent() {
      DualDescent d = descent;
      if (d == null) {
        d = new DualDescent(p, slotStart, pairs, bucketShift);
        descent = d;
      }
      return d;
    }

    /**
     * The dual bound after {@link DualDescent} from the prices {@link #dual()} lowered last,
     * stopped at {@code target} or when it stalls.
     */
    long tightened(long target) {
      // level holds dual()'s lowered prices, and the descent their bound
      return descent().sweep(level, SWEEPS, target);
    }

    /**
     * The auction to ε: from zero prices at ε, and should its bids scan more than {@code fromZero}
     * candidates, on at {@value AuctionAssignmentSolver#COARSER} times ε where shifts have two or
     * more seats on average, and where they have fewer, with ε-scaling instead (Bertsekas 1988).
     * With more seats per shift it scanned more than the auction from zero prices on the benchmark
     * grid (a bid there weighs other shifts, not the shift's next seat). ε-scaling ({@link
     * #scaled}): the auction goes on from the prices it reached at the first phase's ε of {@link
     * #solve()} (the highest score over {@value #FIRST_DIVISOR}), then every volunteer is unseated
     * for a phase at ε, then {@link #reverse} bids. From zero prices at a fine ε, where popular
     * shifts are contested, each bid raises a price by little and the bids number about the prices
     * reached over ε; from the coarse phase's prices the fine phase mostly settles who holds what.
     * It can leave a seat free at a positive price (the volunteers the coarse phase placed there
     * found a better value by at most that phase's ε), which the forward auction never lowers; the
     * reverse bids do. Should ε-scaling's phases pass {@code scaling} candidates scanned, the
     * auction runs from zero prices after all; should the reverse bids pass {@code scaling} of
     * their own, the seats they leave free fall to price 0. It ends with every seat at a positive
     * price held, in ε-complementary slackness (at the ε it ended with) unless the reverse bids
     * were cut short.
     *
     * @param epsilon the last phase's ε in scaled units, positive
     * @param budget the most candidates the bids may scan, in all
     * @param fromZero the candidates scanned from zero prices at ε before the switch
     * @param scaling the candidates ε-scaling may scan
     * @return the candidates scanned (more than {@code budget} once the budget is spent)
     */
    long fine(long epsilon, long budget, long fromZero, long scaling) {
      restart();
      long first = largestScore / FIRST_DIVISOR;
      long scanned = run(epsilon, Math.min(budget, fromZero));
      if (size == 0 || scanned > budget) {
        return scanned;
      }
      if (first <= epsilon) {
        return scanned + run(epsilon, budget - scanned); // resumed
      }
      if (slotStart[shiftPrice.length] >= 2L * openShifts()) {
        // resumed at a coarser ε: ε-complementary slackness at it holds for every seat already
        return scanned + run(COARSER * epsilon, budget - scanned);
      }
      scanned += scaled(first, epsilon, budget - scanned, scaling);
      if (size == 0 || scanned > budget) {
        return scanned;
      }
      restart();
      return scanned + run(epsilon, budget - scanned);
    }

    /**
     * ε-scaling from the prices the auction at ε has reached: a phase at {@code first} (the
     * volunteers seated keep their seats: slackness at ε holds at the larger ε), every volunteer
     * unseated, a phase at ε, then {@link #reverse} bids. The two phases may scan {@code scaling}
     * candidates together, the reverse bids {@code scaling} more, all within {@code budget}; a
     * phase that passes its share is given up with volunteers left waiting, and the reverse bids,
     * given up, lower to 0 the price of every seat they leave free.
     *
     * @return the candidates scanned
     */
    private long scaled(long first, long epsilon, long budget, long scaling) {
      long forward = Math.min(budget, scaling);
      long scanned = run(first, forward);
      if (scanned > forward) {
        return scanned;
      }
      unseat();
      scanned += run(epsilon, forward - scanned);
      if (scanned > forward) {
        return scanned;
      }
      return scanned + reverse(epsilon, Math.min(budget - scanned, scaling));
    }

    /**
     * Reverse bids (Bertsekas &amp; Castañon, "A forward/reverse auction algorithm for asymmetric
     * assignment problems", Computational Optimization and Applications 1, 1992) until no seat is
     * free at a positive price: such a seat offers itself to the volunteer who gains most by taking
     * it, at a price that leaves the next one at most ε better off there than where it is; with no
     * volunteer more than ε better off there at price 0, its price falls to 0. A volunteer so moved
     * frees its seat, which may bid in turn. Each bid raises its volunteer's value by at least ε
     * and keeps ε-complementary slackness, so the bids end (pseudo-polynomially in the scores over
     * ε, like the forward ones). Builds an index of candidates by shift (8 bytes per pair) when a
     * seat is free at a positive price; a bid scans its shift's candidates.
     *
     * @return the candidates scanned (more than {@code budget} once the budget is spent)
     */
    long reverse(long epsilon, long budget) {
      if (!freeSeatPriced()) {
        return 0;
      }
      int shifts = p.shifts();
      ShiftColumns index = ShiftColumns.of(p, pairs);
      int[] start = index.start;
      int[] byShift = index.columns;
      long[] value = new long[volunteers]; // each volunteer's value where it is; 0 if unplaced
      int[] stack = new int[shifts];
      boolean[] listed = new boolean[shifts];
      int top = 0;
      for (int j = 0; j < shifts; j++) {
        for (int k = slotStart[j]; k < slotStart[j + 1]; k++) {
          int u = holder[k];
          if (u >= 0) {
            value[u] = scaledScore(u, j) - price[k];
          } else if (price[k] > 0 && !listed[j]) {
            listed[j] = true;
            stack[top++] = j;
          }
        }
      }
      long scanned = 0;
      while (top > 0) {
        int j = stack[--top];
        listed[j] = false;
        for (int k = freePricedSeat(j); k >= 0; k = freePricedSeat(j)) {
          long first = Long.MIN_VALUE;
          long second = Long.MIN_VALUE;
          int taker = -1;
          int takerScore = 0;
          for (int r = start[j]; r < start[j + 1]; r++) {
            int u = byShift[2 * r];
            if (shiftOf[u] != j) {
              long gain = byShift[2 * r + 1] - value[u];
              if (gain > first) {
                second = first;
                first = gain;
                taker = u;
                takerScore = byShift[2 * r + 1];
              } else if (gain > second) {
                second = gain;
              }
            }
          }
          scanned += start[j + 1] - start[j];
          reverseScanned += start[j + 1] - start[j];
          reverseBids++;
          if (scanned > budget) {
            freeAtZero();
            return scanned;
          }
          if (taker < 0 || first - epsilon <= 0) {
            dropFreeSeats(j); // no one gains there: all fall to 0
            continue;
          }
          price[k] = second > epsilon ? second - epsilon : 0; // second may be Long.MIN_VALUE
          int from = shiftOf[taker];
          if (from >= 0) {
            for (int q = slotStart[from]; q < slotStart[from + 1]; q++) {
              if (holder[q] == taker) {
                holder[q] = -1;
                if (price[q] > 0 && !listed[from]) {
                  listed[from] = true;
                  stack[top++] = from;
                }
                break;
              }
            }
          }
          holder[k] = taker;
          shiftOf[taker] = j;
          value[taker] = takerScore - price[k];
          siftUp(price, holder, slotStart[j], k - slotStart[j]);
        }
        shiftPrice[j] = (int) price[slotStart[j]];
      }
      return scanned;
    }

    /** Every free seat's price lowered to 0, each shift's heap restored. O(seats). */
    private void freeAtZero() {
      for (int j = 0; j < shiftPrice.length; j++) {
        if (freePricedSeat(j) >= 0) {
          dropFreeSeats(j);
          shiftPrice[j] = (int) price[slotStart[j]];
        }
      }
    }

    /** The price of every free seat of shift j lowered to 0, its heap restored. O(seats of j). */
    private void dropFreeSeats(int j) {
      int base = slotStart[j];
      int seats = slotStart[j + 1] - base;
      for (int q = base; q < base + seats; q++) {
        price[q] = holder[q] < 0 ? 0 : price[q];
      }
      for (int q = seats / 2 - 1; q >= 0; q--) {
        siftDown(price, holder, base, seats, q);
      }
    }

    /** A seat of shift j free at a positive price, or -1. O(seats of j). */
    private int freePricedSeat(int j) {
      for (int k = slotStart[j]; k < slotStart[j + 1]; k++) {
        if (holder[k] < 0 && price[k] > 0) {
          return k;
        }
      }
      return -1;
    }

    /** Volunteer v's scaled score for shift j, a candidate of v. O(candidates of v). */
    private long scaledScore(int v, int j) {
      int i = 2 * p.firstCandidate(v);
      while (pairs[i] != j) {
        i += 2;
      }
      return pairs[i + 1];
    }

    /** Every volunteer unseated and waiting to bid; the seats keep their bids as prices. */
    void unseat() {
      Arrays.fill(holder, -1);
      Arrays.fill(shiftOf, -1);
      for (int v = 0; v < volunteers; v++) {
        queue[v] = v;
      }
      head = 0;
      size = volunteers;
    }

    /** The shifts with at least one seat. O(S). */
    private long openShifts() {
      long open = 0;
      for (int j = 0; j < shiftPrice.length; j++) {
        open += slotStart[j] < slotStart[j + 1] ? 1 : 0;
      }
      return open;
    }

    /** Whether some seat is free at a positive price. O(seats). */
    boolean freeSeatPriced() {
      for (int k = 0; k < holder.length; k++) {
        if (holder[k] < 0 && price[k] > 0) {
          return true;
        }
      }
      return false;
    }

    /** Zero prices, no seat held, every volunteer waiting to bid. */
    void restart() {
      for (int j = 0; j < shiftPrice.length; j++) {
        shiftPrice[j] = slotStart[j] < slotStart[j + 1] ? 0 : NO_SEATS;
      }
      Arrays.fill(price, 0);
      unseat();
    }

    /**
     * Bids until every volunteer is seated or out, or until the candidates scanned pass {@code
     * budget}; returns the candidates scanned (a bid counts its whole list, however early its read
     * stops, so budgets measure bids the same way whatever the scores).
     */
    long run(long epsilon, long budget) {
      return run(epsilon, budget, 0, Long.MAX_VALUE);
    }

    /**
     * {@link #run(long, long)}, paused once at most {@code pause} volunteers wait to bid after the
     * bids have scanned at least {@code pauseAfter} candidates (the waiting stay queued; a later
     * call resumes).
     */
    long run(long epsilon, long budget, int pause, long pauseAfter) {
      long scanned = 0;
      while (size > 0) {
        if (scanned > budget || (size <= pause && scanned >= pauseAfter)) {
          return scanned;
        }
        int v = queue[head];
        head = head + 1 == queue.length ? 0 : head + 1;
        size--;
        scanned += p.firstCandidate(v + 1) - p.firstCandidate(v);
        if (size >= AHEAD) {
          int at = head + AHEAD - 1;
          touch(queue[at >= queue.length ? at - queue.length : at]);
        }
        int evicted = bid(v, epsilon);
        if (evicted >= 0) {
          int tail = head + size;
          queue[tail >= queue.length ? tail - queue.length : tail] = evicted;
          size++;
        }
      }
      return scanned;
    }

    /**
     * Reads the start of v's candidate list, so that it is in the processor's cache when v bids
     * {@value #AHEAD} bids later. A bid mostly waits on memory (a volunteer's list is one random
     * read of the pairs array); this overlaps that wait with the bids in between.
     */
    private void touch(int v) {
      int from = 2 * p.firstCandidate(v);
      int to = Math.min(2 * p.firstCandidate(v + 1), from + TOUCHED);
      int sum = 0;
      for (int i = from; i < to; i += 16) { // 16 ints: a 64-byte cache line
        sum += pairs[i];
      }
      touched += sum;
    }

    /**
     * Volunteer v bids for the shift of the best value (scaled score minus its cheapest seat's
     * bid), as much as leaves it the second-best value (other shifts, or 0 for staying out) minus
     * ε, capped at its score; returns the displaced holder, or -1.
     */
    int bid(int v, long epsilon) {
      long first = Long.MIN_VALUE;
      long second = 0;
      int bestShift = -1;
      long bestScore = 0;
      int[] c = pairs;
      for (int i = 2 * p.firstCandidate(v), end = 2 * p.firstCandidate(v + 1); i < end; i += 2) {
        int a = c[i + 1];
        if (ceiling(a, bucketShift) <= second + 1) {
          break; // no candidate from here on scores more than second, nor is worth more
        }
        int j = c[i];
        long value = (long) a - shiftPrice[j];
        if (value > first) {
          second = Math.max(second, first);
          first = value;
          bestShift = j;
          bestScore = a;
        } else if (value > second) {
          second = value;
        }
      }
      if (bestShift < 0 || first <= 0) {
        return -1; // out: no seat is worth more than staying unplaced
      }
      int root = slotStart[bestShift];
      int displaced = holder[root];
      if (displaced >= 0) {
        shiftOf[displaced] = -1;
      }
      // first > 0 and first ≥ second, so the bid rises by at least min(ε, first) > 0
      price[root] = Math.min(bestScore - second + epsilon, bestScore);
      holder[root] = v;
      shiftOf[v] = bestShift;
      siftDown(price, holder, root, slotStart[bestShift + 1] - root);
      shiftPrice[bestShift] = (int) price[root]; // at most a scaled score, 10^9
      return displaced;
    }
  }
}
