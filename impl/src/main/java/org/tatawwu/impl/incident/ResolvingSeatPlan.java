package org.tatawwu.impl.incident;

import java.util.Arrays;
import org.tatawwu.impl.matching.ExactAssignmentSolver;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;

/**
 * A seat plan that re-solves from scratch with the exact solver when read after changes: the
 * reference the incremental plan is measured and tested against. O(one exact solve) per {@link
 * #current()} after changes.
 */
final class ResolvingSeatPlan implements SeatPlan {
  private final AssignmentProblem problem;
  private final boolean[] removed;
  private final int[] capacity;
  private Assignment current;
  private boolean stale;

  ResolvingSeatPlan(AssignmentProblem problem) {
    this.problem = problem;
    this.removed = new boolean[problem.volunteers()];
    this.capacity = new int[problem.shifts()];
    for (int s = 0; s < capacity.length; s++) {
      capacity[s] = problem.capacity(s);
    }
    this.current = new ExactAssignmentSolver().solve(problem);
  }

  @Override
  public void removeVolunteer(int volunteer) {
    if (volunteer < 0 || volunteer >= removed.length || removed[volunteer]) {
      throw new IllegalArgumentException("no such volunteer in the plan");
    }
    removed[volunteer] = true;
    stale = true;
  }

  @Override
  public void removeSeat(int shift) {
    if (shift < 0 || shift >= capacity.length || capacity[shift] == 0) {
      throw new IllegalArgumentException("no seat left to remove");
    }
    capacity[shift]--;
    stale = true;
  }

  @Override
  public Assignment current() {
    if (stale) {
      current = resolve();
      stale = false;
    }
    return current;
  }

  /** Solves what remains exactly, on the original indices. */
  Assignment resolve() {
    return solveRemaining(problem, removed, capacity);
  }

  /**
   * Solves a problem without some volunteers and with fewer seats, exactly; the answer is on the
   * original problem's indices.
   *
   * @param problem the original problem
   * @param removed which volunteers are out
   * @param capacity the seats left per shift
   * @return the optimal assignment of what remains
   */
  static Assignment solveRemaining(AssignmentProblem problem, boolean[] removed, int[] capacity) {
    int pairs = 0;
    for (int v = 0; v < problem.volunteers(); v++) {
      if (!removed[v]) {
        pairs += problem.firstCandidate(v + 1) - problem.firstCandidate(v);
      }
    }
    int[] vo = new int[pairs];
    int[] so = new int[pairs];
    int[] sc = new int[pairs];
    int[] original = new int[problem.volunteers()];
    int n = 0;
    int k = 0;
    for (int v = 0; v < problem.volunteers(); v++) {
      if (removed[v]) {
        continue;
      }
      original[n] = v;
      for (int i = problem.firstCandidate(v); i < problem.firstCandidate(v + 1); i++) {
        vo[k] = n;
        so[k] = problem.shiftAt(i);
        sc[k] = problem.scoreAt(i);
        k++;
      }
      n++;
    }
    Assignment reduced =
        new ExactAssignmentSolver().solve(AssignmentProblem.of(n, capacity.clone(), vo, so, sc));
    int[] shiftOf = new int[problem.volunteers()];
    Arrays.fill(shiftOf, -1);
    for (int i = 0; i < n; i++) {
      shiftOf[original[i]] = reduced.shiftOf(i);
    }
    return new Assignment(shiftOf, reduced.totalScore());
  }
}
