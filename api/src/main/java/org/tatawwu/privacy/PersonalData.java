package org.tatawwu.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.HijriDate;
import org.tatawwu.validation.InvalidValueException;
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

  private final Map<PersonalField, String> values;

  private PersonalData(Map<PersonalField, String> values) {
    this.values = values;
  }

  /**
   * Returns personal data holding the given values.
   *
   * @param values a value per field, not null; values not null, not empty, at most {@link
   *     #MAX_VALUE_LENGTH} long
   * @return the data
   * @throws InvalidValueException with code {@code privacy.personalData.value} if a value is empty
   *     or too long
   */
  public static PersonalData of(Map<PersonalField, String> values) {
    EnumMap<PersonalField, String> copy = new EnumMap<>(PersonalField.class);
    for (Map.Entry<PersonalField, String> e : values.entrySet()) {
      String v = Objects.requireNonNull(e.getValue(), "value");
      if (v.isEmpty() || v.length() > MAX_VALUE_LENGTH) {
        throw new InvalidValueException(
            "privacy.personalData.value",
            "a personal value has 1 to " + MAX_VALUE_LENGTH + " characters");
      }
      copy.put(Objects.requireNonNull(e.getKey(), "field"), v);
    }
    return new PersonalData(Collections.unmodifiableMap(copy));
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
   * @param value the new value, or null to remove it; not empty, at most {@link #MAX_VALUE_LENGTH}
   * @return the corrected copy
   * @throws InvalidValueException with code {@code privacy.personalData.value} for an empty or too
   *     long value
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
