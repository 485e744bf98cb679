package org.tatawwu.incident;

/**
 * How a role works: alone, or in teams of a given size, with or without a designated lead.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param size the members of one team including its lead, 1 to 100; 1 for individual work
 * @param leadRequired whether each team must have a designated lead
 */
public record TeamShape(int size, boolean leadRequired) {
  /** Individual work: teams of one, no lead. */
  public static final TeamShape INDIVIDUAL = new TeamShape(1, false);

  /**
   * Checks the size.
   *
   * @param size the members of one team including its lead, 1 to 100; 1 for individual work
   * @param leadRequired whether each team must have a designated lead
   */
  public TeamShape {
    if (size < 1 || size > 100) {
      throw new IllegalArgumentException("a team has 1 to 100 members");
    }
    if (leadRequired && size < 2) {
      throw new IllegalArgumentException("a lead needs a team of two or more");
    }
  }

  /**
   * Returns teams of a size with a lead.
   *
   * @param size 2 to 100, the lead included
   * @return the shape
   */
  public static TeamShape ledTeamsOf(int size) {
    return new TeamShape(size, true);
  }
}
