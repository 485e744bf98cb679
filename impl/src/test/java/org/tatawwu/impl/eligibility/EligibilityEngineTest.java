package org.tatawwu.impl.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tatawwu.impl.eligibility.Scenario.ASKED;
import static org.tatawwu.impl.eligibility.Scenario.SHIFT_DAY;
import static org.tatawwu.impl.eligibility.Scenario.at;
import static org.tatawwu.impl.eligibility.Scenario.entity;
import static org.tatawwu.impl.eligibility.Scenario.opportunity;
import static org.tatawwu.impl.eligibility.Scenario.query;
import static org.tatawwu.impl.eligibility.Scenario.volunteer;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.Explanation;
import org.tatawwu.eligibility.Verdict;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Requirements;
import org.tatawwu.organization.EntityType;
import org.tatawwu.time.AgeCalendar;
import org.tatawwu.time.HijriDate;
import org.tatawwu.time.HijriTable;
import org.tatawwu.time.TimeRange;
import org.tatawwu.training.TrainingCompletion;
import org.tatawwu.training.TrainingId;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.Availability;
import org.tatawwu.volunteer.BackgroundCheck;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.GuardianConsent;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Residency;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.VolunteerStatus;
import org.tatawwu.volunteer.WeeklySlot;

class EligibilityEngineTest {
  static final Locale AR = Locale.forLanguageTag("ar");
  final EligibilityEngine engine = Tatawwu.eligibility(EligibilityPolicy.DEFAULT);

  Verdict verdict(EligibilityQuery q) {
    return engine.evaluate(q);
  }

  static BirthDate born(LocalDate d) {
    return BirthDate.ofGregorian(d);
  }

  @Test
  void the_baseline_is_eligible() {
    assertThat(verdict(query(volunteer().build()))).isSameAs(Verdict.ELIGIBLE);
  }

  @ParameterizedTest(name = "born {0}: {1}")
  @CsvSource({
    "2007-03-11, age.belowMinimum", // 18 the day after the shift
    "2007-03-10, ''", // 18 on the day of the shift
    "2007-03-09, ''" // 18 the day before
  })
  void minimum_age_is_counted_on_the_shifts_day(LocalDate birth, String expected) {
    Opportunity o =
        opportunity()
            .requirements(Requirements.NONE.withMinimumAge(18).withMinorsAllowed(true))
            .build();
    Verdict v =
        engine.evaluate(
            query(volunteer().birthDate(born(birth)).guardianConsent(consent()).build(), o));
    assertThat(String.join(",", v.codes())).isEqualTo(expected);
  }

  @Test
  void a_29_february_birthday_reaches_18_on_1_march_of_a_common_year() {
    EligibilityEngine e =
        Tatawwu.eligibility(EligibilityPolicy.DEFAULT.with("age", Map.of("minimumAge", "18")));
    Opportunity feb28 = shiftOn(LocalDate.of(2026, 2, 28));
    Opportunity mar1 = shiftOn(LocalDate.of(2026, 3, 1));
    var v = volunteer().birthDate(born(LocalDate.of(2008, 2, 29))).build();
    Verdict before = e.evaluate(query(v, feb28));
    assertThat(before.codes()).contains("age.belowMinimum");
    assertThat(before.unmet().get(0).arguments())
        .containsEntry("eligibleFrom", LocalDate.of(2026, 3, 1))
        .containsEntry("age", 17);
    assertThat(e.evaluate(query(v, mar1)).codes()).doesNotContain("age.belowMinimum");
  }

  static Opportunity shiftOn(LocalDate day) {
    var s =
        new org.tatawwu.opportunity.Shift(
            org.tatawwu.opportunity.ShiftId.of("S1"),
            TimeRange.of(
                day.atTime(8, 0).atZone(Scenario.RIYADH).toInstant(),
                day.atTime(12, 0).atZone(Scenario.RIYADH).toInstant()),
            5);
    return Opportunity.builder()
        .number(org.tatawwu.opportunity.OpportunityNumber.parse("20250000002"))
        .title(org.tatawwu.text.BilingualText.of("فرصة", "Opportunity"))
        .description(org.tatawwu.text.BilingualText.of("فرصة", "Opportunity"))
        .entity(org.tatawwu.organization.EntityId.of("E1"))
        .field(org.tatawwu.field.FieldCode.of("RELIEF"))
        .period(org.tatawwu.time.DateRange.of(day.minusDays(1), day.plusDays(1)))
        .addShift(s)
        .status(OpportunityStatus.PUBLISHED)
        .build();
  }

