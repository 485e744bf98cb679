package org.tatawwu.incident;

import org.tatawwu.text.Identifiers;

/**
 * The identifier of one call-out offer.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record OfferId(String value) implements Comparable<OfferId> {
  /**
   * Checks the identifier.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public OfferId {
    Identifiers.check(value, "offerId");
  }

  /**
   * Returns the identifier.
   *
   * @param value the text, not null
   * @return the identifier
   * @throws org.tatawwu.validation.InvalidValueException if the text is not an identifier
   */
  public static OfferId of(String value) {
    return new OfferId(value);
  }

  @Override
  public int compareTo(OfferId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
