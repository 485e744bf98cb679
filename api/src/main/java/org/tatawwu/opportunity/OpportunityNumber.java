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

  /**
   * Parses a number typed with ASCII, Eastern Arabic-Indic or Persian digits.
   *
   * @param text the number, not null
   * @return the number
   * @throws InvalidValueException if it is not 11 digits
   */
  public static OpportunityNumber parse(CharSequence text) {
    return new OpportunityNumber(SafeText.toAsciiDigits(text).strip());
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
