package org.tatawwu.impl.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.credential.CredentialId;
import org.tatawwu.credential.CredentialStatus;
import org.tatawwu.credential.CredentialType;
import org.tatawwu.credential.CredentialTypeId;
import org.tatawwu.credential.Evidence;
import org.tatawwu.credential.Verification;
import org.tatawwu.credential.VerificationLevel;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.Unmet;
import org.tatawwu.eligibility.Verdict;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.Requirements;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.TimeRange;
import org.tatawwu.training.TrainingCompletion;
import org.tatawwu.training.TrainingId;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.Volunteer;

/**
 * Each requirement criterion both ways on the {@link Scenario} baseline (shift on 2025-03-10, asked
 * on 2025-03-01): met requirements leave the volunteer eligible through {@code isEligible} as well
 * as {@code evaluate}, unmet ones are reported in id order, and parameters are read at their
 * bounds. Expected codes, orders and counts are written out by hand.
 */
class CriteriaMetAndUnmetTest {
  static final EligibilityEngine ENGINE = Tatawwu.eligibility(EligibilityPolicy.DEFAULT);

  /**
   * Eight ids of unrelated hashes, so that a set's iteration order is not their sorted order by
   * chance (ids differing only in their last letter have consecutive hashes and iterate in a
   * rotation of their sorted order).
   */
  static final List<String> IDS =
      List.of("water", "first-aid", "logistics", "driving", "cooking", "radio", "shelter", "boats");

  static final List<String> SORTED =
      List.of("boats", "cooking", "driving", "first-aid", "logistics", "radio", "shelter", "water");

  static void eligibleBothWays(EligibilityEngine engine, EligibilityQuery q) {
    assertThat(engine.evaluate(q).codes()).isEmpty();
    assertThat(engine.isEligible(q)).isTrue();
  }

  static List<Object> argument(Verdict v, String code, String name) {
    List<Object> out = new ArrayList<>();
    for (Unmet u : v.unmet()) {
      if (u.code().equals(code)) {
        out.add(u.arguments().get(name));
      }
    }
    return out;
  }

  @Test
  void every_required_language_spoken_is_eligible_and_missing_ones_are_named_in_order() {
    Requirements r = Requirements.NONE;
    List<LanguageCode> all = new ArrayList<>();
    for (String code : List.of("ur", "ar", "fr", "en", "tl", "hi", "bn", "de")) {
      r = r.withLanguage(LanguageCode.of(code));
      all.add(LanguageCode.of(code));
    }
    Opportunity o = Scenario.opportunity().requirements(r).build();
    Volunteer speaksAll = Scenario.volunteer().languages(all).build();
    eligibleBothWays(ENGINE, Scenario.query(speaksAll, o));

    Volunteer speaksTwo =
        Scenario.volunteer().languages(List.of(LanguageCode.ARABIC, LanguageCode.ENGLISH)).build();
    Verdict v = ENGINE.evaluate(Scenario.query(speaksTwo, o));
    assertThat(argument(v, "language.missing", "language"))
        .containsExactly("bn", "de", "fr", "hi", "tl", "ur");
    assertThat(ENGINE.isEligible(Scenario.query(speaksTwo, o))).isFalse();
  }

  @Test
  void skills_at_or_above_their_level_are_eligible_and_gaps_are_named_in_skill_order() {
    Requirements r = Requirements.NONE;
    for (String id : IDS) {
      r = r.withSkill(SkillCode.of("skill-" + id), SkillLevel.INTERMEDIATE);
    }
    Opportunity o = Scenario.opportunity().requirements(r).build();
    Map<SkillCode, SkillLevel> exactly = new HashMap<>();
    Map<SkillCode, SkillLevel> above = new HashMap<>();
    for (String id : IDS) {
      exactly.put(SkillCode.of("skill-" + id), SkillLevel.INTERMEDIATE);
      above.put(SkillCode.of("skill-" + id), SkillLevel.EXPERT);
    }
    eligibleBothWays(ENGINE, Scenario.query(Scenario.volunteer().skills(exactly).build(), o));
    eligibleBothWays(ENGINE, Scenario.query(Scenario.volunteer().skills(above).build(), o));

    // boats, driving, logistics at BASIC (too low); the other five missing
    Map<SkillCode, SkillLevel> partial = new HashMap<>();
    for (String id : List.of("boats", "driving", "logistics")) {
      partial.put(SkillCode.of("skill-" + id), SkillLevel.BASIC);
    }
    Verdict v = ENGINE.evaluate(Scenario.query(Scenario.volunteer().skills(partial).build(), o));
    List<String> order = new ArrayList<>();
    for (Unmet u : v.unmet()) {
      if (u.code().startsWith("skill.")) {
        order.add(u.code() + ":" + u.arguments().get("skill"));
      }
    }
    assertThat(order)
        .containsExactly(
            "skill.levelTooLow:skill-boats",
            "skill.missing:skill-cooking",
            "skill.levelTooLow:skill-driving",
            "skill.missing:skill-first-aid",
            "skill.levelTooLow:skill-logistics",
            "skill.missing:skill-radio",
            "skill.missing:skill-shelter",
            "skill.missing:skill-water");
    assertThat(argument(v, "skill.levelTooLow", "has")).containsOnly("BASIC");
    assertThat(argument(v, "skill.levelTooLow", "level")).containsOnly("INTERMEDIATE");
  }

