package org.tatawwu.impl.incident;

import java.util.Arrays;
import org.tatawwu.matching.AssignmentProblem;

/** Makes the seat plan of a problem, and checks the rows added to a plan. */
final class SeatPlans {
  private SeatPlans() {}

  /**
   * Creates the plan of a problem, solved exactly and kept optimal incrementally.
   *
   * @param problem the problem
   * @return the plan
   */
  static SeatPlan create(AssignmentProblem problem) {
    return new IncrementalSeatPlan(problem);
  }

  /**
   * Creates a plan that re-solves from scratch after each change: the reference.
   *
   * @param problem the problem
   * @return the plan
   */
  static SeatPlan resolving(AssignmentProblem problem) {
    return new ResolvingSeatPlan(problem);
  }

  /**
   * Checks a row to add to a plan ({@link SeatPlan#addVolunteer}).
   *
   * @param slots the candidate slots: each a shift of the problem, distinct
   * @param scores their scores, 1 to {@value DefaultIncidentCommand#PIN}, same length
   * @param shifts how many shifts the problem has
   * @throws IllegalArgumentException for a bad slot, score or length
   */
  static void checkRow(int[] slots, int[] scores, int shifts) {
    if (slots.length != scores.length) {
      throw new IllegalArgumentException("slots and scores have the same length");
    }
    int[] sorted = slots.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i] < 0 || sorted[i] >= shifts || (i > 0 && sorted[i] == sorted[i - 1])) {
        throw new IllegalArgumentException("candidate slots are distinct and in range");
      }
    }
    for (int score : scores) {
      if (score < 1 || score > DefaultIncidentCommand.PIN) {
        throw new IllegalArgumentException("scores are 1 to 1,000,000");
      }
    }
  }
}