  @Test
  void hijri_and_gregorian_age_rules_disagree_for_about_half_a_year() {
    // Born 2007-06-15: 18 Hijri years on about 2024-12-xx, 18 Gregorian years on 2025-06-15.
    var v = volunteer().birthDate(born(LocalDate.of(2007, 6, 15))).build();
    EligibilityEngine gregorian =
        Tatawwu.eligibility(EligibilityPolicy.DEFAULT.with("age", Map.of("minimumAge", "18")));
    EligibilityEngine hijri =
        Tatawwu.eligibility(
            EligibilityPolicy.DEFAULT
                .with("age", Map.of("minimumAge", "18", "calendar", "HIJRI"))
                .with("minors", Map.of("calendar", "HIJRI")));
    Opportunity march = opportunity().build();
    assertThat(gregorian.evaluate(query(v, march)).codes())
        .contains("age.belowMinimum", "minor.notAdmitted");
    assertThat(hijri.evaluate(query(v, march)).isEligible()).isTrue();
    LocalDate hijri18 = HijriTable.ummAlQura().toGregorian(HijriDate.of(1446, 5, 29));
    assertThat(v.ageOn(hijri18, AgeCalendar.HIJRI)).isEqualTo(18);
    assertThat(v.ageOn(hijri18.minusDays(1), AgeCalendar.HIJRI)).isEqualTo(17);
  }

  static GuardianConsent consent() {
    return new GuardianConsent(NationalId.parse("1000000008"), ASKED, true, Optional.empty());
  }

  @Test
  void a_minor_needs_an_opportunity_open_to_minors_and_guardian_consent() {
    var minor = volunteer().birthDate(born(LocalDate.of(2010, 1, 1))).build();
    assertThat(verdict(query(minor)).codes())
        .containsExactly("minor.guardianConsentMissing", "minor.notAdmitted");
    Opportunity open =
        opportunity().requirements(Requirements.NONE.withMinorsAllowed(true)).build();
    assertThat(verdict(query(minor, open)).codes()).containsExactly("minor.guardianConsentMissing");
    assertThat(verdict(query(minor.withGuardianConsent(consent()), open)).isEligible()).isTrue();
    GuardianConsent unsigned =
        new GuardianConsent(NationalId.parse("1000000008"), ASKED, false, Optional.empty());
    assertThat(verdict(query(minor.withGuardianConsent(unsigned), open)).codes())
        .containsExactly("minor.guardianConsentMissing");
  }

  @ParameterizedTest(name = "consent valid until {0}: {1}")
  @CsvSource({"2025-03-09, false", "2025-03-10, true", "2025-03-11, true"})
  void guardian_consent_must_cover_the_shifts_day(LocalDate until, boolean eligible) {
    var minor =
        volunteer()
            .birthDate(born(LocalDate.of(2010, 1, 1)))
            .guardianConsent(
                new GuardianConsent(
                    NationalId.parse("1000000008"), ASKED, true, Optional.of(until)))
            .build();
    Opportunity open =
        opportunity().requirements(Requirements.NONE.withMinorsAllowed(true)).build();
    assertThat(verdict(query(minor, open)).isEligible()).isEqualTo(eligible);
  }

  @ParameterizedTest(name = "expired on {0}: {1}")
  @CsvSource({
    "2025-02-08, training.expired", // grace of 30 days ended on 2025-03-10, the shift's day
    "2025-02-09, ''", // grace ends the day after the shift
    "2025-03-10, ''", // expires on the shift's day: in grace
    "2025-03-11, ''" // still valid
  })
  void trainings_count_until_expiry_plus_the_grace_period(LocalDate expiresOn, String expected) {
    TrainingId firstAid = TrainingId.of("first-aid");
    Opportunity o = opportunity().requirements(Requirements.NONE.withTraining(firstAid)).build();
    var v =
        volunteer()
            .addTraining(
                new TrainingCompletion(firstAid, LocalDate.of(2023, 1, 1), Optional.of(expiresOn)))
            .build();
    assertThat(String.join(",", verdict(query(v, o)).codes())).isEqualTo(expected);
  }

  @Test
  void a_missing_or_future_training_is_reported_with_its_id() {
    TrainingId firstAid = TrainingId.of("first-aid");
    Opportunity o = opportunity().requirements(Requirements.NONE.withTraining(firstAid)).build();
    Verdict missing = verdict(query(volunteer().build(), o));
    assertThat(missing.codes()).containsExactly("training.missing");
    assertThat(missing.unmet().get(0).arguments()).containsEntry("training", "first-aid");
    var later =
        volunteer()
            .addTraining(new TrainingCompletion(firstAid, SHIFT_DAY.plusDays(1), Optional.empty()))
            .build();
    assertThat(verdict(query(later, o)).codes()).containsExactly("training.missing");
  }

