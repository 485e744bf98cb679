package org.tatawwu.examples;

import java.io.PrintStream;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.tatawwu.Tatawwu;
import org.tatawwu.certificate.CertificateIssuer;
import org.tatawwu.certificate.CertificateVerifier;
import org.tatawwu.certificate.SignedCertificate;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.Dimension;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.TotalsKey;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.PseudonymousCertificates;
import org.tatawwu.time.DateRange;
import org.tatawwu.volunteer.Volunteer;

/**
 * The demo's erasure section (Personal Data Protection Law): a volunteer's personal data kept in a
 * vault under a key of their own, a certificate that names them through the vault, then the
 * volunteer erased by destroying that key. The certificate still verifies with the issuer's public
 * key, its rendering no longer names anyone, and the national totals are unchanged.
 */
final class ErasureShowcase {
  private ErasureShowcase() {}

  /**
   * Runs the section.
   *
   * @param out where to print
   * @param issuer the demo's certificate issuer
   * @param ledger the demo's hour ledger
   * @param volunteer the volunteer to erase, with approved hours in the period
   * @param period the days the certificate covers
   */
  static void show(
      PrintStream out,
      CertificateIssuer issuer,
      HourLedger ledger,
      Volunteer volunteer,
      DateRange period) {
    Privacy privacy = Tatawwu.privacy();
    SecretKey master;
    try {
      // A real platform keeps the master key in a key management service, outside the store.
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      master = generator.generateKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    PersonalDataVault vault = privacy.vault(privacy.inMemoryVaultStore(), master);
    vault.put(volunteer.id(), PersonalData.from(volunteer));
    PseudonymousCertificates certificates = privacy.certificates(vault);
    SignedCertificate certificate = certificates.issue(issuer, volunteer.id(), period);
    String document = certificate.encode();
    CertificateVerifier verifier =
        CertificateVerifier.of(Map.of(issuer.id(), issuer.publicKey()), Set.of());
    Map<TotalsKey, HourTotals> before = ledger.totals(Dimension.ALL, Bucket.NONE, period);

    out.println("erasure (PDPL): the signed certificate names a vault pseudonym, not the person:");
    out.println(
        "  holder in the signed document: "
            + (document.contains("holder=vault:") ? "a vault pseudonym" : "a name"));
    out.println(
        "  rendered before erasure: "
            + holderLine(certificates.render(certificate, Locale.ENGLISH)));
    boolean erased = vault.erase(volunteer.id());
    Map<TotalsKey, HourTotals> after = ledger.totals(Dimension.ALL, Bucket.NONE, period);
    out.printf(
        "  volunteer %s erased: %s; personal data readable: %s%n",
        volunteer.id(), erased, vault.read(volunteer.id()).isPresent());
    out.println("  certificate verified after erasure: " + verifier.verify(document));
    out.println(
        "  rendered after erasure: "
            + holderLine(certificates.render(certificate, Locale.ENGLISH)));
    out.println(
        "  rendered after erasure (ar): "
            + holderLine(certificates.render(certificate, Locale.forLanguageTag("ar"))));
    out.printf(
        "  national totals unchanged: %s (%d approved minutes)%n",
        before.equals(after), after.values().stream().mapToLong(HourTotals::approvedMinutes).sum());
  }

  /** The rendering's line that names the holder (its second line). */
  private static String holderLine(String rendering) {
    java.util.List<String> lines = rendering.strip().lines().toList();
    return lines.size() > 1 ? lines.get(1).strip() : lines.get(0).strip();
  }
}
