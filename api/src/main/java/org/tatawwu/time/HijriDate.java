package org.tatawwu.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tatawwu.text.SafeText;
import org.tatawwu.validation.InvalidValueException;

/**
 * A date in the Hijri calendar as a person entered it: year, month (1–12), day (1–30). It is only a
 * label: which Gregorian day it denotes depends on the {@link HijriTable} used to convert it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the Hijri year, 1 to 9999
 * @param month the month, 1 (Muharram) to 12 (Dhu al-Hijjah)
 * @param day the day of the month, 1 to 30
 */
public record HijriDate(int year, int month, int day) implements Comparable<HijriDate> {
  private static final Pattern ISO_LIKE =
      Pattern.compile(
          "\\s*(\\d{1,4})\\s*[-/]\\s*(\\d{1,2})\\s*[-/]\\s*(\\d{1,2})\\s*(?:هـ|AH)?\\s*");

  /**
   * Checks the ranges.
   *
   * @param year the Hijri year, 1 to 9999
   * @param month the month, 1 (Muharram) to 12 (Dhu al-Hijjah)
   * @param day the day of the month, 1 to 30
   * @throws InvalidValueException if a part is out of range
   */
  public HijriDate {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 30) {
      throw new InvalidValueException(
          "hijri.invalid", "a Hijri date needs year 1-9999, month 1-12 and day 1-30");
    }
  }

  /**
   * Creates a Hijri date.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @param day the day, 1 to 30
   * @return the date
   * @throws InvalidValueException if a part is out of range
   */
  public static HijriDate of(int year, int month, int day) {
    return new HijriDate(year, month, day);
  }

  /** The longest text {@link #parse(CharSequence)} reads, white space included. */
  public static final int MAX_TEXT_LENGTH = 64;

  /**
   * Parses {@code yyyy-mm-dd} or {@code yyyy/mm/dd}, with ASCII, Eastern Arabic-Indic
   * (U+0660–U+0669) or Persian (U+06F0–U+06F9) digits (any other digit is refused), ASCII white
   * space around the parts and an optional {@code هـ} or {@code AH} suffix.
   *
   * @param text the text, not null, at most {@link #MAX_TEXT_LENGTH} characters
   * @return the date
   * @throws InvalidValueException with code {@code hijri.format} if the text is not such a date or
   *     is longer than {@link #MAX_TEXT_LENGTH}, {@code hijri.invalid} if a part is out of range
   */
  public static HijriDate parse(CharSequence text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidValueException("hijri.format", "expected a Hijri date as yyyy-mm-dd");
    }
    Matcher m = ISO_LIKE.matcher(SafeText.toAsciiDigits(text));
    if (!m.matches()) {
      throw new InvalidValueException("hijri.format", "expected a Hijri date as yyyy-mm-dd");
    }
    return of(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  @Override
  public int compareTo(HijriDate other) {
    int c = Integer.compare(year, other.year);
    if (c == 0) {
      c = Integer.compare(month, other.month);
    }
    return c != 0 ? c : Integer.compare(day, other.day);
  }

  /** Returns {@code yyyy-mm-dd}, zero-padded. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
  }
}
