package org.tatawwu.impl.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

class CertificateTest {
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), RIYADH);
  static final VolunteerId SARA = VolunteerId.of("V-1");
  static final BilingualText NAME = BilingualText.of("سارة العتيبي", "Sara Al-Otaibi");

  final OpportunityDirectory directory =
      OpportunityDirectory.of(
          List.of(
              Opportunity.builder()
                  .number(OpportunityNumber.parse("20250000001"))
                  .title(BilingualText.of("إغاثة", "Relief"))
                  .description(BilingualText.of("إغاثة", "Relief"))
                  .entity(EntityId.of("E1"))
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

  static KeyPair keys() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  HourEntry work(String key, String from, String to) {
    return ledger.submit(
        HourSubmission.builder()
            .key(IdempotencyKey.of(key))
            .volunteer(SARA)
            .opportunity(OpportunityNumber.parse("20250000001"))
            .time(
                TimeRange.of(
                    LocalDateTime.parse(from).atZone(RIYADH).toInstant(),
                    LocalDateTime.parse(to).atZone(RIYADH).toInstant()))
            .source(HourSource.ATTENDANCE)
            .compulsory(false)
            .submittedBy("gate")
            .build());
  }

  SignedCertificate certificate() {
    ledger.approve(work("a", "2025-02-28T08:00", "2025-02-28T12:00").id(), "m");
    ledger.approve(work("b", "2025-03-02T08:00", "2025-03-02T10:30").id(), "m");
    work("pending", "2025-03-03T08:00", "2025-03-03T12:00");
    ledger.reject(work("rejected", "2025-03-04T08:00", "2025-03-04T12:00").id(), "m", "absent");
    return issuer.issue(
        SARA, NAME, DateRange.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31)));
  }

  CertificateVerifier verifier(Set<String> revoked) {
    return CertificateVerifier.of(Map.of("MHRSD", issuer.publicKey()), revoked);
  }

  @Test
  void certifies_only_approved_hours_with_entities_work_and_experience() {
    SignedCertificate c = certificate();
    assertThat(c.certificate().approvedMinutes()).isEqualTo(390);
    assertThat(c.certificate().participations()).isEqualTo(2);
    assertThat(c.certificate().period())
        .isEqualTo(DateRange.of(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 2)));
    assertThat(c.certificate().entities())
        .extracting(BilingualText::english)
        .containsExactly("Al-Birr Society, Riyadh");
    assertThat(c.certificate().typesOfWork())
        .extracting(BilingualText::english)
        .containsExactly("Health");
    assertThat(c.certificate().experience())
        .extracting(BilingualText::english)
        .containsExactly("First aid");
    assertThat(c.certificate().serial()).matches("MHRSD-1-[2-9A-HJKMNP-TV-Z]{8}");
  }

  @Test
  void renders_in_both_languages_with_gregorian_and_hijri_dates() {
    SignedCertificate c = certificate();
    String en = c.certificate().render(Locale.ENGLISH);
    String ar = c.certificate().render(Locale.forLanguageTag("ar"));
    assertThat(en)
        .contains("Sara Al-Otaibi volunteered 2 times, 6:30 approved hours")
        .contains("from 2025-02-28 (1446-08-29 AH) to 2025-03-02 (1446-09-02 AH)")
        .contains("Experience gained: First aid");
    assertThat(ar)
        .contains(
            "بمشاركة سارة العتيبي في العمل التطوعي، عدد المشاركات: 2، ومجموع الساعات المعتمدة: 6:30")
        .contains("1446-08-29هـ (2025-02-28م)")
        .contains("جمعية البر بالرياض");
  }

  @Test
  void a_genuine_certificate_verifies_offline_with_only_the_public_key() {
    String document = certificate().encode();
    assertThat(verifier(Set.of()).verify(document)).isEqualTo(VerificationResult.VALID);
    assertThat(SignedCertificate.parse(document).encode()).isEqualTo(document);
  }

  @Test
  void changing_any_one_byte_fails_verification() {
    byte[] document = certificate().encode().getBytes(StandardCharsets.UTF_8);
    CertificateVerifier verifier = verifier(Set.of());
    assertThat(verifier.verify(document)).isEqualTo(VerificationResult.VALID);
    for (int i = 0; i < document.length; i++) {
      for (int bit : new int[] {0x01, 0x20, 0x80}) {
        byte[] changed = document.clone();
        changed[i] ^= (byte) bit;
        assertThat(verifier.verify(changed))
            .as("byte %d bit %x", i, bit)
            .isNotEqualTo(VerificationResult.VALID);
      }
    }
  }

  @Test
  void a_revoked_certificate_and_an_unknown_issuer_are_reported() {
    SignedCertificate c = certificate();
    assertThat(verifier(Set.of(c.certificate().serial())).verify(c.encode()))
        .isEqualTo(VerificationResult.REVOKED);
    CertificateVerifier stranger =
        CertificateVerifier.of(Map.of("OTHER", keys().getPublic()), Set.of());
    assertThat(stranger.verify(c.encode())).isEqualTo(VerificationResult.UNKNOWN_ISSUER);
    CertificateVerifier wrongKey =
        CertificateVerifier.of(Map.of("MHRSD", keys().getPublic()), Set.of());
    assertThat(wrongKey.verify(c.encode())).isEqualTo(VerificationResult.TAMPERED);
    assertThat(verifier(Set.of()).verify("not a certificate"))
        .isEqualTo(VerificationResult.TAMPERED);
  }

  @Test
  void no_certificate_without_approved_hours() {
    work("pending", "2025-03-03T08:00", "2025-03-03T12:00");
    assertThatThrownBy(
            () ->
                issuer.issue(
                    SARA, NAME, DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("certificate.empty");
  }
}
