package org.tatawwu.eligibility;

import java.util.Objects;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.organization.ParticipatingEntity;

/**
 * A shift on offer: the shift, its opportunity and the entity offering it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entity the offering entity, not null
 * @param opportunity the opportunity, not null
 * @param shift one of its shifts, not null
 */
public record ShiftOffer(ParticipatingEntity entity, Opportunity opportunity, Shift shift) {
  /** Checks for nulls. */
  public ShiftOffer {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(shift, "shift");
  }
}
