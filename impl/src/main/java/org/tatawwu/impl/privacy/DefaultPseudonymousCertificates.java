package org.tatawwu.impl.privacy;

import java.util.Locale;
import java.util.Objects;
import org.tatawwu.certificate.CertificateIssuer;
import org.tatawwu.certificate.HourCertificate;
import org.tatawwu.certificate.SignedCertificate;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PseudonymousCertificates;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.volunteer.VolunteerId;

/** Certificates naming their holder through a vault. Thread-safe. */
final class DefaultPseudonymousCertificates implements PseudonymousCertificates {
  /** What a rendering shows once the holder was erased. */
  static final BilingualText ERASED =
      BilingualText.of(
          "(أُتلفت البيانات الشخصية لحامل الشهادة)", "(the holder's personal data was erased)");

  private final PersonalDataVault vault;

  DefaultPseudonymousCertificates(PersonalDataVault vault) {
    this.vault = Objects.requireNonNull(vault, "vault");
  }

  @Override
  public SignedCertificate issue(
      CertificateIssuer issuer, VolunteerId volunteer, DateRange period) {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(period, "period");
    return issuer.issue(volunteer, vault.holderPseudonym(volunteer), period);
  }

  @Override
  public String render(SignedCertificate certificate, Locale locale) {
    HourCertificate c = certificate.certificate();
    BilingualText holder =
        c.holder().arabic().startsWith("vault:")
            ? vault.resolveHolder(c.volunteer(), c.holder()).orElse(ERASED)
            : c.holder();
    return new HourCertificate(
            c.serial(),
            c.issuer(),
            c.issuedAt(),
            c.volunteer(),
            holder,
            c.period(),
            c.approvedMinutes(),
            c.participations(),
            c.entities(),
            c.typesOfWork(),
            c.experience())
        .render(Objects.requireNonNull(locale, "locale"));
  }
}
