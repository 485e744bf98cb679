package org.tatawwu.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.matching.Match;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;
import org.tatawwu.matching.ShiftCatalog;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Requirements;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.Volunteer;

/**
 * Issue 7: the top 10 of 50,000 shifts for one volunteer, eligible pairs only, against the obvious
 * peer — filter by eligibility, score each, {@code stream().sorted().limit(10)} — in the same run.
 * Offers: 10 top-level fields, on-site points across the Kingdom (15% remote), 30% asking for
 * driving; the volunteer is eligible for all of them and interested in two fields. Sample mode
 * reports the mean and the p99; add {@code -prof gc} for the bytes allocated per call.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class RankingBenchmark {
  private static final List<String> FIELDS =
      List.of(
          "EDU", "HEALTH", "RELIEF", "ENV", "IT", "ART", "CULTURE", "SPORT", "HAJJ", "RELIGIOUS");
  private static final Comparator<Match> BEST_FIRST =
      Comparator.<Match>comparingInt(m -> -m.score().total())
          .thenComparing(m -> m.offer().opportunity().number())
          .thenComparing(m -> m.offer().shift().id());

  List<ShiftOffer> offers = List.of();
  ShiftCatalog catalog;
  Volunteer volunteer;
  EligibilityEngine engine = Tatawwu.eligibility(EligibilityPolicy.DEFAULT);
  Ranker ranker =
      Tatawwu.ranker(
          engine, MatchWeights.DEFAULT, (v, f) -> f.value().equals("HEALTH") ? 30 * 60 : 0);

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(2030);
    List<ShiftOffer> list = new ArrayList<>(50_000);
    for (int i = 0; i < 50_000; i++) {
      Requirements req = Requirements.NONE.withMinimumAge(18);
      if (r.nextInt(10) < 3) {
        req = req.withSkill(BenchmarkData.DRIVING, SkillLevel.BASIC);
      }
      Location where =
          r.nextInt(100) < 15
              ? Location.remote()
              : Location.onSite(
                  City.of("الرياض", "Riyadh", Region.RIYADH),
                  GeoPoint.of(17 + r.nextDouble() * 14, 36 + r.nextDouble() * 19));
      int day = 2 + r.nextInt(28);
      Opportunity o =
          Opportunity.builder()
              .number(OpportunityNumber.parse(String.format("2025%07d", i)))
              .title(BilingualText.of("فرصة", "Opportunity"))
              .description(BilingualText.of("فرصة", "Opportunity"))
              .entity(BenchmarkData.entity().id())
              .field(FieldCode.of(FIELDS.get(r.nextInt(FIELDS.size()))))
              .location(where)
              .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
              .addShift(
                  new Shift(
                      ShiftId.of("S1"),
                      TimeRange.of(
                          BenchmarkData.at(String.format("2025-03-%02dT08:00", day)),
                          BenchmarkData.at(String.format("2025-03-%02dT12:00", day))),
                      10))
              .requirements(req)
              .status(OpportunityStatus.PUBLISHED)
              .build();
      list.add(new ShiftOffer(BenchmarkData.entity(), o, o.shifts().get(0)));
    }
    offers = List.copyOf(list);
    catalog = ranker.catalog(offers);
    volunteer =
        Volunteer.builder()
            .from(BenchmarkData.volunteers(1, 1.0, 7).get(0))
            .region(Region.RIYADH)
            .location(GeoPoint.of(24.7136, 46.6753))
            .addFieldsOfInterest(FieldCode.of("HEALTH"))
            .addFieldsOfInterest(FieldCode.of("RELIEF"))
            .build();
  }

  @Benchmark
  public List<Match> tatawwuTop10() {
    List<Match> top = ranker.topShifts(volunteer, List.of(), catalog, BenchmarkData.ASKED, 10);
    return top;
  }

  @Benchmark
  public List<Match> streamSortedLimit10() {
    return offers.stream()
        .filter(
            o ->
                engine.isEligible(
                    EligibilityQuery.of(
                        volunteer,
                        o.opportunity(),
                        o.shift(),
                        o.entity(),
                        List.of(),
                        BenchmarkData.ASKED)))
        .map(o -> new Match(volunteer.id(), o, ranker.score(volunteer, List.of(), o)))
        .sorted(BEST_FIRST)
        .limit(10)
        .toList();
  }
}