  @Test
  void trainings_completed_and_current_are_eligible_and_missing_ones_are_named_in_order() {
    Requirements r = Requirements.NONE;
    Volunteer.Builder trained = Scenario.volunteer();
    for (String id : IDS) {
      r = r.withTraining(TrainingId.of("t-" + id));
      trained.addTrainings(
          new TrainingCompletion(
              TrainingId.of("t-" + id), LocalDate.of(2024, 1, 1), Optional.empty()));
    }
    Opportunity o = Scenario.opportunity().requirements(r).build();
    eligibleBothWays(ENGINE, Scenario.query(trained.build(), o));

    Verdict none = ENGINE.evaluate(Scenario.query(Scenario.volunteer().build(), o));
    List<Object> expected = new ArrayList<>();
    for (String id : SORTED) {
      expected.add("t-" + id);
    }
    assertThat(argument(none, "training.missing", "training")).isEqualTo(expected);
  }

  @Test
  void the_latest_of_several_completions_of_a_training_decides() {
    TrainingId firstAid = TrainingId.of("first-aid");
    Opportunity o =
        Scenario.opportunity().requirements(Requirements.NONE.withTraining(firstAid)).build();
    // expired (first day not counted 2024-06-01, grace 30 days long past) and renewed
    TrainingCompletion old =
        new TrainingCompletion(
            firstAid, LocalDate.of(2023, 1, 1), Optional.of(LocalDate.of(2024, 6, 1)));
    TrainingCompletion renewed =
        new TrainingCompletion(
            firstAid, LocalDate.of(2024, 5, 1), Optional.of(LocalDate.of(2026, 5, 1)));
    eligibleBothWays(
        ENGINE, Scenario.query(Scenario.volunteer().trainings(List.of(old, renewed)).build(), o));
    eligibleBothWays(
        ENGINE, Scenario.query(Scenario.volunteer().trainings(List.of(renewed, old)).build(), o));
    Verdict lapsed =
        ENGINE.evaluate(Scenario.query(Scenario.volunteer().trainings(List.of(old)).build(), o));
    assertThat(lapsed.codes()).containsExactly("training.expired");
    assertThat(lapsed.unmet().get(0).arguments())
        .containsEntry("expiredOn", LocalDate.of(2024, 6, 1))
        .containsEntry("graceDays", 30);
  }

  @Test
  void overlap_counts_each_commitment_that_meets_the_shift() {
    // the shift is 2025-03-10 08:00-12:00 in Riyadh
    List<TimeRange> commitments =
        List.of(
            TimeRange.of(Scenario.at("2025-03-10T07:00"), Scenario.at("2025-03-10T09:00")),
            TimeRange.of(Scenario.at("2025-03-10T12:00"), Scenario.at("2025-03-10T13:00")),
            TimeRange.of(Scenario.at("2025-03-10T11:00"), Scenario.at("2025-03-10T15:00")),
            TimeRange.of(Scenario.at("2025-03-09T08:00"), Scenario.at("2025-03-09T12:00")));
    Opportunity o = Scenario.opportunity().build();
    EligibilityEngine overlapOnly =
        Tatawwu.eligibility(
            new EligibilityPolicy(
                "overlap-only", 1, List.of(org.tatawwu.eligibility.CriterionSpec.of("overlap"))));
    EligibilityQuery q =
        EligibilityQuery.of(
            Scenario.volunteer().build(),
            o,
            o.shifts().get(0),
            Scenario.entity(),
            commitments,
            Scenario.ASKED);
    Verdict v = overlapOnly.evaluate(q);
    assertThat(v.codes()).containsExactly("schedule.overlap");
    // 07-09 and 11-15 meet 08-12; 12-13 starts as the shift ends; the 9th is another day
    assertThat(v.unmet().get(0).arguments()).containsEntry("count", 2);
  }

