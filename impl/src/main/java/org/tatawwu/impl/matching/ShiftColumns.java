package org.tatawwu.impl.matching;

import java.util.Arrays;
import org.tatawwu.matching.AssignmentProblem;

/**
 * The candidate pairs indexed by shift: shift j's candidates are columns {@code start[j]} .. {@code
 * start[j+1] - 1}, column c holding its volunteer at {@code columns[2c]} and its scaled score at
 * {@code columns[2c + 1]} (read together), volunteers in increasing order within a shift. Built in
 * O(E + S) from the interleaved pairs of {@link AuctionAssignmentSolver#scaledPairs}, read in
 * order; 8 bytes per pair and 4 per shift.
 */
final class ShiftColumns {
  final int[] start;
  final int[] columns;

  private ShiftColumns(int[] start, int[] columns) {
    this.start = start;
    this.columns = columns;
  }

  /**
   * Indexes the pairs by shift.
   *
   * @param p the problem
   * @param pairs its pairs as {@link AuctionAssignmentSolver#scaledPairs} gives them
   * @return the index
   */
  static ShiftColumns of(AssignmentProblem p, int[] pairs) {
    int shifts = p.shifts();
    int[] start = new int[shifts + 1];
    for (int i = 0; i < pairs.length; i += 2) {
      start[pairs[i] + 1]++;
    }
    for (int j = 0; j < shifts; j++) {
      start[j + 1] += start[j];
    }
    int[] fill = Arrays.copyOf(start, shifts);
    int[] columns = new int[pairs.length];
    for (int v = 0, volunteers = p.volunteers(); v < volunteers; v++) {
      for (int i = 2 * p.firstCandidate(v), end = 2 * p.firstCandidate(v + 1); i < end; i += 2) {
        int at = 2 * fill[pairs[i]]++;
        columns[at] = v;
        columns[at + 1] = pairs[i + 1];
      }
    }
    return new ShiftColumns(start, columns);
  }
}