  @ParameterizedTest(name = "cleared until {0}: {1}")
  @CsvSource({"2025-03-09, backgroundCheck.expired", "2025-03-10, ''", "2025-03-11, ''"})
  void a_background_check_must_be_valid_on_the_shifts_day(LocalDate until, String expected) {
    Opportunity o = opportunity().requirements(Requirements.NONE.withBackgroundCheck(true)).build();
    var v =
        volunteer()
            .backgroundCheck(new BackgroundCheck(BackgroundCheck.Status.CLEARED, until))
            .build();
    assertThat(String.join(",", verdict(query(v, o)).codes())).isEqualTo(expected);
  }

  @Test
  void background_check_pending_and_rejected_are_reported_apart() {
    Opportunity o = opportunity().requirements(Requirements.NONE.withBackgroundCheck(true)).build();
    LocalDate later = LocalDate.of(2030, 1, 1);
    assertThat(verdict(query(volunteer().build(), o)).codes())
        .containsExactly("backgroundCheck.missing");
    assertThat(
            verdict(
                    query(
                        volunteer()
                            .backgroundCheck(
                                new BackgroundCheck(BackgroundCheck.Status.PENDING, later))
                            .build(),
                        o))
                .codes())
        .containsExactly("backgroundCheck.missing");
    assertThat(
            verdict(
                    query(
                        volunteer()
                            .backgroundCheck(
                                new BackgroundCheck(BackgroundCheck.Status.REJECTED, later))
                            .build(),
                        o))
                .codes())
        .containsExactly("backgroundCheck.notCleared");
    assertThat(verdict(query(volunteer().build())).isEligible()).isTrue();
  }

  @Test
  void gender_residency_region_languages_and_skills() {
    Opportunity o =
        opportunity()
            .location(Location.onSite(City.of("جدة", "Jeddah", Region.MAKKAH), null))
            .requirements(
                Requirements.NONE
                    .withGender(Gender.MALE)
                    .withResidency(Residency.RESIDENT)
                    .withLanguage(LanguageCode.ENGLISH)
                    .withLanguage(LanguageCode.of("ur"))
                    .withSkill(SkillCode.of("first-aid"), SkillLevel.ADVANCED)
                    .withSkill(SkillCode.of("driving"), SkillLevel.BASIC))
            .build();
    var v =
        volunteer()
            .addLanguage(LanguageCode.ENGLISH)
            .putSkill(SkillCode.of("first-aid"), SkillLevel.INTERMEDIATE)
            .build();
    assertThat(verdict(query(v, o)).unmet())
        .extracting(u -> u.code())
        .containsExactly(
            "gender.mismatch",
            "residency.mismatch",
            "region.mismatch",
            "language.missing",
            "skill.missing",
            "skill.levelTooLow");
    var fits =
        volunteer()
            .gender(Gender.MALE)
            .nationalId(NationalId.parse("2123456788"))
            .nationality(org.tatawwu.volunteer.Nationality.of("PK"))
            .region(Region.MAKKAH)
            .addLanguage(LanguageCode.ENGLISH)
            .addLanguage(LanguageCode.of("ur"))
            .putSkill(SkillCode.of("first-aid"), SkillLevel.EXPERT)
            .putSkill(SkillCode.of("driving"), SkillLevel.BASIC)
            .build();
    assertThat(verdict(query(fits, o)).isEligible()).isTrue();
  }

  @Test
  void remote_work_matches_any_region() {
    Opportunity remote = opportunity().location(Location.remote()).build();
    assertThat(verdict(query(volunteer().region(Region.JAZAN).build(), remote)).isEligible())
        .isTrue();
    assertThat(verdict(query(volunteer().region(Region.JAZAN).build())).codes())
        .containsExactly("region.mismatch");
  }

