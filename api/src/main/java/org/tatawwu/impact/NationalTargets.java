package org.tatawwu.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * National targets as data — by default Vision 2030's: 1,000,000 volunteers and 50,000,000
 * volunteer hours a year by 2030 — with progress and a projection from the trend.
 *
 * @param volunteers the volunteer target, 1 or more
 * @param hoursPerYear the yearly hour target, 1 or more
 * @param by the year the targets are for, not null
 */
public record NationalTargets(long volunteers, long hoursPerYear, Year by) {
  /** Vision 2030: 1,000,000 volunteers; 50,000,000 hours a year by 2030. */
  public static final NationalTargets VISION_2030 =
      new NationalTargets(1_000_000, 50_000_000, Year.of(2030));

  /**
   * Checks the components.
   *
   * @param volunteers the volunteer target, 1 or more
   * @param hoursPerYear the yearly hour target, 1 or more
   * @param by the year the targets are for, not null
   */
  public NationalTargets {
    Objects.requireNonNull(by, "by");
    if (volunteers < 1 || hoursPerYear < 1) {
      throw new IllegalArgumentException("targets are positive");
    }
  }

  /**
   * Progress toward a target.
   *
   * @param achieved what has been reached
   * @param target the target
   * @param percent achieved ÷ target × 100, two decimals, half-even
   */
  public record Progress(long achieved, long target, BigDecimal percent) {}

  /**
   * Returns progress toward the volunteer target.
   *
   * @param activeVolunteers volunteers counted, zero or more
   * @return the progress
   */
  public Progress volunteerProgress(long activeVolunteers) {
    return progress(activeVolunteers, volunteers);
  }

  /**
   * Returns progress toward the yearly hour target.
   *
   * @param hoursThisYear approved hours in the year, zero or more
   * @return the progress
   */
  public Progress hourProgress(long hoursThisYear) {
    return progress(hoursThisYear, hoursPerYear);
  }

  private static Progress progress(long achieved, long target) {
    BigDecimal percent =
        BigDecimal.valueOf(achieved)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_EVEN);
    return new Progress(achieved, target, percent);
  }

  /**
   * A projection of yearly hours to the target year.
   *
   * @param projectedHours the trend's value in the target year, zero or more
   * @param yearlyIncrease the trend's slope, hours per year
   * @param onTrack whether the projection reaches the target
   */
  public record Projection(long projectedHours, long yearlyIncrease, boolean onTrack) {}

  /**
   * Projects yearly hours to the target year by an ordinary least-squares line through the yearly
   * totals given (exact arithmetic; at least two years).
   *
   * @param hoursByYear approved hours per year, at least two years, not null
   * @return the projection
   * @throws IllegalArgumentException with fewer than two years
   */
  public Projection project(SortedMap<Year, Long> hoursByYear) {
    int n = hoursByYear.size();
    if (n < 2) {
      throw new IllegalArgumentException("a projection needs at least two years");
    }
    BigDecimal sx = BigDecimal.ZERO;
    BigDecimal sy = BigDecimal.ZERO;
    BigDecimal sxx = BigDecimal.ZERO;
    BigDecimal sxy = BigDecimal.ZERO;
    for (Map.Entry<Year, Long> e : hoursByYear.entrySet()) {
      BigDecimal x = BigDecimal.valueOf(e.getKey().getValue());
      BigDecimal y = BigDecimal.valueOf(e.getValue());
      sx = sx.add(x);
      sy = sy.add(y);
      sxx = sxx.add(x.multiply(x));
      sxy = sxy.add(x.multiply(y));
    }
    BigDecimal count = BigDecimal.valueOf(n);
    BigDecimal denominator = count.multiply(sxx).subtract(sx.multiply(sx));
    BigDecimal slope =
        count
            .multiply(sxy)
            .subtract(sx.multiply(sy))
            .divide(denominator, 10, RoundingMode.HALF_EVEN);
    BigDecimal intercept =
        sy.subtract(slope.multiply(sx)).divide(count, 10, RoundingMode.HALF_EVEN);
    BigDecimal projected = intercept.add(slope.multiply(BigDecimal.valueOf(by.getValue())));
    long hours = Math.max(0, projected.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    return new Projection(
        hours, slope.setScale(0, RoundingMode.HALF_EVEN).longValueExact(), hours >= hoursPerYear);
  }

  /**
   * Breaks progress toward the yearly hour target down by a dimension (region, field, entity): each
   * key's hours as a share of the target, and together they add up to {@link #hourProgress}.
   *
   * @param hoursByKey approved hours in the year by key, not null
   * @return progress by key, in the order given
   */
  public Map<String, Progress> hourBreakdown(Map<String, Long> hoursByKey) {
    Map<String, Progress> out = new java.util.LinkedHashMap<>();
    hoursByKey.forEach((key, hours) -> out.put(key, hourProgress(hours)));
    return java.util.Collections.unmodifiableMap(out);
  }
}
