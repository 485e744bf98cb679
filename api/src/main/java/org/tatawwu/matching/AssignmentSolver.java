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
     * Fast and within 0.1% of the optimum, by proof: forward auctions with similar objects
     * (Bertsekas, 1988; Bertsekas and Castañon, 1989), each phase from zero prices, returned only
     * when an LP dual bound (tightened by coordinate descent on the dual where needed) shows the
     * total is at least 999/1000 of the optimum, or when the phase's ε alone guarantees it; where
     * neither can be shown (a total under one point per volunteer who could be placed), the exact
     * mode solves. Time per phase O(E) per round of bids plus O(E) for the bound, pseudo-polynomial
     * in the worst case; memory 12 bytes per seat (seats capped at each shift's candidates), 16 per
     * volunteer, and 8 per pair once the descent runs. One shift per volunteer.
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
   * @throws NullPointerException if {@code problem} is null
   * @throws IllegalArgumentException from the FAST and STABLE modes, for a problem that allows
   *     several shifts per volunteer ({@link AssignmentProblem#withShiftsPerVolunteer}); EXACT and
   *     GREEDY solve those
   */
  Assignment solve(AssignmentProblem problem);
}
