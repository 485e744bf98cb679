package org.tatawwu.impl.incident;

import org.tatawwu.matching.Assignment;

/**
 * The plan of seats between waves: the optimal assignment of the volunteers still in the running to
 * the offer slots, kept up to date as volunteers leave and come back with other candidate slots and
 * as seats are withdrawn. Rows are numbered from 0: the problem's volunteers first, then each row
 * added, in the order added. Not thread-safe; the command serialises its calls.
 */
interface SeatPlan {
  /**
   * Takes a row out for good; the plan is re-optimised before it is next read ({@link #current()},
   * {@link #removeSeat}), with every change waiting at that point.
   *
   * @param volunteer the row's index, of the problem or added, not removed yet
   */
  void removeVolunteer(int volunteer);

  /**
   * Adds a row with its candidate slots; the plan is re-optimised before it is next read, with
   * every change waiting at that point.
   *
   * @param slots the candidate slots, each a shift of the problem, distinct; not null
   * @param scores their scores, 1 to 1,000,000, same length; not null
   * @return the new row's index: the problem's volunteers plus the rows added before it
   * @throws IllegalArgumentException for a bad slot, score or length
   */
  int addVolunteer(int[] slots, int[] scores);

  /**
   * Withdraws one seat of a shift and re-optimises.
   *
   * @param shift the shift's index, with a seat left
   */
  void removeSeat(int shift);

  /**
   * Returns the optimal assignment of what remains (removed rows unassigned).
   *
   * @return the assignment, over every row's index
   */
  Assignment current();
}
