package org.tatawwu.impl.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.impl.eligibility.Scenario;
import org.tatawwu.matching.Match;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;
import org.tatawwu.matching.ScoreComponent;
import org.tatawwu.matching.ShiftCatalog;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.Requirements;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.Availability;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Exact score components and rankings for hand-built volunteers and shifts, with weights that are
 * all different (so that a component taken for another, or halved, shows), computed by hand from
 * the formulas documented on {@link DefaultRanker} and in docs/matching.md.
 */
class RankerScoresTest {
  // fieldInterest 1000, skills 120, distance 190, remote 70, availability 42, languages 6,
  // experience 300, fairness 64.
  static final MatchWeights W =
      MatchWeights.builder()
          .fieldInterest(1000)
          .skills(120)
          .distance(190)
          .remote(70)
          .availability(42)
          .languages(6)
          .experience(300)
          .fairness(64)
          .build();

  static final City RIYADH = City.of("الرياض", "Riyadh", Region.RIYADH);
  static final City MAKKAH = City.of("مكة", "Makkah", Region.MAKKAH);
  static final SkillCode FIRST_AID = SkillCode.of("FIRST_AID");
  static final SkillCode DRIVING = SkillCode.of("DRIVING");
  static final SkillCode COOKING = SkillCode.of("COOKING");
  static final double HOME_LAT = 24.0;
  static final double HOME_LON = 46.7;
  static final String[] TOPS = {"RELIEF", "HEALTH", "EDUCATION", "ENVIRONMENT"};
  // Degrees of latitude north of home, on its meridian: km = 6371.0088 × π/180 × d.
  static final double[] NORTH = {0.0, 0.04, 0.1, 0.2, 0.3, 0.5, 0.7, 0.85, 0.9};

  /** The default engine, except that eligibility is the predicate given. */
  static EligibilityEngine eligibleWhen(Predicate<EligibilityQuery> ok) {
    EligibilityEngine real = Tatawwu.eligibility(EligibilityPolicy.DEFAULT);
    return (EligibilityEngine)
        Proxy.newProxyInstance(
            RankerScoresTest.class.getClassLoader(),
            new Class<?>[] {EligibilityEngine.class},
            (proxy, method, args) ->
                method.getName().equals("isEligible")
                    ? ok.test((EligibilityQuery) args[0])
                    : method.invoke(real, args));
  }

  /** Approved minutes by top-level field: RELIEF 3000, HEALTH 1500, EDUCATION 100, others 0. */
  static long minutes(VolunteerId v, FieldCode top) {
    return switch (top.value()) {
      case "RELIEF" -> 3000;
      case "HEALTH" -> 1500;
      case "EDUCATION" -> 100;
      default -> 0;
    };
  }

  static int seq(OpportunityNumber n) {
    return Integer.parseInt(n.value().substring(4));
  }

  static Ranker ranker(Predicate<EligibilityQuery> ok) {
    return Tatawwu.ranker(eligibleWhen(ok), W, RankerScoresTest::minutes);
  }

  static Shift shiftOn(int day) {
    Instant start = Scenario.at(String.format("2025-03-%02dT08:00", day));
    return new Shift(ShiftId.of("S1"), TimeRange.of(start, start.plusSeconds(4 * 3600)), 10);
  }

  static ShiftOffer offer(Opportunity.Builder b) {
    Opportunity o = b.build();
    return new ShiftOffer(Scenario.entity(), o, o.shifts().get(0));
  }

  static Opportunity.Builder opportunity(int number, int day) {
    return Scenario.opportunity()
        .number(OpportunityNumber.parse(String.format("2025%07d", number)))
        .shifts(List.of(shiftOn(day)));
  }

