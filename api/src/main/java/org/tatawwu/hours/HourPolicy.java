package org.tatawwu.hours;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.tatawwu.validation.InvalidValueException;

/**
 * The rules hours must meet, with documented defaults ({@link #DEFAULT}):
 *
 * <ul>
 *   <li>one entry lasts at least {@code minimumEntry} [15 minutes, after rounding] and at most
 *       {@code maximumEntry} [16 hours];
 *   <li>a volunteer is credited at most {@code dailyCap} [16 hours] per local day (the day the work
 *       starts, in the opportunity's zone), submitted and approved entries together;
 *   <li>durations are exact on the time line and rounded <em>down</em> to {@code roundingIncrement}
 *       [15 minutes]: with the defaults, 215 minutes worked credit 210, 29 minutes credit 15 and 14
 *       minutes credit nothing (refused as shorter than {@code minimumEntry}); a policy with a
 *       1-minute increment credits every whole minute;
 *   <li>a claim ends at most {@code claimWindow} [30 days] before it is submitted and never in the
 *       future (beyond {@code clockSkew} [5 minutes] of tolerance for device clocks);
 *   <li>a check-out comes at most {@code checkOutWithin} [16 hours] after its check-in;
 *   <li>no two counted entries of one volunteer overlap, across all entities (half-open: adjacent
 *       entries are fine);
 *   <li>the work starts and ends within the opportunity's dates, in its zone;
 *   <li>what backs an entry — an accepted enrollment on its shift, the shift's window, an open
 *       opportunity of an accredited entity, the shift's seats, a known field and place, the
 *       attendance evidence — is checked as {@code verification} says [{@link
 *       HourVerification#NONE}: the default policy trusts its caller for all of it; {@link
 *       #verified()} checks every rule].
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param minimumEntry the shortest credited entry, positive
 * @param maximumEntry the longest entry, at least {@code minimumEntry}, at most 24 hours
 * @param dailyCap the most credited per volunteer per day, positive, at most 24 hours
 * @param roundingIncrement credited time is rounded down to a multiple of this, 1 minute to 1 hour,
 *     whole minutes
 * @param claimWindow how far back hours may be submitted, positive, at most 3,660 days
 * @param clockSkew tolerated lead of a submitted end over the ledger's clock, zero to 24 hours
 * @param checkOutWithin the longest time from check-in to check-out, positive, at most 24 hours
 * @param verification which checks of what backs an entry run, and how
 */
@Value.Builder
public record HourPolicy(
    Duration minimumEntry,
    Duration maximumEntry,
    Duration dailyCap,
    Duration roundingIncrement,
    Duration claimWindow,
    Duration clockSkew,
    Duration checkOutWithin,
    HourVerification verification)
    implements WithHourPolicy {

  /** The defaults listed above. */
  public static final HourPolicy DEFAULT =
      new HourPolicy(
          Duration.ofMinutes(15),
          Duration.ofHours(16),
          Duration.ofHours(16),
          Duration.ofMinutes(15),
          Duration.ofDays(30),
          Duration.ofMinutes(5),
          Duration.ofHours(16),
          HourVerification.NONE);

  /**
   * Returns the default policy with every check of what backs an entry on ({@link
   * HourVerification#STANDARD}).
   *
   * @return the policy
   */
  public static HourPolicy verified() {
    return DEFAULT.withVerification(HourVerification.STANDARD);
  }

  /**
   * Checks the ranges.
   *
   * @param minimumEntry the shortest credited entry, positive, not null
   * @param maximumEntry the longest entry, at least {@code minimumEntry}, at most 24 hours, not
   *     null
   * @param dailyCap the most credited per volunteer per day, positive, at most 24 hours, not null
   * @param roundingIncrement credited time is rounded down to a multiple of this, 1 minute to 1
   *     hour, whole minutes, not null
   * @param claimWindow how far back hours may be submitted, positive, at most 3,660 days, not null
   * @param clockSkew tolerated lead of a submitted end over the ledger's clock, zero to 24 hours,
   *     not null
   * @param checkOutWithin the longest time from check-in to check-out, positive, at most 24 hours,
   *     not null
   * @param verification which checks of what backs an entry run, and how, not null
   * @throws InvalidValueException {@code hourPolicy.range}, naming every component out of its range
   */
  public HourPolicy {
    Objects.requireNonNull(minimumEntry, "minimumEntry");
    Objects.requireNonNull(maximumEntry, "maximumEntry");
    Objects.requireNonNull(dailyCap, "dailyCap");
    Objects.requireNonNull(roundingIncrement, "roundingIncrement");
    Objects.requireNonNull(claimWindow, "claimWindow");
    Objects.requireNonNull(clockSkew, "clockSkew");
    Objects.requireNonNull(checkOutWithin, "checkOutWithin");
    Objects.requireNonNull(verification, "verification");
    Duration day = Duration.ofHours(24);
    List<String> outOfRange = new ArrayList<>();
    if (!positive(minimumEntry)) {
      outOfRange.add("minimumEntry (positive)");
    }
    if (maximumEntry.compareTo(minimumEntry) < 0 || maximumEntry.compareTo(day) > 0) {
      outOfRange.add("maximumEntry (from minimumEntry to 24 hours)");
    }
    if (!positive(dailyCap) || dailyCap.compareTo(day) > 0) {
      outOfRange.add("dailyCap (positive, at most 24 hours)");
    }
    if (roundingIncrement.compareTo(Duration.ofMinutes(1)) < 0
        || roundingIncrement.compareTo(Duration.ofHours(1)) > 0
        || !roundingIncrement.equals(Duration.ofMinutes(roundingIncrement.toMinutes()))) {
      outOfRange.add("roundingIncrement (whole minutes from 1 to 60)");
    }
    if (!positive(claimWindow) || claimWindow.compareTo(Duration.ofDays(3_660)) > 0) {
      outOfRange.add("claimWindow (positive, at most 3,660 days)");
    }
    if (clockSkew.isNegative() || clockSkew.compareTo(day) > 0) {
      outOfRange.add("clockSkew (zero to 24 hours)");
    }
    if (!positive(checkOutWithin) || checkOutWithin.compareTo(day) > 0) {
      outOfRange.add("checkOutWithin (positive, at most 24 hours)");
    }
    if (!outOfRange.isEmpty()) {
      throw new InvalidValueException(
          "hourPolicy.range", "hour policy values out of range: " + String.join(", ", outOfRange));
    }
  }

  private static boolean positive(Duration d) {
    return !d.isNegative() && !d.isZero();
  }

  /**
   * Returns the minutes credited for a duration: its whole minutes rounded down to the increment
   * (215 minutes credit 210 with a 15-minute increment; seconds beyond a whole minute are dropped).
   *
   * @param worked the exact duration, not negative
   * @return whole minutes, a multiple of the increment
   */
  public long creditedMinutes(Duration worked) {
    long increment = roundingIncrement.toMinutes();
    return worked.toMinutes() / increment * increment;
  }

  /**
   * Returns a new builder; it starts from {@link #DEFAULT}. {@link Builder#build()} names every
   * mandatory part not set.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link HourPolicy} part by part (generated by Immutables). Not thread-safe; use one
   * builder per thread.
   */
  public static final class Builder extends HourPolicyBuilder {
    Builder() {
      from(DEFAULT);
    }
  }
}
