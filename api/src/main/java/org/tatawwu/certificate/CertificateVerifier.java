package org.tatawwu.certificate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tatawwu.validation.InvalidValueException;

/**
 * Verifies certificate documents offline, with only the issuers' public keys (Ed25519, from the
 * JDK) and the issuers' revocation lists. Needs nothing but this API module.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CertificateVerifier {
  private final Map<String, PublicKey> issuers;
  private final Set<String> revokedSerials;

  private CertificateVerifier(Map<String, PublicKey> issuers, Set<String> revokedSerials) {
    this.issuers = Map.copyOf(issuers);
    this.revokedSerials = Set.copyOf(revokedSerials);
  }

  /**
   * Creates a verifier.
   *
   * @param trustedIssuers public keys by issuer id, not null
   * @param revokedSerials serials the issuers have revoked, not null
   * @return the verifier
   */
  public static CertificateVerifier of(
      Map<String, PublicKey> trustedIssuers, Set<String> revokedSerials) {
    return new CertificateVerifier(trustedIssuers, revokedSerials);
  }

  /**
   * Verifies a document given as bytes: they must be valid UTF-8.
   *
   * @param document the bytes, not null
   * @return the result; never throws for bad input
   */
  public VerificationResult verify(byte[] document) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(document))
              .toString();
      return verify(text);
    } catch (CharacterCodingException e) {
      return VerificationResult.TAMPERED;
    }
  }

  /**
   * Verifies a document.
   *
   * @param document the text, not null
   * @return the result; never throws for bad input
   */
  public VerificationResult verify(String document) {
    Objects.requireNonNull(document, "document");
    SignedCertificate signed;
    try {
      signed = SignedCertificate.parse(document);
    } catch (InvalidValueException e) {
      return VerificationResult.TAMPERED;
    }
    return verify(signed);
  }

  /**
   * Verifies a signed certificate.
   *
   * @param signed the certificate, not null
   * @return the result
   */
  public VerificationResult verify(SignedCertificate signed) {
    PublicKey key = issuers.get(signed.certificate().issuer());
    if (key == null) {
      return VerificationResult.UNKNOWN_ISSUER;
    }
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initVerify(key);
      ed.update(SignedCertificate.canonicalForm(signed.certificate()));
      if (!ed.verify(signed.signature())) {
        return VerificationResult.TAMPERED;
      }
    } catch (GeneralSecurityException e) {
      return VerificationResult.TAMPERED;
    }
    return revokedSerials.contains(signed.certificate().serial())
        ? VerificationResult.REVOKED
        : VerificationResult.VALID;
  }
}
