package org.tatawwu.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tatawwu.field.FieldCode;
import org.tatawwu.recognition.Award;
import org.tatawwu.recognition.Criterion;
import org.tatawwu.recognition.RecognitionPolicy;
import org.tatawwu.recognition.RecognitionRule;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

class AwardCredentialTest {
  static final String LIST_URL = HourCredentialTest.LIST_URL;
  static final BilingualText SARA = BilingualText.of("سارة العتيبي", "Sara Al-Otaibi");

  final CredentialIssuer issuer =
      CredentialIssuer.of(
          HourCredentialTest.keys(),
          BilingualText.of("منصة العمل التطوعي", "Volunteer platform"),
          HourCredentialTest.CLOCK);

  static final RecognitionPolicy POLICY =
      new RecognitionPolicy(
          "national",
          3,
          List.of(
              new RecognitionRule(
                  "silver",
                  RecognitionRule.Kind.LEVEL,
                  new Criterion.CumulativeHours(50 * 60),
                  BilingualText.of("المستوى الفضي", "Silver level"),
                  BilingualText.of("خمسون ساعة معتمدة", "Fifty approved hours")),
              new RecognitionRule(
                  "health",
                  RecognitionRule.Kind.BADGE,
                  new Criterion.HoursInField(FieldCode.of("HEALTH"), 240),
                  BilingualText.of("وسام العمل الصحي", "Health service"),
                  BilingualText.of("أربع ساعات في المجال الصحي", "Four hours in health"))));

  String issue(Award award, int index) {
    return issuer.award(
        POLICY, award, SARA, HourCredentialTest.ISSUED, new StatusEntry(LIST_URL, index));
  }

  CredentialVerifier verifier(BitstringStatusList list) {
    return CredentialVerifier.of(Set.of(issuer.did()), List.of(issuer.statusList(LIST_URL, list)));
  }

