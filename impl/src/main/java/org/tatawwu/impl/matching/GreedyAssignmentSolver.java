package org.tatawwu.impl.matching;

import java.util.Arrays;
import java.util.Objects;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;

/**
 * Greedy by score: pairs sorted by decreasing score, then volunteer, then shift (one primitive sort
 * of packed keys), each taken when the volunteer is free and the shift has a seat. Stateless and
 * thread-safe.
 */
public final class GreedyAssignmentSolver implements AssignmentSolver {
  /** Creates the solver. */
  public GreedyAssignmentSolver() {}

  @Override
  public Assignment solve(AssignmentProblem p) {
    Objects.requireNonNull(p, "problem");
    int n = p.pairs();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      // Higher score first: sort ascending on (1,000,000 - score), then pair index (volunteer,
      // shift order).
      keys[i] = ((long) (1_000_000 - p.scoreAt(i)) << 32) | i;
    }
    Arrays.sort(keys);
    int[] volunteerOf = new int[n];
    for (int u = 0, i = 0; u < p.volunteers(); u++) {
      for (; i < p.firstCandidate(u + 1); i++) {
        volunteerOf[i] = u;
      }
    }
    if (p.shiftsPerVolunteer() > 1) {
      return several(p, keys, volunteerOf);
    }
    int[] shiftOf = new int[p.volunteers()];
    Arrays.fill(shiftOf, -1);
    int[] load = new int[p.shifts()];
    long total = 0;
    for (long key : keys) {
      int i = (int) key;
      int u = volunteerOf[i];
      int s = p.shiftAt(i);
      if (shiftOf[u] < 0 && load[s] < p.capacity(s)) {
        shiftOf[u] = s;
        load[s]++;
        total += p.scoreAt(i);
      }
    }
    return new Assignment(shiftOf, total);
  }

  /** Up to N shifts per volunteer: a pair is taken when it overlaps none of the volunteer's. */
  private static Assignment several(AssignmentProblem p, long[] keys, int[] volunteerOf) {
    int n = p.shiftsPerVolunteer();
    int[][] taken = new int[p.volunteers()][];
    for (int u = 0; u < taken.length; u++) {
      // no more than its candidates, however large the limit
      taken[u] = new int[Math.min(n, p.firstCandidate(u + 1) - p.firstCandidate(u))];
    }
    int[] count = new int[p.volunteers()];
    int[] load = new int[p.shifts()];
    long total = 0;
    for (long key : keys) {
      int i = (int) key;
      int u = volunteerOf[i];
      int s = p.shiftAt(i);
      if (count[u] == n || load[s] == p.capacity(s)) {
        continue;
      }
      boolean clash = false;
      for (int t = 0; t < count[u] && !clash; t++) {
        clash = p.overlap(s, taken[u][t]);
      }
      if (!clash) {
        taken[u][count[u]++] = s;
        load[s]++;
        total += p.scoreAt(i);
      }
    }
    int[][] shiftsOf = new int[p.volunteers()][];
    for (int u = 0; u < shiftsOf.length; u++) {
      shiftsOf[u] = Arrays.copyOf(taken[u], count[u]);
    }
    return Assignment.ofShifts(shiftsOf, total);
  }
}
