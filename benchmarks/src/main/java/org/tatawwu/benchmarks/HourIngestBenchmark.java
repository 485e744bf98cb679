package org.tatawwu.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.tatawwu.Tatawwu;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Batched ingest: roster imports of 10,000 lines into the ledger, every line validated (length,
 * window, opportunity dates, overlap, daily cap, idempotency), one thread. The peer is a plain
 * append of the same submissions to a list with a per-volunteer overlap scan, no other rule.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC"})
@Threads(1)
@State(Scope.Benchmark)
public class HourIngestBenchmark {
  static final int BATCH = 10_000;
  static final int VOLUNTEERS = 200_000;

  HourLedger ledger;
  Map<VolunteerId, List<TimeRange>> naive;
  List<HourSubmission[]> batches;
  int next;
  OpportunityDirectory directory;
  Clock clock;

  @Setup(Level.Trial)
  public void data() {
    Opportunity o = BenchmarkData.opportunity();
    directory = OpportunityDirectory.of(List.of(o), List.of(BenchmarkData.entity()));
    clock = Clock.fixed(Instant.parse("2025-03-31T20:00:00Z"), BenchmarkData.RIYADH);
    VolunteerId[] ids = new VolunteerId[VOLUNTEERS];
    for (int v = 0; v < VOLUNTEERS; v++) {
      ids[v] = VolunteerId.of("V" + v);
    }
    Instant base = BenchmarkData.at("2025-03-10T00:00");
    batches = new ArrayList<>();
    // 3,000,000 distinct one-hour entries: 15 per volunteer, 90 minutes apart, within March.
    for (int b = 0; b < 300; b++) {
      HourSubmission[] batch = new HourSubmission[BATCH];
      for (int i = 0; i < BATCH; i++) {
        int n = b * BATCH + i;
        int v = n % VOLUNTEERS;
        int slot = n / VOLUNTEERS;
        Instant s = base.plus(Duration.ofMinutes(90L * slot));
        batch[i] =
            new HourSubmission(
                IdempotencyKey.of("k" + n),
                ids[v],
                o.number(),
                TimeRange.of(s, s.plus(Duration.ofHours(1))),
                HourSource.ROSTER,
                false,
                "import");
      }
      batches.add(batch);
    }
  }

  @Setup(Level.Iteration)
  public void freshLedger() {
    ledger = Tatawwu.hourLedger(HourPolicy.DEFAULT, directory, clock);
    naive = new HashMap<>();
    next = 0;
  }

  private HourSubmission[] nextBatch() {
    HourSubmission[] b = batches.get(next);
    next = (next + 1) % batches.size();
    if (next == 0) {
      freshLedger();
    }
    return b;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Object tatawwuImportRoster() {
    return ledger.importRoster(List.of(nextBatch()));
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Object naiveAppendWithOverlapScan() {
    int accepted = 0;
    for (HourSubmission s : nextBatch()) {
      List<TimeRange> mine = naive.computeIfAbsent(s.volunteer(), k -> new ArrayList<>());
      if (mine.stream().noneMatch(t -> t.overlaps(s.time()))) {
        mine.add(s.time());
        accepted++;
      }
    }
    return accepted;
  }
}
