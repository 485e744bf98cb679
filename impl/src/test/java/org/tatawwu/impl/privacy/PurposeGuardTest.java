package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.impl.eligibility.Scenario;
import org.tatawwu.matching.Match;
import org.tatawwu.matching.MatchScore;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;
import org.tatawwu.matching.ScoreComponent;
import org.tatawwu.matching.ShiftCatalog;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.ModelComponent;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.PurposeGuard;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.privacy.Refusal;
import org.tatawwu.privacy.UseDecision;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

class PurposeGuardTest {
  static final Instant T0 = Scenario.ASKED.minus(Duration.ofDays(60));
  static final ModelComponent LOCATION = ModelComponent.of(Volunteer.class, "location");
  static final List<PurposeId> RANKING = List.of(Purpose.VOLUNTEERING, Purpose.LOCATION_MATCHING);
  static final GeoPoint SITE = GeoPoint.of(24.7136, 46.6753);

  final TestClock clock = new TestClock(T0);
  final ConsentRegister consents = Tatawwu.privacy().consentRegister(clock, Purpose.defaults());
  final PurposeGuard guard = Tatawwu.privacy().purposeGuard(consents);
  final Volunteer sara = Scenario.volunteer().id(VolunteerId.of("V-100")).location(SITE).build();

  @Test
  void location_is_refused_for_ranking_until_the_volunteer_consents() {
    UseDecision before = guard.decide(sara.id(), RANKING, Set.of(LOCATION), T0);
    assertThat(before.refused())
        .containsExactly(
            new Refusal(
                LOCATION,
                org.tatawwu.privacy.DataCategory.LOCATION,
                Refusal.Reason.NO_CONSENT,
                Optional.of(Purpose.LOCATION_MATCHING)));
    assertThat(before.explain(Locale.ENGLISH))
        .containsExactly(
            new Problem(
                "Volunteer.location",
                "privacy.use.noConsent",
                "Volunteer.location (the precise location) cannot be used: the purpose"
                    + " location.matching that needs it requires the volunteer's consent, which"
                    + " was never given"));
    assertThat(before.explain(Locale.forLanguageTag("ar")).get(0).plainMessage())
        .isEqualTo(
            "لا يجوز استخدام Volunteer.location (الموقع الدقيق): الغرض location.matching الذي"
                + " يحتاج إليه يتطلب موافقة المتطوع، ولم تُمنح قط");

    consents.give(
        sara.id(), Purpose.LOCATION_MATCHING, NoticeVersion.of("notice-1"), ConsentGiver.VOLUNTEER);
    UseDecision after = guard.decide(sara.id(), RANKING, Set.of(LOCATION), T0);
    assertThat(after.refused()).isEmpty();
    assertThat(after.allowed()).containsEntry(LOCATION, Purpose.LOCATION_MATCHING);
  }

  @Test
  void withdrawal_stops_the_use_from_that_instant_and_says_so() {
    consents.give(
        sara.id(), Purpose.LOCATION_MATCHING, NoticeVersion.of("notice-1"), ConsentGiver.VOLUNTEER);
    clock.advance(Duration.ofDays(5));
    Instant withdrawn = clock.instant();
    consents.withdraw(sara.id(), Purpose.LOCATION_MATCHING, ConsentGiver.VOLUNTEER);

    assertThat(
            guard
                .decide(sara.id(), RANKING, Set.of(LOCATION), withdrawn.minusSeconds(1))
                .allows(LOCATION))
        .isTrue();
    UseDecision now = guard.decide(sara.id(), RANKING, Set.of(LOCATION), withdrawn);
    assertThat(now.refused()).extracting(Refusal::reason).containsExactly(Refusal.Reason.WITHDRAWN);
    assertThat(now.explain(Locale.ENGLISH).get(0).message()).contains("withdrew the consent");
  }

