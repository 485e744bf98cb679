package org.tatawwu.impl.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.CriterionSpec;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.Verdict;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Requirements;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.GuardianConsent;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerStatus;

/** Properties of verdicts over randomly drawn volunteers and opportunities. */
class EligibilityEnginePropertiesTest {

  /** A drawn case: every attribute an index into a small space, so that clashes are frequent. */
  record Case(List<Integer> d) {
    int at(int i) {
      return d.get(i);
    }

    Volunteer volunteer() {
      Volunteer.Builder b =
          Scenario.volunteer()
              .birthDate(
                  BirthDate.ofGregorian(
                      Scenario.SHIFT_DAY.minusYears(14 + at(0)).plusDays(at(1) - 1)))
              .gender(at(2) == 0 ? Gender.FEMALE : Gender.MALE)
              .region(at(3) == 0 ? Region.RIYADH : Region.ASIR)
              .status(at(4) == 0 ? VolunteerStatus.SUSPENDED : VolunteerStatus.VERIFIED);
      if (at(5) == 1) {
        b.addLanguage(LanguageCode.ENGLISH);
      }
      if (at(6) > 0) {
        b.putSkill(SkillCode.of("first-aid"), LEVELS.get(at(6) - 1));
      }
      if (at(7) == 1) {
        b.guardianConsent(
            new GuardianConsent(
                NationalId.parse("1000000008"), Scenario.ASKED, true, Optional.empty()));
      }
      return b.build();
    }

    Opportunity opportunity() {
      Requirements r =
          Requirements.NONE.withMinimumAge(at(8) == 0 ? 0 : 16).withMinorsAllowed(at(9) == 1);
      if (at(10) == 1) {
        r = r.withGender(Gender.MALE);
      }
      if (at(11) == 1) {
        r = r.withLanguage(LanguageCode.ENGLISH);
      }
      if (at(12) > 0) {
        r = r.withSkill(SkillCode.of("first-aid"), LEVELS.get(at(12) - 1));
      }
      return Scenario.opportunity()
          .requirements(r)
          .location(
              at(13) == 1
                  ? Location.remote()
                  : Location.onSite(City.of("الرياض", "Riyadh", Region.RIYADH), null))
          .status(at(14) == 1 ? OpportunityStatus.PUBLISHED : OpportunityStatus.CLOSED)
          .build();
    }

    /** The expected reason codes, computed directly from the drawn attributes. */
    Set<String> expected() {
      Set<String> codes = new TreeSet<>();
      int age = 14 + at(0) - (at(1) > 1 ? 1 : 0);
      if (at(4) == 0) {
        codes.add("volunteer.suspended");
      }
      if (at(14) != 1) {
        codes.add("opportunity.notOpen");
      }
      if (at(8) == 1 && age < 16) {
        codes.add("age.belowMinimum");
      }
      if (age < 18) {
        if (at(9) != 1) {
          codes.add("minor.notAdmitted");
        }
        if (at(7) != 1) {
          codes.add("minor.guardianConsentMissing");
        }
      }
      if (at(10) == 1 && at(2) == 0) {
        codes.add("gender.mismatch");
      }
      if (at(13) == 0 && at(3) == 1) {
        codes.add("region.mismatch");
      }
      if (at(11) == 1 && at(5) == 0) {
        codes.add("language.missing");
      }
      if (at(12) > 0 && at(6) == 0) {
        codes.add("skill.missing");
      }
      if (at(12) > 0 && at(6) > 0 && at(6) < at(12)) {
        codes.add("skill.levelTooLow");
      }
      return codes;
    }
  }

  static final List<SkillLevel> LEVELS =
      List.of(SkillLevel.BASIC, SkillLevel.INTERMEDIATE, SkillLevel.ADVANCED, SkillLevel.EXPERT);

  static final int[] SIZES = {8, 3, 2, 2, 2, 2, 5, 2, 2, 2, 2, 2, 5, 2, 2};

  static Gen<Case> cases() {
    Gen<List<Integer>> dims = lists().of(integers().between(0, 1000)).ofSize(SIZES.length);
    return dims.map(
        raw -> {
          List<Integer> d = new ArrayList<>();
          for (int i = 0; i < SIZES.length; i++) {
            d.add(raw.get(i) % SIZES[i]);
          }
          return new Case(d);
        });
  }

  final org.tatawwu.eligibility.EligibilityEngine standard =
      Tatawwu.eligibility(EligibilityPolicy.DEFAULT);

  @Test
  void a_verdicts_reasons_are_exactly_the_failing_criteria() {
    qt().withExamples(2000)
        .forAll(cases())
        .checkAssert(
            c ->
                assertThat(
                        standard.evaluate(Scenario.query(c.volunteer(), c.opportunity())).codes())
                    .as(c.d().toString())
                    .isEqualTo(c.expected()));
  }

  @Test
  void adding_a_satisfied_criterion_never_changes_the_verdict() {
    List<String> types = EligibilityPolicy.BUILT_IN_TYPES;
    qt().withExamples(1000)
        .forAll(
            cases(), integers().between(0, (1 << 15) - 1), integers().between(0, types.size() - 1))
        .checkAssert(
            (c, mask, extra) -> {
              List<CriterionSpec> specs = new ArrayList<>();
              for (int i = 0; i < types.size(); i++) {
                if ((mask & (1 << i)) != 0 && i != extra) {
                  specs.add(CriterionSpec.of(types.get(i)));
                }
              }
              EligibilityQuery q = Scenario.query(c.volunteer(), c.opportunity());
              EligibilityPolicy base = new EligibilityPolicy("p", 1, specs);
              EligibilityPolicy alone =
                  new EligibilityPolicy("p", 1, List.of(CriterionSpec.of(types.get(extra))));
              if (Tatawwu.eligibility(alone).evaluate(q).isEligible()) {
                Verdict before = Tatawwu.eligibility(base).evaluate(q);
                List<CriterionSpec> more = new ArrayList<>(specs);
                more.add(CriterionSpec.of(types.get(extra)));
                Verdict after =
                    Tatawwu.eligibility(new EligibilityPolicy("p", 1, more)).evaluate(q);
                assertThat(after).isEqualTo(before);
              }
            });
  }

  @Test
  void the_verdict_is_the_union_of_each_criterion_alone() {
    qt().withExamples(300)
        .forAll(cases())
        .checkAssert(
            c -> {
              EligibilityQuery q = Scenario.query(c.volunteer(), c.opportunity());
              Set<String> union = new TreeSet<>();
              for (String t : EligibilityPolicy.BUILT_IN_TYPES) {
                union.addAll(
                    Tatawwu.eligibility(new EligibilityPolicy("p", 1, List.of(CriterionSpec.of(t))))
                        .evaluate(q)
                        .codes());
              }
              assertThat(standard.evaluate(q).codes()).isEqualTo(union);
            });
  }

  @Test
  void the_oracles_age_matches_the_calendar() {
    // Guards the oracle itself: day offset 0 means the birthday falls on the shift's day.
    assertThat(
            new Case(List.of(4, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))
                .volunteer()
                .ageOn(Scenario.SHIFT_DAY, org.tatawwu.time.AgeCalendar.GREGORIAN))
        .isEqualTo(18);
    assertThat(
            new Case(List.of(4, 2, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))
                .volunteer()
                .ageOn(Scenario.SHIFT_DAY, org.tatawwu.time.AgeCalendar.GREGORIAN))
        .isEqualTo(17);
    assertThat(LocalDate.of(2025, 3, 10)).isEqualTo(Scenario.SHIFT_DAY);
  }
}
