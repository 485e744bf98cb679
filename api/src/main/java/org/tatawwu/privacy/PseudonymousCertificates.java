package org.tatawwu.privacy;

import java.util.Locale;
import org.tatawwu.certificate.CertificateIssuer;
import org.tatawwu.certificate.SignedCertificate;
import org.tatawwu.time.DateRange;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Hour certificates that name their holder through the {@link PersonalDataVault}: the signed
 * document carries the volunteer's pseudonymous id and a {@linkplain
 * PersonalDataVault#holderPseudonym holder pseudonym}, never the name; the name is resolved when
 * the certificate is rendered. After the volunteer is erased, the signature still verifies with the
 * issuer's public key and the rendering says the holder was erased. Obtain it from {@link
 * Privacy#certificates(PersonalDataVault)}.
 *
 * <p>Implementations are thread-safe.
 */
public interface PseudonymousCertificates {
  /**
   * Issues a certificate whose holder is the volunteer's pseudonym.
   *
   * @param issuer the issuer, not null
   * @param volunteer the volunteer, with personal data in the vault; not null
   * @param period the days to certify, not null
   * @return the signed certificate
   * @throws org.tatawwu.validation.RuleException with code {@code privacy.subject.unknown} or
   *     {@code privacy.subject.erased}
   * @throws org.tatawwu.validation.InvalidValueException with code {@code certificate.empty} if
   *     there are no approved hours in the period
   */
  SignedCertificate issue(CertificateIssuer issuer, VolunteerId volunteer, DateRange period);

  /**
   * Renders a certificate for people, with the holder's name resolved through the vault (the
   * current name, so a corrected name shows), or a note that the holder was erased.
   *
   * @param certificate the certificate, not null
   * @param locale Arabic for any {@code ar} locale, English otherwise; not null
   * @return the text
   */
  String render(SignedCertificate certificate, Locale locale);
}
