package org.tatawwu.impl.matching;

import org.tatawwu.matching.AssignmentProblem;

/** The check of solvers that place each volunteer in one shift at most. */
final class OneShift {
  private OneShift() {}

  static void require(AssignmentProblem p, String solver) {
    if (p.shiftsPerVolunteer() > 1) {
      throw new IllegalArgumentException(
          solver
              + " places each volunteer in one shift at most; for several per volunteer use the"
              + " EXACT or GREEDY mode");
    }
  }
}
