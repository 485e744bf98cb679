package org.tatawwu.impl.hours;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tatawwu.impl.hours.HourLedgerTest.rejected;
import static org.tatawwu.impl.hours.HourVerificationTest.S1;
import static org.tatawwu.impl.hours.HourVerificationTest.S2;
import static org.tatawwu.impl.hours.HourVerificationTest.SHELTER;
import static org.tatawwu.impl.hours.HourVerificationTest.codes;
import static org.tatawwu.impl.hours.HourVerificationTest.directory;
import static org.tatawwu.impl.hours.HourVerificationTest.shelter;
import static org.tatawwu.impl.hours.LedgerFixture.CLOCK;
import static org.tatawwu.impl.hours.LedgerFixture.OMAR;
import static org.tatawwu.impl.hours.LedgerFixture.SARA;
import static org.tatawwu.impl.hours.LedgerFixture.riyadh;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.Tatawwu;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.CheckInCode;
import org.tatawwu.hours.CheckMode;
import org.tatawwu.hours.Dimension;
import org.tatawwu.hours.Evidence;
import org.tatawwu.hours.EvidenceGrade;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEventFile;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.HourVerification;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.organization.EntityId;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Problem;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Attendance evidence: the volunteer's signed check-in code (tampered, expired, replayed, another
 * volunteer's, another shift's), a check-in location near the shift's place, an automatic
 * check-out, and totals by evidence grade. The shelter's place is 24.7136 N, 46.6753 E; a degree of
 * latitude is 2π × 6371.0088 km / 360 = 111.195 km, so 0.0009° north is 100.08 m away.
 */
class HourEvidenceTest {
  static final KeyPair ENTITY_KEYS = ed25519();
  static final KeyPair OTHER_KEYS = ed25519();
  static final GeoPoint PLACE = GeoPoint.of(24.7136, 46.6753);

  static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static OpportunityDirectory withKeys() {
    return directory(shelter(OpportunityStatus.PUBLISHED, "RELIEF", true))
        .withCheckInKeys(Map.of(EntityId.of("E9"), ENTITY_KEYS.getPublic()));
  }

  static HourLedger ledger() {
    return Tatawwu.hourLedger(HourPolicy.verified(), withKeys(), CLOCK);
  }

  /** A volunteer's own claim on the 15 March shift S1 (Riyadh times). */
  static HourSubmission claim(String key, VolunteerId v, String from, String to) {
    return HourSubmission.builder()
        .key(IdempotencyKey.of(key))
        .volunteer(v)
        .opportunity(SHELTER)
        .time(TimeRange.of(riyadh("2025-03-15T" + from), riyadh("2025-03-15T" + to)))
        .source(HourSource.CLAIM)
        .submittedBy("app")
        .shift(S1)
        .build();
  }

  /** Sara's code for S1, valid from 07:30 to 09:30 on 15 March. */
  static CheckInCode saraS1(String id) {
    return new CheckInCode(
        id, SHELTER, S1, SARA, riyadh("2025-03-15T07:30"), riyadh("2025-03-15T09:30"));
  }

  static Evidence.Code code(CheckInCode c) {
    return new Evidence.Code(c.sign(ENTITY_KEYS.getPrivate()));
  }

  @Test
  void a_genuine_code_grades_the_entry_and_verifies_offline() {
    String token = saraS1("c-1").sign(ENTITY_KEYS.getPrivate());
    assertThat(CheckInCode.verify(token, ENTITY_KEYS.getPublic())).contains(saraS1("c-1"));
    assertThat(CheckInCode.verify(token, OTHER_KEYS.getPublic())).isEmpty();
    HourEntry e =
        ledger().submit(claim("a", SARA, "08:00", "12:00").withEvidence(new Evidence.Code(token)));
    assertThat(e.evidence().checkInCode()).contains("c-1");
    assertThat(e.evidenceGrade()).isEqualTo(EvidenceGrade.CHECK_IN_CODE);
    assertThat(saraS1("c-1").toString()).doesNotContain(SARA.value());
  }

