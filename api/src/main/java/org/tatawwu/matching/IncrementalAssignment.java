package org.tatawwu.matching;

/**
 * An exact assignment that stays optimal as volunteers arrive: each new volunteer costs one
 * shortest-path augmentation, not a re-solve. Obtain one from {@link
 * org.tatawwu.Tatawwu#incrementalAssignment(AssignmentProblem)}. Not thread-safe: confine a session
 * to one thread or guard it.
 */
public interface IncrementalAssignment {
  /**
   * Adds a volunteer with their candidate shifts and re-optimises.
   *
   * @param shifts the candidate shifts, each 0 to S-1, distinct; not null
   * @param scores their scores, 1 to 1,000,000, same length; not null
   * @return the new volunteer's index
   * @throws IllegalArgumentException for a bad shift, score or length
   */
  int addVolunteer(int[] shifts, int[] scores);

  /**
   * Returns the current optimal assignment of every volunteer so far.
   *
   * @return the assignment
   */
  Assignment current();
}
