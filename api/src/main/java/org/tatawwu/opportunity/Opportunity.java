package org.tatawwu.opportunity;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
    OpportunityStatus status) {

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
      if (!period.contains(s.time().start().atZone(zone).toLocalDate())
          || !period.contains(s.time().end().minusNanos(1).atZone(zone).toLocalDate())) {
        throw new InvalidValueException(
            "opportunity.shiftOutsidePeriod",
            "every shift must lie within the opportunity's dates");
      }
    }
    shifts = List.copyOf(sorted);
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
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
    return new Opportunity(
        number,
        title,
        description,
        entity,
        field,
        subField,
        location,
        period,
        zone,
        shifts,
        expectedHours,
        requirements,
        skillsBased,
        nonProfitWork,
        target);
  }

  /** Builds an {@link Opportunity}. Not thread-safe. */
  public static final class Builder {
    private @Nullable OpportunityNumber number;
    private @Nullable BilingualText title;
    private @Nullable BilingualText description;
    private @Nullable EntityId entity;
    private @Nullable FieldCode field;
    private @Nullable FieldCode subField;
    private Location location = Location.remote();
    private @Nullable DateRange period;
    private ZoneId zone = DEFAULT_ZONE;
    private final List<Shift> shifts = new ArrayList<>();
    private Duration expectedHours = Duration.ZERO;
    private Requirements requirements = Requirements.NONE;
    private boolean skillsBased;
    private boolean nonProfitWork = true;
    private OpportunityStatus status = OpportunityStatus.DRAFT;

    private Builder() {}

    /**
     * Sets the number.
     *
     * @param number not null
     * @return this builder
     */
    public Builder number(OpportunityNumber number) {
      this.number = number;
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title not null
     * @return this builder
     */
    public Builder title(BilingualText title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the description; defaults to the title.
     *
     * @param description not null
     * @return this builder
     */
    public Builder description(BilingualText description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the entity.
     *
     * @param entity not null
     * @return this builder
     */
    public Builder entity(EntityId entity) {
      this.entity = entity;
      return this;
    }

    /**
     * Sets the field and, optionally, the sub-field.
     *
     * @param field not null
     * @param subField the sub-field, or null
     * @return this builder
     */
    public Builder field(FieldCode field, @Nullable FieldCode subField) {
      this.field = field;
      this.subField = subField;
      return this;
    }

    /**
     * Sets the location; defaults to remote.
     *
     * @param location not null
     * @return this builder
     */
    public Builder location(Location location) {
      this.location = Objects.requireNonNull(location);
      return this;
    }

    /**
     * Sets the first and last day.
     *
     * @param period not null
     * @return this builder
     */
    public Builder period(DateRange period) {
      this.period = period;
      return this;
    }

    /**
     * Sets the zone; defaults to Asia/Riyadh.
     *
     * @param zone not null
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone);
      return this;
    }

    /**
     * Adds a shift.
     *
     * @param shift not null
     * @return this builder
     */
    public Builder shift(Shift shift) {
      shifts.add(Objects.requireNonNull(shift));
      return this;
    }

    /**
     * Sets the expected hours.
     *
     * @param hours zero or more
     * @return this builder
     */
    public Builder expectedHours(Duration hours) {
      this.expectedHours = Objects.requireNonNull(hours);
      return this;
    }

    /**
     * Sets the requirements; defaults to {@link Requirements#NONE}.
     *
     * @param requirements not null
     * @return this builder
     */
    public Builder requirements(Requirements requirements) {
      this.requirements = Objects.requireNonNull(requirements);
      return this;
    }

    /**
     * Marks it as a specialised (skills-based) opportunity.
     *
     * @param skillsBased the flag
     * @return this builder
     */
    public Builder skillsBased(boolean skillsBased) {
      this.skillsBased = skillsBased;
      return this;
    }

    /**
     * Declares whether the work is free of profit; defaults to true.
     *
     * @param nonProfitWork the declaration
     * @return this builder
     */
    public Builder nonProfitWork(boolean nonProfitWork) {
      this.nonProfitWork = nonProfitWork;
      return this;
    }

    /**
     * Sets the status; defaults to draft.
     *
     * @param status not null
     * @return this builder
     */
    public Builder status(OpportunityStatus status) {
      this.status = Objects.requireNonNull(status);
      return this;
    }

    /**
     * Builds the opportunity.
     *
     * @return the opportunity
     * @throws NullPointerException if number, title, entity, field or period is not set
     * @throws InvalidValueException if an invariant is broken
     */
    public Opportunity build() {
      BilingualText t = Objects.requireNonNull(title, "title");
      return new Opportunity(
          Objects.requireNonNull(number, "number"),
          t,
          description != null ? description : t,
          Objects.requireNonNull(entity, "entity"),
          Objects.requireNonNull(field, "field"),
          Optional.ofNullable(subField),
          location,
          Objects.requireNonNull(period, "period"),
          zone,
          shifts,
          expectedHours,
          requirements,
          skillsBased,
          nonProfitWork,
          status);
    }
  }
}
