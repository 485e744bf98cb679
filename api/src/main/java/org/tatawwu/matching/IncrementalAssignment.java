package org.tatawwu.matching;

/**
 * An exact assignment that stays optimal as volunteers arrive and leave and as seats are withdrawn:
 * each change costs one shortest-path search in the residual network, not a re-solve. After any
 * sequence of changes, {@link #current()} has the total score of a full exact solve of what remains
 * (the volunteers added and not removed, each shift's seats less those removed). Obtain one from
 * {@link org.tatawwu.Tatawwu#incrementalAssignment(AssignmentProblem)}. Not thread-safe: confine a
 * session to one thread or guard it.
 */
public interface IncrementalAssignment {
  /**
   * Adds a volunteer with their candidate shifts and re-optimises. Time: one shortest-path search,
   * O((E + N) log N) worst case for E candidate pairs and N volunteers and shifts, usually far
   * less.
   *
   * @param shifts the candidate shifts, each 0 to S-1, distinct; not null
   * @param scores their scores, 1 to 1,000,000, same length; not null
   * @return the new volunteer's index
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException for a bad shift, score or length
   */
  int addVolunteer(int[] shifts, int[] scores);

  /**
   * Removes a volunteer who declined or dropped out: they are unassigned for good (never placed
   * again; their index stays taken and {@link Assignment#shiftOf} says -1), and the others are
   * re-optimised, so that the assignment stays exactly optimal for the volunteers who remain. When
   * the volunteer held a seat, that seat goes to whoever gains most from it, possibly through a
   * chain of moves, or stays free: one shortest-path search from the freed seat, O((E + N) log N)
   * worst case. When they held none, O(1).
   *
   * @param volunteer the volunteer's index, as given by the initial problem or {@link
   *     #addVolunteer}; one not removed yet
   * @throws IllegalArgumentException for an index out of range or a volunteer already removed
   */
  void removeVolunteer(int volunteer);

  /**
   * Removes several volunteers at once, as after a wave's declines: the result has the total score
   * of removing them one by one with {@link #removeVolunteer}, hence of a full exact solve of what
   * remains. The seats they held are refilled or freed by one shortest-path search each, every
   * search stopping at the nearest freed seat, so a large batch costs far less than the same
   * removals one at a time. Nothing changes when any index is refused.
   *
   * @param volunteers the volunteers' indices, as for {@link #removeVolunteer}, each listed once
   *     and not removed yet; not null, may be empty
   * @throws NullPointerException if {@code volunteers} is null
   * @throws IllegalArgumentException for an index out of range, listed twice or already removed
   */
  void removeVolunteers(int... volunteers);

  /**
   * Withdraws one seat of a shift and re-optimises. When the shift had a free seat, O(1); when it
   * was full, the volunteer whose leaving costs least leaves it, possibly moving to another shift
   * through a chain of moves or becoming unassigned: one shortest-path search, O((E + N) log N)
   * worst case.
   *
   * @param shift the shift, 0 to S-1, with at least one seat left
   * @throws IllegalArgumentException for a shift out of range or one with no seat left
   */
  void removeSeat(int shift);

  /**
   * Returns the current optimal assignment of every volunteer so far (removed ones unassigned).
   *
   * @return the assignment
   */
  Assignment current();
}
