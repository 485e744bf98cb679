package org.tatawwu.impl.certificate;

import java.security.KeyPair;
import java.time.Clock;
import org.tatawwu.certificate.CertificateIssuer;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.spi.CertificateProviderSpi;

/**
 * The reference {@link CertificateProviderSpi}: issuers signing with Ed25519. Stateless and
 * thread-safe.
 */
public final class Ed25519CertificateProvider implements CertificateProviderSpi {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public Ed25519CertificateProvider() {}

  @Override
  public CertificateIssuer certificateIssuer(
      String issuerId,
      KeyPair keys,
      HourLedger ledger,
      OpportunityDirectory directory,
      Clock clock) {
    return new Ed25519CertificateIssuer(issuerId, keys, ledger, directory, clock);
  }
}
