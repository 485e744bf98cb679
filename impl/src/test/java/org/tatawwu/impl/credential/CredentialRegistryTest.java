package org.tatawwu.impl.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.credential.BackgroundCheckId;
import org.tatawwu.credential.BackgroundCheckState;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.credential.CredentialId;
import org.tatawwu.credential.CredentialRegistry;
import org.tatawwu.credential.CredentialTypeId;
import org.tatawwu.credential.Evidence;
import org.tatawwu.credential.Expiring;
import org.tatawwu.credential.FlagReason;
import org.tatawwu.credential.VerificationLevel;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.impl.eligibility.Scenario;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

class CredentialRegistryTest {
  static final Instant AT = CredentialLifecyclePropertiesTest.AT;
  static final LocalDate TODAY = CredentialLifecyclePropertiesTest.TODAY;
  static final CredentialTypeId EMT = CredentialLifecyclePropertiesTest.EMT;
  static final VolunteerId V = VolunteerId.of("V1");
  final CredentialRegistry registry = CredentialLifecyclePropertiesTest.registry();

  @Test
  void a_claim_takes_its_expiry_from_the_types_validity() {
    // two years from 2026-11-20: last valid day 2028-11-19
    Credential c =
        registry.claim(CredentialId.of("C1"), V, EMT, Evidence.of("scan", "d1"), TODAY, AT);
    assertThat(c.expiresOn()).contains(LocalDate.of(2028, 11, 19));
  }