  @Test
  void a_background_check_can_be_asked_of_every_opportunity() {
    Opportunity o = Scenario.opportunity().build(); // no background check required
    Volunteer unchecked = Scenario.volunteer().build();
    EligibilityEngine always =
        Tatawwu.eligibility(
            EligibilityPolicy.DEFAULT.with("backgroundCheck", Map.of("always", " TRUE ")));
    assertThat(always.evaluate(Scenario.query(unchecked, o)).codes())
        .containsExactly("backgroundCheck.missing");
    assertThat(always.isEligible(Scenario.query(unchecked, o))).isFalse();
    EligibilityEngine never =
        Tatawwu.eligibility(
            EligibilityPolicy.DEFAULT.with("backgroundCheck", Map.of("always", "False")));
    eligibleBothWays(never, Scenario.query(unchecked, o));
    assertThatThrownBy(
            () ->
                Tatawwu.eligibility(
                    EligibilityPolicy.DEFAULT.with("backgroundCheck", Map.of("always", "yes"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("always must be true or false");
  }

  @Test
  void whole_number_parameters_take_both_bounds_and_refuse_one_past_them() {
    // trainings' graceDays runs from 0 to 3650
    for (String ok : List.of("0", "3650", " 17 ")) {
      Tatawwu.eligibility(EligibilityPolicy.DEFAULT.with("trainings", Map.of("graceDays", ok)));
    }
    for (String bad : List.of("-1", "3651", "1.5", "")) {
      assertThatThrownBy(
              () ->
                  Tatawwu.eligibility(
                      EligibilityPolicy.DEFAULT.with("trainings", Map.of("graceDays", bad))))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("graceDays must be a whole number from 0 to 3650");
    }
  }

  @Test
  void grace_days_at_zero_and_at_the_top_decide_an_expired_training() {
    TrainingId firstAid = TrainingId.of("first-aid");
    Opportunity o =
        Scenario.opportunity().requirements(Requirements.NONE.withTraining(firstAid)).build();
    // expires on the shift's day (2025-03-10): with no grace it no longer counts on that day
    Volunteer v =
        Scenario.volunteer()
            .trainings(
                List.of(
                    new TrainingCompletion(
                        firstAid, LocalDate.of(2024, 3, 1), Optional.of(Scenario.SHIFT_DAY))))
            .build();
    EligibilityEngine none =
        Tatawwu.eligibility(EligibilityPolicy.DEFAULT.with("trainings", Map.of("graceDays", "0")));
    EligibilityEngine one =
        Tatawwu.eligibility(EligibilityPolicy.DEFAULT.with("trainings", Map.of("graceDays", "1")));
    assertThat(none.evaluate(Scenario.query(v, o)).codes()).containsExactly("training.expired");
    eligibleBothWays(one, Scenario.query(v, o));
  }

  // ---- credentials: statuses and levels ----

  static final CredentialType FIRST_AID =
      new CredentialType(
          CredentialTypeId.of("first-aid"),
          BilingualText.of("إسعافات", "First aid"),
          "src",
          Optional.empty(),
          VerificationLevel.LEVEL_3);
  static final CredentialType PARAMEDIC =
      new CredentialType(
          CredentialTypeId.of("paramedic"),
          BilingualText.of("مسعف", "Paramedic"),
          "src",
          Optional.empty(),
          VerificationLevel.LEVEL_1);

  static Credential held(CredentialType type, CredentialStatus status) {
    Credential.Builder b =
        Credential.builder()
            .id(CredentialId.of("C-" + type.id().value() + "-" + status))
            .volunteer(Scenario.volunteer().build().id())
            .type(type)
            .evidence(Evidence.of("licence", "ref-1"))
            .issuedOn(LocalDate.of(2024, 1, 1))
            .expiresOn(LocalDate.of(2026, 1, 1))
            .status(status);
    if (status == CredentialStatus.VERIFIED || status == CredentialStatus.REVOKED) {
      b.verification(new Verification("verifier", Scenario.ASKED));
    }
    return b.build();
  }

  static Verdict credentials(CredentialDemand demand, Credential... held) {
    EligibilityQuery q =
        Scenario.query(Scenario.volunteer().build()).withCredentials(demand, List.of(held));
    Verdict v = ENGINE.evaluate(q);
    assertThat(ENGINE.isEligible(q)).isEqualTo(v.codes().isEmpty());
    return v;
  }

  @Test
  void a_credential_only_claimed_or_only_revoked_or_only_rejected_is_named_so() {
    CredentialDemand firstAid = CredentialDemand.of(FIRST_AID.id());
    assertThat(credentials(firstAid, held(FIRST_AID, CredentialStatus.CLAIMED)).codes())
        .containsExactly("credential.unverified");
    assertThat(credentials(firstAid, held(FIRST_AID, CredentialStatus.REVOKED)).codes())
        .containsExactly("credential.revoked");
    assertThat(credentials(firstAid, held(FIRST_AID, CredentialStatus.REJECTED)).codes())
        .containsExactly("credential.missing");
    // another type's verified credential does not stand in
    assertThat(credentials(firstAid, held(PARAMEDIC, CredentialStatus.VERIFIED)).codes())
        .containsExactly("credential.missing");
    assertThat(credentials(firstAid, held(FIRST_AID, CredentialStatus.VERIFIED)).codes()).isEmpty();
  }

  @Test
  void a_demanded_level_is_met_by_the_best_credential_that_counts() {
    // level 1 is the most fully verified: a demand for level 2 is met by levels 1 and 2
    Credential firstAid = held(FIRST_AID, CredentialStatus.VERIFIED); // level 3
    Credential paramedic = held(PARAMEDIC, CredentialStatus.VERIFIED); // level 1
    CredentialDemand level2 =
        CredentialDemand.of(FIRST_AID.id()).withMinimumLevel(VerificationLevel.LEVEL_2);
    // first aid alone is level 3: too low, best 3
    Verdict low = credentials(level2, firstAid);
    assertThat(low.codes()).containsExactly("credential.levelTooLow");
    assertThat(low.unmet().get(0).arguments()).containsEntry("level", 2).containsEntry("best", 3);
    // the paramedic credential lifts the best to 1, in either order
    assertThat(credentials(level2, firstAid, paramedic).codes()).isEmpty();
    assertThat(credentials(level2, paramedic, firstAid).codes()).isEmpty();
    // level 3 demanded: first aid meets it exactly
    assertThat(
            credentials(
                    CredentialDemand.of(FIRST_AID.id()).withMinimumLevel(VerificationLevel.LEVEL_3),
                    firstAid)
                .codes())
        .isEmpty();
    // a claimed paramedic credential does not count towards the level
    Verdict claimed = credentials(level2, firstAid, held(PARAMEDIC, CredentialStatus.CLAIMED));
    assertThat(claimed.unmet().get(0).arguments()).containsEntry("best", 3);
    // nothing that counts: best 0, and the missing type is named first
    Verdict nothing = credentials(level2);
    assertThat(nothing.unmet())
        .extracting(Unmet::code)
        .containsExactly("credential.missing", "credential.levelTooLow");
    assertThat(nothing.unmet().get(1).arguments()).containsEntry("best", 0);
  }

  @Test
  void a_level_met_does_not_hide_a_missing_type_and_a_type_met_does_not_hide_a_low_level() {
    Credential paramedic = held(PARAMEDIC, CredentialStatus.VERIFIED);
    CredentialDemand both =
        CredentialDemand.of(FIRST_AID.id(), PARAMEDIC.id())
            .withMinimumLevel(VerificationLevel.LEVEL_1);
    Verdict v = credentials(both, paramedic);
    assertThat(v.codes()).containsExactly("credential.missing");
    assertThat(v.unmet().get(0).arguments()).containsEntry("type", "first-aid");
    Verdict low =
        credentials(
            CredentialDemand.of(FIRST_AID.id()).withMinimumLevel(VerificationLevel.LEVEL_1),
            held(FIRST_AID, CredentialStatus.VERIFIED));
    assertThat(low.codes()).containsExactly("credential.levelTooLow");
  }
}
