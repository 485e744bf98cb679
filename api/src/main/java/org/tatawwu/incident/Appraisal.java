package org.tatawwu.incident;

import java.time.Instant;
import java.util.Objects;
import org.tatawwu.volunteer.VolunteerId;

/**
 * An after-action appraisal, kept as data: the volunteer's appraisal of the role they served in, or
 * the lead's appraisal of a volunteer, with a rating and a comment.
 *
 * <p>{@link #toString()} leaves the comment out. This class is immutable and thread-safe.
 *
 * @param need the need (role and place) served, not null
 * @param volunteer the volunteer who served, not null
 * @param direction who appraises whom, not null
 * @param rating 1 (poor) to 5 (excellent)
 * @param comment free text, at most 2,000 characters; may be empty
 * @param at when it was recorded, not null
 */
public record Appraisal(
    NeedId need,
    VolunteerId volunteer,
    Direction direction,
    int rating,
    String comment,
    Instant at) {

  /** Who appraises whom. */
  public enum Direction {
    /** The volunteer appraises the role: the tasks, the support, the conditions. */
    VOLUNTEER_OF_ROLE,
    /** The team lead or coordinator appraises the volunteer. */
    LEAD_OF_VOLUNTEER
  }

  /**
   * Checks the components.
   *
   * @param need the need (role and place) served, not null
   * @param volunteer the volunteer who served, not null
   * @param direction who appraises whom, not null
   * @param rating 1 (poor) to 5 (excellent)
   * @param comment free text, at most 2,000 characters; may be empty
   * @param at when it was recorded, not null
   */
  public Appraisal {
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(at, "at");
    if (rating < 1 || rating > 5) {
      throw new IllegalArgumentException("a rating is 1 to 5");
    }
    if (comment.length() > 2_000) {
      throw new IllegalArgumentException("a comment has at most 2,000 characters");
    }
  }

  @Override
  public String toString() {
    return "Appraisal[need="
        + need
        + ", volunteer="
        + volunteer
        + ", direction="
        + direction
        + ", rating="
        + rating
        + "]";
  }
}
