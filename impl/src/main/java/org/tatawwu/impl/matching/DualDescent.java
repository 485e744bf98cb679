package org.tatawwu.impl.matching;

import org.jspecify.annotations.Nullable;
import org.tatawwu.matching.AssignmentProblem;

/**
 * Tightens the FAST mode's dual bound by exact coordinate descent on shift prices: the single-node
 * steps of the relaxation method (Bertsekas and Tseng, "Relaxation methods for minimum cost
 * ordinary and generalized network flow problems", Operations Research 36, 1988), without its
 * primal side.
 *
 * <p>For prices q_j ≥ 0, D(q) = Σ_j seats_j · q_j + Σ_v max(0, max_j a_vj − q_j) bounds the optimum
 * from above (weak LP duality; a_vj are the scaled scores of the candidate pairs). Along one
 * shift's price, D is convex and piecewise linear with slope seats_j − #{v : a_vj − rest_v &gt;
 * q_j}, where rest_v is v's best value elsewhere (or 0 for staying out); its lowest minimiser is
 * the (seats_j + 1)-th largest a_vj − rest_v over the shift's candidates, or 0. A sweep sets every
 * shift's price to it in turn, so D never rises. Coordinate descent can stall short of the LP
 * optimum, so this only certifies; it does not solve.
 *
 * <p>The FAST mode computes its second bound with {@link #bound} (which also readies a descent from
 * those prices) and sweeps on only where that bound falls short, so the shifts' candidate lists are
 * built by the first sweep. D is kept exact after every shift's step, so a sweep stops as soon as
 * it reaches the target.
 *
 * <p>Time: the bound is O(E); building the shifts' candidate lists is O(E); a sweep is O(E), plus
 * an O(d) rescan of a volunteer's d candidates each time its best or second-best shift gets dearer
 * (O(Σ d²) at worst), plus a selection per shift of c candidates (middle pivot: O(c) typically,
 * O(c²) at worst). Memory: 16 bytes per volunteer and 4 per shift, plus, once a sweep runs, 8 per
 * pair and 4 per shift, and 4 per candidate of the largest shift of more than one seat. Not
 * thread-safe: one per solve.
 */
final class DualDescent {
  private final AssignmentProblem p;

  /** The problem's pairs, interleaved: pair i's shift at 2i, its scaled score at 2i + 1. */
  private final int[] pairs;

  /** The pairs' lists are in decreasing order of score bucket by this shift. */
  private final int bucketShift;

  /** Each shift's seats. */
  private final int[] seats;

  /** The pairs by shift, built by the first sweep. */
  private @Nullable ShiftColumns byShift;

  /** D at the prices of the last {@link #bound} or sweep. */
  private long d;

  /**
   * Per volunteer v, four adjacent slots from 4v: its best value (at least 0, staying out), that
   * shift (or -1), its second-best value (at least 0) and that shift (or -1). Values are scaled
   * scores less prices of at least 0, so they fit an int.
   */
  private final int[] top;

  /**
   * The gains of the shift being priced. Each is a scaled score (at most 1,000 × 1,000,000) less a
   * value in the same range, so it fits an int.
   */
  private int[] scratch = new int[16];

  /**
   * Indexes the problem's pairs by shift.
   *
   * @param p the problem
   * @param slotStart where each shift's seats start in an array of all seats, and their number
   *     last: shift j has {@code slotStart[j+1] - slotStart[j]} seats
   * @param pairs the problem's pairs as {@link AuctionAssignmentSolver#scaledPairs} gives them
   *     (prices are in the same units as their scores), each volunteer's list in decreasing order
   *     of score bucket ({@link AuctionAssignmentSolver#orderByBucket})
   * @param bucketShift the buckets' shift
   */
  DualDescent(AssignmentProblem p, int[] slotStart, int[] pairs, int bucketShift) {
    this.p = p;
    this.pairs = pairs;
    this.bucketShift = bucketShift;
    int shifts = p.shifts();
    seats = new int[shifts];
    for (int j = 0; j < shifts; j++) {
      seats[j] = slotStart[j + 1] - slotStart[j];
    }
    top = new int[4 * p.volunteers()];
  }

  /**
   * Sweeps from {@code q} (changed in place), up to {@code sweeps} times, until D(q) ≤ {@code
   * target} or a sweep gains less than what is still missing (later sweeps gain about half the
   * previous one's, or less): {@link #bound} then {@link #sweep}.
   *
   * @param q a price per shift, at least 0, in scaled units; receives the final prices (shifts
   *     without seats get {@link Integer#MAX_VALUE}, so no value there counts)
   * @param sweeps the most sweeps
   * @param target the bound that is good enough
   * @return D(q) at the final prices: an upper bound on the scaled optimum
   */
  long descend(long[] q, int sweeps, long target) {
    bound(q);
    return sweep(q, sweeps, target);
  }

