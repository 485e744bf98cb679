package org.tatawwu.impl.incident;

import org.tatawwu.matching.AssignmentProblem;

/** Makes the seat plan of a problem. */
final class SeatPlans {
  private SeatPlans() {}

  /**
   * Creates the plan of a problem, solved exactly.
   *
   * @param problem the problem
   * @return the plan
   */
  static SeatPlan create(AssignmentProblem problem) {
    return new ResolvingSeatPlan(problem);
  }
}
