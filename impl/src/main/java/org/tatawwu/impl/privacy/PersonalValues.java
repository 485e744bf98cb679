package org.tatawwu.impl.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.text.SafeText;
import org.tatawwu.time.HijriDate;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.EmailAddress;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.NationalIdChecksum;

/**
 * Checks each value of {@link PersonalData} by its field's kind, with the library's own parsers:
 * {@link NationalId#parse(CharSequence, NationalIdChecksum)} (form only: ten ASCII digits starting
 * with 1 or 2; the check digit is the platform's rule, checked where the number is entered), {@link
 * MobileNumber#parse} (and the value must be its E.164 form), {@link EmailAddress#parse}, {@link
 * SafeText#problems} on the normalised name (what {@link org.tatawwu.text.BilingualText} accepts),
 * {@link BirthDate} for a plausible date written as {@link PersonalData#from} writes it, {@link
 * GeoPoint#of} for a location. Stateless and thread-safe.
 */
final class PersonalValues {
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})( AH)?");

  private PersonalValues() {}

  /**
   * Every value not of its field's kind, one violation each ({@code privacy.personalData.<kind>},
   * argument {@code component} the field's name); the values never appear.
   */
  static List<Violation> problems(PersonalData data) {
    List<Violation> out = new ArrayList<>();
    for (Map.Entry<PersonalField, String> e : data.values().entrySet()) {
      String v = e.getValue();
      PersonalField field = e.getKey();
      boolean ok =
          switch (field) {
            case NATIONAL_ID, GUARDIAN_ID -> nationalId(v);
            case NAME_ARABIC, NAME_ENGLISH -> name(v);
            case MOBILE -> mobile(v);
            case EMAIL -> email(v);
            case BIRTH_DATE -> birthDate(v);
            case HOME_LOCATION -> location(v);
          };
      if (!ok) {
        out.add(Violation.of(code(field), "component", field.name()));
      }
    }
    return out;
  }

  /** The refusal code of a field's kind. */
  static String code(PersonalField field) {
    return "privacy.personalData."
        + switch (field) {
          case NATIONAL_ID -> "nationalId";
          case GUARDIAN_ID -> "guardianId";
          case NAME_ARABIC -> "nameArabic";
          case NAME_ENGLISH -> "nameEnglish";
          case MOBILE -> "mobile";
          case EMAIL -> "email";
          case BIRTH_DATE -> "birthDate";
          case HOME_LOCATION -> "homeLocation";
        };
  }

  private static boolean nationalId(String v) {
    try {
      return NationalId.parse(v, NationalIdChecksum.NONE).value().equals(v);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean name(String v) {
    return SafeText.problems(SafeText.normalize(v)).isEmpty();
  }

  private static boolean mobile(String v) {
    try {
      return MobileNumber.parse(v).e164().equals(v);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean email(String v) {
    try {
      EmailAddress.parse(v);
      return v.equals(v.strip());
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean birthDate(String v) {
    return parseBirthDate(v).isPresent();
  }

  /**
   * A birth date as {@link PersonalData#from} writes it ({@code yyyy-mm-dd}, or {@code yyyy-mm-dd
   * AH} converted with the Umm al-Qura table), or empty if it is not one {@link BirthDate} accepts.
   */
  static Optional<BirthDate> parseBirthDate(String v) {
    Matcher m = DATE.matcher(v);
    if (!m.matches()) {
      return Optional.empty();
    }
    int y = Integer.parseInt(m.group(1));
    int mo = Integer.parseInt(m.group(2));
    int d = Integer.parseInt(m.group(3));
    try {
      return Optional.of(
          m.group(4) != null
              ? BirthDate.ofHijri(HijriDate.of(y, mo, d))
              : BirthDate.ofGregorian(LocalDate.of(y, mo, d)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean location(String v) {
    String[] parts = v.split(",", -1);
    if (parts.length != 2) {
      return false;
    }
    try {
      GeoPoint.of(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
