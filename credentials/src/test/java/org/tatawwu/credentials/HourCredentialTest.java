package org.tatawwu.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tatawwu.certificate.HourCertificate;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.volunteer.VolunteerId;

class HourCredentialTest {
  static final Instant ISSUED = Instant.parse("2025-04-02T09:30:00Z");
  static final Clock CLOCK = Clock.fixed(ISSUED, ZoneOffset.UTC);
  static final String LIST_URL = "https://tatawwu.example/status/1";

  static KeyPair keys() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  final CredentialIssuer issuer =
      CredentialIssuer.of(
          keys(), BilingualText.of("منصة العمل التطوعي", "Volunteer platform"), CLOCK);

  static HourCertificate certificate() {
    return HourCertificate.builder()
        .serial("MHRSD-7-K3ZQ9TXB")
        .issuer("MHRSD")
        .issuedAt(ISSUED)
        .volunteer(VolunteerId.of("V-1"))
        .holder(BilingualText.of("سارة العتيبي", "Sara Al-Otaibi"))
        .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 29)))
        .approvedMinutes(750)
        .participations(3)
        .entities(List.of(BilingualText.of("جمعية البر بالرياض", "Al-Birr Society, Riyadh")))
        .typesOfWork(List.of(BilingualText.of("الصحة", "Health")))
        .experience(List.of(BilingualText.of("الإسعافات الأولية", "First aid")))
        .build();
  }

  static Map<?, ?> map(@org.jspecify.annotations.Nullable Object o) {
    return (Map<?, ?>) java.util.Objects.requireNonNull(o);
  }

  String statusList(BitstringStatusList list) {
    return issuer.statusList(LIST_URL, list);
  }

  @Test
  void an_hour_certificate_credential_carries_the_certificate_and_verifies_offline() {
    String credential = issuer.hourCertificate(certificate(), new StatusEntry(LIST_URL, 7));
    Map<String, Object> doc = Json.object(credential);

    assertThat(doc.get("@context"))
        .isEqualTo(
            List.of(
                "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
    assertThat(doc.get("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
    assertThat(doc.get("id")).isEqualTo("urn:tatawwu:certificate:MHRSD-7-K3ZQ9TXB");
    assertThat(doc.get("validFrom")).isEqualTo("2025-04-02T09:30:00Z");
    assertThat(map(doc.get("issuer")).get("id")).isEqualTo(issuer.did());
    Map<?, ?> subject = map(doc.get("credentialSubject"));
    Map<?, ?> achievement = map(subject.get("achievement"));
    assertThat(achievement.get("achievementType")).isEqualTo("CommunityService");
    // Open Badges 3.0's schema: plain strings (Arabic, said by inLanguage), both languages beside.
    assertThat(achievement.get("name")).isEqualTo("ساعات العمل التطوعي");
    assertThat(achievement.get("description"))
        .isEqualTo("ساعات تطوعية معتمدة سجلتها الجهات المشاركة");
    assertThat(achievement.get("inLanguage")).isEqualTo("ar");
    assertThat(achievement.get("nameLocalized"))
        .isEqualTo(
            List.of(
                Map.of("@value", "ساعات العمل التطوعي", "@language", "ar", "@direction", "rtl"),
                Map.of("@value", "Volunteer hours", "@language", "en")));
    assertThat(doc.get("name")).isEqualTo("شهادة ساعات تطوعية");
    assertThat(map(doc.get("issuer")).get("name")).isEqualTo("منصة العمل التطوعي");
    assertThat(subject.get("identifier"))
        .isEqualTo(
            List.of(
                Map.of(
                    "type", "IdentityObject",
                    "identityHash", "سارة العتيبي",
                    "identityType", "name",
                    "hashed", false),
                Map.of(
                    "type", "IdentityObject",
                    "identityHash", "Sara Al-Otaibi",
                    "identityType", "name",
                    "hashed", false)));
    Map<?, ?> hours = map(subject.get("volunteerHours"));
    assertThat(hours.get("approvedMinutes")).isEqualTo(750);
    assertThat(hours.get("approvedHours")).isEqualTo("12:30");
    assertThat(hours.get("participations")).isEqualTo(3);
    // 1 Ramadan 1446 fell on 1 March 2025 in the Umm al-Qura calendar; Eid al-Fitr (1 Shawwal)
    // on 30 March, so 29 March was 29 Ramadan.
    assertThat(hours.get("period"))
        .isEqualTo(
            Map.of(
                "startDate", "2025-03-01",
                "endDate", "2025-03-29",
                "startDateHijri", "1446-09-01",
                "endDateHijri", "1446-09-29",
                "hijriTable", "umm-al-qura (JDK)"));
    assertThat(hours.get("entities")).isInstanceOf(List.class);
    Map<?, ?> status = map(doc.get("credentialStatus"));
    assertThat(status.get("type")).isEqualTo("BitstringStatusListEntry");
    assertThat(status.get("statusListIndex")).isEqualTo("7");
    assertThat(doc.get("proof"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .hasSize(1);
    Map<?, ?> proof = map(((List<?>) java.util.Objects.requireNonNull(doc.get("proof"))).get(0));
    assertThat(proof.get("cryptosuite")).isEqualTo("eddsa-jcs-2022");
    assertThat(proof.get("verificationMethod"))
        .isEqualTo(issuer.did() + "#" + issuer.did().substring(8));

    CredentialVerifier verifier =
        CredentialVerifier.of(
            Set.of(issuer.did()), List.of(statusList(BitstringStatusList.ofSize(131_072))));
    assertThat(verifier.verify(credential, ISSUED)).isEqualTo(CredentialCheck.VALID);
    assertThat(verifier.verify(credential.getBytes(StandardCharsets.UTF_8), ISSUED))
        .isEqualTo(CredentialCheck.VALID);
    assertThat(verifier.verify(credential, ISSUED.minusSeconds(1)))
        .isEqualTo(CredentialCheck.NOT_YET_VALID);
  }

  @Test
  void every_single_byte_flip_of_a_credential_fails_verification() {
    String credential = issuer.hourCertificate(certificate(), new StatusEntry(LIST_URL, 7));
    CredentialVerifier verifier =
        CredentialVerifier.of(
            Set.of(issuer.did()), List.of(statusList(BitstringStatusList.ofSize(131_072))));
    byte[] bytes = credential.getBytes(StandardCharsets.UTF_8);
    Map<CredentialCheck, Integer> outcomes = new EnumMap<>(CredentialCheck.class);
    for (int i = 0; i < bytes.length; i++) {
      // Flip the lowest bit at every position, and the highest at every seventh.
      for (int bit : i % 7 == 0 ? new int[] {0x01, 0x80} : new int[] {0x01}) {
        byte[] flipped = bytes.clone();
        flipped[i] ^= (byte) bit;
        CredentialCheck check = verifier.verify(flipped, ISSUED);
        assertThat(check).as("byte %d xor %02x", i, bit).isNotEqualTo(CredentialCheck.VALID);
        outcomes.merge(check, 1, Integer::sum);
      }
    }
    // Every position flipped at least once: all refused.
    assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(bytes.length + (bytes.length + 6) / 7);
    assertThat(bytes.length).isGreaterThan(1500);
  }

  @Test
  void a_revoked_credential_reports_revoked_and_its_neighbours_stay_valid() {
    String seven = issuer.hourCertificate(certificate(), new StatusEntry(LIST_URL, 7));
    String eight = issuer.hourCertificate(certificate(), new StatusEntry(LIST_URL, 8));
    BitstringStatusList list = BitstringStatusList.ofSize(131_072).revoke(7);
    CredentialVerifier verifier =
        CredentialVerifier.of(Set.of(issuer.did()), List.of(statusList(list)));
    assertThat(verifier.verify(seven, ISSUED)).isEqualTo(CredentialCheck.REVOKED);
    assertThat(verifier.verify(eight, ISSUED)).isEqualTo(CredentialCheck.VALID);
  }

  @Test
  void an_unknown_issuer_a_missing_status_list_and_a_forged_status_list_are_told_apart() {
    String credential = issuer.hourCertificate(certificate(), new StatusEntry(LIST_URL, 7));
    CredentialIssuer stranger =
        CredentialIssuer.of(keys(), BilingualText.of("غريب", "Stranger"), CLOCK);

    assertThat(CredentialVerifier.of(Set.of(stranger.did()), List.of()).verify(credential, ISSUED))
        .isEqualTo(CredentialCheck.UNKNOWN_ISSUER);
    assertThat(CredentialVerifier.of(Set.of(issuer.did()), List.of()).verify(credential, ISSUED))
        .isEqualTo(CredentialCheck.STATUS_UNKNOWN);
    // A status list signed by someone else, under the same URL, is refused outright.
    String forged = stranger.statusList(LIST_URL, BitstringStatusList.ofSize(131_072));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> CredentialVerifier.of(Set.of(issuer.did()), List.of(forged)))
        .isInstanceOf(org.tatawwu.validation.InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "statusList.untrusted");
    // Trusted, but not the credential's issuer: its list does not speak for this credential.
    CredentialVerifier both =
        CredentialVerifier.of(Set.of(issuer.did(), stranger.did()), List.of(forged));
    assertThat(both.verify(credential, ISSUED)).isEqualTo(CredentialCheck.STATUS_UNKNOWN);
  }

  @Test
  void a_credential_whose_issuer_is_swapped_for_another_key_is_tampered() {
    String credential = issuer.hourCertificate(certificate(), new StatusEntry(LIST_URL, 7));
    CredentialIssuer stranger =
        CredentialIssuer.of(keys(), BilingualText.of("غريب", "Stranger"), CLOCK);
    String swapped = credential.replace(issuer.did() + "\"", stranger.did() + "\"");
    assertThat(swapped).isNotEqualTo(credential);
    assertThat(
            CredentialVerifier.of(Set.of(issuer.did(), stranger.did()), List.of())
                .verify(swapped, ISSUED))
        .isEqualTo(CredentialCheck.TAMPERED);
  }

  @Test
  void content_after_the_credential_makes_it_tampered_and_white_space_alone_does_not() {
    String credential = issuer.hourCertificate(certificate(), new StatusEntry(LIST_URL, 7));
    CredentialVerifier verifier =
        CredentialVerifier.of(
            Set.of(issuer.did()), List.of(statusList(BitstringStatusList.ofSize(131_072))));
    for (String tail :
        List.of(
            "garbage", "{}", credential, "]", "}", "\u0000", " x", "null", "0", "// c", "\u00a0")) {
      assertThat(verifier.verify(credential + tail, ISSUED))
          .as("credential + %s", tail.length() > 20 ? "credential" : tail)
          .isEqualTo(CredentialCheck.TAMPERED);
      assertThat(verifier.verify((credential + tail).getBytes(StandardCharsets.UTF_8), ISSUED))
          .isEqualTo(CredentialCheck.TAMPERED);
    }
    // JSON's own white space (RFC 8259: space, tab, line feed, carriage return) may follow.
    assertThat(verifier.verify(credential + " \t\r\n", ISSUED)).isEqualTo(CredentialCheck.VALID);
    assertThat(verifier.verify("\n " + credential + "\n", ISSUED)).isEqualTo(CredentialCheck.VALID);
    // A status list credential with content after it is refused when the verifier is made.
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                CredentialVerifier.of(
                    Set.of(issuer.did()),
                    List.of(statusList(BitstringStatusList.ofSize(131_072)) + "{}")))
        .isInstanceOf(org.tatawwu.validation.InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "statusList.untrusted");
  }
}
