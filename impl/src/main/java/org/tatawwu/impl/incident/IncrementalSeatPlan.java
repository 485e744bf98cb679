package org.tatawwu.impl.incident;

import org.tatawwu.impl.matching.ExactAssignmentSolver;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.IncrementalAssignment;

/**
 * The seat plan on the exact solver's incremental session: built by one exact solve, then each
 * removal is one shortest-path search in the residual network ({@link
 * IncrementalAssignment#removeVolunteer}, {@link IncrementalAssignment#removeSeat}), staying
 * exactly optimal for what remains.
 */
final class IncrementalSeatPlan implements SeatPlan {
  private final IncrementalAssignment session;

  IncrementalSeatPlan(AssignmentProblem problem) {
    this.session = ExactAssignmentSolver.session(problem);
  }

  @Override
  public void removeVolunteer(int volunteer) {
    session.removeVolunteer(volunteer);
  }

  @Override
  public void removeSeat(int shift) {
    session.removeSeat(shift);
  }

  @Override
  public Assignment current() {
    return session.current();
  }
}
