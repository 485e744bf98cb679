package org.tatawwu.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A guardian's recorded consent for a volunteer under 18, with the volunteer charter signed with
 * the guardian, as the Volunteer Work Law's executive regulation requires.
 *
 * <p>Sensitive: {@link #toString()} never shows the guardian's ID nor the last valid day (the
 * volunteer's 18th birthday). This class is immutable and thread-safe.
 *
 * @param guardianId the guardian's national ID or Iqama, not null
 * @param recordedAt when the consent was recorded, not null
 * @param charterSigned whether the volunteer charter was signed with the guardian
 * @param validUntil the last day the consent counts; empty until the volunteer turns 18
 */
public record GuardianConsent(
    NationalId guardianId,
    Instant recordedAt,
    boolean charterSigned,
    Optional<LocalDate> validUntil) {
  /**
   * Checks for nulls.
   *
   * @param guardianId the guardian's national ID or Iqama, not null
   * @param recordedAt when the consent was recorded, not null
   * @param charterSigned whether the volunteer charter was signed with the guardian
   * @param validUntil the last day the consent counts; empty until the volunteer turns 18, not null
   */
  public GuardianConsent {
    Objects.requireNonNull(guardianId, "guardianId");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(validUntil, "validUntil");
  }

  /**
   * Returns whether the consent counts on a day: the charter was signed with the guardian and the
   * day is not past the consent's validity.
   *
   * @param day the day, not null
   * @return true when the consent covers the day
   */
  public boolean coversDay(LocalDate day) {
    return charterSigned && validUntil.map(u -> !day.isAfter(u)).orElse(true);
  }

  @Override
  public String toString() {
    return "GuardianConsent[guardian=redacted, recordedAt="
        + recordedAt
        + ", charterSigned="
        + charterSigned
        + ", validUntil=redacted]";
  }
}
