package org.tatawwu.incident;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an offer stands. Only a pending offer is answered; only an accepted one is released or
 * dropped.
 */
public enum OfferStatus {
  /** Sent, waiting for an answer until its due time. */
  PENDING,
  /** Accepted while the volunteer was still eligible and a seat was free. */
  ACCEPTED,
  /** Declined by the volunteer. */
  DECLINED,
  /** No answer by the due time. */
  NO_ANSWER,
  /** Withdrawn by the command because the shift filled first or the call-outs stopped. */
  WITHDRAWN,
  /** An acceptance refused because the volunteer was no longer eligible when answering. */
  INELIGIBLE,
  /** Accepted, then the volunteer dropped out. */
  DROPPED_OUT,
  /** Accepted and released at the stand-down. */
  RELEASED;

  /**
   * Returns the statuses this one may move to.
   *
   * @return the legal next statuses, empty for a final status
   */
  public Set<OfferStatus> next() {
    return switch (this) {
      case PENDING -> EnumSet.of(ACCEPTED, DECLINED, NO_ANSWER, WITHDRAWN, INELIGIBLE);
      case ACCEPTED -> EnumSet.of(DROPPED_OUT, RELEASED);
      default -> EnumSet.noneOf(OfferStatus.class);
    };
  }
}
