package org.tatawwu.matching;

/**
 * Solves an {@link AssignmentProblem}: each volunteer gets at most one shift, no shift more than
 * its seats. Obtain one from {@link org.tatawwu.Tatawwu#assignmentSolver(Mode)}. Implementations
 * are stateless, thread-safe and deterministic.
 */
@FunctionalInterface
public interface AssignmentSolver {
  /** What a solver optimises. */
  enum Mode {
    /**
     * The maximum total score, exactly: successive shortest augmenting paths (Dijkstra with Johnson
     * potentials) in the min-cost flow network source → volunteer → shift → sink, with an
     * "unassigned" arc per volunteer (Ahuja, Magnanti &amp; Orlin, Network Flows, 1993, ch. 9).
     * Time O(V · (E + N) log N) worst case, typically far less; memory O(E + N).
     */
    EXACT,
    /**
     * Fast and near-optimal: a forward auction (Bertsekas, 1988) with similar objects, one price
     * per seat, bid increments of at least one point. Not exact: ε-complementary slackness with ε =
     * 1 bounds the loss by one point per volunteer; on the benchmark shapes it reaches over 99.9%
     * of the optimum. Time O(E) per round of bids, pseudo-polynomial in the worst case (each bid
     * raises a price by at least 1, up to the highest score); memory 12 bytes per seat and 8 per
     * volunteer.
     */
    FAST,
    /**
     * Greedy by score: pairs in decreasing score (ties by volunteer, then shift), each taken if the
     * volunteer is free and the shift has a seat. Not exact; at least half the optimum. Time O(E
     * log E).
     */
    GREEDY,
    /**
     * Stable: volunteer-proposing deferred acceptance with capacities (Gale &amp; Shapley, 1962),
     * preferences by score (ties by lower index). No volunteer and shift both prefer each other to
     * what they got. Not score-optimal. Time O(E log E).
     */
    STABLE
  }

  /**
   * Solves a problem.
   *
   * @param problem the problem, not null
   * @return a feasible assignment
   */
  Assignment solve(AssignmentProblem problem);
}
