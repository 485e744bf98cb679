package org.tatawwu.hours;

import org.tatawwu.text.Identifiers;

/**
 * A key chosen by the caller for one submission: a replay with the same key and the same content
 * returns the existing entry; the same key with other content is a conflict.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record IdempotencyKey(String value) implements Comparable<IdempotencyKey> {
  /**
   * Checks the value.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public IdempotencyKey {
    Identifiers.check(value, "idempotencyKey");
  }

  /**
   * Returns the identifier.
   *
   * @param value the value, not null
   * @return the identifier
   */
  public static IdempotencyKey of(String value) {
    return new IdempotencyKey(value);
  }

  @Override
  public int compareTo(IdempotencyKey other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
