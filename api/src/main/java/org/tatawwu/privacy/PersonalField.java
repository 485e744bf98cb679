package org.tatawwu.privacy;

/**
 * A personal value a {@link PersonalDataVault} keeps apart from the ledgers, with its category.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PersonalField {
  /** The national ID or Iqama number, ten ASCII digits. */
  NATIONAL_ID(DataCategory.IDENTIFIER),
  /** The name in Arabic. */
  NAME_ARABIC(DataCategory.NAME),
  /** The name in English. */
  NAME_ENGLISH(DataCategory.NAME),
  /** The mobile number, E.164. */
  MOBILE(DataCategory.CONTACT),
  /** The e-mail address. */
  EMAIL(DataCategory.CONTACT),
  /** The birth date as entered: {@code yyyy-mm-dd} followed by {@code AH} when entered Hijri. */
  BIRTH_DATE(DataCategory.DEMOGRAPHIC),
  /** Where the volunteer usually starts from, {@code latitude,longitude}. */
  HOME_LOCATION(DataCategory.LOCATION),
  /** The national ID of a minor's guardian. */
  GUARDIAN_ID(DataCategory.GUARDIAN);

  private final DataCategory category;

  PersonalField(DataCategory category) {
    this.category = category;
  }

  /**
   * Returns the field's category.
   *
   * @return the category, a personal one
   */
  public DataCategory category() {
    return category;
  }
}
