package org.tatawwu.certificate;

import java.security.PublicKey;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Issues signed hour certificates from the approved hours of a ledger. Obtain one from {@link
 * org.tatawwu.Tatawwu#certificateIssuer}. Implementations are thread-safe.
 */
public interface CertificateIssuer {
  /**
   * Returns the issuer's identifier, written in every certificate it signs.
   *
   * @return the identifier
   */
  String id();

  /**
   * Returns the public key that verifies this issuer's certificates (Ed25519).
   *
   * @return the key
   */
  PublicKey publicKey();

  /**
   * Issues a certificate of a volunteer's approved hours with days in a period (pending, rejected
   * and superseded hours never count).
   *
   * @param volunteer the volunteer, not null
   * @param holder the name to print, not null
   * @param period the days to certify, in each opportunity's zone, not null
   * @return the signed certificate
   * @throws org.tatawwu.validation.InvalidValueException with code {@code certificate.empty} if the
   *     volunteer has no approved hours in the period
   */
  SignedCertificate issue(VolunteerId volunteer, BilingualText holder, DateRange period);
}
