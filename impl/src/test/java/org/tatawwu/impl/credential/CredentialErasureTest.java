package org.tatawwu.impl.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.credential.BackgroundCheckCase;
import org.tatawwu.credential.BackgroundCheckId;
import org.tatawwu.credential.BackgroundCheckState;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialId;
import org.tatawwu.credential.CredentialRegistry;
import org.tatawwu.credential.CredentialStatus;
import org.tatawwu.credential.CredentialType;
import org.tatawwu.credential.CredentialTypeId;
import org.tatawwu.credential.Evidence;
import org.tatawwu.credential.Expiring;
import org.tatawwu.credential.FlagReason;
import org.tatawwu.credential.VerificationLevel;
import org.tatawwu.impl.privacy.HeapScan;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.text.BilingualText;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Erasure reaches a credential registry made with a vault: evidence references and the statements
 * of flagged checks are kept sealed under the volunteer's key, read while the key exists and read
 * {@code erased} / {@code [erased]} after erasure, while statuses, dates and expiry do not move.
 * The same registry without a vault shows that the scan finds what is kept as given.
 */
class CredentialErasureTest {
  static final Instant AT = Instant.parse("2026-11-20T06:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  static final CredentialTypeId EMT = CredentialTypeId.of("emt");
  static final VolunteerId NOURA = VolunteerId.of("V-300");
  static final VolunteerId FAHD = VolunteerId.of("V-400");
  static final BackgroundCheckId NOURA_CHECK = BackgroundCheckId.of("B-300");

  final String tag = HexFormat.of().toHexDigits(new Random().nextLong());
  final String nouraReference = "scan-noura-" + tag;
  final String fahdReference = "scan-fahd-" + tag;
  final String statementAr = "سجل يتعلق بسلامة الأطفال " + tag;
  final String statementEn = "a record relevant to child safety " + tag;

  static SecretKey aes() {
    try {
      KeyGenerator g = KeyGenerator.getInstance("AES");
      g.init(256);
      return g.generateKey();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static CredentialRegistry define(CredentialRegistry r) {
    r.define(
        new CredentialType(
            EMT,
            BilingualText.of("فني طوارئ طبية", "Emergency medical technician"),
            "scfhs",
            Optional.of(Period.ofYears(2)),
            VerificationLevel.LEVEL_2));
    return r;
  }

  /** Noura: a verified EMT credential and a flagged check; Fahd: a verified EMT credential. */
  CredentialRegistry fill(CredentialRegistry r) {
    r.claim(CredentialId.of("C-300"), NOURA, EMT, Evidence.of("scan", nouraReference), TODAY, AT);
    r.verify(CredentialId.of("C-300"), "registrar-1", AT);
    r.claim(CredentialId.of("C-400"), FAHD, EMT, Evidence.of("scan", fahdReference), TODAY, AT);
    r.verify(CredentialId.of("C-400"), "registrar-1", AT);
    r.requestCheck(NOURA_CHECK, NOURA, AT);
    r.advance(NOURA_CHECK, BackgroundCheckState.CONSENTED, AT.plusSeconds(60));
    r.advance(NOURA_CHECK, BackgroundCheckState.IN_PROGRESS, AT.plusSeconds(120));
    BackgroundCheckCase flagged =
        r.flag(
            NOURA_CHECK,
            new FlagReason(
                "conviction-relevant-to-role", BilingualText.of(statementAr, statementEn)),
            AT.plusSeconds(180));
    assertThat(flagged.reason().orElseThrow().statement().english()).isEqualTo(statementEn);
    return r;
  }

  List<String> nouraValues() {
    return List.of(nouraReference, statementAr, statementEn);
  }

  @Test
  void erasure_reaches_evidence_references_and_flag_statements() {
    PersonalDataVault vault =
        Tatawwu.privacy().vault(Tatawwu.privacy().inMemoryVaultStore(), aes());
    CredentialRegistry registry = fill(define(Tatawwu.credentialRegistry(vault)));
    assertThat(registry.credentialsOf(NOURA))
        .singleElement()
        .satisfies(c -> assertThat(c.evidence()).isEqualTo(Evidence.of("scan", nouraReference)));
    assertThat(registry.explainFlag(NOURA_CHECK, Locale.ENGLISH)).contains(statementEn);
    assertThat(registry.explainFlag(NOURA_CHECK, Locale.forLanguageTag("ar")))
        .contains(statementAr);
    assertThat(HeapScan.found(registry, nouraValues())).isEmpty();
    // Two-year validity from 2026-11-20: last valid day 2028-11-19 for both credentials.
    List<Expiring> expiring = registry.expiringWithin(3_660, TODAY);
    assertThat(expiring)
        .extracting(Expiring::lastValidDay)
        .containsExactly(LocalDate.of(2028, 11, 19), LocalDate.of(2028, 11, 19));

    assertThat(vault.erase(NOURA)).isTrue();

    Credential erased = registry.credentialsOf(NOURA).get(0);
    assertThat(erased.evidence()).isEqualTo(Evidence.of("scan", "erased"));
    assertThat(erased.status()).isEqualTo(CredentialStatus.VERIFIED);
    assertThat(erased.expiresOn()).contains(LocalDate.of(2028, 11, 19));
    assertThat(registry.credentialsOf(FAHD).get(0).evidence())
        .isEqualTo(Evidence.of("scan", fahdReference));
    BackgroundCheckCase check = registry.latestCheck(NOURA).orElseThrow();
    assertThat(check.state()).isEqualTo(BackgroundCheckState.FLAGGED);
    assertThat(check.history()).hasSize(4);
    assertThat(check.reason().orElseThrow().code()).isEqualTo("conviction-relevant-to-role");
    assertThat(check.reason().orElseThrow().statement())
        .isEqualTo(BilingualText.of(PersonalDataVault.ERASED_TEXT, PersonalDataVault.ERASED_TEXT));
    assertThat(registry.explainFlag(NOURA_CHECK, Locale.ENGLISH))
        .doesNotContain(tag)
        .contains(PersonalDataVault.ERASED_TEXT);
    assertThat(HeapScan.found(registry, nouraValues())).isEmpty();
    assertThat(registry.expiringWithin(3_660, TODAY)).isEqualTo(expiring);
  }

  @Test
  void a_credential_claimed_after_erasure_is_never_readable() {
    PersonalDataVault vault =
        Tatawwu.privacy().vault(Tatawwu.privacy().inMemoryVaultStore(), aes());
    CredentialRegistry registry = define(Tatawwu.credentialRegistry(vault));
    registry.claim(CredentialId.of("C-300"), NOURA, EMT, Evidence.of("scan", "first"), TODAY, AT);
    assertThat(vault.erase(NOURA)).isTrue();
    Credential c =
        registry.claim(
            CredentialId.of("C-301"), NOURA, EMT, Evidence.of("scan", nouraReference), TODAY, AT);
    assertThat(c.evidence().reference()).isEqualTo("erased");
    assertThat(HeapScan.found(registry, nouraValues())).isEmpty();
  }

  @Test
  void without_a_vault_the_scan_finds_what_the_registry_keeps_as_given() {
    CredentialRegistry registry = fill(define(Tatawwu.credentialRegistry()));
    assertThat(HeapScan.found(registry, nouraValues())).containsExactlyElementsOf(nouraValues());
  }
}
