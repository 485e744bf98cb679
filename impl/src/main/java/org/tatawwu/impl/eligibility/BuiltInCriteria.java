package org.tatawwu.impl.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.tatawwu.volunteer.GuardianConsent;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerStatus;

/**
 * The built-in criteria of {@link EligibilityPolicy}. Each is a small stateless function of the
 * query; on the eligible path none allocates.
 */
final class BuiltInCriteria {
  private BuiltInCriteria() {}

  /**
   * Creates a built-in criterion.
   *
   * @param spec the spec, of a built-in type
   * @return the criterion, or empty if the type is not built in
   * @throws InvalidValueException if a parameter is unknown or invalid
   */
  static Optional<Criterion> create(CriterionSpec spec) {
    return Optional.ofNullable(
        switch (spec.type()) {
          case "volunteerStatus" -> volunteerStatus(spec);
          case "opportunityOpen" -> noParameters(spec, BuiltInCriteria::opportunityOpen);
          case "entity" -> noParameters(spec, BuiltInCriteria::entity);
          case "age" -> age(spec);
          case "minors" -> minors(spec);
          case "gender" -> noParameters(spec, BuiltInCriteria::gender);
          case "residency" -> noParameters(spec, BuiltInCriteria::residency);
          case "region" -> noParameters(spec, BuiltInCriteria::region);
          case "languages" -> noParameters(spec, BuiltInCriteria::languages);
          case "skills" -> noParameters(spec, BuiltInCriteria::skills);
          case "trainings" -> trainings(spec);
          case "backgroundCheck" -> backgroundCheck(spec);
          case "availability" -> noParameters(spec, BuiltInCriteria::availability);
          case "overlap" -> noParameters(spec, BuiltInCriteria::overlap);
          case "maxConcurrent" -> maxConcurrent(spec);
          default -> null;
        });
  }

  private static Criterion noParameters(CriterionSpec spec, Criterion criterion) {
    new Parameters(spec, Set.of());
    return criterion;
  }

  private static Criterion volunteerStatus(CriterionSpec spec) {
    boolean requireVerified =
        new Parameters(spec, Set.of("requireVerified")).bool("requireVerified", false);
    return (q, unmet) -> {
      VolunteerStatus s = q.volunteer().status();
      if (s == VolunteerStatus.SUSPENDED) {
        unmet.add(Unmet.of("volunteer.suspended"));
      } else if (requireVerified && s != VolunteerStatus.VERIFIED) {
        unmet.add(Unmet.of("volunteer.unverified"));
      }
    };
  }

  private static void opportunityOpen(EligibilityQuery q, List<Unmet> unmet) {
    OpportunityStatus s = q.opportunity().status();
    if (s != OpportunityStatus.PUBLISHED) {
      unmet.add(Unmet.of("opportunity.notOpen", "status", s.name()));
    }
  }

  private static void entity(EligibilityQuery q, List<Unmet> unmet) {
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
    return (q, unmet) -> {
      int minimum = Math.max(policyMinimum, q.opportunity().requirements().minimumAge());
      if (minimum == 0) {
        return;
      }
      Volunteer v = q.volunteer();
      int age = Ages.ageOn(v.birthDate(), q.shiftDay(), calendar);
      if (age < minimum) {
        unmet.add(
            Unmet.of(
                "age.belowMinimum",
                "minimumAge",
                minimum,
                "age",
                age,
                "calendar",
                calendar.name(),
                "eligibleFrom",
                Ages.reaches(v.birthDate(), minimum, calendar)));
      }
    };
  }

  private static Criterion minors(CriterionSpec spec) {
    Parameters p = new Parameters(spec, Set.of("adultAge", "calendar"));
    int adultAge = p.integer("adultAge", 18, 1, 120);
    AgeCalendar calendar = p.enumeration("calendar", AgeCalendar.class, AgeCalendar.GREGORIAN);
    return (q, unmet) -> {
      Volunteer v = q.volunteer();
      if (Ages.ageOn(v.birthDate(), q.shiftDay(), calendar) >= adultAge) {
        return;
      }
      LocalDate adultOn = Ages.reaches(v.birthDate(), adultAge, calendar);
      if (!q.opportunity().requirements().minorsAllowed()) {
        unmet.add(Unmet.of("minor.notAdmitted", "adultAge", adultAge, "adultOn", adultOn));
      }
      Optional<GuardianConsent> consent = v.guardianConsent();
      if (consent.isEmpty() || !consent.get().coversDay(q.shiftDay())) {
        unmet.add(Unmet.of("minor.guardianConsentMissing", "adultAge", adultAge));
      }
    };
  }

