package org.tatawwu.privacy;

/**
 * The class of data a model component holds, for the Personal Data Protection Law: what may be used
 * for which purpose, what a volunteer's copy contains, what is redacted and what is kept how long
 * all follow from it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DataCategory {
  /** Not about a person: opportunities, policies, catalogues, aggregate figures. */
  NOT_PERSONAL,
  /**
   * A part of a value type (the digits of an identifier, the Arabic half of a text): it takes the
   * category of the component that holds the value.
   */
  VALUE_PART,
  /** A pseudonymous reference to a person: the platform's volunteer id, a donor or team member. */
  SUBJECT_REFERENCE,
  /** A reference to the staff member who recorded or decided something. */
  STAFF_REFERENCE,
  /** An official identifier of the person: the national ID or Iqama number. */
  IDENTIFIER,
  /** The person's name. */
  NAME,
  /** How to reach the person: mobile number, e-mail address. */
  CONTACT,
  /** Birth date, gender, nationality. */
  DEMOGRAPHIC,
  /** Where the person lives, coarsely: home region and city. */
  RESIDENCE,
  /** Where the person is or usually starts from, precisely: coordinates, check-in locations. */
  LOCATION,
  /** Skills, fields of interest, languages, availability, trainings, credentials, status. */
  PROFILE,
  /** What the person did: enrollments, offers, hours and their evidence, awards, certificates. */
  ACTIVITY,
  /** Ratings and comments about the person's service, or by the person about a role. */
  APPRAISAL,
  /** Data of a minor's guardian: the guardian's identifier and the consent they signed. */
  GUARDIAN,
  /** Consents and the notices or charters accepted. */
  CONSENT,
  /** Money given or received by a person: donations, support to a beneficiary, proof of need. */
  FINANCIAL,
  /** Sensitive data: the person's health. */
  HEALTH,
  /** Sensitive data: criminal records and background checks. */
  CRIMINAL_RECORD,
  /** Text written by staff or the person, which may hold anything personal. */
  FREE_TEXT;

  /**
   * Returns whether data of this category is personal data.
   *
   * @return false for {@link #NOT_PERSONAL} and {@link #VALUE_PART}, true otherwise
   */
  public boolean personal() {
    return this != NOT_PERSONAL && this != VALUE_PART;
  }

  /**
   * Returns whether data of this category is sensitive under the law (health, criminal records).
   *
   * @return true for {@link #HEALTH} and {@link #CRIMINAL_RECORD}
   */
  public boolean sensitive() {
    return this == HEALTH || this == CRIMINAL_RECORD;
  }
}
