package org.tatawwu.fund;

import org.tatawwu.text.Identifiers;

/**
 * An identifier (fundId).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record FundId(String value) implements Comparable<FundId> {
  /**
   * Checks the value.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public FundId {
    Identifiers.check(value, "fundId");
  }

  /**
   * Returns the identifier.
   *
   * @param value the value, not null
   * @return the identifier
   */
  public static FundId of(String value) {
    return new FundId(value);
  }

  @Override
  public int compareTo(FundId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
