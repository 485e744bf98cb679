package org.tatawwu.opportunity;

import java.util.EnumSet;
import java.util.Set;

/**
 * An opportunity's lifecycle. Legal moves: draft → published or cancelled; published → closed or
 * cancelled; closed → published (reopened), completed or cancelled. Completed and cancelled are
 * final.
 */
public enum OpportunityStatus {
  /** Being prepared; not visible to volunteers. */
  DRAFT,
  /** Open for applications. */
  PUBLISHED,
  /** No longer taking applications; shifts may still run. */
  CLOSED,
  /** Done; hours can be recorded and certified. Final. */
  COMPLETED,
  /** Called off. Final. */
  CANCELLED;

  /**
   * Returns the statuses this one may move to.
   *
   * @return the legal next statuses, empty for a final status
   */
  public Set<OpportunityStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(PUBLISHED, CANCELLED);
      case PUBLISHED -> EnumSet.of(CLOSED, CANCELLED);
      case CLOSED -> EnumSet.of(PUBLISHED, COMPLETED, CANCELLED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(OpportunityStatus.class);
    };
  }

  /**
   * Returns whether moving to {@code target} is legal.
   *
   * @param target not null
   * @return true when legal
   */
  public boolean canMoveTo(OpportunityStatus target) {
    return next().contains(target);
  }
}
