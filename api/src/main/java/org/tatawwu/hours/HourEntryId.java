package org.tatawwu.hours;

import org.tatawwu.text.Identifiers;

/**
 * An hour entry's identifier, assigned by the ledger ({@code H1}, {@code H2}, ...).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record HourEntryId(String value) implements Comparable<HourEntryId> {
  /** Checks the value. */
  public HourEntryId {
    Identifiers.check(value, "hourEntryId");
  }

  /**
   * Returns the identifier.
   *
   * @param value the value, not null
   * @return the identifier
   */
  public static HourEntryId of(String value) {
    return new HourEntryId(value);
  }

  @Override
  public int compareTo(HourEntryId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
