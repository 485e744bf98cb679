package org.tatawwu.hours;

/** What the ledger does with an {@link HourRule}: skip it, refuse what breaks it, or flag it. */
public enum CheckMode {
  /** Not checked: the caller vouches for it. */
  OFF,
  /**
   * Checked; a submission that breaks the rule, or that the rule cannot be checked for with what
   * the caller supplied, is refused with the rule's code.
   */
  REFUSE,
  /**
   * Checked; a submission that breaks the rule, or cannot be checked, is accepted as submitted and
   * flagged for review with the rule's code ({@link HourEntry#review()}), for a coordinator to
   * approve or reject.
   */
  REVIEW
}
