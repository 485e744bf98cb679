package org.tatawwu.impl.incident;

import org.tatawwu.matching.Assignment;

/**
 * The plan of seats between waves: the optimal assignment of the volunteers still in the running to
 * the offer slots, kept up to date as volunteers leave and seats are withdrawn. Not thread-safe;
 * the command serialises its calls.
 */
interface SeatPlan {
  /**
   * Takes a volunteer out for good; the plan is re-optimised before it is next read ({@link
   * #current()}, {@link #removeSeat}), with every removal waiting at that point.
   *
   * @param volunteer the volunteer's index in the plan's problem, not removed yet
   */
  void removeVolunteer(int volunteer);

  /**
   * Withdraws one seat of a shift and re-optimises.
   *
   * @param shift the shift's index, with a seat left
   */
  void removeSeat(int shift);

  /**
   * Returns the optimal assignment of what remains (removed volunteers unassigned).
   *
   * @return the assignment, over the original problem's indices
   */
  Assignment current();
}