  @Test
  void availability_must_cover_the_whole_shift() {
    // 2025-03-10 is a Monday.
    Availability mornings =
        new Availability(
            Scenario.RIYADH,
            List.of(WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))),
            List.of());
    Availability early =
        new Availability(
            Scenario.RIYADH,
            List.of(WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(11, 59))),
            List.of());
    Availability utc =
        new Availability(
            ZoneId.of("UTC"),
            List.of(WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.of(5, 0), LocalTime.of(9, 0))),
            List.of());
    assertThat(verdict(query(volunteer().availability(mornings).build())).isEligible()).isTrue();
    assertThat(verdict(query(volunteer().availability(utc).build())).isEligible()).isTrue();
    assertThat(verdict(query(volunteer().availability(early).build())).codes())
        .containsExactly("availability.notCovered");
  }

  @Test
  void overlapping_commitments_are_refused_but_back_to_back_ones_are_fine() {
    var v = volunteer().build();
    Opportunity o = opportunity().build();
    TimeRange before = TimeRange.of(at("2025-03-10T06:00"), at("2025-03-10T08:00"));
    TimeRange after = TimeRange.of(at("2025-03-10T12:00"), at("2025-03-10T14:00"));
    TimeRange clash = TimeRange.of(at("2025-03-10T11:59"), at("2025-03-10T13:00"));
    assertThat(
            engine
                .evaluate(
                    EligibilityQuery.of(
                        v, o, o.shifts().get(0), entity(), List.of(before, after), ASKED))
                .isEligible())
        .isTrue();
    Verdict overlap =
        engine.evaluate(
            EligibilityQuery.of(v, o, o.shifts().get(0), entity(), List.of(clash), ASKED));
    assertThat(overlap.codes()).containsExactly("schedule.overlap");
  }

  @Test
  void at_most_max_concurrent_accepted_shifts_not_yet_ended() {
    var v = volunteer().build();
    Opportunity o = opportunity().build();
    List<TimeRange> three =
        List.of(
            TimeRange.of(at("2025-03-20T08:00"), at("2025-03-20T09:00")),
            TimeRange.of(at("2025-03-21T08:00"), at("2025-03-21T09:00")),
            TimeRange.of(at("2025-03-22T08:00"), at("2025-03-22T09:00")));
    Verdict full =
        engine.evaluate(EligibilityQuery.of(v, o, o.shifts().get(0), entity(), three, ASKED));
    assertThat(full.codes()).containsExactly("schedule.tooManyEnrollments");
    // Asked after the first has ended: only two remain.
    Instant later = at("2025-03-20T09:00");
    assertThat(
            engine
                .evaluate(EligibilityQuery.of(v, o, o.shifts().get(0), entity(), three, later))
                .isEligible())
        .isTrue();
  }

  @Test
  void entity_rules_accreditation_on_the_day_and_no_profit_use() {
    var v = volunteer().build();
    Opportunity o = opportunity().build();
    var expiredDayBefore = entity(EntityType.NON_PROFIT_ASSOCIATION, SHIFT_DAY.minusDays(1));
    var lastDay = entity(EntityType.NON_PROFIT_ASSOCIATION, SHIFT_DAY);
    assertThat(
            engine
                .evaluate(
                    EligibilityQuery.of(
                        v, o, o.shifts().get(0), expiredDayBefore, List.of(), ASKED))
                .codes())
        .containsExactly("entity.accreditationExpired");
    assertThat(
            engine
                .evaluate(EligibilityQuery.of(v, o, o.shifts().get(0), lastDay, List.of(), ASKED))
                .isEligible())
        .isTrue();
    var company = entity(EntityType.PRIVATE_COMPANY, LocalDate.of(2026, 1, 1));
    Opportunity forProfit = opportunity().nonProfitWork(false).build();
    assertThat(
            engine
                .evaluate(
                    EligibilityQuery.of(
                        v, forProfit, forProfit.shifts().get(0), company, List.of(), ASKED))
                .codes())
        .containsExactly("entity.profitUse");
  }

  @Test
  void a_suspended_volunteer_and_an_unpublished_opportunity_are_refused() {
    assertThat(verdict(query(volunteer().status(VolunteerStatus.SUSPENDED).build())).codes())
        .containsExactly("volunteer.suspended");
    assertThat(
            verdict(
                    query(
                        volunteer().build(), opportunity().status(OpportunityStatus.DRAFT).build()))
                .codes())
        .containsExactly("opportunity.notOpen");
    EligibilityEngine strict =
        Tatawwu.eligibility(
            EligibilityPolicy.DEFAULT.with("volunteerStatus", Map.of("requireVerified", "true")));
    assertThat(strict.evaluate(query(volunteer().build())).codes())
        .containsExactly("volunteer.unverified");
  }

  @Test
  void lists_every_unmet_criterion_not_just_the_first() {
    var v =
        volunteer()
            .status(VolunteerStatus.SUSPENDED)
            .birthDate(born(LocalDate.of(2012, 1, 1)))
            .region(Region.TABUK)
            .build();
    Opportunity o =
        opportunity()
            .status(OpportunityStatus.CLOSED)
            .requirements(Requirements.NONE.withGender(Gender.MALE))
            .build();
    assertThat(verdict(query(v, o)).unmet())
        .extracting(u -> u.code())
        .containsExactly(
            "volunteer.suspended",
            "opportunity.notOpen",
            "minor.notAdmitted",
            "minor.guardianConsentMissing",
            "gender.mismatch",
            "region.mismatch");
  }

  @Test
  void explains_each_reason_in_english_and_arabic_with_hijri_and_gregorian_dates() {
    TrainingId firstAid = TrainingId.of("first-aid");
    Opportunity o = opportunity().requirements(Requirements.NONE.withTraining(firstAid)).build();
    var v =
        volunteer()
            .addTraining(
                new TrainingCompletion(
                    firstAid, LocalDate.of(2023, 1, 1), Optional.of(LocalDate.of(2024, 11, 14))))
            .build();
    Verdict verdict = verdict(query(v, o));
    Explanation en = engine.explain(verdict, Locale.ENGLISH).get(0);
    assertThat(en.message())
        .isEqualTo(
            "the training first-aid expired on 1446-05-12 AH (2024-11-14) and its grace period of 30 days"
                + " is over");
    assertThat(en.remedy()).isEqualTo("renew the training first-aid before the shift");
    Explanation ar = engine.explain(verdict, AR).get(0);
    assertThat(ar.message())
        .isEqualTo(
            "انتهت صلاحية التدريب \u2068first-aid\u2069 في \u20681446-05-12هـ (2024-11-14م)\u2069 وانقضت مهلة السماح البالغة \u206830\u2069 يومًا");
  }

  @Test
  void explains_region_and_language_with_their_names() {
    Opportunity o =
        opportunity()
            .location(Location.onSite(City.of("جدة", "Jeddah", Region.MAKKAH), null))
            .requirements(Requirements.NONE.withLanguage(LanguageCode.ENGLISH))
            .build();
    Verdict v = verdict(query(volunteer().build(), o));
    assertThat(engine.explain(v, Locale.ENGLISH))
        .extracting(Explanation::message)
        .containsExactly(
            "this on-site opportunity is in Makkah, outside your region",
            "this opportunity requires English");
    assertThat(engine.explain(v, AR).get(0).message()).contains("مكة المكرمة");
  }

  @Test
  void rejects_unknown_types_unknown_parameters_and_bad_values() {
    assertThatThrownBy(
            () -> Tatawwu.eligibility(EligibilityPolicy.DEFAULT.with("telepathy", Map.of())))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("telepathy");
    assertThatThrownBy(
            () ->
                Tatawwu.eligibility(EligibilityPolicy.DEFAULT.with("age", Map.of("minAge", "18"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("minAge");
    assertThatThrownBy(
            () ->
                Tatawwu.eligibility(
                    EligibilityPolicy.DEFAULT.with("age", Map.of("minimumAge", "eighteen"))))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () ->
                Tatawwu.eligibility(
                    EligibilityPolicy.DEFAULT.with("age", Map.of("calendar", "JULIAN"))))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void bulk_filters_a_population_for_one_shift_and_offers_for_one_volunteer() {
    Opportunity o = opportunity().build();
    var adult = volunteer().id(org.tatawwu.volunteer.VolunteerId.of("A")).build();
    var minor =
        volunteer()
            .id(org.tatawwu.volunteer.VolunteerId.of("M"))
            .birthDate(born(LocalDate.of(2012, 1, 1)))
            .build();
    var far =
        volunteer().id(org.tatawwu.volunteer.VolunteerId.of("F")).region(Region.NAJRAN).build();
    assertThat(
            engine.eligibleVolunteers(
                entity(), o, o.shifts().get(0), List.of(adult, minor, far), id -> List.of(), ASKED))
        .containsExactly(adult);
    var offers =
        List.of(
            new org.tatawwu.eligibility.ShiftOffer(entity(), o, o.shifts().get(0)),
            new org.tatawwu.eligibility.ShiftOffer(
                entity(), opportunity().location(Location.remote()).build(), o.shifts().get(0)));
    assertThat(engine.eligibleOffers(far, List.of(), offers, ASKED)).containsExactly(offers.get(1));
  }

  @Test
  void the_verdict_does_not_depend_on_the_machines_time_zone() {
    var v = volunteer().birthDate(born(LocalDate.of(2007, 3, 10))).build();
    Opportunity o = opportunity().requirements(Requirements.NONE.withMinimumAge(18)).build();
    java.util.TimeZone saved = java.util.TimeZone.getDefault();
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
      Verdict a = verdict(query(v, o));
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Pago_Pago"));
      Verdict b = verdict(query(v, o));
      assertThat(a).isEqualTo(b);
      assertThat(a.isEligible()).isTrue();
    } finally {
      java.util.TimeZone.setDefault(saved);
    }
  }
}
