package org.tatawwu.fund;

import org.tatawwu.text.Identifiers;

/**
 * An identifier (donorId).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record DonorId(String value) implements Comparable<DonorId> {
  /**
   * Checks the value.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public DonorId {
    Identifiers.check(value, "donorId");
  }

  /**
   * Returns the identifier.
   *
   * @param value the value, not null
   * @return the identifier
   */
  public static DonorId of(String value) {
    return new DonorId(value);
  }

  @Override
  public int compareTo(DonorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
