package org.tatawwu.impl.incident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
  private boolean[] removed;
  private final int[] capacity;

  /** The rows added: their candidate slots and scores, row {@code problem.volunteers() + i}. */
  private final List<int[][]> added = new ArrayList<>();

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
    if (volunteer < 0 || volunteer >= rows() || removed[volunteer]) {
      throw new IllegalArgumentException("no such volunteer in the plan");
    }
    removed[volunteer] = true;
    stale = true;
  }

  @Override
  public int addVolunteer(int[] slots, int[] scores) {
    SeatPlans.checkRow(slots, scores, capacity.length);
    int row = rows();
    added.add(new int[][] {slots.clone(), scores.clone()});
    if (row >= removed.length) {
      removed = Arrays.copyOf(removed, Math.max(16, 2 * removed.length));
    }
    stale = true;
    return row;
  }

  private int rows() {
    return problem.volunteers() + added.size();
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
      current = solveRemaining();
      stale = false;
    }
    return current;
  }

  /**
   * Solves what remains exactly: the rows not removed, each shift's seats left; the answer is on
   * every row's index.
   */
  private Assignment solveRemaining() {
    int rows = rows();
    List<int[]> pairs = new ArrayList<>();
    int[] original = new int[rows];
    int n = 0;
    for (int v = 0; v < rows; v++) {
      if (removed[v]) {
        continue;
      }
      original[n] = v;
      if (v < problem.volunteers()) {
        for (int i = problem.firstCandidate(v); i < problem.firstCandidate(v + 1); i++) {
          pairs.add(new int[] {n, problem.shiftAt(i), problem.scoreAt(i)});
        }
      } else {
        int[][] row = added.get(v - problem.volunteers());
        for (int i = 0; i < row[0].length; i++) {
          pairs.add(new int[] {n, row[0][i], row[1][i]});
        }
      }
      n++;
    }
    int[] vo = new int[pairs.size()];
    int[] so = new int[pairs.size()];
    int[] sc = new int[pairs.size()];
    for (int k = 0; k < pairs.size(); k++) {
      vo[k] = pairs.get(k)[0];
      so[k] = pairs.get(k)[1];
      sc[k] = pairs.get(k)[2];
    }
    Assignment reduced =
        new ExactAssignmentSolver().solve(AssignmentProblem.of(n, capacity.clone(), vo, so, sc));
    int[] shiftOf = new int[rows];
    Arrays.fill(shiftOf, -1);
    for (int i = 0; i < n; i++) {
      shiftOf[original[i]] = reduced.shiftOf(i);
    }
    return new Assignment(shiftOf, reduced.totalScore());
  }
}
