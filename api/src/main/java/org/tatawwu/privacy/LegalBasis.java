package org.tatawwu.privacy;

/**
 * Why processing for a {@link Purpose} is lawful.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LegalBasis {
  /** The volunteer (or a minor's guardian) consented, and has not withdrawn the consent. */
  CONSENT,
  /**
   * The processing is what the volunteer asked for by registering and accepting the volunteer
   * charter (the volunteering relationship itself).
   */
  VOLUNTEERING_RELATIONSHIP,
  /** A law requires it, for example keeping hour records and the Community Fund's books. */
  LEGAL_OBLIGATION,
  /** It protects the vital interests of the person, for example during a disaster response. */
  VITAL_INTEREST;

  /**
   * Returns whether processing on this basis needs a consent in force.
   *
   * @return true for {@link #CONSENT} only
   */
  public boolean needsConsent() {
    return this == CONSENT;
  }
}
