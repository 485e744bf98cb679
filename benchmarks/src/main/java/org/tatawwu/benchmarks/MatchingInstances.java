package org.tatawwu.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.tatawwu.matching.AssignmentProblem;

/**
 * The matching benchmark's instances (issue 7): V volunteers, O opportunities of capacity 5, each
 * volunteer with 50 candidate opportunities drawn with Zipf(0.8) popularity (all of them in the
 * dense shape), integer scores 1..1000, fixed seeds.
 */
final class MatchingInstances {
  private MatchingInstances() {}

  /** The shapes: name, volunteers, opportunities, candidates per volunteer (0 = all). */
  enum Shape {
    DENSE_1K_X_100(1_000, 100, 0),
    SPARSE_10K_X_1K(10_000, 1_000, 50),
    SPARSE_100K_X_5K(100_000, 5_000, 50),
    SEATS_OUTNUMBER_VOLUNTEERS_2K_X_1K(2_000, 1_000, 50),
    /** The stretch goal's shape; not in the routine runs. */
    STRETCH_1M_X_50K(1_000_000, 50_000, 50);

    final int volunteers;
    final int opportunities;
    final int degree;

    Shape(int volunteers, int opportunities, int degree) {
      this.volunteers = volunteers;
      this.opportunities = opportunities;
      this.degree = degree;
    }
  }

  static AssignmentProblem build(Shape shape, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int o = shape.opportunities;
    double[] cumulative = new double[o];
    double sum = 0;
    for (int k = 0; k < o; k++) {
      sum += 1 / Math.pow(k + 1, 0.8);
      cumulative[k] = sum;
    }
    int degree = shape.degree == 0 ? o : shape.degree;
    int n = shape.volunteers * degree;
    int[] vol = new int[n];
    int[] opp = new int[n];
    int[] score = new int[n];
    boolean[] taken = new boolean[o];
    int at = 0;
    for (int v = 0; v < shape.volunteers; v++) {
      int[] mine = new int[degree];
      if (degree == o) {
        for (int k = 0; k < o; k++) {
          mine[k] = k;
        }
      } else {
        for (int k = 0; k < degree; ) {
          double x = r.nextDouble() * sum;
          int j = Arrays.binarySearch(cumulative, x);
          j = j < 0 ? -j - 1 : j;
          if (!taken[j]) {
            taken[j] = true;
            mine[k++] = j;
          }
        }
        for (int j : mine) {
          taken[j] = false;
        }
      }
      for (int j : mine) {
        vol[at] = v;
        opp[at] = j;
        score[at] = 1 + r.nextInt(1000);
        at++;
      }
    }
    int[] capacity = new int[o];
    Arrays.fill(capacity, 5);
    return AssignmentProblem.of(shape.volunteers, capacity, vol, opp, score);
  }
}
