package org.tatawwu.matching;

import java.util.Arrays;

/**
 * Which shift each volunteer got ({@code -1} for none) and the total score.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assignment {
  private final int[] shiftOf;
  private final long totalScore;

  /**
   * Creates an assignment.
   *
   * @param shiftOf the shift of each volunteer, or -1; copied
   * @param totalScore the sum of the scores of the assigned pairs
   */
  public Assignment(int[] shiftOf, long totalScore) {
    this.shiftOf = shiftOf.clone();
    this.totalScore = totalScore;
  }

  /**
   * Returns the shift of a volunteer.
   *
   * @param v the volunteer
   * @return the shift, or -1 when unassigned
   */
  public int shiftOf(int v) {
    return shiftOf[v];
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
   * Returns the number of assigned volunteers.
   *
   * @return the count
   */
  public int assigned() {
    return (int) Arrays.stream(shiftOf).filter(s -> s >= 0).count();
  }

  /**
   * Checks the assignment against a problem: only candidate pairs, no shift over capacity, and the
   * total equal to the sum of the scores.
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
      int s = shiftOf[v];
      if (s < 0) {
        continue;
      }
      int sc = p.score(v, s);
      if (sc == 0 || ++load[s] > p.capacity(s)) {
        return false;
      }
      total += sc;
    }
    return total == totalScore;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assignment a
        && totalScore == a.totalScore
        && Arrays.equals(shiftOf, a.shiftOf);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(shiftOf) * 31 + Long.hashCode(totalScore);
  }

  @Override
  public String toString() {
    return "Assignment[assigned=" + assigned() + ", totalScore=" + totalScore + "]";
  }
}
