package org.tatawwu.credential;

import org.tatawwu.text.Identifiers;

/**
 * The identifier of one background check.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record BackgroundCheckId(String value) implements Comparable<BackgroundCheckId> {
  /**
   * Checks the identifier.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public BackgroundCheckId {
    Identifiers.check(value, "backgroundCheckId");
  }

  /**
   * Returns the identifier.
   *
   * @param value the text, not null
   * @return the identifier
   * @throws org.tatawwu.validation.InvalidValueException if the text is not an identifier
   */
  public static BackgroundCheckId of(String value) {
    return new BackgroundCheckId(value);
  }

  @Override
  public int compareTo(BackgroundCheckId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
