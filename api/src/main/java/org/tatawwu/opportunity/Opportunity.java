package org.tatawwu.opportunity;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.tatawwu.field.FieldCode;
import org.tatawwu.organization.EntityId;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.validation.InvalidValueException;

/**
 * A volunteering opportunity offered by a participating entity. Build one with {@link #builder()};
 * user input arrives as an {@link OpportunityDraft}.
 *
 * <p>Invariants checked on construction: shift ids are unique, every shift starts and ends within
 * {@link #period()} in {@link #zone()}, and a sub-field belongs to the field by code.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the 11-digit number, not null
 * @param title the bilingual title, not null
 * @param description the bilingual description, not null
 * @param entity the participating entity offering it, not null
 * @param field the field, not null
 * @param subField the sub-field, if any; its code starts with the field's code
 * @param location on site or remote, not null
 * @param period the first and last day, in {@link #zone()}, not null
 * @param zone the time zone its days are counted in; Asia/Riyadh by default
 * @param shifts the shifts, sorted by start; not null
 * @param expectedHours the hours a volunteer is expected to give, zero or more
 * @param requirements what it asks of volunteers, not null
 * @param skillsBased whether it is a specialised (skills-based) opportunity
 * @param nonProfitWork whether the entity declares the work free of direct or indirect profit
 *     (required of private companies by the Volunteer Work Law)
 * @param status the lifecycle status, not null
 */
@Value.Builder
public record Opportunity(
    OpportunityNumber number,
    BilingualText title,
    BilingualText description,
    EntityId entity,
    FieldCode field,
    Optional<FieldCode> subField,
    Location location,
    DateRange period,
    ZoneId zone,
    List<Shift> shifts,
    Duration expectedHours,
    Requirements requirements,
    boolean skillsBased,
    boolean nonProfitWork,
    OpportunityStatus status)
    implements WithOpportunity {

  /** The default zone: Asia/Riyadh (+03:00, no DST). */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Riyadh");

  /**
   * Checks the invariants and sorts the shifts.
   *
   * @param number the 11-digit number, not null
   * @param title the bilingual title, not null
   * @param description the bilingual description, not null
   * @param entity the participating entity offering it, not null
   * @param field the field, not null
   * @param subField the sub-field, if any; its code starts with the field's code, not null
   * @param location on site or remote, not null
   * @param period the first and last day, in {@link #zone()}, not null
   * @param zone the time zone its days are counted in; Asia/Riyadh by default, not null
   * @param shifts the shifts, sorted by start; not null
   * @param expectedHours the hours a volunteer is expected to give, zero or more
   * @param requirements what it asks of volunteers, not null
   * @param skillsBased whether it is a specialised (skills-based) opportunity
   * @param nonProfitWork whether the entity declares the work free of direct or indirect profit
   *     (required of private companies by the Volunteer Work Law)
   * @param status the lifecycle status, not null
   * @throws InvalidValueException for negative expected hours, a sub-field of another field, two
   *     shifts sharing an id, or a shift outside the period (an instant so far from today that its
   *     day in the zone is not a {@link java.time.LocalDate} lies outside every period)
   */
  public Opportunity {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(subField, "subField");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(requirements, "requirements");
    Objects.requireNonNull(status, "status");
    if (expectedHours.isNegative()) {
      throw new InvalidValueException(
          "opportunity.expectedHours", "expected hours are not negative");
    }
    if (subField.filter(s -> !s.value().startsWith(field.value() + ".")).isPresent()) {
      throw new InvalidValueException(
          "opportunity.subField", "the sub-field does not belong to the field");
    }
    List<Shift> sorted = new ArrayList<>(shifts);
    sorted.sort(
        (a, b) -> {
          int c = a.time().compareTo(b.time());
          return c != 0 ? c : a.id().compareTo(b.id());
        });
    Set<ShiftId> ids = new HashSet<>();
    for (Shift s : sorted) {
      if (!ids.add(s.id())) {
        throw new InvalidValueException("opportunity.shiftId", "two shifts share an id");
      }
      if (!within(period, s.time().start(), zone)
          || !within(period, s.time().end().minusNanos(1), zone)) {
        throw new InvalidValueException(
            "opportunity.shiftOutsidePeriod",
            "every shift must lie within the opportunity's dates");
      }
    }
    shifts = List.copyOf(sorted);
  }

  /**
   * Whether an instant's day in a zone lies within a period; an instant whose day is beyond {@link
   * java.time.LocalDate#MIN} or {@link java.time.LocalDate#MAX} (near {@link Instant#MIN} or {@link
   * Instant#MAX}) does not.
   */
  private static boolean within(DateRange period, Instant instant, ZoneId zone) {
    try {
      return period.contains(instant.atZone(zone).toLocalDate());
    } catch (DateTimeException beyondLocalDate) {
      return false;
    }
  }

  /**
   * Finds a shift by id.
   *
   * @param id not null
   * @return the shift, or empty
   */
  public Optional<Shift> shift(ShiftId id) {
    return shifts.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Returns the total number of seats over all shifts.
   *
   * @return the seats, zero or more
   */
  public long totalSeats() {
    return shifts.stream().mapToLong(Shift::capacity).sum();
  }

  /**
   * Returns a copy in a new lifecycle status.
   *
   * @param target the new status, not null
   * @return the changed copy
   * @throws IllegalStateException if the move is not legal ({@link OpportunityStatus#next()})
   */
  public Opportunity moveTo(OpportunityStatus target) {
    if (!status.canMoveTo(target)) {
      throw new IllegalStateException(
          "an opportunity cannot move from " + status + " to " + target);
    }
    return withStatus(target);
  }

  /**
   * Returns a new builder; location defaults to remote, zone to {@link #DEFAULT_ZONE}, expected
   * hours to zero, requirements to {@link Requirements#NONE}, skills-based to false, non-profit
   * work to true, status to {@link OpportunityStatus#DRAFT}. {@link Builder#build()} names every
   * mandatory part not set.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Opportunity} part by part (generated by Immutables). Not thread-safe; use one
   * builder per thread.
   */
  public static final class Builder extends OpportunityBuilder {
    Builder() {
      location(Location.remote());
      zone(DEFAULT_ZONE);
      expectedHours(Duration.ZERO);
      requirements(Requirements.NONE);
      skillsBased(false);
      nonProfitWork(true);
      status(OpportunityStatus.DRAFT);
    }
  }
}
