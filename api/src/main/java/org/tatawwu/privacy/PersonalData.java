package org.tatawwu.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.internal.BundleWording;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.HijriDate;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.Volunteer;

/**
 * The personal part of a volunteer, as a {@link PersonalDataVault} keeps it: a value per {@link
 * PersonalField}. The ledgers, certificates and fund records refer to the volunteer's pseudonymous
 * id only; this is what erasure destroys.
 *
 * <p>This class is immutable and thread-safe. {@link #toString()} names the fields held, never
 * their values.
 */
public final class PersonalData {
  /** The longest value accepted, in UTF-16 units. */
  public static final int MAX_VALUE_LENGTH = 4096;

  private static final String BUNDLE = "org.tatawwu.privacy.PersonalData";

  private final Map<PersonalField, String> values;

  private PersonalData(Map<PersonalField, String> values) {
    this.values = values;
  }

  /**
   * Returns personal data holding the given values.
   *
   * <p>A value is refused if it is empty, longer than {@link #MAX_VALUE_LENGTH}, or holds a control
   * character: a C0 or C1 control (U+0000 to U+001F, U+007F to U+009F: line breaks, tabs, NUL) or a
   * directional embedding, override or isolate (U+202A to U+202E, U+2066 to U+2069), which could
   * make a value display as another. The marks that Arabic text uses (U+200E, U+200F, U+061C, the
   * zero-width joiners) are accepted.
   *
   * @param values a value per field, not null; values not null, 1 to {@link #MAX_VALUE_LENGTH}
   *     long, without a control character
   * @return the data
   * @throws RuleException naming every refused value at once, each by its field (the problem's path
   *     is the field's name, the value never appears): {@code privacy.personalData.empty}, {@code
   *     privacy.personalData.tooLong}, {@code privacy.personalData.control}; worded in Arabic and
   *     English
   */
  public static PersonalData of(Map<PersonalField, String> values) {
    EnumMap<PersonalField, String> copy = new EnumMap<>(PersonalField.class);
    for (Map.Entry<PersonalField, String> e : values.entrySet()) {
      copy.put(
          Objects.requireNonNull(e.getKey(), "field"),
          Objects.requireNonNull(e.getValue(), "value"));
    }
    List<Violation> refused = new ArrayList<>();
    for (Map.Entry<PersonalField, String> e : copy.entrySet()) {
      String v = e.getValue();
      String field = e.getKey().name();
      if (v.isEmpty()) {
        refused.add(Violation.of("privacy.personalData.empty", "field", field));
      } else if (v.length() > MAX_VALUE_LENGTH) {
        refused.add(Violation.of("privacy.personalData.tooLong", "field", field));
      }
      if (hasControl(v)) {
        refused.add(Violation.of("privacy.personalData.control", "field", field));
      }
    }
    if (!refused.isEmpty()) {
      throw new RuleException(refused, PersonalData::words);
    }
    return new PersonalData(Collections.unmodifiableMap(copy));
  }

  private static boolean hasControl(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c <= 0x1F
          || (c >= 0x7F && c <= 0x9F)
          || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069)) {
        return true;
      }
    }
    return false;
  }

  /** Words refusals in Arabic (any {@code ar} locale) or English, the field named in each. */
  private static List<Problem> words(List<Violation> violations, Locale locale) {
    return BundleWording.words(
        BUNDLE,
        violations,
        locale,
        (v, bundle) -> {
          String field = String.valueOf(v.arguments().get("field"));
          String text =
              bundle.getString(v.code()).replace("{field}", bundle.getString("field." + field));
          return new Problem(field, v.code(), text);
        });
  }

  /**
   * Returns the personal part of a volunteer: national ID, name, mobile, e-mail, birth date as
   * entered, home location and guardian's national ID, whichever it holds.
   *
   * @param volunteer the volunteer, not null
   * @return the data
   */
  public static PersonalData from(Volunteer volunteer) {
    EnumMap<PersonalField, String> m = new EnumMap<>(PersonalField.class);
    m.put(PersonalField.NATIONAL_ID, volunteer.nationalId().value());
    m.put(PersonalField.NAME_ARABIC, volunteer.name().arabic());
    m.put(PersonalField.NAME_ENGLISH, volunteer.name().english());
    m.put(PersonalField.MOBILE, volunteer.mobile().e164());
    volunteer.email().ifPresent(e -> m.put(PersonalField.EMAIL, e.value()));
    m.put(
        PersonalField.BIRTH_DATE,
        volunteer
            .birthDate()
            .enteredHijri()
            .map(PersonalData::hijri)
            .orElseGet(() -> volunteer.birthDate().toLocalDate().toString()));
    volunteer.location().ifPresent(p -> m.put(PersonalField.HOME_LOCATION, point(p)));
    volunteer
        .guardianConsent()
        .ifPresent(g -> m.put(PersonalField.GUARDIAN_ID, g.guardianId().value()));
    return of(m);
  }

  private static String hijri(HijriDate d) {
    return String.format("%04d-%02d-%02d AH", d.year(), d.month(), d.day());
  }

  private static String point(GeoPoint p) {
    return p.latitude() + "," + p.longitude();
  }

  /**
   * Returns the value of a field.
   *
   * @param field the field, not null
   * @return the value, or empty when not held
   */
  public Optional<String> get(PersonalField field) {
    return Optional.ofNullable(values.get(Objects.requireNonNull(field, "field")));
  }

  /**
   * Returns the name, when both halves are held.
   *
   * @return the name in Arabic and English, or empty
   */
  public Optional<BilingualText> name() {
    String ar = values.get(PersonalField.NAME_ARABIC);
    String en = values.get(PersonalField.NAME_ENGLISH);
    return ar == null || en == null ? Optional.empty() : Optional.of(BilingualText.of(ar, en));
  }

  /**
   * Returns every value held.
   *
   * @return an unmodifiable map in field order
   */
  public Map<PersonalField, String> values() {
    return values;
  }

  /**
   * Returns a copy with one value set (a correction) or, with {@code null}, removed.
   *
   * @param field the field, not null
   * @param value the new value, or null to remove it; as {@link #of} accepts
   * @return the corrected copy
   * @throws RuleException as {@link #of} does, for a value it refuses
   */
  public PersonalData with(PersonalField field, @Nullable String value) {
    EnumMap<PersonalField, String> m = new EnumMap<>(PersonalField.class);
    m.putAll(values);
    if (value == null) {
      m.remove(Objects.requireNonNull(field, "field"));
    } else {
      m.put(Objects.requireNonNull(field, "field"), value);
    }
    return of(m);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonalData other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "PersonalData[fields=" + values.keySet() + "]";
  }
}
