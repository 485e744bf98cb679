package org.tatawwu.certificate;

/** The outcome of verifying a certificate document. */
public enum VerificationResult {
  /** Genuine, unaltered, issued by a trusted issuer and not revoked. */
  VALID,
  /** Altered or malformed: the signature does not match the content, or it cannot be read. */
  TAMPERED,
  /** Signed by an issuer whose public key the verifier does not hold. */
  UNKNOWN_ISSUER,
  /** Genuine but revoked by its issuer. */
  REVOKED
}
