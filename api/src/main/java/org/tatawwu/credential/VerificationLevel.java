package org.tatawwu.credential;

/**
 * How fully a credential was verified, after the four levels of the US Emergency System for Advance
 * Registration of Volunteer Health Professionals (ESAR-VHP): level 1 is the most fully verified,
 * level 4 the least. A requirement for level 2 is met by levels 1 and 2.
 */
public enum VerificationLevel {
  /** Verified with the issuer, in active practice and with privileges where the work needs them. */
  LEVEL_1(1),
  /** Verified with the issuer and in active practice. */
  LEVEL_2(2),
  /** Verified with the issuer (licence or certificate in good standing). */
  LEVEL_3(3),
  /** Identity verified; the qualification stated by the volunteer, not checked with an issuer. */
  LEVEL_4(4);

  private final int number;

  VerificationLevel(int number) {
    this.number = number;
  }

  /**
   * Returns the level's number.
   *
   * @return 1 (most fully verified) to 4
   */
  public int number() {
    return number;
  }

  /**
   * Returns whether this level is at least as fully verified as another.
   *
   * @param required the level asked for, not null
   * @return true when this level's number is at most the required one's
   */
  public boolean meets(VerificationLevel required) {
    return number <= required.number;
  }
}
