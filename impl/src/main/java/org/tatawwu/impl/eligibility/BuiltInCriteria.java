package org.tatawwu.impl.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.tatawwu.eligibility.Criterion;
import org.tatawwu.eligibility.CriterionSpec;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.Unmet;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Requirements;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.time.AgeCalendar;
import org.tatawwu.time.TimeRange;
import org.tatawwu.training.TrainingCompletion;
import org.tatawwu.training.TrainingId;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.BackgroundCheck;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.GuardianConsent;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.Residency;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerStatus;

/**
 * The built-in criteria of {@link EligibilityPolicy}. Each is a test ({@link Criterion#accepts},
 * allocation-free) and an explanation used only when the test fails.
 */
final class BuiltInCriteria {
  private BuiltInCriteria() {}

  /** A criterion made of a fast test and an explanation of its failures. */
  private static final class BuiltIn implements Criterion {
    private final Predicate<EligibilityQuery> test;
    private final BiConsumer<EligibilityQuery, List<Unmet>> explain;

    BuiltIn(Predicate<EligibilityQuery> test, BiConsumer<EligibilityQuery, List<Unmet>> explain) {
      this.test = test;
      this.explain = explain;
    }

    @Override
    public boolean accepts(EligibilityQuery query) {
      return test.test(query);
    }

    @Override
    public void check(EligibilityQuery query, List<Unmet> unmet) {
      if (!test.test(query)) {
        explain.accept(query, unmet);
      }
    }
  }

  /**
   * Creates a built-in criterion.
   *
   * @param spec the spec
   * @return the criterion, or empty if the type is not built in
   * @throws InvalidValueException if a parameter is unknown or invalid
   */
  static Optional<Criterion> create(CriterionSpec spec) {
    return Optional.ofNullable(
        switch (spec.type()) {
          case "volunteerStatus" -> volunteerStatus(spec);
          case "opportunityOpen" ->
              plain(
                  spec,
                  q -> q.opportunity().status() == OpportunityStatus.PUBLISHED,
                  (q, u) ->
                      u.add(
                          Unmet.of(
                              "opportunity.notOpen", "status", q.opportunity().status().name())));
          case "entity" -> plain(spec, BuiltInCriteria::entityOk, BuiltInCriteria::entityExplain);
          case "age" -> age(spec);
          case "minors" -> minors(spec);
          case "gender" ->
              plain(
                  spec,
                  BuiltInCriteria::genderOk,
                  (q, u) ->
                      u.add(
                          Unmet.of(
                              "gender.mismatch",
                              "gender",
                              q.opportunity().requirements().gender().orElseThrow().name())));
          case "residency" ->
              plain(
                  spec,
                  BuiltInCriteria::residencyOk,
                  (q, u) ->
                      u.add(
                          Unmet.of(
                              "residency.mismatch",
                              "residency",
                              q.opportunity().requirements().residency().orElseThrow().name())));
          case "region" ->
              plain(
                  spec,
                  BuiltInCriteria::regionOk,
                  (q, u) ->
                      u.add(
                          Unmet.of(
                              "region.mismatch",
                              "region",
                              ((Location.OnSite) q.opportunity().location())
                                  .city()
                                  .region()
                                  .code())));
          case "languages" ->
              plain(spec, BuiltInCriteria::languagesOk, BuiltInCriteria::languagesExplain);
          case "skills" -> plain(spec, BuiltInCriteria::skillsOk, BuiltInCriteria::skillsExplain);
          case "trainings" -> trainings(spec);
          case "backgroundCheck" -> backgroundCheck(spec);
          case "availability" ->
              plain(
                  spec,
                  q -> q.volunteer().availability().covers(q.shift().time()),
                  (q, u) -> u.add(Unmet.of("availability.notCovered")));
          case "overlap" ->
              plain(
                  spec,
                  q -> clashes(q) == 0,
                  (q, u) -> u.add(Unmet.of("schedule.overlap", "count", clashes(q))));
          case "maxConcurrent" -> maxConcurrent(spec);
          case "credentials" -> CredentialCriterion.create(spec);
          default -> null;
        });
  }

  private static Criterion plain(
      CriterionSpec spec,
      Predicate<EligibilityQuery> test,
      BiConsumer<EligibilityQuery, List<Unmet>> explain) {
    new Parameters(spec, Set.of());
    return new BuiltIn(test, explain);
  }

  private static Criterion volunteerStatus(CriterionSpec spec) {
    boolean requireVerified =
        new Parameters(spec, Set.of("requireVerified")).bool("requireVerified", false);
    return new BuiltIn(
        q -> {
          VolunteerStatus s = q.volunteer().status();
          return s != VolunteerStatus.SUSPENDED
              && (!requireVerified || s == VolunteerStatus.VERIFIED);
        },
        (q, u) ->
            u.add(
                Unmet.of(
                    q.volunteer().status() == VolunteerStatus.SUSPENDED
                        ? "volunteer.suspended"
                        : "volunteer.unverified")));
  }

