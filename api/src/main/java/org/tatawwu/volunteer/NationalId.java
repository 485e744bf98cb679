package org.tatawwu.volunteer;

import java.util.Objects;
import org.tatawwu.text.SafeText;
import org.tatawwu.validation.InvalidValueException;

/**
 * A Saudi national ID (citizens, first digit 1) or Iqama number (residents, first digit 2): 10
 * digits passing a {@link NationalIdChecksum}, Luhn by default.
 *
 * <p>Sensitive: {@link #toString()} shows only the residency; {@link #masked()} shows the first and
 * last two digits for display; {@link #value()} gives the number to code that must store it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalId {
  private final String digits;

  private NationalId(String digits) {
    this.digits = digits;
  }

  /** The longest text {@link #parse(CharSequence)} reads, surrounding white space included. */
  public static final int MAX_TEXT_LENGTH = 64;

  /**
   * Parses a number with the Luhn rule.
   *
   * @param text 10 digits as for {@link #parse(CharSequence, NationalIdChecksum)}, not null
   * @return the ID
   * @throws InvalidValueException with code {@code nationalId.format}, {@code nationalId.prefix} or
   *     {@code nationalId.checksum}
   */
  public static NationalId parse(CharSequence text) {
    return parse(text, NationalIdChecksum.LUHN);
  }

  /**
   * Parses a number with the given check-digit rule.
   *
   * @param text 10 digits, ASCII, Eastern Arabic-Indic (U+0660–U+0669) or Persian (U+06F0–U+06F9),
   *     surrounding white space allowed, at most {@link #MAX_TEXT_LENGTH} characters; any other
   *     digit is refused; not null
   * @param checksum the rule, not null
   * @return the ID
   * @throws InvalidValueException with code {@code nationalId.format} (also for text longer than
   *     {@link #MAX_TEXT_LENGTH}), {@code nationalId.prefix} or {@code nationalId.checksum}; the
   *     message never contains the number
   */
  public static NationalId parse(CharSequence text, NationalIdChecksum checksum) {
    Objects.requireNonNull(checksum, "checksum");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidValueException(
          "nationalId.format", "a national ID or Iqama number has exactly 10 digits");
    }
    String digits = SafeText.strip(SafeText.toAsciiDigits(text));
    if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException(
          "nationalId.format", "a national ID or Iqama number has exactly 10 digits");
    }
    if (digits.charAt(0) != '1' && digits.charAt(0) != '2') {
      throw new InvalidValueException(
          "nationalId.prefix", "a national ID starts with 1 (citizen) or 2 (resident)");
    }
    if (!checksum.isValid(digits)) {
      throw new InvalidValueException(
          "nationalId.checksum", "the national ID's check digit does not match");
    }
    return new NationalId(digits);
  }

  /**
   * Returns whether the holder is a citizen or a resident.
   *
   * @return the residency, from the first digit
   */
  public Residency residency() {
    return digits.charAt(0) == '1' ? Residency.CITIZEN : Residency.RESIDENT;
  }

  /**
   * Returns the 10 ASCII digits. Handle as personal data.
   *
   * @return the digits
   */
  public String value() {
    return digits;
  }

  /**
   * Returns a display form that hides the middle six digits: {@code 1••••••••8}-like, first and
   * last digit kept.
   *
   * @return the masked number
   */
  public String masked() {
    return digits.charAt(0) + "••••••••" + digits.charAt(9);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NationalId other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Returns {@code NationalId[CITIZEN, redacted]}: never the number. */
  @Override
  public String toString() {
    return "NationalId[" + residency() + ", redacted]";
  }
}