  @Test
  void a_badge_is_an_open_badge_whose_achievement_is_the_policy_rule() {
    String credential = issue(new Award(VolunteerId.of("V-9"), "health", 3), 4);
    Map<String, Object> doc = Json.object(credential);
    assertThat(doc.get("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
    assertThat(doc.get("id")).isEqualTo("urn:tatawwu:award:national:health:V-9");
    assertThat(doc.get("validFrom")).isEqualTo("2025-04-02T09:30:00Z");
    Map<?, ?> subject = HourCredentialTest.map(doc.get("credentialSubject"));
    assertThat(subject.get("id")).isEqualTo("urn:tatawwu:volunteer:V-9");
    Map<?, ?> achievement = HourCredentialTest.map(subject.get("achievement"));
    assertThat(achievement.get("id")).isEqualTo("urn:tatawwu:achievement:national:health");
    assertThat(achievement.get("achievementType")).isEqualTo("Badge");
    assertThat(achievement.get("name")).isEqualTo("وسام العمل الصحي");
    assertThat(achievement.get("inLanguage")).isEqualTo("ar");
    assertThat(achievement.get("nameLocalized"))
        .isEqualTo(
            List.of(
                Map.of("@value", "وسام العمل الصحي", "@language", "ar", "@direction", "rtl"),
                Map.of("@value", "Health service", "@language", "en")));
    assertThat(subject.get("awardBasis"))
        .isEqualTo(
            Map.of(
                "policy",
                "national",
                "policyVersion",
                3,
                "criterion",
                Map.of("type", "hoursInField", "field", "HEALTH", "minutes", 240)));
    assertThat(
            verifier(BitstringStatusList.ofSize(131_072))
                .verify(credential, HourCredentialTest.ISSUED))
        .isEqualTo(CredentialCheck.VALID);
  }

  @Test
  void a_level_is_an_achievement_and_the_same_award_keeps_one_id() {
    Award silver = new Award(VolunteerId.of("V-9"), "silver", 3);
    Map<String, Object> first = Json.object(issue(silver, 1));
    Map<String, Object> again = Json.object(issue(silver, 2));
    assertThat(again.get("id")).isEqualTo(first.get("id"));
    Map<?, ?> achievement =
        HourCredentialTest.map(
            HourCredentialTest.map(first.get("credentialSubject")).get("achievement"));
    assertThat(achievement.get("achievementType")).isEqualTo("Achievement");
    assertThat(Json.object(issue(new Award(VolunteerId.of("V-10"), "silver", 3), 3)).get("id"))
        .isNotEqualTo(first.get("id"));
  }

  @Test
  void an_award_revoked_by_the_engine_is_revoked_once_its_bit_is_set() {
    String credential = issue(new Award(VolunteerId.of("V-9"), "silver", 3), 11);
    assertThat(
            verifier(BitstringStatusList.ofSize(131_072).revoke(11))
                .verify(credential, HourCredentialTest.ISSUED))
        .isEqualTo(CredentialCheck.REVOKED);
    assertThat(
            verifier(BitstringStatusList.ofSize(131_072).revoke(12))
                .verify(credential, HourCredentialTest.ISSUED))
        .isEqualTo(CredentialCheck.VALID);
  }

  @Test
  void every_byte_flip_of_an_award_fails_verification() {
    String credential = issue(new Award(VolunteerId.of("V-9"), "health", 3), 4);
    CredentialVerifier verifier = verifier(BitstringStatusList.ofSize(131_072));
    byte[] bytes = credential.getBytes(StandardCharsets.UTF_8);
    int refused = 0;
    for (int i = 0; i < bytes.length; i++) {
      byte[] flipped = bytes.clone();
      flipped[i] ^= 0x01;
      assertThat(verifier.verify(flipped, HourCredentialTest.ISSUED))
          .as("byte %d", i)
          .isNotEqualTo(CredentialCheck.VALID);
      refused++;
    }
    assertThat(refused).isEqualTo(bytes.length).isGreaterThan(1000);
  }

  @Test
  void an_award_of_an_unknown_rule_or_another_policy_version_is_refused() {
    assertThatThrownBy(() -> issue(new Award(VolunteerId.of("V-9"), "gold", 3), 1))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "award.unknownRule");
    assertThatThrownBy(() -> issue(new Award(VolunteerId.of("V-9"), "silver", 2), 1))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "award.policyVersion");
  }

  @Test
  void every_kind_of_criterion_is_stated_in_the_award_basis() {
    Map<Criterion, Map<String, Object>> expected =
        Map.of(
            new Criterion.CumulativeHours(600),
            Map.of("type", "cumulativeHours", "minutes", 600),
            new Criterion.HoursInField(FieldCode.of("RELIEF"), 120),
            Map.of("type", "hoursInField", "field", "RELIEF", "minutes", 120),
            new Criterion.IncidentsServed(2),
            Map.of("type", "incidentsServed", "incidents", 2),
            new Criterion.YearsOfService(5),
            Map.of("type", "yearsOfService", "years", 5),
            new Criterion.FirstResponse(),
            Map.of("type", "firstResponse"));
    for (Map.Entry<Criterion, Map<String, Object>> e : expected.entrySet()) {
      RecognitionPolicy policy =
          new RecognitionPolicy(
              "p",
              1,
              List.of(
                  new RecognitionRule(
                      "r",
                      RecognitionRule.Kind.BADGE,
                      e.getKey(),
                      BilingualText.of("وسام", "Badge"),
                      BilingualText.of("وصف", "Description"))));
      String credential =
          issuer.award(
              policy,
              new Award(VolunteerId.of("V-1"), "r", 1),
              SARA,
              HourCredentialTest.ISSUED,
              new StatusEntry(LIST_URL, 1));
      Map<?, ?> basis =
          HourCredentialTest.map(
              HourCredentialTest.map(Json.object(credential).get("credentialSubject"))
                  .get("awardBasis"));
      assertThat(basis.get("criterion")).as("%s", e.getKey()).isEqualTo(e.getValue());
    }
  }
}
