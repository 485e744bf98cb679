package org.tatawwu.incident;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an incident: declared, active, scaling down, closed. Needs are opened while
 * declared or active; call-outs run while active; scaling down stops new call-outs; closing
 * releases every volunteer. Closed is final.
 */
public enum IncidentStatus {
  /** Declared by the leading entity; needs may be opened, nobody called out yet. */
  DECLARED,
  /** Call-outs and deployments under way. */
  ACTIVE,
  /** No new call-outs and pending offers withdrawn; deployed volunteers finish their shifts. */
  SCALING_DOWN,
  /** Stood down: every volunteer released; final. */
  CLOSED;

  /**
   * Returns the statuses this one may move to.
   *
   * @return the legal next statuses, empty once closed
   */
  public Set<IncidentStatus> next() {
    return switch (this) {
      case DECLARED -> EnumSet.of(ACTIVE, CLOSED);
      case ACTIVE -> EnumSet.of(SCALING_DOWN, CLOSED);
      case SCALING_DOWN -> EnumSet.of(ACTIVE, CLOSED);
      case CLOSED -> EnumSet.noneOf(IncidentStatus.class);
    };
  }
}
