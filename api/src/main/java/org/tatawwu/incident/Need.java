package org.tatawwu.incident;

import java.util.Objects;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.ParticipatingEntity;

/**
 * One need of an incident: a role at one place, as an {@link Opportunity} of a participating entity
 * (the leading one or a partner) whose shifts give the seats per shift at that place. Hours are
 * recorded against the opportunity's number, which ties them to the incident.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the need's identifier, not null
 * @param role the role, not null
 * @param opportunity the place, shifts and seats, with the role's requirements; not null
 * @param entity the entity offering the opportunity, not null
 */
public record Need(NeedId id, Role role, Opportunity opportunity, ParticipatingEntity entity) {
  /**
   * Checks that the opportunity asks what the role asks, has at least one shift, at most {@link
   * IncidentCommand#MAX_SEATS} seats in all, and is the entity's.
   *
   * @param id the need's identifier, not null
   * @param role the role, not null
   * @param opportunity the place, shifts and seats, with the role's requirements; not null
   * @param entity the entity offering the opportunity, not null
   * @throws NullPointerException if a component is null
   * @throws org.tatawwu.validation.RuleException naming every mismatch at once ({@code
   *     need.entityMismatch}, {@code need.requirementsMismatch}, {@code need.noShift}, {@code
   *     need.tooManySeats}), in English and Arabic
   */
  public Need {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(entity, "entity");
    long seats = 0;
    for (Shift s : opportunity.shifts()) {
      seats += s.capacity();
    }
    Refusals refusals = new Refusals();
    refusals.when(!entity.id().equals(opportunity.entity()), "need.entityMismatch", "entity");
    refusals.when(
        !opportunity.requirements().equals(role.requirements()),
        "need.requirementsMismatch",
        "opportunity");
    refusals.when(opportunity.shifts().isEmpty(), "need.noShift", "opportunity");
    refusals.when(seats > IncidentCommand.MAX_SEATS, "need.tooManySeats", "opportunity");
    refusals.throwIfAny();
  }

  /**
   * Returns the seats of all shifts.
   *
   * @return the sum of the shifts' capacities, 1 to {@link IncidentCommand#MAX_SEATS}
   */
  public int seats() {
    int seats = 0;
    for (Shift s : opportunity.shifts()) {
      seats += s.capacity();
    }
    return seats;
  }

  /**
   * Returns one of the need's shifts.
   *
   * @param shift the shift's id, not null
   * @return the shift
   * @throws IllegalArgumentException if the need has no such shift
   */
  public Shift shift(ShiftId shift) {
    for (Shift s : opportunity.shifts()) {
      if (s.id().equals(shift)) {
        return s;
      }
    }
    throw new IllegalArgumentException("the need has no shift " + shift);
  }
}
