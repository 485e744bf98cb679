package org.tatawwu.training;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.InvalidValueException;

/**
 * A training programme that qualifies volunteers or the staff of entities.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param title the bilingual title, not null
 * @param audience who it qualifies, not null
 * @param validity how long a completion stays valid; empty for no expiry; positive when present
 */
public record TrainingProgramme(
    TrainingId id, BilingualText title, TrainingAudience audience, Optional<Period> validity) {
  /**
   * Checks the components.
   *
   * @param id the identifier, not null
   * @param title the bilingual title, not null
   * @param audience who it qualifies, not null
   * @param validity how long a completion stays valid; empty for no expiry; positive when present
   */
  public TrainingProgramme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(audience, "audience");
    if (validity.filter(p -> p.isNegative() || p.isZero()).isPresent()) {
      throw new InvalidValueException("training.validity", "a validity period must be positive");
    }
  }

  /**
   * Records that someone completed this programme on a day; the expiry follows from {@link
   * #validity()}.
   *
   * @param completedOn the day of completion, not null
   * @return the completion
   */
  public TrainingCompletion completedOn(java.time.LocalDate completedOn) {
    return new TrainingCompletion(id, completedOn, validity.map(completedOn::plus));
  }
}
