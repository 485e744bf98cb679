package org.tatawwu.geo;

import org.tatawwu.text.BilingualText;
import org.tatawwu.text.SafeText;
import org.tatawwu.validation.InvalidValueException;

/** The 13 regions of Saudi Arabia with their ISO 3166-2:SA codes (there is no SA-13). */
@SuppressWarnings("ImmutableEnumChecker") // BilingualText is a record of two Strings
public enum Region {
  /** Riyadh. */
  RIYADH("SA-01", "الرياض", "Riyadh"),
  /** Makkah. */
  MAKKAH("SA-02", "مكة المكرمة", "Makkah"),
  /** Madinah. */
  MADINAH("SA-03", "المدينة المنورة", "Madinah"),
  /** Eastern Province. */
  EASTERN_PROVINCE("SA-04", "المنطقة الشرقية", "Eastern Province"),
  /** Al-Qassim. */
  AL_QASSIM("SA-05", "القصيم", "Al-Qassim"),
  /** Ha'il. */
  HAIL("SA-06", "حائل", "Ha'il"),
  /** Tabuk. */
  TABUK("SA-07", "تبوك", "Tabuk"),
  /** Northern Borders. */
  NORTHERN_BORDERS("SA-08", "الحدود الشمالية", "Northern Borders"),
  /** Jazan. */
  JAZAN("SA-09", "جازان", "Jazan"),
  /** Najran. */
  NAJRAN("SA-10", "نجران", "Najran"),
  /** Al-Bahah. */
  AL_BAHAH("SA-11", "الباحة", "Al-Bahah"),
  /** Al-Jawf. */
  AL_JAWF("SA-12", "الجوف", "Al-Jawf"),
  /** 'Asir. */
  ASIR("SA-14", "عسير", "'Asir");

  private final String code;
  private final BilingualText name;

  Region(String code, String arabic, String english) {
    this.code = code;
    this.name = BilingualText.of(arabic, english);
  }

  /**
   * Returns the ISO 3166-2 code, for example {@code SA-01}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the region's name in Arabic and English.
   *
   * @return the name
   */
  public BilingualText displayName() {
    return name;
  }

  /** The longest text {@link #parse(CharSequence)} reads, surrounding white space included. */
  public static final int MAX_TEXT_LENGTH = 16;

  /**
   * Parses an ISO 3166-2:SA code: {@code SA-01}, {@code sa-1} or {@code 01}; the prefix in ASCII
   * letters of either case, the digits ASCII, Eastern Arabic-Indic or Persian (any other digit is
   * refused).
   *
   * @param text the code, not null, at most {@link #MAX_TEXT_LENGTH} characters
   * @return the region
   * @throws InvalidValueException with code {@code region.unknown} if no region has that code
   */
  public static Region parse(CharSequence text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw unknown();
    }
    String s = SafeText.strip(SafeText.toAsciiDigits(text));
    if (s.length() >= 3
        && (s.charAt(0) == 'S' || s.charAt(0) == 's')
        && (s.charAt(1) == 'A' || s.charAt(1) == 'a')
        && s.charAt(2) == '-') {
      s = s.substring(3);
    }
    if (!s.isEmpty() && s.length() <= 2 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int n = Integer.parseInt(s);
      for (Region r : values()) {
        if (Integer.parseInt(r.code.substring(3)) == n) {
          return r;
        }
      }
    }
    throw unknown();
  }

  private static InvalidValueException unknown() {
    return new InvalidValueException(
        "region.unknown", "not an ISO 3166-2:SA region code (SA-01 to SA-12, SA-14)");
  }
}