  private static boolean entityOk(EligibilityQuery q) {
    ParticipatingEntity e = q.entity();
    return e.isAccreditedOn(q.shiftDay())
        && (!e.type().isProfitSeeking() || q.opportunity().nonProfitWork());
  }

  private static void entityExplain(EligibilityQuery q, List<Unmet> unmet) {
    ParticipatingEntity e = q.entity();
    if (!e.isAccreditedOn(q.shiftDay())) {
      Optional<LocalDate> until = e.accreditation().map(a -> a.validity().last());
      unmet.add(
          until.isPresent() && until.get().isBefore(q.shiftDay())
              ? Unmet.of("entity.accreditationExpired", "expiredOn", until.get().plusDays(1))
              : Unmet.of("entity.notAccredited"));
    }
    if (e.type().isProfitSeeking() && !q.opportunity().nonProfitWork()) {
      unmet.add(Unmet.of("entity.profitUse"));
    }
  }

  private static Criterion age(CriterionSpec spec) {
    Parameters p = new Parameters(spec, Set.of("minimumAge", "calendar"));
    int policyMinimum = p.integer("minimumAge", 0, 0, 120);
    AgeCalendar calendar = p.enumeration("calendar", AgeCalendar.class, AgeCalendar.GREGORIAN);
    return new BuiltIn(
        q -> {
          int minimum = Math.max(policyMinimum, q.opportunity().requirements().minimumAge());
          return minimum == 0
              || Ages.ageOn(q.volunteer().birthDate(), q.shiftDay(), calendar) >= minimum;
        },
        (q, unmet) -> {
          int minimum = Math.max(policyMinimum, q.opportunity().requirements().minimumAge());
          Volunteer v = q.volunteer();
          unmet.add(
              Unmet.of(
                  "age.belowMinimum",
                  "minimumAge",
                  minimum,
                  "age",
                  Ages.ageOn(v.birthDate(), q.shiftDay(), calendar),
                  "calendar",
                  calendar.name(),
                  "eligibleFrom",
                  Ages.reaches(v.birthDate(), minimum, calendar)));
        });
  }

  private static Criterion minors(CriterionSpec spec) {
    Parameters p = new Parameters(spec, Set.of("adultAge", "calendar"));
    int adultAge = p.integer("adultAge", 18, 1, 120);
    AgeCalendar calendar = p.enumeration("calendar", AgeCalendar.class, AgeCalendar.GREGORIAN);
    return new BuiltIn(
        q -> {
          if (Ages.ageOn(q.volunteer().birthDate(), q.shiftDay(), calendar) >= adultAge) {
            return true;
          }
          Optional<GuardianConsent> consent = q.volunteer().guardianConsent();
          return q.opportunity().requirements().minorsAllowed()
              && consent.isPresent()
              && consent.get().coversDay(q.shiftDay());
        },
        (q, unmet) -> {
          Volunteer v = q.volunteer();
          if (!q.opportunity().requirements().minorsAllowed()) {
            unmet.add(
                Unmet.of(
                    "minor.notAdmitted",
                    "adultAge",
                    adultAge,
                    "adultOn",
                    Ages.reaches(v.birthDate(), adultAge, calendar)));
          }
          Optional<GuardianConsent> consent = v.guardianConsent();
          if (consent.isEmpty() || !consent.get().coversDay(q.shiftDay())) {
            unmet.add(Unmet.of("minor.guardianConsentMissing", "adultAge", adultAge));
          }
        });
  }

  private static boolean genderOk(EligibilityQuery q) {
    Optional<Gender> only = q.opportunity().requirements().gender();
    return only.isEmpty() || only.get() == q.volunteer().gender();
  }

  private static boolean residencyOk(EligibilityQuery q) {
    Optional<Residency> only = q.opportunity().requirements().residency();
    return only.isEmpty() || only.get() == q.volunteer().nationalId().residency();
  }

  private static boolean regionOk(EligibilityQuery q) {
    return !(q.opportunity().location() instanceof Location.OnSite site)
        || site.city().region() == q.volunteer().region();
  }

  private static boolean languagesOk(EligibilityQuery q) {
    Set<LanguageCode> required = q.opportunity().requirements().languages();
    if (required.isEmpty()) {
      return true; // no iterator: the common case allocates nothing
    }
    Set<LanguageCode> spoken = q.volunteer().languages();
    for (LanguageCode l : required) {
      if (!spoken.contains(l)) {
        return false;
      }
    }
    return true;
  }

  private static void languagesExplain(EligibilityQuery q, List<Unmet> unmet) {
    q.opportunity().requirements().languages().stream()
        .filter(l -> !q.volunteer().languages().contains(l))
        .sorted()
        .forEach(l -> unmet.add(Unmet.of("language.missing", "language", l.code())));
  }