  private static void gender(EligibilityQuery q, List<Unmet> unmet) {
    q.opportunity()
        .requirements()
        .gender()
        .filter(g -> g != q.volunteer().gender())
        .ifPresent(g -> unmet.add(Unmet.of("gender.mismatch", "gender", g.name())));
  }

  private static void residency(EligibilityQuery q, List<Unmet> unmet) {
    q.opportunity()
        .requirements()
        .residency()
        .filter(r -> r != q.volunteer().nationalId().residency())
        .ifPresent(r -> unmet.add(Unmet.of("residency.mismatch", "residency", r.name())));
  }

  private static void region(EligibilityQuery q, List<Unmet> unmet) {
    if (q.opportunity().location() instanceof Location.OnSite site
        && site.city().region() != q.volunteer().region()) {
      unmet.add(Unmet.of("region.mismatch", "region", site.city().region().code()));
    }
  }

  private static void languages(EligibilityQuery q, List<Unmet> unmet) {
    Set<LanguageCode> required = q.opportunity().requirements().languages();
    if (required.isEmpty()) {
      return;
    }
    required.stream()
        .filter(l -> !q.volunteer().languages().contains(l))
        .sorted()
        .forEach(l -> unmet.add(Unmet.of("language.missing", "language", l.code())));
  }

  private static void skills(EligibilityQuery q, List<Unmet> unmet) {
    Map<SkillCode, SkillLevel> required = q.opportunity().requirements().skills();
    if (required.isEmpty()) {
      return;
    }
    required.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              SkillLevel has = q.volunteer().skills().get(e.getKey());
              if (has == null) {
                unmet.add(
                    Unmet.of(
                        "skill.missing",
                        "skill",
                        e.getKey().value(),
                        "level",
                        e.getValue().name()));
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
            });
  }

  private static Criterion trainings(CriterionSpec spec) {
    int graceDays = new Parameters(spec, Set.of("graceDays")).integer("graceDays", 30, 0, 3650);
    return (q, unmet) -> {
      Set<TrainingId> required = q.opportunity().requirements().trainings();
      if (required.isEmpty()) {
        return;
      }
      LocalDate day = q.shiftDay();
      required.stream()
          .sorted()
          .forEach(
              t -> {
                Optional<TrainingCompletion> c = q.volunteer().latestCompletion(t);
                if (c.isEmpty() || c.get().completedOn().isAfter(day)) {
                  unmet.add(Unmet.of("training.missing", "training", t.value()));
                  return;
                }
                Optional<LocalDate> expires = c.get().expiresOn();
                if (expires.isPresent() && !day.isBefore(expires.get().plusDays(graceDays))) {
                  unmet.add(
                      Unmet.of(
                          "training.expired",
                          "training",
                          t.value(),
                          "expiredOn",
                          expires.get(),
                          "graceDays",
                          graceDays));
                }
              });
    };
  }

  private static Criterion backgroundCheck(CriterionSpec spec) {
    boolean always = new Parameters(spec, Set.of("always")).bool("always", false);
    return (q, unmet) -> {
      Requirements r = q.opportunity().requirements();
      if (!always && !r.backgroundCheck()) {
        return;
      }
      Optional<BackgroundCheck> check = q.volunteer().backgroundCheck();
      if (check.isEmpty() || check.get().status() == BackgroundCheck.Status.PENDING) {
        unmet.add(Unmet.of("backgroundCheck.missing"));
      } else if (check.get().status() == BackgroundCheck.Status.REJECTED) {
        unmet.add(Unmet.of("backgroundCheck.notCleared"));
      } else if (!check.get().isClearOn(q.shiftDay())) {
        unmet.add(
            Unmet.of("backgroundCheck.expired", "expiredOn", check.get().validUntil().plusDays(1)));
      }
    };
  }

  private static void availability(EligibilityQuery q, List<Unmet> unmet) {
    if (!q.volunteer().availability().covers(q.shift().time())) {
      unmet.add(Unmet.of("availability.notCovered"));
    }
  }

  private static void overlap(EligibilityQuery q, List<Unmet> unmet) {
    TimeRange shift = q.shift().time();
    int clashes = 0;
    for (TimeRange c : q.commitments()) {
      if (c.overlaps(shift)) {
        clashes++;
      }
    }
    if (clashes > 0) {
      unmet.add(Unmet.of("schedule.overlap", "count", clashes));
    }
  }

  private static Criterion maxConcurrent(CriterionSpec spec) {
    int max = new Parameters(spec, Set.of("max")).integer("max", 3, 1, 1000);
    return (q, unmet) -> {
      int active = 0;
      for (TimeRange c : q.commitments()) {
        if (c.end().isAfter(q.at())) {
          active++;
        }
      }
      if (active >= max) {
        unmet.add(Unmet.of("schedule.tooManyEnrollments", "max", max));
      }
    };
  }
}
