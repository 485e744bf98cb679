package org.tatawwu.opportunity;

import org.tatawwu.text.SafeText;
import org.tatawwu.validation.InvalidValueException;

/**
 * An opportunity's 11-digit number on the national platform.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value exactly 11 ASCII digits
 */
public record OpportunityNumber(String value) implements Comparable<OpportunityNumber> {
  /**
   * Checks the number.
   *
   * @param value exactly 11 ASCII digits
   * @throws InvalidValueException with code {@code opportunityNumber.format}
   */
  public OpportunityNumber {
    if (value.length() != 11 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException(
          "opportunityNumber.format", "an opportunity number has exactly 11 digits");
    }
  }

  /** The longest text {@link #parse(CharSequence)} reads, surrounding white space included. */
  public static final int MAX_TEXT_LENGTH = 64;

  /**
   * Parses a number typed with ASCII, Eastern Arabic-Indic or Persian digits (any other digit is
   * refused), surrounding white space allowed.
   *
   * @param text the number, not null, at most {@link #MAX_TEXT_LENGTH} characters
   * @return the number
   * @throws InvalidValueException with code {@code opportunityNumber.format} if it is not 11 digits
   */
  public static OpportunityNumber parse(CharSequence text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidValueException(
          "opportunityNumber.format", "an opportunity number has exactly 11 digits");
    }
    return new OpportunityNumber(SafeText.strip(SafeText.toAsciiDigits(text)));
  }

  @Override
  public int compareTo(OpportunityNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
