package org.tatawwu.hours;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tatawwu.text.Identifiers;

/**
 * An hour entry's identifier, assigned by the ledger ({@code H1}, {@code H2}, ...): 1 to 64 ASCII
 * letters, digits, {@code . _ : -}.
 *
 * <p>An id of the ledger's form — {@code H} and a number without leading zeros — is held as that
 * number (24 bytes instead of about 64 for an object with its text), its text made when asked for;
 * any other id is held as its text. Equal ids are equal whichever way they were made.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HourEntryId implements Comparable<HourEntryId> {
  /** The number of an id of the ledger's form, else 0. */
  private final long number;

  /** The text of any other id, else null. */
  private final @Nullable String text;

  private HourEntryId(long number, @Nullable String text) {
    this.number = number;
    this.text = text;
  }

  /**
   * Returns the identifier.
   *
   * @param value the value, not null; 1 to 64 ASCII letters, digits, {@code . _ : -}
   * @return the identifier
   * @throws IllegalArgumentException if the value is not of that form
   */
  public static HourEntryId of(String value) {
    Identifiers.check(value, "hourEntryId");
    long n = ledgerNumber(value);
    return n > 0 ? new HourEntryId(n, null) : new HourEntryId(0, value);
  }

  /**
   * Returns the id of the ledger's entry number {@code number}, {@code H} and the number.
   *
   * @param number 1 or more
   * @return the identifier
   * @throws IllegalArgumentException if the number is below 1
   */
  public static HourEntryId ofNumber(long number) {
    if (number < 1) {
      throw new IllegalArgumentException("an entry number is 1 or more");
    }
    return new HourEntryId(number, null);
  }

  /**
   * Returns the ledger's entry number of an id of its form ({@code H} and a number without leading
   * zeros), else -1.
   *
   * @return the number, or -1
   */
  public long number() {
    return text == null ? number : -1;
  }

  /**
   * Returns the text of the identifier.
   *
   * @return the text, for example {@code H42}
   */
  public String value() {
    return text != null ? text : "H" + number;
  }

  /** {@code H} and 1 to 18 digits, the first not 0; else 0. */
  private static long ledgerNumber(String v) {
    if (v.length() < 2 || v.length() > 19 || v.charAt(0) != 'H' || v.charAt(1) == '0') {
      return 0;
    }
    long n = 0;
    for (int i = 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HourEntryId other
        && number == other.number
        && Objects.equals(text, other.text);
  }

  @Override
  public int hashCode() {
    return text != null ? text.hashCode() : Long.hashCode(number);
  }

  /** Orders by text, as strings compare. */
  @Override
  public int compareTo(HourEntryId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