  @Test
  void a_purpose_that_does_not_need_the_data_cannot_justify_it() {
    UseDecision d = guard.decide(sara.id(), List.of(Purpose.VOLUNTEERING), Set.of(LOCATION), T0);
    assertThat(d.refused()).extracting(Refusal::reason).containsExactly(Refusal.Reason.NOT_COVERED);
    assertThat(d.explain(Locale.ENGLISH).get(0).message()).contains("(volunteering)");
    // Data that is not personal needs no purpose's permission.
    ModelComponent title = ModelComponent.of(Opportunity.class, "title");
    assertThat(
            guard.decide(sara.id(), List.of(Purpose.VOLUNTEERING), Set.of(title), T0).allows(title))
        .isTrue();
  }

  @Test
  void require_names_every_refused_component_at_once_without_personal_data() {
    Set<ModelComponent> wanted =
        Set.of(
            LOCATION,
            ModelComponent.of(Volunteer.class, "backgroundCheck"),
            ModelComponent.of(Volunteer.class, "nationalId"));
    assertThatThrownBy(() -> guard.require(sara.id(), RANKING, wanted, T0))
        .isInstanceOfSatisfying(
            RuleException.class,
            e -> {
              assertThat(e.violations()).hasSize(2);
              assertThat(e.codes())
                  .containsExactly("privacy.use.notCovered", "privacy.use.noConsent");
              assertThat(e.problems(Locale.ENGLISH))
                  .extracting(Problem::path)
                  .containsExactly("Volunteer.backgroundCheck", "Volunteer.location");
              assertThat(e.getMessage()).doesNotContain("1234567897").doesNotContain("Sara");
            });
    assertThatThrownBy(() -> guard.require(sara.id(), List.of(PurposeId.of("ads")), wanted, T0))
        .isInstanceOfSatisfying(
            RuleException.class,
            e -> assertThat(e.codes()).containsExactly("privacy.purpose.unknown"));
  }

  @Test
  void minimise_strips_what_is_refused_and_refuses_what_the_model_cannot_lose() {
    Volunteer minimised = guard.minimise(sara, RANKING, T0);
    assertThat(minimised.location()).isEmpty();
    assertThat(minimised.withLocation(SITE)).isEqualTo(sara);

    consents.give(
        sara.id(), Purpose.LOCATION_MATCHING, NoticeVersion.of("notice-1"), ConsentGiver.VOLUNTEER);
    // The background check is not covered either, but Sara has none: nothing is lost.
    assertThat(guard.minimise(sara, RANKING, T0)).isEqualTo(sara);

    assertThatThrownBy(() -> guard.minimise(sara, List.of(Purpose.LOCATION_MATCHING), T0))
        .isInstanceOfSatisfying(
            RuleException.class,
            e -> {
              assertThat(e.problems(Locale.ENGLISH))
                  .extracting(Problem::path)
                  .contains("Volunteer.nationalId", "Volunteer.name", "Volunteer.birthDate")
                  .doesNotContain("Volunteer.location");
              assertThat(e.problems(Locale.ENGLISH).toString())
                  .doesNotContain("1234567897")
                  .doesNotContain("Sara")
                  .doesNotContain("501234567");
            });
  }

