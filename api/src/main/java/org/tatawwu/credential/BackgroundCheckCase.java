package org.tatawwu.credential;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.volunteer.BackgroundCheck;
import org.tatawwu.volunteer.VolunteerId;

/**
 * One background check of one volunteer and its history. It feeds eligibility through {@link
 * #asBackgroundCheck}, the volunteer's latest result as {@link BackgroundCheck} knows it.
 *
 * <p>Sensitive: {@link #toString()} shows the id, volunteer id and state only. This class is
 * immutable and thread-safe.
 *
 * @param id the check's identifier, not null
 * @param volunteer who is checked, not null
 * @param state the current state, not null
 * @param history every state entered, with its instant, oldest first; starts with the request
 * @param validUntil the last day a cleared check counts; present from clearance on
 * @param reason why the check was flagged; present exactly when flagged
 */
public record BackgroundCheckCase(
    BackgroundCheckId id,
    VolunteerId volunteer,
    BackgroundCheckState state,
    List<Step> history,
    Optional<LocalDate> validUntil,
    Optional<FlagReason> reason) {

  /**
   * One state entered.
   *
   * @param state the state, not null
   * @param at when, not null
   */
  public record Step(BackgroundCheckState state, Instant at) {
    /**
     * Checks for nulls.
     *
     * @param state the state, not null
     * @param at when, not null
     */
    public Step {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * Checks the components: a non-empty history ending in the state, a reason when flagged.
   *
   * @param id the check's identifier, not null
   * @param volunteer who is checked, not null
   * @param state the current state, not null
   * @param history every state entered, with its instant, oldest first; starts with the request
   * @param validUntil the last day a cleared check counts; present from clearance on
   * @param reason why the check was flagged; present exactly when flagged
   */
  public BackgroundCheckCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(state, "state");
    history = List.copyOf(history);
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(reason, "reason");
    if (history.isEmpty() || history.get(history.size() - 1).state() != state) {
      throw new IllegalArgumentException("a check's history ends in its state");
    }
    if ((state == BackgroundCheckState.FLAGGED) != reason.isPresent()) {
      throw new IllegalArgumentException("a flagged check, and only it, has a reason");
    }
    if ((state == BackgroundCheckState.CLEARED || state == BackgroundCheckState.EXPIRED)
        && validUntil.isEmpty()) {
      throw new IllegalArgumentException("a cleared check has a last valid day");
    }
  }

  /**
   * Returns the instant the check entered its current state.
   *
   * @return the instant
   */
  public Instant since() {
    return history.get(history.size() - 1).at();
  }

  /**
   * Returns the result as the eligibility criterion {@code backgroundCheck} reads it: pending while
   * requested, consented or in progress (dated the day asked about), cleared with its last valid
   * day when cleared or expired, rejected when flagged (dated the day asked about).
   *
   * @param day the day asked about, not null
   * @return the result
   */
  public BackgroundCheck asBackgroundCheck(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return switch (state) {
      case REQUESTED, CONSENTED, IN_PROGRESS ->
          new BackgroundCheck(BackgroundCheck.Status.PENDING, day);
      case CLEARED, EXPIRED ->
          new BackgroundCheck(BackgroundCheck.Status.CLEARED, validUntil.orElseThrow());
      case FLAGGED -> new BackgroundCheck(BackgroundCheck.Status.REJECTED, day);
    };
  }

  @Override
  public String toString() {
    return "BackgroundCheckCase[id=" + id + ", volunteer=" + volunteer + ", state=" + state + "]";
  }
}
