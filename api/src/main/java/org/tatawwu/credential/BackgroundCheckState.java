package org.tatawwu.credential;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a background check: requested, consented by the volunteer, in progress, then
 * cleared or flagged; a cleared check expires. Flagged and expired are final: a new check is a new
 * case.
 */
public enum BackgroundCheckState {
  /** Asked for by the entity; the volunteer has not consented yet. */
  REQUESTED,
  /** The volunteer consented to the check. */
  CONSENTED,
  /** With the checking authority. */
  IN_PROGRESS,
  /** Nothing found; counts until its last valid day. */
  CLEARED,
  /** A finding bars the volunteer from work that requires a check; the volunteer is told why. */
  FLAGGED,
  /** A cleared check past its last valid day. */
  EXPIRED;

  /**
   * Returns the states this one may move to.
   *
   * @return the legal next states, empty for a final state
   */
  public Set<BackgroundCheckState> next() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(CONSENTED);
      case CONSENTED -> EnumSet.of(IN_PROGRESS);
      case IN_PROGRESS -> EnumSet.of(CLEARED, FLAGGED);
      case CLEARED -> EnumSet.of(EXPIRED);
      case FLAGGED, EXPIRED -> EnumSet.noneOf(BackgroundCheckState.class);
    };
  }
}