  static Availability march() {
    return new Availability(
        ZoneId.of("Asia/Riyadh"),
        List.of(),
        List.of(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))));
  }

  static Map<ScoreComponent, Integer> parts(
      int interest,
      int skills,
      int distance,
      int remote,
      int availability,
      int languages,
      int experience,
      int fairness) {
    Map<ScoreComponent, Integer> m = new EnumMap<>(ScoreComponent.class);
    m.put(ScoreComponent.FIELD_INTEREST, interest);
    m.put(ScoreComponent.SKILLS, skills);
    m.put(ScoreComponent.DISTANCE, distance);
    m.put(ScoreComponent.REMOTE, remote);
    m.put(ScoreComponent.AVAILABILITY, availability);
    m.put(ScoreComponent.LANGUAGES, languages);
    m.put(ScoreComponent.EXPERIENCE, experience);
    m.put(ScoreComponent.FAIRNESS, fairness);
    return m;
  }

  static TimeRange until(String localEnd) {
    return TimeRange.of(Scenario.at("2025-02-01T08:00"), Scenario.at(localEnd));
  }

  @Test
  void every_component_of_an_on_site_offer_with_a_point_and_skills() {
    Ranker ranker = ranker(q -> true);
    // Field HEALTH, sub-field HEALTH.FIRST: the volunteer is interested in the sub-field only.
    // Skills: FIRST_AID BASIC (has INTERMEDIATE: above), DRIVING INTERMEDIATE (has it: equal, not
    // above), COOKING ADVANCED (has none): 120 × 1 / 3 = 40.
    // 0.3° north on the same meridian: 6371.0088 × 0.3 × π / 180 = 33.3585 km;
    // 190 × (1 − 28.3585 / 95) = 133.28 → 133.
    // Declared availability covering the shift: 42. Arabic and English: 6.
    // Experience in HEALTH, 1500 minutes: 300 × 1500 / 3000 = 150.
    // Fairness: commitments ending after the start (15 March 08:00): 2 of 3 (one ends exactly at
    // the start): 64 >> 2 = 16.
    ShiftOffer o =
        offer(
            opportunity(1, 15)
                .field(FieldCode.of("HEALTH"))
                .subField(FieldCode.of("HEALTH.FIRST"))
                .location(Location.onSite(RIYADH, GeoPoint.of(HOME_LAT + 0.3, HOME_LON)))
                .requirements(
                    Requirements.builder()
                        .from(Requirements.NONE)
                        .putSkill(FIRST_AID, SkillLevel.BASIC)
                        .putSkill(DRIVING, SkillLevel.INTERMEDIATE)
                        .putSkill(COOKING, SkillLevel.ADVANCED)
                        .build()));
    Volunteer v =
        Scenario.volunteer()
            .location(GeoPoint.of(HOME_LAT, HOME_LON))
            .addFieldsOfInterest(FieldCode.of("HEALTH.FIRST"))
            .putSkill(FIRST_AID, SkillLevel.INTERMEDIATE)
            .putSkill(DRIVING, SkillLevel.INTERMEDIATE)
            .addLanguage(LanguageCode.ARABIC)
            .addLanguage(LanguageCode.ENGLISH)
            .availability(march())
            .build();
    List<TimeRange> commitments =
        List.of(until("2025-03-15T08:00"), until("2025-03-15T08:01"), until("2025-03-20T00:00"));
    var score = ranker.score(v, commitments, o);
    assertThat(score.components()).isEqualTo(parts(1000, 40, 133, 0, 42, 6, 150, 16));
    // 1000 + 40 + 133 + 42 + 6 + 150 + 16 = 1387
    assertThat(score.total()).isEqualTo(1387);
    assertThat(ranker.total(v, commitments, o)).isEqualTo(1387);

    // Two skills above of three: 120 × 2 / 3 = 80; one more commitment gone: 64 >> 1 = 32.
    Volunteer better =
        Volunteer.builder()
            .from(v)
            .skills(Map.of(FIRST_AID, SkillLevel.EXPERT, DRIVING, SkillLevel.ADVANCED))
            .build();
    assertThat(ranker.score(better, commitments.subList(1, 2), o).components())
        .isEqualTo(parts(1000, 80, 133, 0, 42, 6, 150, 32));
  }

  @Test
  void distance_points_fall_linearly_from_5_to_100_km() {
    Ranker ranker = ranker(q -> true);
    // km = 111.19508 × d; full 190 within 5 km, then round(190 × (1 − (km − 5) / 95)), 0 from 100.
    // d: 0 → 0 km → 190; 0.04 → 4.448 km → 190; 0.1 → 11.1195 → 177.76 → 178;
    // 0.2 → 22.239 → 155.52 → 156; 0.5 → 55.5975 → 88.80 → 89; 0.7 → 77.837 → 44.33 → 44;
    // 0.85 → 94.516 → 10.97 → 11; 0.9 → 100.0756 → −0.15 → 0.
    double[] d = {0, 0.04, 0.1, 0.2, 0.5, 0.7, 0.85, 0.9};
    int[] expected = {190, 190, 178, 156, 89, 44, 11, 0};
    Volunteer v = Scenario.volunteer().location(GeoPoint.of(HOME_LAT, HOME_LON)).build();
    for (int i = 0; i < d.length; i++) {
      ShiftOffer o =
          offer(
              opportunity(1, 15)
                  .location(Location.onSite(RIYADH, GeoPoint.of(HOME_LAT + d[i], HOME_LON))));
      assertThat(ranker.score(v, List.of(), o).components().get(ScoreComponent.DISTANCE))
          .as("%s degrees", d[i])
          .isEqualTo(expected[i]);
    }
    // East along a parallel too (all three coordinates differ): at 24° N, 0.1° of longitude is
    // 2 × 6371.0088 × asin(cos 24° × sin(0.05°)) = 10.158 km → 190 × (1 − 5.158 / 95) = 179.68
    // → 180.
    ShiftOffer east =
        offer(
            opportunity(1, 15)
                .location(Location.onSite(RIYADH, GeoPoint.of(HOME_LAT, HOME_LON + 0.1))));
    assertThat(ranker.score(v, List.of(), east).components().get(ScoreComponent.DISTANCE))
        .isEqualTo(180);
  }

  @Test
  void without_a_point_the_region_gives_half_and_remote_gives_its_own_weight() {
    Ranker ranker = ranker(q -> true);
    Volunteer located = Scenario.volunteer().location(GeoPoint.of(HOME_LAT, HOME_LON)).build();
    Volunteer unlocated = Scenario.volunteer().build();
    // Volunteer ALWAYS available: 42 / 2 = 21. No interest, no skills asked, RELIEF 3000 minutes:
    // the full 300 (the cap). No commitments: 64.
    ShiftOffer sameRegion = offer(opportunity(1, 15).location(Location.onSite(RIYADH, null)));
    ShiftOffer otherRegion = offer(opportunity(2, 15).location(Location.onSite(MAKKAH, null)));
    ShiftOffer pointInRegion =
        offer(opportunity(3, 15).location(Location.onSite(RIYADH, GeoPoint.of(25, 46))));
    ShiftOffer pointElsewhere =
        offer(opportunity(4, 15).location(Location.onSite(MAKKAH, GeoPoint.of(21.4, 39.8))));
    ShiftOffer remote = offer(opportunity(5, 15).location(Location.remote()));
    // 190 / 2 = 95
    assertThat(ranker.score(located, List.of(), sameRegion).components())
        .isEqualTo(parts(0, 0, 95, 0, 21, 0, 300, 64));
    assertThat(ranker.score(located, List.of(), otherRegion).components())
        .isEqualTo(parts(0, 0, 0, 0, 21, 0, 300, 64));
    assertThat(ranker.score(unlocated, List.of(), pointInRegion).components())
        .isEqualTo(parts(0, 0, 95, 0, 21, 0, 300, 64));
    assertThat(ranker.score(unlocated, List.of(), pointElsewhere).components())
        .isEqualTo(parts(0, 0, 0, 0, 21, 0, 300, 64));
    assertThat(ranker.score(located, List.of(), remote).components())
        .isEqualTo(parts(0, 0, 0, 70, 21, 0, 300, 64));
    // Arabic alone is not bilingual; an availability that misses the shift gives nothing.
    Volunteer arabic =
        Scenario.volunteer()
            .addLanguage(LanguageCode.ARABIC)
            .availability(
                new Availability(
                    ZoneId.of("Asia/Riyadh"),
                    List.of(),
                    List.of(DateRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30)))))
            .build();
    assertThat(ranker.score(arabic, List.of(), remote).components())
        .isEqualTo(parts(0, 0, 0, 70, 0, 0, 300, 64));
  }

  @Test
  void experience_is_proportional_below_50_hours_and_capped_from_there() {
    // 300 × m / 3000, truncated: 1 → 0, 10 → 1, 1500 → 150, 2999 → 299, 3000 → 300, more → 300.
    long[] m = {-5, 0, 1, 10, 1500, 2999, 3000, 3001, 100_000};
    int[] expected = {0, 0, 0, 1, 150, 299, 300, 300, 300};
    for (int i = 0; i < m.length; i++) {
      long given = m[i];
      Ranker ranker =
          Tatawwu.ranker(
              eligibleWhen(q -> true), W, (v, f) -> f.value().equals("RELIEF") ? given : 0);
      ShiftOffer o = offer(opportunity(1, 15).location(Location.remote()));
      assertThat(
              ranker
                  .score(Scenario.volunteer().build(), List.of(), o)
                  .components()
                  .get(ScoreComponent.EXPERIENCE))
          .as("%d minutes", given)
          .isEqualTo(expected[i]);
      assertThat(DefaultRanker.experiencePoints(W, given)).isEqualTo(expected[i]);
    }
  }

  // --- topShifts against an independent model -----------------------------------------------

  /** Offer i of the catalog: its attributes are functions of i, so the model can recompute them. */
  static ShiftOffer catalogOffer(int i) {
    String top = TOPS[i % TOPS.length];
    Opportunity.Builder b = opportunity(i, 2 + i % 20).field(FieldCode.of(top));
    if (i % 3 == 0) {
      b.subField(FieldCode.of(top + ".FOOD"));
    }
    b.location(
        switch (i % 5) {
          case 0 -> Location.remote();
          case 1 -> Location.onSite(RIYADH, null);
          case 2 -> Location.onSite(MAKKAH, null);
          default ->
              Location.onSite(RIYADH, GeoPoint.of(HOME_LAT + NORTH[i % NORTH.length], HOME_LON));
        });
    if (i % 4 == 0) {
      b.requirements(
          Requirements.builder()
              .from(Requirements.NONE)
              .putSkill(FIRST_AID, SkillLevel.BASIC)
              .putSkill(DRIVING, SkillLevel.ADVANCED)
              .build());
    } else if (i % 4 == 1) {
      b.requirements(
          Requirements.builder()
              .from(Requirements.NONE)
              .putSkill(FIRST_AID, SkillLevel.EXPERT)
              .build());
    }
    return offer(b);
  }

  /** The documented formulas, rewritten here for offer i of {@link #catalogOffer}. */
  static int modelScore(int i, boolean declared, boolean bilingual, List<Instant> ends) {
    String top = TOPS[i % TOPS.length];
    // Interested in HEALTH and in RELIEF.FOOD.
    boolean interested = top.equals("HEALTH") || (i % 3 == 0 && top.equals("RELIEF"));
    int score = interested ? 1000 : 0;
    // FIRST_AID ADVANCED > BASIC, DRIVING ADVANCED = ADVANCED: 1 of 2 → 60; EXPERT asked: 0.
    score += i % 4 == 0 ? 60 : 0;
    int place = i % 5;
    if (place == 0) {
      score += 70;
    } else if (place == 1) {
      score += 95;
    } else if (place >= 3) {
      double km = 6371.0088 * Math.toRadians(NORTH[i % NORTH.length]);
      score += km <= 5 ? 190 : (int) Math.max(0, Math.round(190 * (1 - (km - 5) / 95)));
    }
    score += declared ? 42 : 21;
    score += bilingual ? 6 : 0;
    score +=
        switch (top) {
          case "RELIEF" -> 300;
          case "HEALTH" -> 150;
          case "EDUCATION" -> 10; // 300 × 100 / 3000
          default -> 0;
        };
    Instant start = Scenario.at(String.format("2025-03-%02dT08:00", 2 + i % 20));
    int active = 0;
    for (Instant end : ends) {
      if (end.isAfter(start)) {
        active++;
      }
    }
    return score + (64 >> active);
  }

  static Volunteer catalogVolunteer(boolean declared, boolean bilingual) {
    Volunteer.Builder b =
        Scenario.volunteer()
            .location(GeoPoint.of(HOME_LAT, HOME_LON))
            .addFieldsOfInterest(FieldCode.of("HEALTH"))
            .addFieldsOfInterest(FieldCode.of("RELIEF.FOOD"))
            .putSkill(FIRST_AID, SkillLevel.ADVANCED)
            .putSkill(DRIVING, SkillLevel.ADVANCED);
    if (declared) {
      b.availability(march());
    }
    if (bilingual) {
      b.addLanguage(LanguageCode.ARABIC).addLanguage(LanguageCode.ENGLISH);
    }
    return b.build();
  }

  @Test
  void top_shifts_equal_a_sort_of_the_model_scores_for_every_k() {
    int n = 90;
    List<ShiftOffer> offers = new ArrayList<>();
    // Added in reverse: the catalog orders them by opportunity number itself.
    for (int i = n - 1; i >= 0; i--) {
      offers.add(catalogOffer(i));
    }
    List<List<Instant>> commitmentEnds =
        List.of(
            List.of(),
            List.of(Scenario.at("2025-03-10T08:00"), Scenario.at("2025-03-15T00:00")),
            List.of(
                Scenario.at("2025-03-30T00:00"),
                Scenario.at("2025-03-30T00:00"),
                Scenario.at("2025-03-08T00:00")));
    List<Predicate<Integer>> eligible =
        List.of(i -> true, i -> i % 6 != 5, i -> i % 3 == 0, i -> i >= 80, i -> false);
    for (int e = 0; e < eligible.size(); e++) {
      Predicate<Integer> ok = eligible.get(e);
      Ranker ranker = ranker(q -> ok.test(seq(q.opportunity().number())));
      ShiftCatalog catalog = ranker.catalog(offers);
      for (boolean declared : new boolean[] {false, true}) {
        for (boolean bilingual : new boolean[] {false, true}) {
          Volunteer v = catalogVolunteer(declared, bilingual);
          for (List<Instant> ends : commitmentEnds) {
            List<TimeRange> commitments =
                ends.stream()
                    .map(end -> TimeRange.of(Scenario.at("2025-02-01T08:00"), end))
                    .toList();
            // The model: every eligible offer, best score first, then the lower number.
            List<int[]> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
              if (ok.test(i)) {
                all.add(new int[] {i, modelScore(i, declared, bilingual, ends)});
              }
            }
            all.sort(Comparator.<int[]>comparingInt(a -> -a[1]).thenComparingInt(a -> a[0]));
            for (int k : new int[] {1, 2, 3, 5, 9, 17, 40, n - 1, n, n + 7}) {
              List<Match> top = ranker.topShifts(v, commitments, catalog, Scenario.ASKED, k);
              List<int[]> want = all.subList(0, Math.min(k, all.size()));
              String what =
                  String.format(
                      "eligible %d, declared %s, bilingual %s, %d commitments, k %d",
                      e, declared, bilingual, ends.size(), k);
              assertThat(top)
                  .as(what)
                  .extracting(m -> seq(m.offer().opportunity().number()))
                  .containsExactlyElementsOf(want.stream().map(a -> a[0]).toList());
              assertThat(top)
                  .as(what)
                  .extracting(m -> m.score().total())
                  .containsExactlyElementsOf(want.stream().map(a -> a[1]).toList());
            }
          }
        }
      }
    }
  }

  @Test
  void a_catalog_of_more_than_64_fields_ranks_interest_and_experience_of_each() {
    // 70 top-level fields F00..F69, one remote offer each (offer i in field F(69 - i)); offer
    // i % 10 == 3 has the sub-field F..SUB. Experience of F<f>: 10 × f minutes → 300 × 10f / 3000
    // = f points. Interested in F65, F02 and F40.SUB.
    int n = 70;
    List<ShiftOffer> offers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String field = String.format("F%02d", n - 1 - i);
      Opportunity.Builder b =
          opportunity(i, 15).field(FieldCode.of(field)).location(Location.remote());
      if (i % 10 == 9) {
        b.subField(FieldCode.of(field + ".SUB"));
      }
      offers.add(offer(b));
    }
    Ranker ranker =
        Tatawwu.ranker(
            eligibleWhen(q -> true),
            W,
            (v, f) -> 10L * Integer.parseInt(f.value().substring(1, 3)));
    Volunteer v =
        Scenario.volunteer()
            .addFieldsOfInterest(FieldCode.of("F65"))
            .addFieldsOfInterest(FieldCode.of("F02"))
            .addFieldsOfInterest(FieldCode.of("F40.SUB"))
            .build();
    // Offer i: field 69 - i; F40.SUB is offer 29 (29 % 10 == 9). Score = interest + 70 remote +
    // 21 availability + 64 fairness + (69 - i) experience.
    List<int[]> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int f = n - 1 - i;
      boolean interested = f == 65 || f == 2 || i == 29;
      all.add(new int[] {i, (interested ? 1000 : 0) + 70 + 21 + 64 + f});
    }
    all.sort(Comparator.<int[]>comparingInt(a -> -a[1]).thenComparingInt(a -> a[0]));
    ShiftCatalog catalog = ranker.catalog(offers);
    for (int k : new int[] {1, 3, 4, 10, 70}) {
      assertThat(ranker.topShifts(v, List.of(), catalog, Scenario.ASKED, k))
          .as("k %d", k)
          .extracting(m -> seq(m.offer().opportunity().number()))
          .containsExactlyElementsOf(all.stream().limit(k).map(a -> a[0]).toList());
    }
    // By hand: F65 (offer 4) 1000 + 155 + 65 = 1220, F40.SUB (offer 29) 1195, F02 (offer 67)
    // 1157, then F69 (offer 0) 155 + 69 = 224.
    assertThat(ranker.topShifts(v, List.of(), catalog, Scenario.ASKED, 4))
        .extracting(m -> m.score().total())
        .containsExactly(1220, 1195, 1157, 224);
  }

  @Test
  void top_volunteers_best_first_then_by_id_and_only_the_k_best() {
    Ranker ranker = ranker(q -> !q.volunteer().id().value().equals("X9"));
    ShiftOffer o = offer(opportunity(1, 15).location(Location.onSite(RIYADH, null)));
    // RELIEF, Riyadh without a point: 95; experience 300; no commitments: 64; ALWAYS: 21.
    // Base 95 + 300 + 64 + 21 = 480; +1000 if interested in RELIEF; +6 if bilingual;
    // declared availability: +21 more.
    Volunteer a = Scenario.volunteer().id(VolunteerId.of("A1")).build(); // 480
    Volunteer b =
        Scenario.volunteer()
            .id(VolunteerId.of("B2"))
            .addFieldsOfInterest(FieldCode.of("RELIEF"))
            .build(); // 1480
    Volunteer c =
        Scenario.volunteer()
            .id(VolunteerId.of("C3"))
            .addLanguage(LanguageCode.ARABIC)
            .addLanguage(LanguageCode.ENGLISH)
            .build(); // 486
    Volunteer d =
        Scenario.volunteer().id(VolunteerId.of("D4")).availability(march()).build(); // 501
    Volunteer a2 = Scenario.volunteer().id(VolunteerId.of("A0")).build(); // 480, id before A1
    Volunteer x =
        Scenario.volunteer()
            .id(VolunteerId.of("X9"))
            .addFieldsOfInterest(FieldCode.of("RELIEF"))
            .build(); // ineligible
    List<Volunteer> people = List.of(a, x, c, a2, d, b);
    assertThat(ranker.topVolunteers(o, people, id -> List.of(), Scenario.ASKED, 10))
        .extracting(m -> m.volunteer().value() + "=" + m.score().total())
        .containsExactly("B2=1480", "D4=501", "C3=486", "A0=480", "A1=480");
    assertThat(ranker.topVolunteers(o, people, id -> List.of(), Scenario.ASKED, 2))
        .extracting(m -> m.volunteer().value())
        .containsExactly("B2", "D4");
    assertThat(ranker.topVolunteers(o, people, id -> List.of(), Scenario.ASKED, 4))
        .extracting(m -> m.volunteer().value())
        .containsExactly("B2", "D4", "C3", "A0");
    assertThat(ranker.topVolunteers(o, List.of(b, a, a2), id -> List.of(), Scenario.ASKED, 2))
        .extracting(m -> m.volunteer().value())
        .containsExactly("B2", "A0");
    // Commitments per volunteer: D4 with one active commitment loses 32 of fairness: 469.
    assertThat(
            ranker.topVolunteers(
                o,
                people,
                id -> id.equals(d.id()) ? List.of(until("2025-04-01T00:00")) : List.of(),
                Scenario.ASKED,
                3))
        .extracting(m -> m.volunteer().value() + "=" + m.score().total())
        .containsExactly("B2=1480", "C3=486", "A0=480");
  }

  /** Remote offers 0..n-1 in top-level fields G0.., offer i scoring 10 - i more than the rest. */
  static List<ShiftOffer> descending(int n) {
    List<ShiftOffer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(offer(opportunity(i, 15).field(FieldCode.of("G" + i)).location(Location.remote())));
    }
    return out;
  }

  static Ranker descendingRanker(Predicate<Integer> ok) {
    // Experience of G<i>: 10 × (10 − i) minutes → 300 × 10 × (10 − i) / 3000 = 10 − i points.
    return Tatawwu.ranker(
        eligibleWhen(q -> ok.test(seq(q.opportunity().number()))),
        W,
        (v, f) -> 10L * (10 - Integer.parseInt(f.value().substring(1))));
  }

  @Test
  void the_last_candidate_of_a_pass_is_asked_and_never_returned_twice() {
    Volunteer v = Scenario.volunteer().build();
    // Five offers, k = 1: one pass of all five, and only the worst is eligible.
    Ranker worstOnly = descendingRanker(i -> i == 4);
    assertThat(
            worstOnly.topShifts(v, List.of(), worstOnly.catalog(descending(5)), Scenario.ASKED, 1))
        .extracting(m -> seq(m.offer().opportunity().number()))
        .containsExactly(4);
    // Ten offers, k = 2: a first pass of 2 + 4 = 6 candidates (offers 0..5) finds only offer 5;
    // the second pass, below it, finds offer 6.
    Ranker fiveAndSix = descendingRanker(i -> i == 5 || i == 6);
    assertThat(
            fiveAndSix.topShifts(
                v, List.of(), fiveAndSix.catalog(descending(10)), Scenario.ASKED, 2))
        .extracting(m -> seq(m.offer().opportunity().number()))
        .containsExactly(5, 6);
  }

  @Test
  void a_near_offer_due_east_on_the_equator_is_not_pruned_by_its_distance_bound() {
    // Volunteer at 0° N 0° E. Offers 0..5 remote, RELIEF (3000 minutes: 300): 70 + 21 + 64 + 300
    // = 455. Offer 6 on site 0.01° east (1.11 km): 190 + 21 + 64 + 300 = 575, found once the heap
    // of 1 + 4 candidates is full.
    List<ShiftOffer> offers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      offers.add(offer(opportunity(i, 15).location(Location.remote())));
    }
    offers.add(offer(opportunity(6, 15).location(Location.onSite(RIYADH, GeoPoint.of(0, 0.01)))));
    Ranker ranker = ranker(q -> true);
    Volunteer v = Scenario.volunteer().location(GeoPoint.of(0, 0)).build();
    assertThat(ranker.topShifts(v, List.of(), ranker.catalog(offers), Scenario.ASKED, 1))
        .extracting(m -> seq(m.offer().opportunity().number()) + "=" + m.score().total())
        .containsExactly("6=575");
    assertThat(ranker.topShifts(v, List.of(), ranker.catalog(offers), Scenario.ASKED, 2))
        .extracting(m -> seq(m.offer().opportunity().number()) + "=" + m.score().total())
        .containsExactly("6=575", "0=455");
  }

  @Test
  void a_shift_starting_within_the_second_asked_is_left_out_only_up_to_its_nanosecond() {
    // Two shifts of one opportunity: A at 08:00:00, B at 08:00:00.5. Eligibility says yes to all,
    // so only the ranker's own rule leaves a started shift out.
    Instant t = Scenario.at("2025-03-10T08:00");
    Shift a = new Shift(ShiftId.of("A"), TimeRange.of(t, t.plusSeconds(3600)), 10);
    Instant half = t.plusNanos(500_000_000);
    Shift b = new Shift(ShiftId.of("B"), TimeRange.of(half, half.plusSeconds(3600)), 10);
    Opportunity o = opportunity(1, 10).shifts(List.of(a, b)).build();
    List<ShiftOffer> offers =
        List.of(new ShiftOffer(Scenario.entity(), o, a), new ShiftOffer(Scenario.entity(), o, b));
    Ranker ranker = ranker(q -> true);
    ShiftCatalog catalog = ranker.catalog(offers);
    Volunteer v = Scenario.volunteer().build();
    assertThat(ranker.topShifts(v, List.of(), catalog, t.minusNanos(1), 5))
        .extracting(m -> m.offer().shift().id().value())
        .containsExactly("A", "B");
    assertThat(ranker.topShifts(v, List.of(), catalog, t, 5))
        .extracting(m -> m.offer().shift().id().value())
        .containsExactly("B");
    assertThat(ranker.topShifts(v, List.of(), catalog, t.plusNanos(200_000_000), 5))
        .extracting(m -> m.offer().shift().id().value())
        .containsExactly("B");
    assertThat(ranker.topShifts(v, List.of(), catalog, half, 5)).isEmpty();
  }

  @Test
  void k_below_one_is_refused() {
    Ranker ranker = ranker(q -> true);
    ShiftOffer o = offer(opportunity(1, 15));
    Volunteer v = Scenario.volunteer().build();
    ShiftCatalog catalog = ranker.catalog(List.of(o));
    for (int k : new int[] {0, -1, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> ranker.topShifts(v, List.of(), catalog, Scenario.ASKED, k))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () -> ranker.topVolunteers(o, List.of(v), id -> List.of(), Scenario.ASKED, k))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
