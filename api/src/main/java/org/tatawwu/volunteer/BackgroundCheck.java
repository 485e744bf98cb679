package org.tatawwu.volunteer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The result of a background (criminal record) check, and the last day it counts.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status the result, not null
 * @param validUntil the last day a cleared check counts, not null
 */
public record BackgroundCheck(Status status, LocalDate validUntil) {
  /** The result of a check. */
  public enum Status {
    /** Requested, no result yet. */
    PENDING,
    /** Nothing found. */
    CLEARED,
    /** A finding that bars the volunteer from opportunities that require a check. */
    REJECTED
  }

  /**
   * Checks for nulls.
   *
   * @param status the result, not null
   * @param validUntil the last day a cleared check counts, not null
   */
  public BackgroundCheck {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(validUntil, "validUntil");
  }

  /**
   * Returns whether the check is cleared and still counts on a day.
   *
   * @param day the day, not null
   * @return true when cleared and {@code day <= validUntil}
   */
  public boolean isClearOn(LocalDate day) {
    return status == Status.CLEARED && !day.isAfter(validUntil);
  }

  /** Returns {@code BackgroundCheck[redacted]}: a criminal-record result is sensitive data. */
  @Override
  public String toString() {
    return "BackgroundCheck[redacted]";
  }
}
