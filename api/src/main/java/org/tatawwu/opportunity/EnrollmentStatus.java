package org.tatawwu.opportunity;

import java.util.EnumSet;
import java.util.Set;

/**
 * An enrollment's lifecycle. Legal moves: applied → accepted, waitlisted, rejected or withdrawn;
 * waitlisted → accepted, rejected or withdrawn; accepted → withdrawn, attended or no-show.
 * Rejected, withdrawn, attended and no-show are final.
 */
public enum EnrollmentStatus {
  /** Applied, not yet decided. */
  APPLIED,
  /** Holds a seat. */
  ACCEPTED,
  /** Waiting for a seat, in order of application. */
  WAITLISTED,
  /** Turned down. Final. */
  REJECTED,
  /** Withdrawn by the volunteer. Final. */
  WITHDRAWN,
  /** Came to the shift. Final. */
  ATTENDED,
  /** Held a seat and did not come. Final. */
  NO_SHOW;

  /**
   * Returns the statuses this one may move to.
   *
   * @return the legal next statuses
   */
  public Set<EnrollmentStatus> next() {
    return switch (this) {
      case APPLIED -> EnumSet.of(ACCEPTED, WAITLISTED, REJECTED, WITHDRAWN);
      case WAITLISTED -> EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN);
      case ACCEPTED -> EnumSet.of(WITHDRAWN, ATTENDED, NO_SHOW);
      case REJECTED, WITHDRAWN, ATTENDED, NO_SHOW -> EnumSet.noneOf(EnrollmentStatus.class);
    };
  }

  /**
   * Returns whether moving to {@code target} is legal.
   *
   * @param target not null
   * @return true when legal
   */
  public boolean canMoveTo(EnrollmentStatus target) {
    return next().contains(target);
  }

  /**
   * Returns whether the enrollment holds (or held) a seat that counts against the shift's capacity:
   * accepted, attended, and no-show (the seat was kept until the shift). The hour ledger's seat
   * check counts what backs work instead: a no-show's seat is free for a walk-in's hours.
   *
   * @return true for accepted, attended and no-show
   */
  public boolean holdsSeat() {
    return this == ACCEPTED || this == ATTENDED || this == NO_SHOW;
  }
}
