package org.tatawwu.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.CriterionSpec;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.volunteer.Volunteer;

/**
 * Eligibility verdicts per second for a policy of 11 criteria, eligible and ineligible cases apart,
 * Tatawwu's engine beside a straightforward stream-based one, one thread (one core). Also filtering
 * 1,000,000 volunteers for one shift.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
@Threads(1)
@State(Scope.Benchmark)
public class EligibilityBenchmark {
  static final int BATCH = 1024;

  /** The policy of the comparison: the same 11 criteria the stream peer applies. */
  static final EligibilityPolicy POLICY =
      new EligibilityPolicy(
          "bench",
          1,
          List.of(
                  "volunteerStatus",
                  "opportunityOpen",
                  "entity",
                  "age",
                  "minors",
                  "gender",
                  "region",
                  "languages",
                  "skills",
                  "trainings",
                  "overlap")
              .stream()
              .map(CriterionSpec::of)
              .toList());

  EligibilityEngine engine;
  StreamEligibility peer;
  EligibilityQuery[] eligible;
  EligibilityQuery[] ineligible;
  List<Volunteer> million;
  Opportunity opportunity;
  ParticipatingEntity entity;

  @Setup(Level.Trial)
  public void setUp() {
    engine = Tatawwu.eligibility(POLICY);
    peer = new StreamEligibility();
    opportunity = BenchmarkData.opportunity();
    entity = BenchmarkData.entity();
    eligible = queries(BenchmarkData.volunteers(BATCH, 1.0, 1));
    ineligible = queries(BenchmarkData.volunteers(BATCH, 0.0, 2));
    for (int i = 0; i < BATCH; i++) {
      if (!engine.evaluate(eligible[i]).isEligible()
          || engine.evaluate(ineligible[i]).isEligible()) {
        throw new IllegalStateException("benchmark data is not what it claims");
      }
      if (!peer.evaluate(eligible[i]).codes().isEmpty()
          || peer.evaluate(ineligible[i]).isEligible()) {
        throw new IllegalStateException("the peer disagrees with the engine");
      }
    }
    million = BenchmarkData.volunteers(1_000_000, 0.3, 3);
  }

  private EligibilityQuery[] queries(List<Volunteer> vs) {
    List<EligibilityQuery> qs = new ArrayList<>();
    for (Volunteer v : vs) {
      qs.add(
          EligibilityQuery.of(
              v, opportunity, opportunity.shifts().get(0), entity, List.of(), BenchmarkData.ASKED));
    }
    return qs.toArray(new EligibilityQuery[0]);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void tatawwuEligible(Blackhole bh) {
    for (EligibilityQuery q : eligible) {
      bh.consume(engine.evaluate(q));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void tatawwuIneligible(Blackhole bh) {
    for (EligibilityQuery q : ineligible) {
      bh.consume(engine.evaluate(q));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void streamsEligible(Blackhole bh) {
    for (EligibilityQuery q : eligible) {
      bh.consume(peer.evaluate(q));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void streamsIneligible(Blackhole bh) {
    for (EligibilityQuery q : ineligible) {
      bh.consume(peer.evaluate(q));
    }
  }

  /** Filtering one million volunteers for one shift: seconds per call. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<Volunteer> tatawwuFilterMillion() {
    return engine.eligibleVolunteers(
        entity,
        opportunity,
        opportunity.shifts().get(0),
        million,
        id -> List.of(),
        BenchmarkData.ASKED);
  }

  /** The peer's filter over the same million: a stream keeping eligible volunteers. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<Volunteer> streamsFilterMillion() {
    EligibilityQuery first =
        EligibilityQuery.of(
            million.get(0),
            opportunity,
            opportunity.shifts().get(0),
            entity,
            List.of(),
            BenchmarkData.ASKED);
    return million.stream()
        .filter(v -> peer.evaluate(first.forVolunteer(v, List.of())).isEligible())
        .toList();
  }

  static Map<String, Object> describe() {
    return Map.of("criteria", POLICY.criteria().size());
  }
}
