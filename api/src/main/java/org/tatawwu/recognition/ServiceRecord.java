package org.tatawwu.recognition;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.field.FieldCode;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * One approved hour entry as recognition sees it, with the incident it served, if any. Incidents
 * are given by the caller (the crisis mobilisation that produced the hours knows them), so
 * recognition needs nothing but the ledger and that tag.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entry the hour entry's id, not null
 * @param volunteer the volunteer, not null
 * @param field the field of the work, not null
 * @param day the day the work started, not null
 * @param minutes the approved (credited) minutes, 1 or more
 * @param incident the incident served, if any: 1 to 64 ASCII letters, digits, {@code . _ : -}
 * @param firstResponse whether the service was a first response to the incident (needs an incident)
 */
public record ServiceRecord(
    HourEntryId entry,
    VolunteerId volunteer,
    FieldCode field,
    LocalDate day,
    long minutes,
    Optional<String> incident,
    boolean firstResponse) {

  /**
   * Checks the components.
   *
   * @throws InvalidValueException with code {@code serviceRecord.minutes} if the minutes are below
   *     1, {@code serviceRecord.firstResponse} if a first response names no incident, or {@code
   *     incident.format} if the incident id breaks the identifier rule
   * @param entry the hour entry's id, not null
   * @param volunteer the volunteer, not null
   * @param field the field of the work, not null
   * @param day the day the work started, not null
   * @param minutes the approved (credited) minutes, 1 or more
   * @param incident the incident served, if any: 1 to 64 ASCII letters, digits, {@code . _ : -}
   * @param firstResponse whether the service was a first response to the incident (needs an
   *     incident)
   */
  public ServiceRecord {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(incident, "incident");
    if (minutes < 1) {
      throw new InvalidValueException(
          "serviceRecord.minutes", "approved service has 1 minute or more");
    }
    incident.ifPresent(i -> org.tatawwu.text.Identifiers.check(i, "incident"));
    if (firstResponse && incident.isEmpty()) {
      throw new InvalidValueException(
          "serviceRecord.firstResponse", "a first response names the incident it answered");
    }
  }

  /**
   * Reads an approved ledger entry.
   *
   * @param entry an approved entry, not null
   * @param incident the incident it served, or null
   * @param firstResponse whether it was a first response (needs an incident)
   * @return the record
   * @throws InvalidValueException with code {@code serviceRecord.notApproved} if the entry is not
   *     approved
   */
  public static ServiceRecord of(
      HourEntry entry, @org.jspecify.annotations.Nullable String incident, boolean firstResponse) {
    if (entry.status() != org.tatawwu.hours.HourStatus.APPROVED) {
      throw new InvalidValueException(
          "serviceRecord.notApproved", "recognition counts approved entries only");
    }
    return new ServiceRecord(
        entry.id(),
        entry.volunteer(),
        entry.field(),
        entry.day(),
        entry.creditedMinutes(),
        Optional.ofNullable(incident),
        firstResponse);
  }
}
