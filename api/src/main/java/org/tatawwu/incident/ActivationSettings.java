package org.tatawwu.incident;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.matching.AssignmentSolver;

/**
 * How call-outs are planned.
 *
 * <p><b>Overbooking.</b> Some volunteers decline or do not answer, so a wave may offer a shift more
 * seats than it has: at any time, the offers of one shift that are pending or accepted number at
 * most {@code floor(seats × overbookingPercent / 100)}; accepted offers never exceed the seats
 * (once a shift fills, its pending offers are withdrawn). 100 means no overbooking.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param overbookingPercent the overbooking factor in percent, 100 to 300
 * @param answerWindow how long a volunteer has to answer an offer, 1 minute to 7 days
 * @param mode the solver placing volunteers in a wave: {@code EXACT} (maximum total score) or
 *     {@code FAST}; not null
 * @param rotation the rotation and rest rules checked against each volunteer's other shifts when
 *     planning, if any
 */
public record ActivationSettings(
    int overbookingPercent,
    Duration answerWindow,
    AssignmentSolver.Mode mode,
    Optional<RotationRules> rotation) {
  /** No overbooking, two hours to answer, the exact solver, no rotation rules. */
  public static final ActivationSettings DEFAULT =
      new ActivationSettings(
          100, Duration.ofHours(2), AssignmentSolver.Mode.EXACT, Optional.empty());

  /**
   * Checks the ranges.
   *
   * @param overbookingPercent the overbooking factor in percent, 100 to 300
   * @param answerWindow how long a volunteer has to answer an offer, 1 minute to 7 days
   * @param mode the solver placing volunteers in a wave: {@code EXACT} (maximum total score) or
   *     {@code FAST}; not null
   * @param rotation the rotation and rest rules checked against each volunteer's other shifts when
   *     planning, if any
   * @throws NullPointerException if the window, the mode or the rotation is null
   * @throws org.tatawwu.validation.RuleException naming every component out of range at once
   *     ({@code activationSettings.overbookingPercent}, {@code activationSettings.answerWindow},
   *     {@code activationSettings.mode}), in English and Arabic
   */
  public ActivationSettings {
    Objects.requireNonNull(answerWindow, "answerWindow");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(rotation, "rotation");
    Refusals refusals = new Refusals();
    refusals.when(
        overbookingPercent < 100 || overbookingPercent > 300,
        "activationSettings.overbookingPercent",
        "overbookingPercent");
    refusals.when(
        answerWindow.compareTo(Duration.ofMinutes(1)) < 0
            || answerWindow.compareTo(Duration.ofDays(7)) > 0,
        "activationSettings.answerWindow",
        "answerWindow");
    refusals.when(
        mode != AssignmentSolver.Mode.EXACT && mode != AssignmentSolver.Mode.FAST,
        "activationSettings.mode",
        "mode");
    refusals.throwIfAny();
  }

  /**
   * Returns the most offers pending or accepted for a shift of some seats.
   *
   * @param seats the shift's seats, 0 or more
   * @return {@code floor(seats × overbookingPercent / 100)}, computed without overflow and capped
   *     at {@link Integer#MAX_VALUE} (reached only when {@code seats} exceeds {@code
   *     Integer.MAX_VALUE × 100 / overbookingPercent}, far above {@link IncidentCommand#MAX_SEATS})
   * @throws IllegalArgumentException when {@code seats} is negative
   */
  public int offerCap(int seats) {
    if (seats < 0) {
      throw new IllegalArgumentException("seats are 0 or more: " + seats);
    }
    return (int) Math.min(Integer.MAX_VALUE, (long) seats * overbookingPercent / 100);
  }

  /**
   * Returns a copy with another overbooking factor.
   *
   * @param percent 100 to 300
   * @return the changed copy
   */
  public ActivationSettings withOverbookingPercent(int percent) {
    return new ActivationSettings(percent, answerWindow, mode, rotation);
  }

  /**
   * Returns a copy with another answer window.
   *
   * @param window 1 minute to 7 days
   * @return the changed copy
   */
  public ActivationSettings withAnswerWindow(Duration window) {
    return new ActivationSettings(overbookingPercent, window, mode, rotation);
  }

  /**
   * Returns a copy with another solver.
   *
   * @param solver EXACT or FAST
   * @return the changed copy
   */
  public ActivationSettings withMode(AssignmentSolver.Mode solver) {
    return new ActivationSettings(overbookingPercent, answerWindow, solver, rotation);
  }

  /**
   * Returns a copy that checks rotation rules when planning.
   *
   * @param rules the rules, not null
   * @return the changed copy
   */
  public ActivationSettings withRotation(RotationRules rules) {
    return new ActivationSettings(overbookingPercent, answerWindow, mode, Optional.of(rules));
  }
}