  @Test
  void a_bad_claim_names_every_problem_and_records_nothing() {
    registry.claim(CredentialId.of("C1"), V, EMT, Evidence.of("scan", "d1"), TODAY, AT);
    RuleException e =
        catchThrowableOfType(
            RuleException.class,
            () ->
                registry.claim(
                    CredentialId.of("C1"),
                    V,
                    CredentialTypeId.of("pilot"),
                    Evidence.of("scan", "d2"),
                    TODAY.plusDays(2),
                    AT));
    assertThat(e.violations())
        .extracting(v -> v.code())
        .containsExactly(
            "credential.duplicate", "credentialType.unknown", "credential.issuedInFuture");
    assertThat(e.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo("the credential C1 is already recorded");
    assertThat(e.problems(Locale.forLanguageTag("ar")).get(1).message())
        .isEqualTo("لا يوجد نوع اعتماد \u2068pilot\u2069");
    assertThat(registry.credentialsOf(V)).hasSize(1);
  }

  @Test
  void what_expires_within_n_days_includes_both_ends() {
    // issued 2024-11-21 → last valid day 2026-11-20 (today); 2024-12-20 → 2026-12-19 (today+29)
    claimVerified("C-today", LocalDate.of(2024, 11, 21));
    claimVerified("C-29", LocalDate.of(2024, 12, 20));
    claimVerified("C-30", LocalDate.of(2024, 12, 21));
    claimVerified("C-31", LocalDate.of(2024, 12, 22));
    claimVerified("C-past", LocalDate.of(2024, 11, 20));
    registry.claim(
        CredentialId.of("C-unverified"),
        V,
        EMT,
        Evidence.of("s", "x"),
        LocalDate.of(2024, 12, 1),
        AT);
    BackgroundCheckId b = BackgroundCheckId.of("B1");
    registry.requestCheck(b, VolunteerId.of("V2"), AT);
    registry.advance(b, BackgroundCheckState.CONSENTED, AT);
    registry.advance(b, BackgroundCheckState.IN_PROGRESS, AT);
    registry.clear(b, TODAY.plusDays(30), AT);
    List<Expiring> within = registry.expiringWithin(30, TODAY);
    assertThat(within)
        .extracting(
            x ->
                x.credential()
                    .map(CredentialId::value)
                    .orElseGet(() -> x.backgroundCheck().orElseThrow().value()))
        .containsExactly("C-today", "C-29", "C-30", "B1");
    assertThat(registry.expiringWithin(0, TODAY)).hasSize(1);
  }

  private void claimVerified(String id, LocalDate issued) {
    registry.claim(CredentialId.of(id), V, EMT, Evidence.of("scan", id), issued, AT);
    registry.verify(CredentialId.of(id), "verifier-1", AT);
  }

  @Test
  void a_flagged_volunteer_is_told_why_in_their_language() {
    BackgroundCheckId b = BackgroundCheckId.of("B1");
    registry.requestCheck(b, V, AT);
    RuleException notYet =
        catchThrowableOfType(RuleException.class, () -> registry.explainFlag(b, Locale.ENGLISH));
    assertThat(notYet.violations().get(0).code()).isEqualTo("backgroundCheck.notFlagged");
    registry.advance(b, BackgroundCheckState.CONSENTED, AT);
    registry.advance(b, BackgroundCheckState.IN_PROGRESS, AT);
    FlagReason reason =
        new FlagReason(
            "finding-relevant-to-role",
            BilingualText.of(
                "سبب يتعلق بالعمل مع الأطفال.", "A ground related to work with children."));
    assertThat(registry.flag(b, reason, AT).toString()).doesNotContain("children");
    assertThat(registry.explainFlag(b, Locale.ENGLISH))
        .startsWith("Your background check was not cleared on ")
        .contains("(2026-11-20)")
        .contains("finding-relevant-to-role")
        .contains("A ground related to work with children.")
        .contains("reviewed");
    assertThat(registry.explainFlag(b, Locale.forLanguageTag("ar")))
        .contains("لم يُعتمد فحص سجلك الجنائي")
        .contains("سبب يتعلق بالعمل مع الأطفال.");
    assertThat(registry.latestCheck(V).orElseThrow().asBackgroundCheck(TODAY).status())
        .isEqualTo(org.tatawwu.volunteer.BackgroundCheck.Status.REJECTED);
  }

  @Test
  void the_credentials_criterion_reports_each_missing_or_lapsed_credential() {
    EligibilityEngine engine = Tatawwu.eligibility(EligibilityPolicy.DEFAULT);
    registry.define(
        new org.tatawwu.credential.CredentialType(
            CredentialTypeId.of("driver"),
            BilingualText.of("رخصة قيادة", "Driving licence"),
            "moi",
            Optional.empty(),
            VerificationLevel.LEVEL_3));
    // Scenario's shift is on 2025-03-10: EMT issued 2023-03-09 lasts until 2025-03-08.
    registry.claim(
        CredentialId.of("E"), V, EMT, Evidence.of("scan", "e"), LocalDate.of(2023, 3, 9), AT);
    registry.verify(CredentialId.of("E"), "verifier-1", AT);
    registry.claim(
        CredentialId.of("D"),
        V,
        CredentialTypeId.of("driver"),
        Evidence.of("scan", "d"),
        LocalDate.of(2020, 1, 1),
        AT);
    EligibilityQuery q =
        Scenario.query(Scenario.volunteer().build())
            .withCredentials(
                CredentialDemand.of(EMT, CredentialTypeId.of("driver"), CredentialTypeId.of("swim"))
                    .withMinimumLevel(VerificationLevel.LEVEL_2),
                registry.credentialsOf(V));
    var verdict = engine.evaluate(q);
    assertThat(verdict.unmet())
        .extracting(u -> u.code())
        .containsExactly(
            "credential.unverified",
            "credential.expired",
            "credential.missing",
            "credential.levelTooLow");
    assertThat(verdict.unmet().get(1).arguments())
        .containsEntry("expiredOn", LocalDate.of(2025, 3, 9));
    assertThat(engine.explain(verdict, Locale.ENGLISH).get(3).message())
        .isEqualTo(
            "this role requires credentials verified at level 2 or better; your best is level 0 (0: none)");
    EligibilityEngine lenient =
        Tatawwu.eligibility(
            EligibilityPolicy.DEFAULT.with("credentials", java.util.Map.of("graceDays", "2")));
    assertThat(lenient.evaluate(q).codes()).doesNotContain("credential.expired");
  }

  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = DefaultCredentialRegistry.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void the_credential_and_incident_bundles_have_the_same_keys_in_both_languages()
      throws IOException {
    for (String base :
        List.of(
            "/org/tatawwu/impl/credential/Credentials", "/org/tatawwu/impl/incident/Incident")) {
      Properties en = load(base + "_en.properties");
      Properties ar = load(base + "_ar.properties");
      assertThat(ar.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
      for (String key : en.stringPropertyNames()) {
        if (!key.equals("date.pattern")) {
          assertThat(ar.getProperty(key)).as(key).containsPattern("[\\u0621-\\u064A]");
          assertThat(en.getProperty(key)).as(key).doesNotContainPattern("[\\u0621-\\u064A]");
        }
      }
    }
  }
}
