package org.tatawwu.impl.matching;

import java.util.List;
import org.tatawwu.matching.AssignmentProblem;

/** Test problems built from (volunteer, shift, score) triples. */
final class Triples {
  private Triples() {}

  /**
   * {@link AssignmentProblem#of} on the triples' three columns.
   *
   * @param volunteers the number of volunteers
   * @param capacity seats by shift
   * @param pairs each {volunteer, shift, score}
   * @return the problem
   */
  static AssignmentProblem problem(int volunteers, int[] capacity, List<int[]> pairs) {
    return AssignmentProblem.of(
        volunteers,
        capacity,
        pairs.stream().mapToInt(t -> t[0]).toArray(),
        pairs.stream().mapToInt(t -> t[1]).toArray(),
        pairs.stream().mapToInt(t -> t[2]).toArray());
  }
}
