package org.tatawwu.credential;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a volunteer's credential stands. Expiry is not a status: it follows from the credential's
 * last valid day and the day asked about.
 */
public enum CredentialStatus {
  /** Declared by the volunteer with evidence; not yet checked. */
  CLAIMED,
  /** Checked against its evidence by a named verifier. */
  VERIFIED,
  /** Checked and not accepted; final. */
  REJECTED,
  /** Withdrawn after verification, for example by the issuer; final. */
  REVOKED;

  /**
   * Returns the statuses this one may move to.
   *
   * @return the legal next statuses, empty for a final status
   */
  public Set<CredentialStatus> next() {
    return switch (this) {
      case CLAIMED -> EnumSet.of(VERIFIED, REJECTED);
      case VERIFIED -> EnumSet.of(REVOKED);
      case REJECTED, REVOKED -> EnumSet.noneOf(CredentialStatus.class);
    };
  }
}
