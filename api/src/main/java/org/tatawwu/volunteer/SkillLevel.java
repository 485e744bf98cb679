package org.tatawwu.volunteer;

/** How well a volunteer masters a skill, in increasing order. */
public enum SkillLevel {
  /** Knows the basics. */
  BASIC,
  /** Works without supervision. */
  INTERMEDIATE,
  /** Handles hard cases. */
  ADVANCED,
  /** Can teach and certify others. */
  EXPERT;

  /**
   * Returns whether this level meets a minimum.
   *
   * @param minimum the minimum, not null
   * @return true when this level is at least {@code minimum}
   */
  public boolean meets(SkillLevel minimum) {
    return compareTo(minimum) >= 0;
  }
}
