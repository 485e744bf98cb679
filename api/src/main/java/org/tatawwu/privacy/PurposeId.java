package org.tatawwu.privacy;

import org.tatawwu.text.Identifiers;

/**
 * The identifier of a processing {@link Purpose}, for example {@code location.matching}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record PurposeId(String value) implements Comparable<PurposeId> {
  /**
   * Checks the identifier.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}; not null
   * @throws org.tatawwu.validation.InvalidValueException with code {@code purposeId.format} if the
   *     rule is broken
   */
  public PurposeId {
    Identifiers.check(value, "purposeId");
  }

  /**
   * Returns a purpose identifier.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}; not null
   * @return the identifier
   * @throws org.tatawwu.validation.InvalidValueException with code {@code purposeId.format} if the
   *     rule is broken
   */
  public static PurposeId of(String value) {
    return new PurposeId(value);
  }

  @Override
  public int compareTo(PurposeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
