package org.tatawwu.matching;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Which shifts each volunteer got and the total score. In the usual one-shift-per-volunteer run,
 * {@link #shiftOf} says it; when a problem allows several shifts per volunteer, {@link #shiftsOf}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assignment {
  /** The first shift of each volunteer, or -1. */
  private final int[] shiftOf;

  /** Each volunteer's shifts in ascending order; null when every volunteer has at most one. */
  private final int @Nullable [][] shiftsOf;

  private final long totalScore;

  /**
   * Creates an assignment of at most one shift per volunteer.
   *
   * @param shiftOf the shift of each volunteer, or -1; copied
   * @param totalScore the sum of the scores of the assigned pairs
   */
  public Assignment(int[] shiftOf, long totalScore) {
    this.shiftOf = shiftOf.clone();
    this.shiftsOf = null;
    this.totalScore = totalScore;
  }

  private Assignment(int[][] shiftsOf, long totalScore) {
    this.shiftsOf = new int[shiftsOf.length][];
    this.shiftOf = new int[shiftsOf.length];
    for (int v = 0; v < shiftsOf.length; v++) {
      int[] mine = shiftsOf[v].clone();
      Arrays.sort(mine);
      this.shiftsOf[v] = mine;
      this.shiftOf[v] = mine.length == 0 ? -1 : mine[0];
    }
    this.totalScore = totalScore;
  }

  /**
   * Creates an assignment of any number of shifts per volunteer.
   *
   * @param shiftsOf each volunteer's shifts (empty for none); copied
   * @param totalScore the sum of the scores of the assigned pairs
   * @return the assignment
   */
  public static Assignment ofShifts(int[][] shiftsOf, long totalScore) {
    return new Assignment(shiftsOf, totalScore);
  }

  /**
   * Returns the shift of a volunteer (the lowest-numbered one when the volunteer has several).
   *
   * @param v the volunteer
   * @return the shift, or -1 when unassigned
   */
  public int shiftOf(int v) {
    return shiftOf[v];
  }

  /**
   * Returns all shifts of a volunteer, in ascending order.
   *
   * @param v the volunteer
   * @return a new array, empty when unassigned
   */
  public int[] shiftsOf(int v) {
    if (shiftsOf != null) {
      return shiftsOf[v].clone();
    }
    return shiftOf[v] < 0 ? new int[0] : new int[] {shiftOf[v]};
  }

  /**
   * Returns the total score.
   *
   * @return the sum over assigned pairs
   */
  public long totalScore() {
    return totalScore;
  }

  /**
   * Returns the number of volunteers with at least one shift.
   *
   * @return the count
   */
  public int assigned() {
    return (int) Arrays.stream(shiftOf).filter(s -> s >= 0).count();
  }

  /**
   * Checks the assignment against a problem: only candidate pairs, no shift over capacity, no
   * volunteer over the problem's shifts per volunteer or in two overlapping shifts, and the total
   * equal to the sum of the scores.
   *
   * @param p the problem, not null
   * @return true when feasible and consistent
   */
  public boolean isFeasibleFor(AssignmentProblem p) {
    if (shiftOf.length != p.volunteers()) {
      return false;
    }
    int[] load = new int[p.shifts()];
    long total = 0;
    for (int v = 0; v < shiftOf.length; v++) {
      int[] mine = shiftsOf(v);
      if (mine.length > p.shiftsPerVolunteer()) {
        return false;
      }
      for (int a = 0; a < mine.length; a++) {
        int s = mine[a];
        int sc = p.score(v, s);
        if (sc == 0 || ++load[s] > p.capacity(s)) {
          return false;
        }
        for (int b = a + 1; b < mine.length; b++) {
          if (mine[b] == s || p.overlap(s, mine[b])) {
            return false;
          }
        }
        total += sc;
      }
    }
    return total == totalScore;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Assignment a
        && totalScore == a.totalScore
        && Arrays.equals(shiftOf, a.shiftOf)
        && Arrays.deepEquals(shiftsOf, a.shiftsOf);
  }

  @Override
  public int hashCode() {
    return (Arrays.hashCode(shiftOf) * 31 + Arrays.deepHashCode(shiftsOf)) * 31
        + Long.hashCode(totalScore);
  }

  @Override
  public String toString() {
    return "Assignment[assigned=" + assigned() + ", totalScore=" + totalScore + "]";
  }
}
