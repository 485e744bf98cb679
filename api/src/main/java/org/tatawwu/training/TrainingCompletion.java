package org.tatawwu.training;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.validation.InvalidValueException;

/**
 * A completed training: which programme, when, and until when it counts.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param training the programme, not null
 * @param completedOn the day of completion, not null
 * @param expiresOn the first day it no longer counts; empty if it never expires; after {@code
 *     completedOn}
 */
public record TrainingCompletion(
    TrainingId training, LocalDate completedOn, Optional<LocalDate> expiresOn) {
  /**
   * Checks the dates.
   *
   * @param training the programme, not null
   * @param completedOn the day of completion, not null
   * @param expiresOn the first day it no longer counts; empty if it never expires; after {@code
   *     completedOn}
   */
  public TrainingCompletion {
    Objects.requireNonNull(training, "training");
    Objects.requireNonNull(completedOn, "completedOn");
    if (expiresOn.filter(e -> !e.isAfter(completedOn)).isPresent()) {
      throw new InvalidValueException(
          "training.expiry", "a training must expire after it was completed");
    }
  }

  /**
   * Returns whether the completion counts on a day (expiry day excluded).
   *
   * @param day the day, not null
   * @return true when completed on or before {@code day} and not yet expired
   */
  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(completedOn) && expiresOn.map(day::isBefore).orElse(true);
  }
}
