package org.tatawwu.incident;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Rotation and rest rules for deployed volunteers: at most {@code maxConsecutiveDays} days in a row
 * with work, at least {@code minRest} between two shifts, at most {@code maxPerWeek} of work in any
 * 7 consecutive days (a rolling window of 168 hours). Each limit is inclusive: exactly the limit is
 * allowed. A shift counts on every day of {@code zone} that it overlaps; shifts are half-open
 * intervals, so a shift ending at midnight does not count on the next day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxConsecutiveDays the most days in a row with work, 1 to 366
 * @param minRest the least time between the end of a shift and the start of the next, zero to 7
 *     days
 * @param maxPerWeek the most work in any 168 hours, 1 hour to 168 hours
 * @param zone the zone whose days are counted, not null
 */
public record RotationRules(
    int maxConsecutiveDays, Duration minRest, Duration maxPerWeek, ZoneId zone) {
  /**
   * Checks the ranges.
   *
   * @param maxConsecutiveDays the most days in a row with work, 1 to 366
   * @param minRest the least time between the end of a shift and the start of the next, zero to 7
   *     days
   * @param maxPerWeek the most work in any 168 hours, 1 hour to 168 hours
   * @param zone the zone whose days are counted, not null
   * @throws NullPointerException if a duration or the zone is null
   * @throws org.tatawwu.validation.RuleException naming every component out of range at once
   *     ({@code rotationRules.maxConsecutiveDays}, {@code rotationRules.minRest}, {@code
   *     rotationRules.maxPerWeek}), in English and Arabic
   */
  public RotationRules {
    Objects.requireNonNull(minRest, "minRest");
    Objects.requireNonNull(maxPerWeek, "maxPerWeek");
    Objects.requireNonNull(zone, "zone");
    Refusals refusals = new Refusals();
    refusals.when(
        maxConsecutiveDays < 1 || maxConsecutiveDays > 366,
        "rotationRules.maxConsecutiveDays",
        "maxConsecutiveDays");
    refusals.when(
        minRest.isNegative() || minRest.compareTo(Duration.ofDays(7)) > 0,
        "rotationRules.minRest",
        "minRest");
    refusals.when(
        maxPerWeek.compareTo(Duration.ofHours(1)) < 0
            || maxPerWeek.compareTo(Duration.ofHours(168)) > 0,
        "rotationRules.maxPerWeek",
        "maxPerWeek");
    refusals.throwIfAny();
  }
}
