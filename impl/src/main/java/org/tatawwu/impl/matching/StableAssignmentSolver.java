package org.tatawwu.impl.matching;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.PriorityQueue;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;

/**
 * Volunteer-proposing deferred acceptance with capacities (Gale &amp; Shapley, 1962; the
 * hospitals/residents form). A volunteer proposes to candidate shifts in decreasing score (ties:
 * lower shift index); a shift keeps its best proposers by score (ties: lower volunteer index) up to
 * its seats and rejects the rest. The result is stable and volunteer-optimal among stable
 * assignments. Time O(E log E); stateless and thread-safe.
 */
public final class StableAssignmentSolver implements AssignmentSolver {
  /** Creates the solver. */
  public StableAssignmentSolver() {}

  @Override
  public Assignment solve(AssignmentProblem p) {
    Objects.requireNonNull(p, "problem");
    OneShift.require(p, "the STABLE mode");
    int v = p.volunteers();
    // Each volunteer's candidate indices in preference order.
    int[][] order = new int[v][];
    for (int u = 0; u < v; u++) {
      int from = p.firstCandidate(u);
      int to = p.firstCandidate(u + 1);
      long[] keys = new long[to - from];
      for (int i = from; i < to; i++) {
        keys[i - from] = ((long) (1_000_000 - p.scoreAt(i)) << 32) | i;
      }
      Arrays.sort(keys);
      order[u] = new int[keys.length];
      for (int k = 0; k < keys.length; k++) {
        order[u][k] = (int) keys[k];
      }
    }
    int[] next = new int[v];
    int[] edgeOf = new int[v];
    Arrays.fill(edgeOf, -1);
    // Each shift's held proposals: worst on top (lowest score, then highest volunteer index).
    java.util.Comparator<int[]> worstFirst =
        (a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(b[0], a[0]);
    java.util.List<PriorityQueue<int[]>> held = new java.util.ArrayList<>(p.shifts());
    for (int s = 0; s < p.shifts(); s++) {
      held.add(new PriorityQueue<>(worstFirst));
    }
    ArrayDeque<Integer> free = new ArrayDeque<>();
    for (int u = 0; u < v; u++) {
      free.add(u);
    }
    while (!free.isEmpty()) {
      int u = free.poll();
      if (next[u] >= order[u].length) {
        continue;
      }
      int i = order[u][next[u]++];
      int s = p.shiftAt(i);
      if (p.capacity(s) == 0) {
        free.add(u);
        continue;
      }
      held.get(s).add(new int[] {u, p.scoreAt(i), i});
      edgeOf[u] = i;
      if (held.get(s).size() > p.capacity(s)) {
        int[] rejected = java.util.Objects.requireNonNull(held.get(s).poll());
        edgeOf[rejected[0]] = -1;
        free.add(rejected[0]);
      }
    }
    int[] shiftOf = new int[v];
    long total = 0;
    for (int u = 0; u < v; u++) {
      shiftOf[u] = edgeOf[u] >= 0 ? p.shiftAt(edgeOf[u]) : -1;
      total += edgeOf[u] >= 0 ? p.scoreAt(edgeOf[u]) : 0;
    }
    return new Assignment(shiftOf, total);
  }
}
