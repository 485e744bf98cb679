package org.tatawwu.spi;

import java.security.KeyPair;
import java.time.Clock;
import org.tatawwu.certificate.CertificateIssuer;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.OpportunityDirectory;

/**
 * Provides the certificate capability: a {@link CertificateIssuer} of signed hour certificates.
 * Found with {@link java.util.ServiceLoader}.
 *
 * <p>Implementations are stateless and thread-safe and have a public no-argument constructor.
 */
public interface CertificateProviderSpi {
  /**
   * Creates a certificate issuer signing with an Ed25519 key pair.
   *
   * @param issuerId the issuer's identifier, written in every certificate, not null
   * @param keys an Ed25519 key pair, not null
   * @param ledger where approved hours come from, not null
   * @param directory where entity and opportunity names come from, not null
   * @param clock the clock for issue times, not null
   * @return a thread-safe issuer, not null
   */
  CertificateIssuer certificateIssuer(
      String issuerId,
      KeyPair keys,
      HourLedger ledger,
      OpportunityDirectory directory,
      Clock clock);
}
