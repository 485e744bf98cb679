package org.tatawwu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.hours.CheckMode;
import org.tatawwu.hours.EvidenceGrade;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.HourVerification;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;

class HourPolicyDocumentsTest {
  static final String VERIFIED =
      """
      {
        "format": "tatawwu-hour-policy/1",
        "id": "tatawwu-verified",
        "version": 3,
        "minimumEntry": "PT15M",
        "maximumEntry": "PT16H",
        "dailyCap": "PT16H",
        "roundingIncrement": "PT15M",
        "claimWindow": "P30D",
        "clockSkew": "PT5M",
        "checkOutWithin": "PT16H",
        "verification": {
          "rules": {
            "ENROLLMENT": "REFUSE", "SHIFT_WINDOW": "REFUSE", "OPPORTUNITY_OPEN": "REFUSE",
            "ACCREDITATION": "REFUSE", "SEATS": "REFUSE", "FIELD_AND_PLACE": "REFUSE",
            "EVIDENCE": "REFUSE"
          },
          "earlyCheckIn": "PT15M",
          "lateCheckOut": "PT30M",
          "overbookingAllowed": false,
          "minimumEvidence": "LOCATION",
          "placeRadiusMeters": 200,
          "maximumAccuracyMeters": 100
        }
      }
      """;

  static RuleException refused(String json) {
    return catchThrowableOfType(RuleException.class, () -> HourPolicyDocuments.parse(json));
  }

  @Test
  void a_document_reads_as_the_policy_its_javadoc_describes() {
    HourPolicyDocument read = HourPolicyDocuments.parse(VERIFIED);
    assertThat(read.id()).isEqualTo("tatawwu-verified");
    assertThat(read.version()).isEqualTo(3);
    assertThat(read.policy()).isEqualTo(HourPolicy.verified());
  }

  @Test
  void a_written_policy_reads_back_equal() {
    HourPolicy custom =
        HourPolicy.builder()
            .roundingIncrement(Duration.ofMinutes(1))
            .clockSkew(Duration.ofSeconds(90))
            .verification(
                HourVerification.STANDARD
                    .with(HourRule.ENROLLMENT, CheckMode.REVIEW)
                    .with(HourRule.SEATS, CheckMode.OFF)
                    .withTolerances(Duration.ZERO, Duration.ofHours(4))
                    .withOverbooking(true)
                    .withEvidence(EvidenceGrade.CHECK_IN_CODE, 350.5, 20))
            .build();
    for (HourPolicy p : List.of(HourPolicy.DEFAULT, HourPolicy.verified(), custom)) {
      HourPolicyDocument doc = new HourPolicyDocument("p-1", 2, p);
      String json = HourPolicyDocuments.write(doc);
      assertThat(json).contains("\"format\" : \"tatawwu-hour-policy/1\"");
      assertThat(HourPolicyDocuments.parse(json)).isEqualTo(doc);
    }
  }

