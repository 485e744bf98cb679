package org.tatawwu.credentials;

/** The outcome of verifying a credential offline with a {@link CredentialVerifier}. */
public enum CredentialCheck {
  /** Genuine, unaltered, from a trusted issuer, in its validity period and not revoked. */
  VALID,
  /** Altered or malformed: the proof does not verify, or the document cannot be read. */
  TAMPERED,
  /** Proven by a key the verifier does not trust. */
  UNKNOWN_ISSUER,
  /** Genuine but revoked in its issuer's status list. */
  REVOKED,
  /** Genuine, but the status list it names was not given to the verifier. */
  STATUS_UNKNOWN,
  /** Genuine, but its {@code validFrom} is after the instant checked. */
  NOT_YET_VALID,
  /** Genuine, but its {@code validUntil} is not after the instant checked. */
  EXPIRED
}
