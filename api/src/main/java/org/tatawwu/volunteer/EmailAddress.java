package org.tatawwu.volunteer;

import java.util.Locale;
import java.util.regex.Pattern;
import org.tatawwu.text.SafeText;
import org.tatawwu.validation.InvalidValueException;

/**
 * An e-mail address: an ASCII local part of at most 64 characters, {@code @}, and a domain with at
 * least one dot; the domain is lower-cased. Sensitive: {@link #toString()} never shows it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EmailAddress {
  private static final Pattern FORM =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

  private final String address;

  private EmailAddress(String address) {
    this.address = address;
  }

  /** The longest text {@link #parse(CharSequence)} reads, surrounding white space included. */
  public static final int MAX_TEXT_LENGTH = 320;

  /**
   * Parses an address: at most 254 characters once surrounding white space is removed.
   *
   * @param text the address, not null, at most {@link #MAX_TEXT_LENGTH} characters; surrounding
   *     white space is ignored
   * @return the address
   * @throws InvalidValueException with code {@code email.format}; the message never contains the
   *     address
   */
  public static EmailAddress parse(CharSequence text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidValueException("email.format", "not a valid e-mail address");
    }
    String s = SafeText.strip(text);
    int at = s.lastIndexOf('@');
    if (s.length() > 254 || at < 1 || at > 64 || !FORM.matcher(s).matches()) {
      throw new InvalidValueException("email.format", "not a valid e-mail address");
    }
    return new EmailAddress(s.substring(0, at) + s.substring(at).toLowerCase(Locale.ROOT));
  }

  /**
   * Returns the address. Handle as personal data.
   *
   * @return the address
   */
  public String value() {
    return address;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailAddress other && address.equals(other.address);
  }

  @Override
  public int hashCode() {
    return address.hashCode();
  }

  /** Returns {@code EmailAddress[redacted]}. */
  @Override
  public String toString() {
    return "EmailAddress[redacted]";
  }
}
