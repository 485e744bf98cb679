package org.tatawwu.impl.incident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tatawwu.impl.matching.ExactAssignmentSolver;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.IncrementalAssignment;

/**
 * The seat plan on the exact solver's incremental session: built by one exact solve; changes wait
 * until the plan is next read and are then applied together: the rows removed that the session
 * holds first ({@link IncrementalAssignment#removeVolunteers}: one shortest-path search per freed
 * seat, each to the nearest freed seat), then the rows added, in order ({@link
 * IncrementalAssignment#addVolunteer}: one search each; a row removed before it reached the session
 * is added without candidates and taken out again, O(1)). A seat withdrawn is one search ({@link
 * IncrementalAssignment#removeSeat}). The plan stays exactly optimal for what remains.
 */
final class IncrementalSeatPlan implements SeatPlan {
  private final IncrementalAssignment session;
  private final int shifts;
  private boolean[] out;

  /** Rows the session holds: the problem's and those added already applied. */
  private int applied;

  /** Rows added, not applied yet: index {@code applied + i}. */
  private final List<int[][]> adding = new ArrayList<>();

  private int[] waiting = new int[16];
  private int waitingCount;

  IncrementalSeatPlan(AssignmentProblem problem) {
    this.session = ExactAssignmentSolver.session(problem);
    this.shifts = problem.shifts();
    this.out = new boolean[problem.volunteers()];
    this.applied = problem.volunteers();
  }

  @Override
  public void removeVolunteer(int volunteer) {
    if (volunteer < 0 || volunteer >= applied + adding.size() || out[volunteer]) {
      throw new IllegalArgumentException("no such volunteer in the plan");
    }
    out[volunteer] = true;
    if (waitingCount == waiting.length) {
      waiting = Arrays.copyOf(waiting, 2 * waitingCount);
    }
    waiting[waitingCount++] = volunteer;
  }

  @Override
  public int addVolunteer(int[] slots, int[] scores) {
    SeatPlans.checkRow(slots, scores, shifts);
    int row = applied + adding.size();
    adding.add(new int[][] {slots.clone(), scores.clone()});
    if (row >= out.length) {
      out = Arrays.copyOf(out, Math.max(16, 2 * out.length));
    }
    return row;
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
    int held = 0;
    int[] later = new int[waitingCount];
    int laterCount = 0;
    for (int k = 0; k < waitingCount; k++) {
      if (waiting[k] < applied) {
        waiting[held++] = waiting[k];
      } else {
        later[laterCount++] = waiting[k];
      }
    }
    if (held > 0) {
      session.removeVolunteers(Arrays.copyOf(waiting, held));
    }
    waitingCount = 0;
    if (!adding.isEmpty()) {
      int[] none = new int[0];
      for (int i = 0; i < adding.size(); i++) {
        int[][] row = adding.get(i);
        boolean cancelled = out[applied + i];
        session.addVolunteer(cancelled ? none : row[0], cancelled ? none : row[1]);
      }
      applied += adding.size();
      adding.clear();
      if (laterCount > 0) {
        session.removeVolunteers(Arrays.copyOf(later, laterCount));
      }
    }
  }
}
