package org.tatawwu.impl.incident;

import org.tatawwu.matching.AssignmentProblem;

/** Makes the seat plan of a problem. */
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
}
