package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.certificate.CertificateIssuer;
import org.tatawwu.certificate.CertificateVerifier;
import org.tatawwu.certificate.SignedCertificate;
import org.tatawwu.certificate.VerificationResult;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.Dimension;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.hours.TotalsKey;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.privacy.PseudonymousCertificates;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.VolunteerId;

class ErasureKeepsTheBooksTest {
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), RIYADH);
  static final VolunteerId SARA = CryptoShreddingTest.SARA;
  static final VolunteerId OMAR = CryptoShreddingTest.OMAR;
  static final DateRange SPRING = DateRange.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31));

  final OpportunityDirectory directory =
      OpportunityDirectory.of(
          List.of(
              Opportunity.builder()
                  .number(OpportunityNumber.parse("20250000001"))
                  .title(BilingualText.of("إغاثة", "Relief"))
                  .entity(EntityId.of("E1"))
                  .description(BilingualText.of("إغاثة", "Relief"))
                  .field(FieldCode.of("HEALTH"))
                  .subField(FieldCode.of("HEALTH.FIRST_AID"))
                  .location(Location.onSite(City.of("الرياض", "Riyadh", Region.RIYADH), null))
                  .period(DateRange.of(LocalDate.of(2025, 2, 20), LocalDate.of(2025, 3, 31)))
                  .build()),
          List.of(
              ParticipatingEntity.builder()
                  .id(EntityId.of("E1"))
                  .name(BilingualText.of("جمعية البر بالرياض", "Al-Birr Society, Riyadh"))
                  .type(EntityType.NON_PROFIT_ASSOCIATION)
                  .licenceNumber("L-1")
                  .supervisingEntity(EntityId.of("SUP-1"))
                  .region(Region.RIYADH)
                  .accreditation(
                      new Accreditation(
                          "A", DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1))))
                  .build()));
  final HourLedger ledger = Tatawwu.hourLedger(HourPolicy.DEFAULT, directory, CLOCK);
  final KeyPair keys = keys();
  final CertificateIssuer issuer =
      Tatawwu.certificateIssuer("MHRSD", keys, ledger, directory, CLOCK);
  final PersonalDataVault vault =
      Tatawwu.privacy().vault(Tatawwu.privacy().inMemoryVaultStore(), CryptoShreddingTest.aes());
  final PseudonymousCertificates certificates = Tatawwu.privacy().certificates(vault);
  final CertificateVerifier verifier =
      CertificateVerifier.of(Map.of("MHRSD", issuer.publicKey()), Set.of());

  static KeyPair keys() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  void approved(VolunteerId who, String key, String from, String to) {
    HourEntry e =
        ledger.submit(
            HourSubmission.builder()
                .key(IdempotencyKey.of(key))
                .volunteer(who)
                .opportunity(OpportunityNumber.parse("20250000001"))
                .time(
                    TimeRange.of(
                        LocalDateTime.parse(from).atZone(RIYADH).toInstant(),
                        LocalDateTime.parse(to).atZone(RIYADH).toInstant()))
                .source(HourSource.ATTENDANCE)
                .compulsory(false)
                .submittedBy("gate")
                .build());
    ledger.approve(e.id(), "m");
  }

  @Test
  void after_erasure_totals_and_signatures_hold_and_the_certificate_names_nobody() {
    vault.put(SARA, CryptoShreddingTest.SARA_DATA);
    vault.put(OMAR, CryptoShreddingTest.OMAR_DATA);
    approved(SARA, "s1", "2025-02-28T08:00", "2025-02-28T12:00"); // 240 minutes
    approved(SARA, "s2", "2025-03-02T08:00", "2025-03-02T10:30"); // 150 minutes
    approved(OMAR, "o1", "2025-03-02T08:00", "2025-03-02T09:00"); // 60 minutes
    SignedCertificate certificate = certificates.issue(issuer, SARA, SPRING);
    String document = certificate.encode();

    assertThat(document).doesNotContain("Sara").doesNotContain("سارة").contains("holder=vault:");
    assertThat(certificates.render(certificate, Locale.ENGLISH)).contains("Sara Al-Otaibi");
    assertThat(certificates.render(certificate, Locale.forLanguageTag("ar")))
        .contains("سارة العتيبي");
    HourTotals saraBefore = ledger.totals(SARA);
    Map<TotalsKey, HourTotals> nationalBefore =
        ledger.totals(Dimension.REGION, Bucket.YEAR, SPRING);
    assertThat(saraBefore.approvedMinutes()).isEqualTo(390);

    assertThat(vault.erase(SARA)).isTrue();

    assertThat(ledger.totals(SARA)).isEqualTo(saraBefore);
    assertThat(ledger.totals(Dimension.REGION, Bucket.YEAR, SPRING)).isEqualTo(nationalBefore);
    assertThat(verifier.verify(document)).isEqualTo(VerificationResult.VALID);
    String rendered = certificates.render(certificate, Locale.ENGLISH);
    assertThat(rendered).doesNotContain("Sara").contains("(the holder's personal data was erased)");
    assertThat(certificates.render(certificate, Locale.forLanguageTag("ar")))
        .doesNotContain("سارة")
        .contains("أُتلفت البيانات الشخصية لحامل الشهادة");
    // Omar is untouched.
    assertThat(certificates.render(certificates.issue(issuer, OMAR, SPRING), Locale.ENGLISH))
        .contains("Omar Al-Qahtani");
  }

  @Test
  void a_corrected_name_shows_on_certificates_issued_before() {
    vault.put(SARA, CryptoShreddingTest.SARA_DATA);
    approved(SARA, "s1", "2025-02-28T08:00", "2025-02-28T12:00");
    SignedCertificate certificate = certificates.issue(issuer, SARA, SPRING);
    vault.put(
        SARA, CryptoShreddingTest.SARA_DATA.with(PersonalField.NAME_ENGLISH, "Sarah Al-Otaibi"));

    assertThat(certificates.render(certificate, Locale.ENGLISH)).contains("Sarah Al-Otaibi");
    assertThat(verifier.verify(certificate.encode())).isEqualTo(VerificationResult.VALID);
  }
}
