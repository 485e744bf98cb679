package org.tatawwu.impl.incident;

import java.util.Arrays;
import org.tatawwu.impl.matching.ExactAssignmentSolver;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.IncrementalAssignment;

/**
 * The seat plan on the exact solver's incremental session: built by one exact solve; removals of
 * volunteers wait until the plan is next read and are then applied together ({@link
 * IncrementalAssignment#removeVolunteers}: one shortest-path search per freed seat, each to the
 * nearest freed seat), and a seat withdrawn is one search ({@link
 * IncrementalAssignment#removeSeat}); the plan stays exactly optimal for what remains.
 */
final class IncrementalSeatPlan implements SeatPlan {
  private final IncrementalAssignment session;
  private final boolean[] out;
  private int[] waiting = new int[16];
  private int waitingCount;

  IncrementalSeatPlan(AssignmentProblem problem) {
    this.session = ExactAssignmentSolver.session(problem);
    this.out = new boolean[problem.volunteers()];
  }

  @Override
  public void removeVolunteer(int volunteer) {
    if (volunteer < 0 || volunteer >= out.length || out[volunteer]) {
      throw new IllegalArgumentException("no such volunteer in the plan");
    }
    out[volunteer] = true;
    if (waitingCount == waiting.length) {
      waiting = Arrays.copyOf(waiting, 2 * waitingCount);
    }
    waiting[waitingCount++] = volunteer;
  }

  @Override
  public void removeSeat(int shift) {
    applyWaiting();
    session.removeSeat(shift);
  }

  @Override
  public Assignment current() {
    applyWaiting();
    return session.current();
  }

  private void applyWaiting() {
    if (waitingCount > 0) {
      session.removeVolunteers(Arrays.copyOf(waiting, waitingCount));
      waitingCount = 0;
    }
  }
}
