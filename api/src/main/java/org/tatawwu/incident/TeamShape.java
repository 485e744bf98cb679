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
   * @throws org.tatawwu.validation.RuleException naming every problem at once ({@code
   *     teamShape.size}, {@code teamShape.leadAlone}), in English and Arabic
   */
  public TeamShape {
    Refusals refusals = new Refusals();
    refusals.when(size < 1 || size > 100, "teamShape.size", "size");
    refusals.when(leadRequired && size < 2, "teamShape.leadAlone", "leadRequired");
    refusals.throwIfAny();
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
