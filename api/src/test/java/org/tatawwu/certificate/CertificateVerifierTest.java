package org.tatawwu.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.HijriTable;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

class CertificateVerifierTest {
  static KeyPair issuer;

  @BeforeAll
  static void keys() throws Exception {
    issuer = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  static HourCertificate.Builder certificate() {
    return HourCertificate.builder()
        .serial("C-2026-17")
        .issuer("MHRSD")
        .issuedAt(Instant.parse("2026-03-01T09:00:00Z"))
        .volunteer(VolunteerId.of("V-1"))
        .holder(BilingualText.of("سارة", "Sara"))
        .period(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)))
        .approvedMinutes(605)
        .participations(3)
        .entities(
            List.of(
                BilingualText.of("جمعية البر", "Al-Birr Society"),
                BilingualText.of("الهلال الأحمر", "Red Crescent")))
        .typesOfWork(List.of(BilingualText.of("صحي", "Health")))
        .experience(List.of());
  }

  static SignedCertificate sign(HourCertificate c, PrivateKey key) throws Exception {
    Signature s = Signature.getInstance("Ed25519");
    s.initSign(key);
    s.update(SignedCertificate.canonicalForm(c));
    return new SignedCertificate(c, s.sign());
  }

  @Test
  void a_document_signed_by_a_trusted_issuer_is_valid_unless_revoked() throws Exception {
    SignedCertificate signed = sign(certificate().build(), issuer.getPrivate());
    CertificateVerifier verifier =
        CertificateVerifier.of(Map.of("MHRSD", issuer.getPublic()), Set.of());
    assertThat(verifier.verify(signed)).isEqualTo(VerificationResult.VALID);
    assertThat(verifier.verify(signed.encode())).isEqualTo(VerificationResult.VALID);
    assertThat(verifier.verify(signed.encode().getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(VerificationResult.VALID);
    assertThat(
            CertificateVerifier.of(Map.of("MHRSD", issuer.getPublic()), Set.of("C-2026-17"))
                .verify(signed))
        .isEqualTo(VerificationResult.REVOKED);
    assertThat(CertificateVerifier.of(Map.of(), Set.of()).verify(signed))
        .isEqualTo(VerificationResult.UNKNOWN_ISSUER);
  }

  @Test
  void a_changed_or_broken_document_is_tampered() throws Exception {
    SignedCertificate signed = sign(certificate().build(), issuer.getPrivate());
    CertificateVerifier verifier =
        CertificateVerifier.of(Map.of("MHRSD", issuer.getPublic()), Set.of());
    String doc = signed.encode();
    assertThat(verifier.verify(doc.replace("minutes=605", "minutes=905")))
        .isEqualTo(VerificationResult.TAMPERED);
    assertThat(verifier.verify("not a certificate")).isEqualTo(VerificationResult.TAMPERED);
    assertThat(verifier.verify(new byte[] {(byte) 0xC3, (byte) 0x28}))
        .isEqualTo(VerificationResult.TAMPERED);
    KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    assertThat(verifier.verify(sign(certificate().build(), stranger.getPrivate())))
        .isEqualTo(VerificationResult.TAMPERED);
    // A key of another algorithm cannot verify an Ed25519 signature.
    KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    assertThat(CertificateVerifier.of(Map.of("MHRSD", rsa.getPublic()), Set.of()).verify(signed))
        .isEqualTo(VerificationResult.TAMPERED);
  }

  @Test
  void the_canonical_form_is_one_line_per_part_in_a_fixed_order() {
    String text =
        new String(SignedCertificate.canonicalForm(certificate().build()), StandardCharsets.UTF_8);
    assertThat(text)
        .isEqualTo(
            """
            tatawwu-certificate/1
            serial=C-2026-17
            issuer=MHRSD
            issuedAt=2026-03-01T09:00:00Z
            volunteer=V-1
            holder=سارة|Sara
            period=2026-01-01/2026-02-28
            minutes=605
            participations=3
            entity=جمعية البر|Al-Birr Society
            entity=الهلال الأحمر|Red Crescent
            work=صحي|Health
            """);
  }

  @Test
  void signed_certificates_are_equal_by_content_and_signature() throws Exception {
    SignedCertificate a = new SignedCertificate(certificate().build(), new byte[] {1, 2});
    SignedCertificate b = new SignedCertificate(certificate().build(), new byte[] {1, 2});
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(new SignedCertificate(certificate().build(), new byte[] {1, 3}));
    assertThat(a)
        .isNotEqualTo(
            new SignedCertificate(certificate().serial("C-2").build(), new byte[] {1, 2}));
    assertThat((Object) a).isNotEqualTo("x");
    assertThat(a.hashCode())
        .isNotEqualTo(new SignedCertificate(certificate().build(), new byte[] {1, 3}).hashCode());
    assertThat(a.toString()).isEqualTo("SignedCertificate[serial=C-2026-17, issuer=MHRSD]");
    byte[] sig = a.signature();
    sig[0] = 9;
    assertThat(a.signature()).containsExactly(1, 2);
  }

  @Test
  void a_certificate_certifies_at_least_one_minute_and_one_participation() {
    assertThatThrownBy(() -> certificate().approvedMinutes(0).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> certificate().participations(0).build())
        .isInstanceOf(InvalidValueException.class);
    assertThat(certificate().approvedMinutes(1).participations(1).build().approvedMinutes())
        .isEqualTo(1);
  }

  /** The Hijri date by the JDK's own Umm al-Qura chronology, a peer of the project's table. */
  static String hijri(LocalDate d) {
    HijrahDate h = HijrahDate.from(d);
    return String.format(
        Locale.ROOT,
        "%04d-%02d-%02d",
        h.get(ChronoField.YEAR),
        h.get(ChronoField.MONTH_OF_YEAR),
        h.get(ChronoField.DAY_OF_MONTH));
  }

  @Test
  void renders_in_english_with_both_calendars() {
    String id = HijriTable.ummAlQura().id();
    assertThat(certificate().build().render(Locale.ENGLISH))
        .isEqualTo(
            "Certificate of volunteer hours\n"
                + "This certifies that Sara volunteered 3 times, 10:05 approved hours in all,\n"
                + "from 2026-01-01 ("
                + hijri(LocalDate.of(2026, 1, 1))
                + " AH) to 2026-02-28 ("
                + hijri(LocalDate.of(2026, 2, 28))
                + " AH)\n"
                + "Entities: Al-Birr Society, Red Crescent\n"
                + "Type of work: Health\n"
                + "Experience gained: \n"
                + "Serial: C-2026-17 — verification code: 17\n"
                + "Hijri calendar: "
                + id
                + "\n");
    assertThat(certificate().participations(1).approvedMinutes(61).build().render(Locale.UK))
        .contains("volunteered 1 time, 1:01 approved hours");
  }

  @Test
  void renders_in_arabic_with_both_calendars() {
    String text =
        certificate()
            .experience(List.of(BilingualText.of("الإسعاف", "First aid")))
            .build()
            .render(Locale.forLanguageTag("ar-SA"));
    assertThat(text)
        .isEqualTo(
            "شهادة ساعات تطوعية\n"
                + "تشهد هذه الوثيقة بمشاركة سارة في العمل التطوعي، عدد المشاركات: 3،"
                + " ومجموع الساعات المعتمدة: 10:05\n"
                + "في الفترة من "
                + hijri(LocalDate.of(2026, 1, 1))
                + "هـ (2026-01-01م) إلى "
                + hijri(LocalDate.of(2026, 2, 28))
                + "هـ (2026-02-28م)\n"
                + "الجهات: جمعية البر، الهلال الأحمر\n"
                + "نوع العمل: صحي\n"
                + "الخبرات المكتسبة: الإسعاف\n"
                + "الرقم التسلسلي: C-2026-17 — رمز التحقق: 17\n"
                + "التقويم الهجري: "
                + HijriTable.ummAlQura().id()
                + "\n");
  }

  @Test
  void a_day_outside_the_hijri_table_is_shown_in_gregorian_only() {
    String text =
        certificate()
            .period(DateRange.of(LocalDate.of(1800, 1, 1), LocalDate.of(1800, 1, 2)))
            .build()
            .render(Locale.ENGLISH);
    assertThat(text).contains("from 1800-01-01 to 1800-01-02\n");
  }

  @Test
  void to_string_names_the_certificate_without_the_holder() {
    assertThat(certificate().build().toString())
        .isEqualTo(
            "HourCertificate[serial=C-2026-17, issuer=MHRSD, volunteer=V-1,"
                + " period="
                + DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28))
                + ", approvedMinutes=605]")
        .doesNotContain("Sara");
  }
}
