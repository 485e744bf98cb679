package org.tatawwu.matching;

import java.util.Objects;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * An eligible volunteer and shift, with the score that ranks them and its explanation.
 *
 * @param volunteer the volunteer, not null
 * @param offer the shift on offer, not null
 * @param score the score and its breakdown, not null
 */
public record Match(VolunteerId volunteer, ShiftOffer offer, MatchScore score) {
  /**
   * Checks for nulls.
   *
   * @param volunteer the volunteer, not null
   * @param offer the shift on offer, not null
   * @param score the score and its breakdown, not null
   */
  public Match {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(offer, "offer");
    Objects.requireNonNull(score, "score");
  }
}