  @Test
  void names_every_problem_at_once_with_its_member_in_arabic_and_english() {
    String bad =
        VERIFIED
            .replace("\"version\": 3", "\"version\": 0, \"extra\": true")
            .replace("\"PT16H\",\n  \"dailyCap\"", "\"PT10M\",\n  \"dailyCap\"")
            .replace("\"roundingIncrement\": \"PT15M\"", "\"roundingIncrement\": \"PT90S\"")
            .replace("\"clockSkew\": \"PT5M\"", "\"clockSkew\": \"-PT5M\"")
            .replace("\"checkOutWithin\": \"PT16H\",", "")
            .replace("\"SEATS\": \"REFUSE\"", "\"SEATS\": \"MAYBE\", \"QUORUM\": \"OFF\"")
            .replace("\"EVIDENCE\": \"REFUSE\"", "\"EVIDENCE\": \"REVIEW\"")
            .replace("\"lateCheckOut\": \"PT30M\"", "\"lateCheckOut\": \"PT4H0.5S\"")
            .replace("\"overbookingAllowed\": false", "\"overbookingAllowed\": \"no\"")
            .replace("\"placeRadiusMeters\": 200", "\"placeRadiusMeters\": 50");
    RuleException e = refused(bad);
    List<Problem> english = e.problems(Locale.ENGLISH);
    assertThat(english)
        .extracting(Problem::path, Problem::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("extra", "hourPolicyDocument.unknownMember"),
            org.assertj.core.groups.Tuple.tuple("version", "hourPolicyDocument.version"),
            org.assertj.core.groups.Tuple.tuple(
                "roundingIncrement", "hourPolicyDocument.wholeMinutes"),
            org.assertj.core.groups.Tuple.tuple("clockSkew", "hourPolicyDocument.duration"),
            org.assertj.core.groups.Tuple.tuple("checkOutWithin", "hourPolicyDocument.missing"),
            org.assertj.core.groups.Tuple.tuple("maximumEntry", "hourPolicyDocument.order"),
            org.assertj.core.groups.Tuple.tuple(
                "verification.rules.QUORUM", "hourPolicyDocument.unknownMember"),
            org.assertj.core.groups.Tuple.tuple(
                "verification.rules.SEATS", "hourPolicyDocument.choice"),
            org.assertj.core.groups.Tuple.tuple(
                "verification.lateCheckOut", "hourPolicyDocument.duration"),
            org.assertj.core.groups.Tuple.tuple(
                "verification.overbookingAllowed", "hourPolicyDocument.boolean"),
            org.assertj.core.groups.Tuple.tuple(
                "verification.placeRadiusMeters", "hourPolicyDocument.order"));
    assertThat(english)
        .extracting(Problem::message)
        .contains(
            "verification.rules.SEATS must be one of OFF, REFUSE, REVIEW",
            "verification.lateCheckOut must be an ISO-8601 duration in whole seconds from PT0S"
                + " to PT4H",
            "clockSkew must be an ISO-8601 duration in whole seconds from PT0S to PT24H",
            "verification.placeRadiusMeters must not be less than"
                + " verification.maximumAccuracyMeters");
    List<Problem> arabic = e.problems(Locale.forLanguageTag("ar-SA"));
    assertThat(arabic).hasSameSizeAs(english);
    assertThat(arabic.get(0).message()).isNotEqualTo(english.get(0).message());
    assertThat(arabic)
        .extracting(Problem::message)
        .contains("العنصر checkOutWithin مفقود", "عنصر غير معروف: extra");
  }

  @Test
  void a_minimum_longer_than_the_maximum_entry_is_named() {
    RuleException e =
        refused(VERIFIED.replace("\"minimumEntry\": \"PT15M\"", "\"minimumEntry\": \"PT17H\""));
    assertThat(e.problems(Locale.ENGLISH))
        .extracting(Problem::message)
        .containsExactly("maximumEntry must not be less than minimumEntry");
  }

  /** Durations a ledger's arithmetic could not add to an instant are refused with their range. */
  @Test
  void durations_beyond_their_caps_are_refused_with_their_range() {
    RuleException e =
        refused(
            VERIFIED
                .replace("\"claimWindow\": \"P30D\"", "\"claimWindow\": \"P106751991167300D\"")
                .replace("\"checkOutWithin\": \"PT16H\"", "\"checkOutWithin\": \"PT24H1S\""));
    assertThat(e.problems(Locale.ENGLISH))
        .extracting(Problem::message)
        .containsExactlyInAnyOrder(
            "claimWindow must be an ISO-8601 duration in whole seconds from PT1S to PT87840H",
            "checkOutWithin must be an ISO-8601 duration in whole seconds from PT1S to PT24H");
    assertThat(
            HourPolicyDocuments.parse(
                    VERIFIED.replace("\"claimWindow\": \"P30D\"", "\"claimWindow\": \"P3660D\""))
                .policy()
                .claimWindow())
        .isEqualTo(java.time.Duration.ofDays(3_660));
  }

  @Test
  void text_that_is_not_a_json_object_is_refused() {
    for (String text : List.of("{not json", "[1, 2]", "\"policy\"", "null")) {
      RuleException e = refused(text);
      assertThat(e.codes()).as(text).containsExactly("hourPolicyDocument.notJson");
    }
    RuleException tooLong = refused(" ".repeat(HourPolicyDocuments.MAX_DOCUMENT_LENGTH + 1));
    assertThat(tooLong.codes()).containsExactly("hourPolicyDocument.tooLong");
  }
}
