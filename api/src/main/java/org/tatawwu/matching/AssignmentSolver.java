package org.tatawwu.matching;

/**
 * Solves an {@link AssignmentProblem}: each volunteer gets at most {@link
 * AssignmentProblem#shiftsPerVolunteer()} shifts (one unless the problem says more), never two that
 * overlap, no shift more than its seats. EXACT and GREEDY take several shifts per volunteer; FAST
 * and STABLE place one at most and refuse other problems. Obtain one from {@link
 * org.tatawwu.Tatawwu#assignmentSolver(Mode)}. Implementations are stateless, thread-safe and
 * deterministic.
 */
@FunctionalInterface
public interface AssignmentSolver {
  /** What a solver optimises. */
  enum Mode {
    /**
     * The maximum total score, exactly: successive shortest augmenting paths (Dijkstra with Johnson
     * potentials) in the min-cost flow network source → volunteer → shift → sink, with an
     * "unassigned" arc per volunteer (Ahuja, Magnanti &amp; Orlin, Network Flows, 1993, ch. 9).
     * Time O(V · (E + N) log N) worst case, typically far less; memory O(E + N). A one-off solve
     * gives those paths a budget of work (a few units per candidate pair, volunteer and shift);
     * once it is spent, it solves by cost-scaling push-relabel instead (Goldberg, J. Algorithms 22,
     * 1997: FIFO selection, look-ahead, global price updates; O(N³ log(NC)) worst case for C the
     * highest score), on each volunteer's best candidates first where lists are long, checked
     * against every pair left out, so the result is exact either way. With several shifts per
     * volunteer, the same method on volunteer → (volunteer, time block) → shift, where time blocks
     * are the components of the overlap relation: exact when each block's shifts pairwise overlap
     * (slotted rosters); when overlaps chain, exact under the stricter "one shift per block" and
     * still feasible.
     */
    EXACT,
    /**
     * Fast and near-optimal: a forward auction (Bertsekas, 1988) with similar objects, one price
     * per seat, bid increments of at least ε, where ε is 1/32 of the problem's highest score (at
     * least 1). Not exact: ε-complementary slackness bounds the loss by ε per volunteer placed
     * (scores 1 to 999: at most 31 points each); on the benchmark shapes the total reaches over
     * 99.9% of the optimum, but a small problem can lose more in proportion. Time O(E) per round of
     * bids, at most V + 32 × seats rounds (each bid raises a price by at least ε, up to the highest
     * score); memory 12 bytes per seat and 8 per volunteer.
     */
    FAST,
    /**
     * Greedy by score: pairs in decreasing score (ties by volunteer, then shift), each taken if the
     * volunteer is free (with several shifts per volunteer: has room and no overlapping shift) and
     * the shift has a seat. Not exact; at least half the optimum for one shift per volunteer. Time
     * O(E log E).
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
