package org.tatawwu.benchmarks;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.Unmet;
import org.tatawwu.eligibility.Verdict;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.volunteer.VolunteerStatus;

/**
 * The straightforward peer: each criterion an object returning {@code Optional<Unmet>}, the verdict
 * collected through a stream, ages through {@link Period#between}. Same criteria and answers as
 * Tatawwu's standard policy on the benchmark data.
 */
final class StreamEligibility {
  interface Check {
    Optional<Unmet> check(EligibilityQuery q);
  }

  private final List<Check> checks =
      List.of(
          q ->
              q.volunteer().status() == VolunteerStatus.SUSPENDED
                  ? Optional.of(Unmet.of("volunteer.suspended"))
                  : Optional.empty(),
          q ->
              q.opportunity().status() != OpportunityStatus.PUBLISHED
                  ? Optional.of(Unmet.of("opportunity.notOpen"))
                  : Optional.empty(),
          q ->
              q.entity().isAccreditedOn(q.shiftDay())
                  ? Optional.empty()
                  : Optional.of(Unmet.of("entity.notAccredited")),
          q ->
              age(q) < q.opportunity().requirements().minimumAge()
                  ? Optional.of(Unmet.of("age.belowMinimum"))
                  : Optional.empty(),
          q ->
              age(q) < 18 && !q.opportunity().requirements().minorsAllowed()
                  ? Optional.of(Unmet.of("minor.notAdmitted"))
                  : Optional.empty(),
          q ->
              q.opportunity()
                  .requirements()
                  .gender()
                  .filter(g -> g != q.volunteer().gender())
                  .map(g -> Unmet.of("gender.mismatch")),
          q ->
              q.opportunity().location() instanceof Location.OnSite s
                      && s.city().region() != q.volunteer().region()
                  ? Optional.of(Unmet.of("region.mismatch"))
                  : Optional.empty(),
          q ->
              q.opportunity().requirements().languages().stream()
                      .allMatch(l -> q.volunteer().languages().contains(l))
                  ? Optional.empty()
                  : Optional.of(Unmet.of("language.missing")),
          q ->
              q.opportunity().requirements().skills().entrySet().stream()
                      .allMatch(
                          e ->
                              q.volunteer().skills().containsKey(e.getKey())
                                  && q.volunteer().skills().get(e.getKey()).meets(e.getValue()))
                  ? Optional.empty()
                  : Optional.of(Unmet.of("skill.missing")),
          q ->
              q.opportunity().requirements().trainings().stream()
                      .allMatch(
                          t ->
                              q.volunteer().trainings().stream()
                                  .anyMatch(
                                      c -> c.training().equals(t) && c.isValidOn(q.shiftDay())))
                  ? Optional.empty()
                  : Optional.of(Unmet.of("training.missing")),
          q ->
              q.commitments().stream().anyMatch(c -> c.overlaps(q.shift().time()))
                  ? Optional.of(Unmet.of("schedule.overlap"))
                  : Optional.empty());

  private static int age(EligibilityQuery q) {
    LocalDate birth = q.volunteer().birthDate().toLocalDate();
    return Period.between(birth, q.shiftDay()).getYears();
  }

  Verdict evaluate(EligibilityQuery q) {
    List<Unmet> unmet =
        checks.stream().map(c -> c.check(q)).flatMap(Optional::stream).collect(Collectors.toList());
    return unmet.isEmpty() ? Verdict.ELIGIBLE : new Verdict(unmet);
  }
}
