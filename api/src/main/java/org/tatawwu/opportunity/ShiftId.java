package org.tatawwu.opportunity;

import org.tatawwu.text.Identifiers;

/**
 * A shift's identifier, unique within the platform.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record ShiftId(String value) implements Comparable<ShiftId> {
  /**
   * Checks the identifier.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public ShiftId {
    Identifiers.check(value, "shiftId");
  }

  /**
   * Returns a shift id.
   *
   * @param value the id, not null
   * @return the id
   */
  public static ShiftId of(String value) {
    return new ShiftId(value);
  }

  @Override
  public int compareTo(ShiftId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
