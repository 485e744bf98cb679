package org.tatawwu.volunteer;

import java.util.regex.Pattern;
import org.tatawwu.text.SafeText;
import org.tatawwu.validation.InvalidValueException;

/**
 * A Saudi mobile number, held in E.164 form ({@code +9665XXXXXXXX}).
 *
 * <p>Accepted input: {@code +966 5X XXX XXXX}, {@code 00966…}, {@code 966…}, {@code 05XXXXXXXX} or
 * {@code 5XXXXXXXX}, with spaces, dashes, dots or parentheses, and with ASCII, Eastern Arabic-Indic
 * or Persian digits. The 9-digit national number must match libphonenumber's pattern for Saudi
 * mobiles: {@code 579[01]\d{5}|5(?:[013-689]\d|7[0-8])\d{6}}.
 *
 * <p>Sensitive: {@link #toString()} never shows the number. This class is immutable and
 * thread-safe.
 */
public final class MobileNumber {
  private static final Pattern NATIONAL =
      Pattern.compile("579[01]\\d{5}|5(?:[013-689]\\d|7[0-8])\\d{6}");

  private final String nationalNumber;

  private MobileNumber(String nationalNumber) {
    this.nationalNumber = nationalNumber;
  }

  /** The longest text {@link #parse(CharSequence)} reads, separators and white space included. */
  public static final int MAX_TEXT_LENGTH = 64;

  /**
   * Parses a Saudi mobile number.
   *
   * @param text the number as typed, not null, at most {@link #MAX_TEXT_LENGTH} characters; digits
   *     ASCII, Eastern Arabic-Indic or Persian, any other digit refused
   * @return the number
   * @throws InvalidValueException with code {@code mobile.format} (not a phone number, or longer
   *     than {@link #MAX_TEXT_LENGTH}), {@code mobile.country} (not +966) or {@code mobile.prefix}
   *     (not a Saudi mobile range); the message never contains the number
   */
  public static MobileNumber parse(CharSequence text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidValueException("mobile.format", "a mobile number has only digits");
    }
    String s = SafeText.strip(SafeText.toAsciiDigits(text));
    StringBuilder digits = new StringBuilder(s.length());
    boolean plus = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && i == 0) {
        plus = true;
      } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
        throw new InvalidValueException("mobile.format", "a mobile number has only digits");
      }
    }
    String d = digits.toString();
    String national;
    if (plus) {
      if (!d.startsWith("966")) {
        throw new InvalidValueException("mobile.country", "a Saudi mobile number starts with +966");
      }
      national = d.substring(3);
    } else if (d.startsWith("00966")) {
      national = d.substring(5);
    } else if (d.startsWith("966") && d.length() == 12) {
      national = d.substring(3);
    } else if (d.startsWith("0") && !d.startsWith("00")) {
      if (d.length() != 10) {
        throw new InvalidValueException(
            "mobile.format", "a Saudi mobile number has 10 digits (05XXXXXXXX)");
      }
      national = d.substring(1);
    } else if (d.startsWith("00")) {
      throw new InvalidValueException("mobile.country", "a Saudi mobile number starts with +966");
    } else {
      national = d;
    }
    if (national.length() != 9) {
      throw new InvalidValueException(
          "mobile.format", "a Saudi mobile number has 10 digits (05XXXXXXXX)");
    }
    if (!NATIONAL.matcher(national).matches()) {
      throw new InvalidValueException(
          "mobile.prefix",
          "this number is not in a Saudi mobile range: Saudi mobile numbers start with 050, 051,"
              + " 053 to 056, 058, 059, 0570 to 0578, 05790 or 05791");
    }
    return new MobileNumber(national);
  }

  /**
   * Returns the number in E.164 form. Handle as personal data.
   *
   * @return {@code +9665XXXXXXXX}
   */
  public String e164() {
    return "+966" + nationalNumber;
  }

  /**
   * Returns a display form with only the last two digits: {@code +966 5•• ••• •12}.
   *
   * @return the masked number
   */
  public String masked() {
    return "+966 5•• ••• •" + nationalNumber.substring(7);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MobileNumber other && nationalNumber.equals(other.nationalNumber);
  }

  @Override
  public int hashCode() {
    return nationalNumber.hashCode();
  }

  /** Returns {@code MobileNumber[redacted]}. */
  @Override
  public String toString() {
    return "MobileNumber[redacted]";
  }
}
