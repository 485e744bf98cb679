package org.tatawwu.hours;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.tatawwu.validation.InvalidValueException;

/**
 * Which checks of what backs an entry ({@link HourRule}) an hour policy runs, and how: {@link
 * #NONE} runs none (the ledger trusts its caller for the backing, as {@link HourPolicy#DEFAULT}
 * does); {@link #STANDARD} refuses what breaks any of them, with an early check-in tolerated up to
 * 15 minutes before the shift, a late check-out up to 30 minutes after it, no overbooking, at least
 * a check-in location as evidence ({@link EvidenceGrade#LOCATION}), and a location counted within
 * 200 metres of the shift's place when reported at most 100 metres accurate (the whole circle of
 * the reported accuracy must lie within the radius).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param modes the mode of every rule, not null, one entry per {@link HourRule}
 * @param earlyCheckIn how long before the shift's start the work may start, zero to 4 hours
 * @param lateCheckOut how long after the shift's end the work may end, zero to 4 hours
 * @param overbookingAllowed whether more volunteers than seats may be credited on a shift
 * @param minimumEvidence the weakest attendance evidence the {@link HourRule#EVIDENCE} rule accepts
 * @param placeRadiusMeters how far from the shift's place a check-in location counts, 1 to 100,000
 * @param maximumAccuracyMeters the vaguest reported accuracy a check-in location counts with, 1 to
 *     {@code placeRadiusMeters}
 */
public record HourVerification(
    Map<HourRule, CheckMode> modes,
    Duration earlyCheckIn,
    Duration lateCheckOut,
    boolean overbookingAllowed,
    EvidenceGrade minimumEvidence,
    double placeRadiusMeters,
    double maximumAccuracyMeters) {

  /** No rule checked: the caller vouches for the backing of every submission. */
  public static final HourVerification NONE =
      new HourVerification(
          all(CheckMode.OFF),
          Duration.ofMinutes(15),
          Duration.ofMinutes(30),
          false,
          EvidenceGrade.LOCATION,
          200,
          100);

  /**
   * Every rule refuses; 15 minutes early, 30 minutes late; no overbooking; at least a location
   * within 200 metres, reported at most 100 metres accurate.
   */
  public static final HourVerification STANDARD = NONE.withAll(CheckMode.REFUSE);

  /**
   * Checks the components.
   *
   * @param modes the mode of every rule, not null, one entry per {@link HourRule}
   * @param earlyCheckIn how long before the shift's start the work may start, zero to 4 hours, not
   *     null
   * @param lateCheckOut how long after the shift's end the work may end, zero to 4 hours, not null
   * @param overbookingAllowed whether more volunteers than seats may be credited on a shift
   * @param minimumEvidence the weakest attendance evidence the evidence rule accepts, not null
   * @param placeRadiusMeters how far from the shift's place a check-in location counts, 1 to
   *     100,000
   * @param maximumAccuracyMeters the vaguest reported accuracy a check-in location counts with, 1
   *     to {@code placeRadiusMeters}
   * @throws InvalidValueException {@code hourVerification.range} when a rule has no mode or a value
   *     is out of range
   */
  public HourVerification {
    Objects.requireNonNull(modes, "modes");
    Objects.requireNonNull(earlyCheckIn, "earlyCheckIn");
    Objects.requireNonNull(lateCheckOut, "lateCheckOut");
    Objects.requireNonNull(minimumEvidence, "minimumEvidence");
    modes = Map.copyOf(modes);
    Duration most = Duration.ofHours(4);
    if (modes.size() != HourRule.values().length
        || earlyCheckIn.isNegative()
        || lateCheckOut.isNegative()
        || earlyCheckIn.compareTo(most) > 0
        || lateCheckOut.compareTo(most) > 0
        || !(placeRadiusMeters >= 1 && placeRadiusMeters <= 100_000)
        || !(maximumAccuracyMeters >= 1 && maximumAccuracyMeters <= placeRadiusMeters)) {
      throw new InvalidValueException(
          "hourVerification.range",
          "every rule needs a mode; tolerances lie in 0 to 4 hours, the radius in 1 to 100000"
              + " metres, the accuracy in 1 metre to the radius");
    }
  }

  private static Map<HourRule, CheckMode> all(CheckMode mode) {
    Map<HourRule, CheckMode> m = new EnumMap<>(HourRule.class);
    for (HourRule r : HourRule.values()) {
      m.put(r, mode);
    }
    return m;
  }

  /**
   * Returns a rule's mode.
   *
   * @param rule not null
   * @return its mode
   */
  public CheckMode mode(HourRule rule) {
    return Objects.requireNonNull(modes.get(rule), "every rule has a mode");
  }

  /**
   * Returns whether any rule is checked.
   *
   * @return false when every rule is {@link CheckMode#OFF}
   */
  public boolean checksAny() {
    return modes.values().stream().anyMatch(m -> m != CheckMode.OFF);
  }

  /**
   * Returns a copy with one rule's mode changed.
   *
   * @param rule not null
   * @param mode not null
   * @return the copy
   */
  public HourVerification with(HourRule rule, CheckMode mode) {
    Map<HourRule, CheckMode> m = new EnumMap<>(modes);
    m.put(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(mode, "mode"));
    return new HourVerification(
        m,
        earlyCheckIn,
        lateCheckOut,
        overbookingAllowed,
        minimumEvidence,
        placeRadiusMeters,
        maximumAccuracyMeters);
  }

  /**
   * Returns a copy with every rule in one mode.
   *
   * @param mode not null
   * @return the copy
   */
  public HourVerification withAll(CheckMode mode) {
    return new HourVerification(
        all(mode),
        earlyCheckIn,
        lateCheckOut,
        overbookingAllowed,
        minimumEvidence,
        placeRadiusMeters,
        maximumAccuracyMeters);
  }

  /**
   * Returns a copy with other tolerances.
   *
   * @param early how long before the shift's start the work may start, zero to 4 hours, not null
   * @param late how long after the shift's end the work may end, zero to 4 hours, not null
   * @return the copy
   * @throws InvalidValueException {@code hourVerification.range} when out of range
   */
  public HourVerification withTolerances(Duration early, Duration late) {
    return new HourVerification(
        modes,
        early,
        late,
        overbookingAllowed,
        minimumEvidence,
        placeRadiusMeters,
        maximumAccuracyMeters);
  }

  /**
   * Returns a copy that allows, or forbids, overbooking.
   *
   * @param allowed whether more volunteers than seats may be credited on a shift
   * @return the copy
   */
  public HourVerification withOverbooking(boolean allowed) {
    return new HourVerification(
        modes,
        earlyCheckIn,
        lateCheckOut,
        allowed,
        minimumEvidence,
        placeRadiusMeters,
        maximumAccuracyMeters);
  }

  /**
   * Returns a copy with other evidence settings.
   *
   * @param minimum the weakest attendance evidence the evidence rule accepts, not null
   * @param radiusMeters how far from the shift's place a check-in location counts, 1 to 100,000
   * @param accuracyMeters the vaguest reported accuracy a location counts with, 1 to the radius
   * @return the copy
   * @throws InvalidValueException {@code hourVerification.range} when out of range
   */
  public HourVerification withEvidence(
      EvidenceGrade minimum, double radiusMeters, double accuracyMeters) {
    return new HourVerification(
        modes,
        earlyCheckIn,
        lateCheckOut,
        overbookingAllowed,
        minimum,
        radiusMeters,
        accuracyMeters);
  }
}
