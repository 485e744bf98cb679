package org.tatawwu.impl.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.impl.eligibility.Scenario;
import org.tatawwu.matching.Match;
import org.tatawwu.matching.MatchScore;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;
import org.tatawwu.matching.ScoreComponent;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

class RankerTest {
  final Ranker ranker =
      Tatawwu.ranker(
          Tatawwu.eligibility(EligibilityPolicy.DEFAULT),
          MatchWeights.DEFAULT,
          (v, f) -> v.value().endsWith("7") && f.value().equals("RELIEF") ? 100 * 60 : 0);

  static List<ShiftOffer> offers(int n) {
    List<ShiftOffer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double lat = 24.0 + (i % 50) * 0.05;
      Opportunity o =
          Scenario.opportunity()
              .number(OpportunityNumber.parse(String.format("2025%07d", i)))
              .field(FieldCode.of(i % 3 == 0 ? "RELIEF" : "HEALTH"))
              .location(
                  i % 7 == 0
                      ? Location.remote()
                      : Location.onSite(
                          City.of("الرياض", "Riyadh", Region.RIYADH), GeoPoint.of(lat, 46.7)))
              .build();
      out.add(new ShiftOffer(Scenario.entity(), o, o.shifts().get(0)));
    }
    return out;
  }

  static Volunteer volunteer(int i) {
    Volunteer.Builder b =
        Scenario.volunteer().id(VolunteerId.of("V" + i)).location(GeoPoint.of(24.7, 46.7));
    if (i % 2 == 0) {
      b.addFieldsOfInterest(FieldCode.of("RELIEF"));
    }
    if (i % 3 == 0) {
      b.addLanguage(LanguageCode.ARABIC).addLanguage(LanguageCode.ENGLISH);
    }
    return b.build();
  }

  @Test
  void explanations_sum_to_the_score_and_weights_bound_each_component() {
    List<ShiftOffer> offers = offers(60);
    qt().forAll(integers().between(0, 59), integers().between(0, 40), integers().between(0, 3))
        .checkAssert(
            (o, v, busy) -> {
              List<TimeRange> commitments = new ArrayList<>();
              for (int i = 0; i < busy; i++) {
                commitments.add(
                    TimeRange.of(
                        Scenario.at("2025-03-2" + (i + 1) + "T08:00"),
                        Scenario.at("2025-03-2" + (i + 1) + "T09:00")));
              }
              MatchScore s = ranker.score(volunteer(v), commitments, offers.get(o));
              assertThat(s.components().values().stream().mapToInt(Integer::intValue).sum())
                  .isEqualTo(s.total());
              assertThat(s.components()).containsOnlyKeys(ScoreComponent.values());
              s.components()
                  .forEach(
                      (part, points) ->
                          assertThat(points).isBetween(0, part.weightIn(MatchWeights.DEFAULT)));
              assertThat(s.components().get(ScoreComponent.FIELD_INTEREST))
                  .isBetween(0, MatchWeights.DEFAULT.fieldInterest());
              assertThat(s.components().get(ScoreComponent.FAIRNESS))
                  .isEqualTo(MatchWeights.DEFAULT.fairness() >> busy);
            });
  }

  @Test
  void top_k_equals_sorting_all_eligible_pairs_and_excludes_the_ineligible() {
    List<ShiftOffer> offers = offers(200);
    Volunteer v = volunteer(7);
    List<Match> top = ranker.topShifts(v, List.of(), ranker.catalog(offers), Scenario.ASKED, 10);
    List<Match> all = new ArrayList<>();
    for (ShiftOffer o : offers) {
      all.add(new Match(v.id(), o, ranker.score(v, List.of(), o)));
    }
    all.sort(
        Comparator.<Match>comparingInt(m -> -m.score().total())
            .thenComparing(m -> m.offer().opportunity().number()));
    assertThat(top).hasSize(10);
    assertThat(top)
        .extracting(m -> m.offer().opportunity().number())
        .isEqualTo(all.stream().limit(10).map(m -> m.offer().opportunity().number()).toList());
    assertThat(top.get(0).score().components().get(ScoreComponent.EXPERIENCE))
        .isEqualTo(MatchWeights.DEFAULT.experience());
    Volunteer far = Scenario.volunteer().id(VolunteerId.of("far")).region(Region.TABUK).build();
    assertThat(ranker.topShifts(far, List.of(), ranker.catalog(offers), Scenario.ASKED, 50))
        .allMatch(m -> m.offer().opportunity().location() instanceof Location.Remote);
  }

  @Test
  void top_k_over_a_catalog_equals_the_filter_score_sort_oracle() {
    List<ShiftOffer> offers = offers(300);
    var catalog = ranker.catalog(offers);
    var engine = Tatawwu.eligibility(EligibilityPolicy.DEFAULT);
    qt().forAll(integers().between(0, 40), integers().between(1, 40), integers().between(0, 3))
        .checkAssert(
            (i, k, busy) -> {
              Volunteer v = i % 4 == 3 ? volunteer(i).withRegion(Region.TABUK) : volunteer(i);
              List<TimeRange> commitments = new ArrayList<>();
              for (int b = 0; b < busy; b++) {
                commitments.add(
                    TimeRange.of(
                        Scenario.at("2025-02-1" + (b + 1) + "T08:00"),
                        Scenario.at("2030-01-0" + (b + 1) + "T09:00")));
              }
              List<Match> expected =
                  offers.stream()
                      .filter(
                          o ->
                              engine.isEligible(
                                  org.tatawwu.eligibility.EligibilityQuery.of(
                                      v,
                                      o.opportunity(),
                                      o.shift(),
                                      o.entity(),
                                      commitments,
                                      Scenario.ASKED)))
                      .map(o -> new Match(v.id(), o, ranker.score(v, commitments, o)))
                      .sorted(
                          Comparator.<Match>comparingInt(m -> -m.score().total())
                              .thenComparing(m -> m.offer().opportunity().number())
                              .thenComparing(m -> m.offer().shift().id()))
                      .limit(k)
                      .toList();
              assertThat(ranker.topShifts(v, commitments, catalog, Scenario.ASKED, k))
                  .containsExactlyElementsOf(expected);
            });
  }

  @Test
  void an_offer_refuses_a_shift_of_another_opportunity_and_a_catalog_of_another_ranker() {
    ShiftOffer offer = offers(1).get(0);
    org.tatawwu.opportunity.Shift foreign =
        new org.tatawwu.opportunity.Shift(
            org.tatawwu.opportunity.ShiftId.of("OTHER"), offer.shift().time(), 3);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ShiftOffer(offer.entity(), offer.opportunity(), foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not one of the opportunity's shifts");
    assertThat(offer.day())
        .isEqualTo(offer.shift().time().start().atZone(offer.opportunity().zone()).toLocalDate());
    Ranker other =
        Tatawwu.ranker(
            Tatawwu.eligibility(EligibilityPolicy.DEFAULT), MatchWeights.DEFAULT, (v, f) -> 0);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                ranker.topShifts(
                    volunteer(1), List.of(), other.catalog(List.of(offer)), Scenario.ASKED, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void top_volunteers_for_a_shift_are_deterministic_and_eligible_only() {
    ShiftOffer offer = offers(1).get(0);
    List<Volunteer> people = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      people.add(
          i % 10 == 9
              ? Scenario.volunteer()
                  .id(VolunteerId.of("M" + i))
                  .birthDate(org.tatawwu.volunteer.BirthDate.ofGregorian(LocalDate.of(2012, 1, 1)))
                  .build()
              : volunteer(i));
    }
    List<Match> a = ranker.topVolunteers(offer, people, id -> List.of(), Scenario.ASKED, 5);
    List<Match> b = ranker.topVolunteers(offer, people, id -> List.of(), Scenario.ASKED, 5);
    assertThat(a).isEqualTo(b).hasSize(5);
    assertThat(a).noneMatch(m -> m.volunteer().value().startsWith("M"));
    assertThat(a.get(0).score().total()).isGreaterThanOrEqualTo(a.get(4).score().total());
    assertThat(Instant.EPOCH).isBefore(Scenario.ASKED);
  }
}