  @Test
  void a_tampered_code_or_one_signed_with_another_key_is_refused() {
    String token = saraS1("c-1").sign(ENTITY_KEYS.getPrivate());
    int dot = token.indexOf('.');
    String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), UTF_8);
    String forged =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.replace("V-sara", "V-omar").getBytes(UTF_8))
            + token.substring(dot);
    HourLedger ledger = ledger();
    assertThat(
            codes(
                rejected(
                    () ->
                        ledger.submit(
                            claim("a", OMAR, "08:00", "12:00")
                                .withEvidence(new Evidence.Code(forged))))))
        .containsExactly("hours.codeTampered", "hours.weakEvidence");
    String flipped =
        token.substring(0, token.length() - 2)
            + (token.charAt(token.length() - 2) == 'A' ? 'B' : 'A')
            + token.charAt(token.length() - 1);
    assertThat(
            codes(
                rejected(
                    () ->
                        ledger.submit(
                            claim("b", SARA, "08:00", "12:00")
                                .withEvidence(new Evidence.Code(flipped))))))
        .containsExactly("hours.codeTampered", "hours.weakEvidence");
    String otherKey = saraS1("c-2").sign(OTHER_KEYS.getPrivate());
    assertThat(
            codes(
                rejected(
                    () ->
                        ledger.submit(
                            claim("c", SARA, "08:00", "12:00")
                                .withEvidence(new Evidence.Code(otherKey))))))
        .containsExactly("hours.codeTampered", "hours.weakEvidence");
    assertThat(ledger.size()).isZero();
  }

  @Test
  void a_code_is_valid_in_its_window_to_the_second_before_its_end() {
    HourLedger ledger = ledger();
    assertThat(
            codes(
                rejected(
                    () ->
                        ledger.submit(
                            claim("late", SARA, "09:30", "12:00")
                                .withEvidence(code(saraS1("c-late")))))))
        .as("checked in at the window's end: expired")
        .containsExactly("hours.codeExpired", "hours.weakEvidence");
    assertThat(
            codes(
                rejected(
                    () ->
                        ledger.submit(
                            claim("early", SARA, "07:29", "12:00")
                                .withEvidence(code(saraS1("c-early")))))))
        .as("checked in a minute before the window (and before the shift's tolerance)")
        .contains("hours.codeExpired");
    assertThat(
            ledger
                .submit(claim("last", SARA, "09:29", "12:00").withEvidence(code(saraS1("c-ok"))))
                .evidenceGrade())
        .isEqualTo(EvidenceGrade.CHECK_IN_CODE);
  }

  @Test
  void another_volunteers_or_another_shifts_code_is_refused() {
    HourLedger ledger = ledger();
    assertThat(
            codes(
                rejected(
                    () ->
                        ledger.submit(
                            claim("omar", OMAR, "08:00", "12:00")
                                .withEvidence(code(saraS1("c-1")))))))
        .containsExactly("hours.codeOtherVolunteer", "hours.weakEvidence");
    CheckInCode s2 =
        new CheckInCode(
            "c-s2", SHELTER, S2, SARA, riyadh("2025-03-15T07:30"), riyadh("2025-03-15T09:30"));
    assertThat(
            rejected(
                    () ->
                        ledger.submit(claim("sara", SARA, "08:00", "12:00").withEvidence(code(s2))))
                .violations())
        .extracting(v -> v.code() + " " + v.arguments().get("shift"))
        .containsExactly("hours.codeOtherShift S2", "hours.weakEvidence null");
  }

  @Test
  void a_code_is_used_once_in_a_ledger_a_roster_and_after_a_restart(@TempDir Path dir)
      throws Exception {
    Evidence.Code once = code(saraS1("c-once"));
    try (HourEventFile file = Tatawwu.hourEventFile(dir.resolve("hours.events"))) {
      HourLedger ledger = Tatawwu.hourLedger(HourPolicy.verified(), withKeys(), file, CLOCK);
      HourEntry first = ledger.submit(claim("a", SARA, "08:00", "09:00").withEvidence(once));
      assertThat(ledger.submit(claim("a", SARA, "08:00", "09:00").withEvidence(once)))
          .as("the same submission again is a replay of the submission, not of the code")
          .isEqualTo(first);
      assertThat(
              codes(
                  rejected(
                      () -> ledger.submit(claim("b", SARA, "09:00", "10:00").withEvidence(once)))))
          .containsExactly("hours.codeReplayed", "hours.weakEvidence");
      Evidence.Code twice =
          code(
              new CheckInCode(
                  "c-twice",
                  SHELTER,
                  S1,
                  SARA,
                  riyadh("2025-03-15T07:30"),
                  riyadh("2025-03-15T12:00")));
      assertThat(
              rejected(
                      () ->
                          ledger.importRoster(
                              List.of(
                                  claim("r1", SARA, "10:00", "11:00").withEvidence(twice),
                                  claim("r2", SARA, "11:00", "12:00").withEvidence(twice))))
                  .problems(Locale.ENGLISH))
          .extracting(Problem::path, Problem::code)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("line 2", "hours.codeReplayed"),
              org.assertj.core.groups.Tuple.tuple("line 2", "hours.weakEvidence"));
    }
    try (HourEventFile file = Tatawwu.hourEventFile(dir.resolve("hours.events"))) {
      HourLedger restarted = Tatawwu.hourLedger(HourPolicy.verified(), withKeys(), file, CLOCK);
      assertThat(restarted.entries(SARA).get(0).evidence().checkInCode()).contains("c-once");
      assertThat(
              codes(
                  rejected(
                      () ->
                          restarted.submit(claim("c", SARA, "09:00", "10:00").withEvidence(once)))))
          .containsExactly("hours.codeReplayed", "hours.weakEvidence");
    }
  }

  @Test
  void a_code_cannot_be_checked_without_the_entitys_key() {
    HourLedger noKeys =
        Tatawwu.hourLedger(
            HourPolicy.verified(),
            directory(shelter(OpportunityStatus.PUBLISHED, "RELIEF", true)),
            CLOCK);
    assertThat(
            codes(
                rejected(
                    () ->
                        noKeys.submit(
                            claim("a", SARA, "08:00", "12:00").withEvidence(code(saraS1("c-1")))))))
        .containsExactly("hours.codeUnverifiable", "hours.weakEvidence");
  }

  @Test
  void a_location_counts_when_its_whole_accuracy_circle_lies_within_the_radius() {
    HourLedger ledger = ledger();
    GeoPoint north100m = GeoPoint.of(24.7136 + 0.0009, 46.6753);
    HourEntry near =
        ledger.submit(
            claim("a", SARA, "08:00", "12:00").withEvidence(new Evidence.Location(north100m, 99)));
    assertThat(near.evidenceGrade()).isEqualTo(EvidenceGrade.LOCATION);
    assertThat(near.evidence().locationVerified()).isTrue();
    assertThat(
            codes(
                rejected(
                    () ->
                        ledger.submit(
                            claim("b", OMAR, "08:00", "12:00")
                                .withEvidence(new Evidence.Location(north100m, 100))))))
        .as("100.08 m + 100 m > 200 m")
        .containsExactly("hours.locationTooFar", "hours.weakEvidence");
    RuleCheck vague =
        new RuleCheck(
            rejected(
                () ->
                    ledger.submit(
                        claim("c", OMAR, "08:00", "12:00")
                            .withEvidence(new Evidence.Location(PLACE, 101)))));
    assertThat(vague.codes()).containsExactly("hours.locationInaccurate", "hours.weakEvidence");
    assertThat(vague.english()).contains("100 metres");
    assertThat(new Evidence.Location(north100m, 5).toString()).doesNotContain("24.");
    HourLedger noPoint =
        Tatawwu.hourLedger(
            HourPolicy.verified(),
            directory(shelter(OpportunityStatus.PUBLISHED, "RELIEF", false)),
            CLOCK);
    assertThat(
            codes(
                rejected(
                    () ->
                        noPoint.submit(
                            claim("d", SARA, "08:00", "12:00")
                                .withEvidence(new Evidence.Location(PLACE, 5))))))
        .contains("hours.locationUnverifiable");
  }

  @Test
  void an_unusable_accuracy_is_refused_with_a_code_among_every_other_problem_in_both_languages() {
    HourLedger ledger = ledger();
    double[] unusable = {
      Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1, -0.001
    };
    for (int i = 0; i < unusable.length; i++) {
      double accuracy = unusable[i];
      String key = "bad-" + i;
      Evidence.Location reported = new Evidence.Location(PLACE, accuracy);
      assertThat(reported.toString()).isEqualTo("Location[redacted]");
      // Ten minutes (too short once rounded) with an unusable accuracy and a tampered code: every
      // problem at once, nothing recorded.
      String token = saraS1("c-" + i).sign(ENTITY_KEYS.getPrivate());
      String flipped =
          token.substring(0, token.length() - 2)
              + (token.charAt(token.length() - 2) == 'A' ? 'B' : 'A')
              + token.charAt(token.length() - 1);
      org.tatawwu.validation.RuleException e =
          rejected(
              () ->
                  ledger.submit(
                      claim(key, SARA, "08:00", "08:10")
                          .withEvidence(reported, new Evidence.Code(flipped))));
      assertThat(codes(e))
          .as("accuracy " + accuracy)
          .containsExactlyInAnyOrder(
              "hours.tooShort",
              "hours.locationAccuracyInvalid",
              "hours.codeTampered",
              "hours.weakEvidence");
      assertThat(e.problems(Locale.ENGLISH))
          .extracting(org.tatawwu.validation.Problem::message)
          .contains(
              "the check-in location's reported accuracy is not usable: it must be a finite"
                  + " number of metres, zero or more");
      assertThat(e.problems(Locale.forLanguageTag("ar")))
          .extracting(org.tatawwu.validation.Problem::plainMessage)
          .contains(
              "الدقة المُبلَّغ عنها لموقع تسجيل الحضور غير صالحة: يجب أن تكون عددًا محدودًا من"
                  + " الأمتار، صفرًا أو أكثر");
      assertThat(e.getMessage()).doesNotContain("24.7").doesNotContain(SARA.value());
    }
    assertThat(ledger.size()).isZero();
    // Zero is a usable accuracy: the device is sure.
    assertThat(
            ledger
                .submit(
                    claim("exact", SARA, "08:00", "12:00")
                        .withEvidence(new Evidence.Location(PLACE, 0)))
                .evidenceGrade())
        .isEqualTo(EvidenceGrade.LOCATION);
  }

  record RuleCheck(org.tatawwu.validation.RuleException e) {
    List<String> codes() {
      return HourVerificationTest.codes(e);
    }

    String english() {
      return e.problems(Locale.ENGLISH).get(0).message();
    }
  }

  @Test
  void an_automatic_check_out_falls_at_the_shifts_end_and_is_flagged() {
    HourLedger ledger = ledger();
    HourEntry auto =
        ledger.submit(
            claim("a", SARA, "08:00", "12:00")
                .withEvidence(code(saraS1("c-1")), new Evidence.AutoCheckOut()));
    assertThat(auto.evidence().autoCheckOut()).isTrue();
    assertThat(
            codes(
                rejected(
                    () ->
                        ledger.submit(
                            claim("b", OMAR, "08:00", "11:00")
                                .withEvidence(
                                    new Evidence.Location(PLACE, 5),
                                    new Evidence.AutoCheckOut())))))
        .containsExactly("hours.autoCheckOutMismatch");
  }

  @Test
  void a_bare_claim_is_refused_or_sent_to_review_for_weak_evidence_in_both_languages() {
    org.tatawwu.validation.RuleException e =
        rejected(() -> ledger().submit(claim("a", SARA, "08:00", "12:00")));
    assertThat(codes(e)).containsExactly("hours.weakEvidence");
    assertThat(e.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo(
            "the attendance is not evidenced strongly enough: it has no evidence, and the policy"
                + " needs at least a check-in location");
    assertThat(e.problems(Locale.forLanguageTag("ar")).get(0).plainMessage())
        .isEqualTo(
            "إثبات الحضور غير كافٍ: لا يوجد أي إثبات، والسياسة تشترط على الأقل موقع تسجيل الحضور");
    HourLedger review =
        Tatawwu.hourLedger(
            HourPolicy.DEFAULT.withVerification(
                HourVerification.STANDARD.with(HourRule.EVIDENCE, CheckMode.REVIEW)),
            withKeys(),
            CLOCK);
    HourEntry flagged = review.submit(claim("a", SARA, "08:00", "12:00"));
    assertThat(flagged.review()).extracting(v -> v.code()).containsExactly("hours.weakEvidence");
  }

  @Test
  void totals_count_hours_by_evidence_grade() {
    HourLedger ledger = ledger();
    HourEntry byCode =
        ledger.submit(claim("a", SARA, "08:00", "12:00").withEvidence(code(saraS1("c-1"))));
    HourEntry byLocation =
        ledger.submit(
            claim("b", OMAR, "08:00", "10:00").withEvidence(new Evidence.Location(PLACE, 10)));
    HourEntry byEntity =
        ledger.submit(
            HourSubmission.builder()
                .key(IdempotencyKey.of("c"))
                .volunteer(OMAR)
                .opportunity(SHELTER)
                .time(TimeRange.of(riyadh("2025-03-15T10:00"), riyadh("2025-03-15T11:00")))
                .source(HourSource.ATTENDANCE)
                .submittedBy("kiosk")
                .shift(S1)
                .build());
    ledger.approveAll(List.of(byCode.id(), byLocation.id()), "lead");
    Map<org.tatawwu.hours.TotalsKey, HourTotals> totals =
        ledger.totals(
            Dimension.EVIDENCE,
            Bucket.NONE,
            DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
    Map<String, HourTotals> byLabel = new java.util.TreeMap<>();
    totals.forEach((k, t) -> byLabel.put(k.value() + "|" + k.period(), t));
    assertThat(byLabel)
        .containsOnlyKeys("check_in_code|all", "location|all", "entity_recorded|all")
        .containsEntry("check_in_code|all", new HourTotals(240, 0, 0, 1))
        .containsEntry("location|all", new HourTotals(120, 0, 0, 1))
        .containsEntry("entity_recorded|all", new HourTotals(0, 0, 60, 0));
    assertThat(byEntity.evidenceGrade()).isEqualTo(EvidenceGrade.ENTITY_RECORDED);
    assertThat(ledger.entry(byCode.id()).orElseThrow().status()).isEqualTo(HourStatus.APPROVED);
  }
}
