package org.tatawwu.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.tatawwu.matching.AssignmentProblem;

/**
 * The instances of issue 17's grid: V volunteers; shifts with fixed or mixed seats, as many as make
 * {@code seatsPerVolunteer × V} seats; each volunteer's candidate shifts drawn without replacement
 * with Zipf popularity (shift k, 0-based, weighs {@code 1 / (k + 1)^exponent}: 0 is flat, 1.5 means
 * a few shifts are wanted by most); scores uniform 1..1000. Every instance comes from one seed.
 */
final class MatchingGridInstances {
  private MatchingGridInstances() {}

  /** Seats per shift: fixed 1, fixed 5, or uniform 1 to 30. */
  enum Capacity {
    FIXED_1,
    FIXED_5,
    MIXED_1_30;

    int draw(SplittableRandom r) {
      return switch (this) {
        case FIXED_1 -> 1;
        case FIXED_5 -> 5;
        case MIXED_1_30 -> 1 + r.nextInt(30);
      };
    }

    String label() {
      return switch (this) {
        case FIXED_1 -> "1";
        case FIXED_5 -> "5";
        case MIXED_1_30 -> "1-30";
      };
    }
  }

  /**
   * One cell's shape.
   *
   * @param volunteers V
   * @param seatsPerVolunteer total seats over V
   * @param zipf the popularity exponent
   * @param capacity the seats per shift
   * @param candidates candidates per volunteer; 0 for every shift (dense)
   */
  record Cell(
      int volunteers, double seatsPerVolunteer, double zipf, Capacity capacity, int candidates) {
    String candidatesLabel() {
      return candidates == 0 ? "dense" : Integer.toString(candidates);
    }
  }

  /** The capacities of a cell's shifts: as many shifts as it takes to reach the seats. */
  static int[] capacities(Cell cell, SplittableRandom r) {
    long seats = Math.max(1, Math.round(cell.seatsPerVolunteer() * cell.volunteers()));
    int[] cap = new int[16];
    int s = 0;
    long total = 0;
    while (total < seats) {
      if (s == cap.length) {
        cap = Arrays.copyOf(cap, s * 2);
      }
      int c = (int) Math.min(cell.capacity().draw(r), seats - total);
      cap[s++] = c;
      total += c;
    }
    return Arrays.copyOf(cap, s);
  }

  static AssignmentProblem build(Cell cell, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] capacity = capacities(cell, r);
    return build(cell.volunteers(), capacity, cell.zipf(), cell.candidates(), r);
  }

  /**
   * Builds a problem on given shifts.
   *
   * @param volunteers V
   * @param capacity the shifts' seats
   * @param zipf the popularity exponent
   * @param candidates per volunteer, 0 or at least the shift count for all
   * @param r the random source
   * @return the problem
   */
  static AssignmentProblem build(
      int volunteers, int[] capacity, double zipf, int candidates, SplittableRandom r) {
    int o = capacity.length;
    int degree = candidates == 0 ? o : Math.min(candidates, o);
    double[] weight = new double[o];
    double[] cumulative = new double[o];
    double sum = 0;
    for (int k = 0; k < o; k++) {
      weight[k] = 1 / Math.pow(k + 1, zipf);
      sum += weight[k];
      cumulative[k] = sum;
    }
    long n = (long) volunteers * degree;
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many pairs: " + n);
    }
    int[] vol = new int[(int) n];
    int[] opp = new int[(int) n];
    int[] score = new int[(int) n];
    boolean[] taken = new boolean[o];
    int[] mine = new int[degree];
    double[] key = new double[o];
    Integer[] order = null;
    int at = 0;
    for (int v = 0; v < volunteers; v++) {
      if (degree == o) {
        for (int k = 0; k < o; k++) {
          mine[k] = k;
        }
      } else if (degree * 4 >= o) {
        // Many of the shifts: exponential keys, the degree smallest (weighted sampling without
        // replacement, Efraimidis and Spirakis 2006), where rejection would stall on the tail.
        if (order == null) {
          order = new Integer[o];
        }
        for (int k = 0; k < o; k++) {
          key[k] = -Math.log(1 - r.nextDouble()) / weight[k];
          order[k] = k;
        }
        final double[] keys = key;
        Arrays.sort(order, (a, b) -> Double.compare(keys[a], keys[b]));
        for (int k = 0; k < degree; k++) {
          mine[k] = order[k];
        }
      } else {
        for (int k = 0; k < degree; ) {
          double x = r.nextDouble() * sum;
          int j = Arrays.binarySearch(cumulative, x);
          j = j < 0 ? -j - 1 : j;
          j = Math.min(j, o - 1);
          if (!taken[j]) {
            taken[j] = true;
            mine[k++] = j;
          }
        }
        for (int k = 0; k < degree; k++) {
          taken[mine[k]] = false;
        }
      }
      for (int k = 0; k < degree; k++) {
        vol[at] = v;
        opp[at] = mine[k];
        score[at] = 1 + r.nextInt(1000);
        at++;
      }
    }
    return AssignmentProblem.of(volunteers, capacity, vol, opp, score);
  }
}
