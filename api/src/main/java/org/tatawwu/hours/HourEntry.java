package org.tatawwu.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.Region;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * An entry of the ledger as it stands: what was submitted, the minutes credited under the policy,
 * the dimensions it is counted under, and its workflow status.
 *
 * <p>This class is immutable and thread-safe; a status change yields a new instance.
 *
 * @param id the ledger's identifier
 * @param key the submission's idempotency key
 * @param volunteer the volunteer
 * @param opportunity the opportunity
 * @param entity the entity offering it
 * @param supervisingEntity the entity's supervising entity
 * @param field the opportunity's field
 * @param region the region (the opportunity's on site, the entity's for remote work)
 * @param day the local date the work started, in the opportunity's zone
 * @param time when the work was done
 * @param creditedMinutes the minutes credited after rounding, 1 or more
 * @param source where it came from
 * @param compulsory whether the hours were compulsory
 * @param status the workflow status
 * @param submittedAt when the ledger accepted it
 * @param submittedBy who submitted it
 * @param corrects the entry this one corrects, for a correction
 * @param supersededBy the correction that replaced this entry, once superseded
 * @param decidedBy who approved or rejected it
 * @param decidedAt when
 * @param note the rejection reason or the correction's reason
 * @param shift the shift the work was done in, if the submission named one
 * @param review why the entry awaits a coordinator's review: the rules of {@link HourVerification}
 *     in {@link CheckMode#REVIEW} that it broke or that could not be checked, in rule order; empty
 *     when nothing is in doubt ({@link HourLedger#explain} words them)
 * @param evidence the attendance evidence that held beyond the source ({@link #evidenceGrade()}
 *     grades both)
 */
@Value.Builder
public record HourEntry(
    HourEntryId id,
    IdempotencyKey key,
    VolunteerId volunteer,
    OpportunityNumber opportunity,
    EntityId entity,
    EntityId supervisingEntity,
    FieldCode field,
    Region region,
    LocalDate day,
    TimeRange time,
    int creditedMinutes,
    HourSource source,
    boolean compulsory,
    HourStatus status,
    Instant submittedAt,
    String submittedBy,
    Optional<HourEntryId> corrects,
    Optional<HourEntryId> supersededBy,
    Optional<String> decidedBy,
    Optional<Instant> decidedAt,
    Optional<String> note,
    Optional<ShiftId> shift,
    List<Violation> review,
    HourEvidence evidence)
    implements WithHourEntry {

  /**
   * Checks for nulls.
   *
   * @param id the ledger's identifier, not null
   * @param key the submission's idempotency key, not null
   * @param volunteer the volunteer, not null
   * @param opportunity the opportunity, not null
   * @param entity the entity offering it, not null
   * @param supervisingEntity the entity's supervising entity, not null
   * @param field the opportunity's field, not null
   * @param region the region (the opportunity's on site, the entity's for remote work), not null
   * @param day the local date the work started, in the opportunity's zone, not null
   * @param time when the work was done, not null
   * @param creditedMinutes the minutes credited after rounding, 1 or more
   * @param source where it came from, not null
   * @param compulsory whether the hours were compulsory
   * @param status the workflow status, not null
   * @param submittedAt when the ledger accepted it, not null
   * @param submittedBy who submitted it, not null
   * @param corrects the entry this one corrects, for a correction, not null
   * @param supersededBy the correction that replaced this entry, once superseded, not null
   * @param decidedBy who approved or rejected it, not null
   * @param decidedAt when, not null
   * @param note the rejection reason or the correction's reason, not null
   * @param shift the shift the work was done in, if the submission named one, not null
   * @param review why the entry awaits a coordinator's review, not null, empty when nothing is in
   *     doubt
   * @param evidence the attendance evidence that held beyond the source, not null
   */
  public HourEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(supervisingEntity, "supervisingEntity");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(submittedBy, "submittedBy");
    Objects.requireNonNull(corrects, "corrects");
    Objects.requireNonNull(supersededBy, "supersededBy");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(shift, "shift");
    review = List.copyOf(review);
    Objects.requireNonNull(evidence, "evidence");
    if (creditedMinutes < 1) {
      throw new IllegalArgumentException("an entry credits at least one minute");
    }
  }

  /**
   * Creates an entry that names no shift, awaits no review and has no attendance evidence.
   *
   * @param id the ledger's identifier, not null
   * @param key the submission's idempotency key, not null
   * @param volunteer the volunteer, not null
   * @param opportunity the opportunity, not null
   * @param entity the entity offering it, not null
   * @param supervisingEntity the entity's supervising entity, not null
   * @param field the opportunity's field, not null
   * @param region the region (the opportunity's on site, the entity's for remote work), not null
   * @param day the local date the work started, in the opportunity's zone, not null
   * @param time when the work was done, not null
   * @param creditedMinutes the minutes credited after rounding, 1 or more
   * @param source where it came from, not null
   * @param compulsory whether the hours were compulsory
   * @param status the workflow status, not null
   * @param submittedAt when the ledger accepted it, not null
   * @param submittedBy who submitted it, not null
   * @param corrects the entry this one corrects, for a correction, not null
   * @param supersededBy the correction that replaced this entry, once superseded, not null
   * @param decidedBy who approved or rejected it, not null
   * @param decidedAt when, not null
   * @param note the rejection reason or the correction's reason, not null
   */
  public HourEntry(
      HourEntryId id,
      IdempotencyKey key,
      VolunteerId volunteer,
      OpportunityNumber opportunity,
      EntityId entity,
      EntityId supervisingEntity,
      FieldCode field,
      Region region,
      LocalDate day,
      TimeRange time,
      int creditedMinutes,
      HourSource source,
      boolean compulsory,
      HourStatus status,
      Instant submittedAt,
      String submittedBy,
      Optional<HourEntryId> corrects,
      Optional<HourEntryId> supersededBy,
      Optional<String> decidedBy,
      Optional<Instant> decidedAt,
      Optional<String> note) {
    this(
        id,
        key,
        volunteer,
        opportunity,
        entity,
        supervisingEntity,
        field,
        region,
        day,
        time,
        creditedMinutes,
        source,
        compulsory,
        status,
        submittedAt,
        submittedBy,
        corrects,
        supersededBy,
        decidedBy,
        decidedAt,
        note,
        Optional.empty(),
        List.of(),
        HourEvidence.NONE);
  }

  /**
   * Returns how strongly the attendance is evidenced: {@link EvidenceGrade#ENTITY_RECORDED} for the
   * entity's own attendance (source {@link HourSource#ATTENDANCE} or {@link HourSource#ROSTER}),
   * else the grade of {@link #evidence()}.
   *
   * @return the grade
   */
  public EvidenceGrade evidenceGrade() {
    return source == HourSource.ATTENDANCE || source == HourSource.ROSTER
        ? EvidenceGrade.ENTITY_RECORDED
        : evidence.grade();
  }

  /**
   * Returns a new builder; compulsory defaults to false, evidence to {@link HourEvidence#NONE}.
   * {@link Builder#build()} names every mandatory part not set.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the entry's identity, volunteer key, opportunity, day, minutes, source and status; the
   * free-text note (which may hold anything a coordinator typed) and the evidence (which may hold a
   * reported location) are not shown.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "HourEntry[id="
        + id
        + ", volunteer="
        + volunteer
        + ", opportunity="
        + opportunity
        + ", day="
        + day
        + ", creditedMinutes="
        + creditedMinutes
        + ", source="
        + source
        + ", status="
        + status
        + (note.isPresent() ? ", note=[redacted]" : "")
        + "]";
  }

  /**
   * Builds a {@link HourEntry} part by part (generated by Immutables). Not thread-safe; use one
   * builder per thread.
   */
  public static final class Builder extends HourEntryBuilder {
    Builder() {
      compulsory(false);
      evidence(HourEvidence.NONE);
    }
  }
}