  @Test
  void a_consent_aware_ranker_scores_distance_only_with_consent() {
    Ranker plain =
        Tatawwu.ranker(
            Tatawwu.eligibility(EligibilityPolicy.DEFAULT), MatchWeights.DEFAULT, (v, f) -> 0);
    Ranker guarded = Tatawwu.privacy().consentAwareRanker(plain, guard, RANKING, clock);
    Opportunity o =
        Scenario.opportunity()
            .location(Location.onSite(City.of("الرياض", "Riyadh", Region.RIYADH), SITE))
            .build();
    ShiftOffer offer = new ShiftOffer(Scenario.entity(), o, o.shifts().get(0));
    // DefaultRanker: full distance points within 5 km, half the weight when a point is unknown.
    int full = MatchWeights.DEFAULT.distance();
    int unknown = MatchWeights.DEFAULT.distance() / 2;

    assertThat(plain.score(sara, List.of(), offer).components())
        .containsEntry(ScoreComponent.DISTANCE, full);
    assertThat(guarded.score(sara, List.of(), offer).components())
        .containsEntry(ScoreComponent.DISTANCE, unknown);
    assertThat(
            guarded
                .topShifts(sara, List.of(), guarded.catalog(List.of(offer)), Scenario.ASKED, 1)
                .get(0)
                .score()
                .components())
        .containsEntry(ScoreComponent.DISTANCE, unknown);

    consents.give(
        sara.id(), Purpose.LOCATION_MATCHING, NoticeVersion.of("notice-1"), ConsentGiver.VOLUNTEER);
    assertThat(guarded.score(sara, List.of(), offer).components())
        .containsEntry(ScoreComponent.DISTANCE, full);
    assertThat(
            guarded
                .topShifts(sara, List.of(), guarded.catalog(List.of(offer)), Scenario.ASKED, 1)
                .get(0)
                .score()
                .components())
        .containsEntry(ScoreComponent.DISTANCE, full);
    assertThat(
            guarded
                .topVolunteers(offer, List.of(sara), id -> List.of(), Scenario.ASKED, 1)
                .get(0)
                .score()
                .components())
        .containsEntry(ScoreComponent.DISTANCE, full);

    clock.advance(Duration.ofDays(1));
    consents.withdraw(sara.id(), Purpose.LOCATION_MATCHING, ConsentGiver.VOLUNTEER);
    assertThat(guarded.score(sara, List.of(), offer).components())
        .containsEntry(ScoreComponent.DISTANCE, unknown);
    assertThat(
            guarded
                .topVolunteers(offer, List.of(sara), id -> List.of(), Scenario.ASKED, 1)
                .get(0)
                .score()
                .components())
        .containsEntry(ScoreComponent.DISTANCE, unknown);
  }

  @Test
  void a_consent_aware_rankers_total_asks_the_delegates_total_with_the_minimised_volunteer() {
    Ranker plain =
        Tatawwu.ranker(
            Tatawwu.eligibility(EligibilityPolicy.DEFAULT), MatchWeights.DEFAULT, (v, f) -> 0);
    AtomicInteger totals = new AtomicInteger();
    AtomicInteger scores = new AtomicInteger();
    Ranker counting =
        new Ranker() {
          @Override
          public MatchScore score(Volunteer v, List<TimeRange> c, ShiftOffer offer) {
            scores.incrementAndGet();
            return plain.score(v, c, offer);
          }

          @Override
          public int total(Volunteer v, List<TimeRange> c, ShiftOffer offer) {
            totals.incrementAndGet();
            return plain.total(v, c, offer);
          }

          @Override
          public ShiftCatalog catalog(Collection<ShiftOffer> offers) {
            return plain.catalog(offers);
          }

          @Override
          public List<Match> topShifts(
              Volunteer v, List<TimeRange> c, ShiftCatalog offers, Instant at, int k) {
            return plain.topShifts(v, c, offers, at, k);
          }

          @Override
          public List<Match> topVolunteers(
              ShiftOffer offer,
              Collection<Volunteer> volunteers,
              Function<VolunteerId, List<TimeRange>> commitments,
              Instant at,
              int k) {
            return plain.topVolunteers(offer, volunteers, commitments, at, k);
          }
        };
    Ranker guarded = Tatawwu.privacy().consentAwareRanker(counting, guard, RANKING, clock);
    Opportunity o =
        Scenario.opportunity()
            .location(Location.onSite(City.of("الرياض", "Riyadh", Region.RIYADH), SITE))
            .build();
    ShiftOffer offer = new ShiftOffer(Scenario.entity(), o, o.shifts().get(0));
    int withLocation = plain.total(sara, List.of(), offer);
    // Without consent to location matching the distance counts half its weight (point unknown).
    int full = MatchWeights.DEFAULT.distance();
    int withoutLocation = withLocation - (full - full / 2);

    assertThat(guarded.total(sara, List.of(), offer)).isEqualTo(withoutLocation);
    assertThat(totals).hasValue(1);
    assertThat(scores).hasValue(0);
    consents.give(
        sara.id(), Purpose.LOCATION_MATCHING, NoticeVersion.of("notice-1"), ConsentGiver.VOLUNTEER);
    assertThat(guarded.total(sara, List.of(), offer)).isEqualTo(withLocation);
    assertThat(guarded.total(sara, List.of(), offer))
        .isEqualTo(guarded.score(sara, List.of(), offer).total());
  }
}
