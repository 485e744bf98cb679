package org.tatawwu.eligibility;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.organization.ParticipatingEntity;

/**
 * A shift on offer: the shift, its opportunity and the entity offering it, with the local day the
 * shift starts on (in the opportunity's zone), computed once.
 *
 * <p>This class is immutable and thread-safe. Equality is by entity, opportunity and shift.
 */
public final class ShiftOffer {
  private final ParticipatingEntity entity;
  private final Opportunity opportunity;
  private final Shift shift;
  private final LocalDate day;

  /**
   * Creates an offer.
   *
   * @param entity the offering entity, not null
   * @param opportunity the opportunity, not null
   * @param shift one of its shifts, not null
   * @throws IllegalArgumentException if the shift is not the opportunity's or the entity is not the
   *     one offering it
   */
  public ShiftOffer(ParticipatingEntity entity, Opportunity opportunity, Shift shift) {
    this.entity = Objects.requireNonNull(entity, "entity");
    this.opportunity = Objects.requireNonNull(opportunity, "opportunity");
    this.shift = Objects.requireNonNull(shift, "shift");
    if (!opportunity.shifts().contains(shift)) {
      throw new IllegalArgumentException("the shift is not one of the opportunity's shifts");
    }
    if (!entity.id().equals(opportunity.entity())) {
      throw new IllegalArgumentException("the entity does not offer this opportunity");
    }
    this.day = LocalDate.ofInstant(shift.time().start(), opportunity.zone());
  }

  /**
   * Returns the offering entity.
   *
   * @return the entity
   */
  public ParticipatingEntity entity() {
    return entity;
  }

  /**
   * Returns the opportunity.
   *
   * @return the opportunity
   */
  public Opportunity opportunity() {
    return opportunity;
  }

  /**
   * Returns the shift.
   *
   * @return the shift
   */
  public Shift shift() {
    return shift;
  }

  /**
   * Returns the local date on which the shift starts, in the opportunity's zone.
   *
   * @return the day
   */
  public LocalDate day() {
    return day;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ShiftOffer other
        && entity.equals(other.entity)
        && opportunity.equals(other.opportunity)
        && shift.equals(other.shift);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entity, opportunity, shift);
  }

  @Override
  public String toString() {
    return "ShiftOffer[entity="
        + entity.id()
        + ", opportunity="
        + opportunity.number()
        + ", shift="
        + shift.id()
        + "]";
  }
}