  private static boolean skillsOk(EligibilityQuery q) {
    Map<SkillCode, SkillLevel> required = q.opportunity().requirements().skills();
    if (required.isEmpty()) {
      return true;
    }
    Map<SkillCode, SkillLevel> has = q.volunteer().skills();
    for (Map.Entry<SkillCode, SkillLevel> e : required.entrySet()) {
      SkillLevel level = has.get(e.getKey());
      if (level == null || !level.meets(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static void skillsExplain(EligibilityQuery q, List<Unmet> unmet) {
    List<Map.Entry<SkillCode, SkillLevel>> required =
        new ArrayList<>(q.opportunity().requirements().skills().entrySet());
    required.sort(Map.Entry.comparingByKey());
    for (Map.Entry<SkillCode, SkillLevel> e : required) {
      SkillLevel has = q.volunteer().skills().get(e.getKey());
      if (has == null) {
        unmet.add(
            Unmet.of("skill.missing", "skill", e.getKey().value(), "level", e.getValue().name()));
      } else if (!has.meets(e.getValue())) {
        unmet.add(
            Unmet.of(
                "skill.levelTooLow",
                "skill",
                e.getKey().value(),
                "level",
                e.getValue().name(),
                "has",
                has.name()));
      }
    }
  }

  /** The latest completion of a training, without streams. */
  private static @Nullable TrainingCompletion latest(Volunteer v, TrainingId training) {
    TrainingCompletion best = null;
    List<TrainingCompletion> all = v.trainings();
    for (int i = 0; i < all.size(); i++) {
      TrainingCompletion c = all.get(i);
      if (c.training().equals(training)
          && (best == null || c.completedOn().isAfter(best.completedOn()))) {
        best = c;
      }
    }
    return best;
  }

  /** 0 valid, 1 missing, 2 expired beyond grace. */
  private static int trainingState(Volunteer v, TrainingId t, LocalDate day, int graceDays) {
    TrainingCompletion c = latest(v, t);
    if (c == null || c.completedOn().isAfter(day)) {
      return 1;
    }
    Optional<LocalDate> expires = c.expiresOn();
    return expires.isPresent() && !day.isBefore(expires.get().plusDays(graceDays)) ? 2 : 0;
  }

  private static Criterion trainings(CriterionSpec spec) {
    int graceDays = new Parameters(spec, Set.of("graceDays")).integer("graceDays", 30, 0, 3650);
    return new BuiltIn(
        q -> {
          Set<TrainingId> required = q.opportunity().requirements().trainings();
          if (required.isEmpty()) {
            return true;
          }
          for (TrainingId t : required) {
            if (trainingState(q.volunteer(), t, q.shiftDay(), graceDays) != 0) {
              return false;
            }
          }
          return true;
        },
        (q, unmet) -> {
          List<TrainingId> required = new ArrayList<>(q.opportunity().requirements().trainings());
          required.sort(null);
          for (TrainingId t : required) {
            int state = trainingState(q.volunteer(), t, q.shiftDay(), graceDays);
            if (state == 1) {
              unmet.add(Unmet.of("training.missing", "training", t.value()));
            } else if (state == 2) {
              LocalDate expired =
                  Objects.requireNonNull(latest(q.volunteer(), t)).expiresOn().orElseThrow();
              unmet.add(
                  Unmet.of(
                      "training.expired",
                      "training",
                      t.value(),
                      "expiredOn",
                      expired,
                      "graceDays",
                      graceDays));
            }
          }
        });
  }

  private static Criterion backgroundCheck(CriterionSpec spec) {
    boolean always = new Parameters(spec, Set.of("always")).bool("always", false);
    return new BuiltIn(
        q -> {
          Requirements r = q.opportunity().requirements();
          if (!always && !r.backgroundCheck()) {
            return true;
          }
          Optional<BackgroundCheck> check = q.volunteer().backgroundCheck();
          return check.isPresent() && check.get().isClearOn(q.shiftDay());
        },
        (q, unmet) -> {
          Optional<BackgroundCheck> check = q.volunteer().backgroundCheck();
          if (check.isEmpty() || check.get().status() == BackgroundCheck.Status.PENDING) {
            unmet.add(Unmet.of("backgroundCheck.missing"));
          } else if (check.get().status() == BackgroundCheck.Status.REJECTED) {
            unmet.add(Unmet.of("backgroundCheck.notCleared"));
          } else {
            unmet.add(
                Unmet.of(
                    "backgroundCheck.expired", "expiredOn", check.get().validUntil().plusDays(1)));
          }
        });
  }

  private static int clashes(EligibilityQuery q) {
    TimeRange shift = q.shift().time();
    List<TimeRange> commitments = q.commitments();
    int clashes = 0;
    for (int i = 0; i < commitments.size(); i++) {
      if (commitments.get(i).overlaps(shift)) {
        clashes++;
      }
    }
    return clashes;
  }

  private static Criterion maxConcurrent(CriterionSpec spec) {
    int max = new Parameters(spec, Set.of("max")).integer("max", 3, 1, 1000);
    return new BuiltIn(
        q -> {
          List<TimeRange> commitments = q.commitments();
          int active = 0;
          for (int i = 0; i < commitments.size(); i++) {
            if (commitments.get(i).end().isAfter(q.at())) {
              active++;
            }
          }
          return active < max;
        },
        (q, unmet) -> unmet.add(Unmet.of("schedule.tooManyEnrollments", "max", max)));
  }
}