  /**
   * D(q), and the start of a descent from q: every volunteer's best and second-best values at q.
   * O(E).
   *
   * @param q a price per shift, at least 0, in scaled units; shifts without seats are set to {@link
   *     Integer#MAX_VALUE}
   * @return D(q): an upper bound on the scaled optimum
   */
  long bound(long[] q) {
    long sum = 0;
    for (int j = 0; j < q.length; j++) {
      if (seats[j] == 0) {
        q[j] = Integer.MAX_VALUE;
      }
      sum += (long) seats[j] * q[j];
    }
    for (int v = 0, n = p.volunteers(); v < n; v++) {
      rescan(v, q);
      sum += top[4 * v];
    }
    d = sum;
    return sum;
  }

  /**
   * Sweeps on from the prices of the last {@link #bound} (or sweep), which {@code q} must still
   * hold, up to {@code sweeps} times: stops as soon as D(q) ≤ {@code target}, mid-sweep too (D is
   * kept exact after every shift's step), or once a sweep gains less than what is still missing.
   *
   * @return D(q) at the final prices
   */
  long sweep(long[] q, int sweeps, long target) {
    if (d <= target || sweeps <= 0) {
      return d;
    }
    ShiftColumns index = byShift;
    if (index == null) {
      index = ShiftColumns.of(p, pairs);
      byShift = index;
    }
    int[] start = index.start;
    int[] cols = index.columns;
    for (int sweep = 0; sweep < sweeps; sweep++) {
      long before = d;
      for (int j = 0; j < q.length; j++) {
        int seats = this.seats[j];
        if (seats == 0) {
          continue;
        }
        int from = start[j];
        int to = start[j + 1];
        long next = to - from <= seats ? 0 : Math.max(0, largest(cols, j, from, to, seats + 1));
        long old = q[j];
        if (next != old) {
          q[j] = next;
          d += seats * (next - old) + reprice(cols, j, from, to, next < old, q);
          if (d <= target) {
            return d;
          }
        }
      }
      if (d >= before || d - target > before - d) {
        break;
      }
    }
    return d;
  }

  /**
   * Updates the best and second-best values of shift j's candidates after its price moved to q[j];
   * returns the change in the sum of best values.
   */
  private long reprice(int[] cols, int j, int from, int to, boolean cheaper, long[] q) {
    long change = 0;
    for (int c = from; c < to; c++) {
      int t = 4 * cols[2 * c];
      int x = (int) (cols[2 * c + 1] - q[j]); // q[j] is in 0 .. 10^9 here
      long was = top[t];
      if (cheaper) {
        if (top[t + 1] == j) {
          top[t] = x;
        } else if (x > top[t]) {
          top[t + 2] = top[t];
          top[t + 3] = top[t + 1];
          top[t] = x;
          top[t + 1] = j;
        } else if (top[t + 3] == j || x > top[t + 2]) {
          top[t + 2] = x;
          top[t + 3] = j;
        }
      } else if (top[t + 1] == j && x >= top[t + 2]) {
        top[t] = x;
      } else if (top[t + 1] == j || top[t + 3] == j) {
        rescan(cols[2 * c], q); // the new second best is unknown
      }
      change += top[t] - was;
    }
    return change;
  }

  /** Sets v's best and second-best values (at least 0: staying out) at prices q. */
  private void rescan(int v, long[] q) {
    int x1 = 0;
    int x2 = 0;
    int y1 = -1;
    int y2 = -1;
    int[] c = pairs;
    for (int i = 2 * p.firstCandidate(v), end = 2 * p.firstCandidate(v + 1); i < end; i += 2) {
      if (AuctionAssignmentSolver.ceiling(c[i + 1], bucketShift) <= x2 + 1) {
        break; // no candidate from here on scores more than x2, and prices are at least 0
      }
      int j = c[i];
      long x = c[i + 1] - q[j]; // negative for a shift without seats
      if (x > x1) {
        x2 = x1;
        y2 = y1;
        x1 = (int) x;
        y1 = j;
      } else if (x > x2) {
        x2 = (int) x;
        y2 = j;
      }
    }
    int t = 4 * v;
    top[t] = x1;
    top[t + 1] = y1;
    top[t + 2] = x2;
    top[t + 3] = y2;
  }

  /** The k-th largest (k ≥ 2) of a_vj − rest_v over shift j's candidates (more than k − 1). */
  private long largest(int[] cols, int j, int from, int to, int k) {
    long top1 = Long.MIN_VALUE;
    long top2 = Long.MIN_VALUE;
    int n = to - from;
    if (k > 2 && scratch.length < n) {
      scratch = new int[Math.max(n, 2 * scratch.length)];
    }
    for (int c = from; c < to; c++) {
      int t = 4 * cols[2 * c];
      long rest = top[t + 1] == j ? top[t + 2] : top[t];
      long x = cols[2 * c + 1] - rest;
      if (k > 2) {
        scratch[c - from] = (int) x;
      } else if (x > top1) {
        top2 = top1;
        top1 = x;
      } else if (x > top2) {
        top2 = x;
      }
    }
    return k > 2 ? CostScalingAssignmentSolver.select(scratch, n, n - k) : top2;
  }
}
