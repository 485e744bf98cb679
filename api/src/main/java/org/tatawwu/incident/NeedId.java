package org.tatawwu.incident;

import org.tatawwu.text.Identifiers;

/**
 * The identifier of one need of an incident: a role at a place.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record NeedId(String value) implements Comparable<NeedId> {
  /**
   * Checks the identifier.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public NeedId {
    Identifiers.check(value, "needId");
  }

  /**
   * Returns the identifier.
   *
   * @param value the text, not null
   * @return the identifier
   * @throws org.tatawwu.validation.InvalidValueException if the text is not an identifier
   */
  public static NeedId of(String value) {
    return new NeedId(value);
  }

  @Override
  public int compareTo(NeedId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
