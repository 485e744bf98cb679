package org.tatawwu.volunteer;

import org.tatawwu.text.Identifiers;

/**
 * A volunteer's identifier in the platform (never the national ID).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record VolunteerId(String value) implements Comparable<VolunteerId> {
  /**
   * Checks the identifier.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public VolunteerId {
    Identifiers.check(value, "volunteerId");
  }

  /**
   * Returns a volunteer id.
   *
   * @param value the id, not null
   * @return the id
   */
  public static VolunteerId of(String value) {
    return new VolunteerId(value);
  }

  @Override
  public int compareTo(VolunteerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
