package org.tatawwu.fund;

import org.tatawwu.text.Identifiers;

/**
 * An identifier (associationId).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record AssociationId(String value) implements Comparable<AssociationId> {
  /**
   * Checks the value.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public AssociationId {
    Identifiers.check(value, "associationId");
  }

  /**
   * Returns the identifier.
   *
   * @param value the value, not null
   * @return the identifier
   */
  public static AssociationId of(String value) {
    return new AssociationId(value);
  }

  @Override
  public int compareTo(AssociationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
