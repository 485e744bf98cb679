package org.tatawwu.training;

import org.tatawwu.text.Identifiers;

/**
 * A training programme's identifier ({@code first-aid-basic}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record TrainingId(String value) implements Comparable<TrainingId> {
  /**
   * Checks the identifier.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public TrainingId {
    Identifiers.check(value, "trainingId");
  }

  /**
   * Returns a training id.
   *
   * @param value the id, not null
   * @return the id
   */
  public static TrainingId of(String value) {
    return new TrainingId(value);
  }

  @Override
  public int compareTo(TrainingId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
