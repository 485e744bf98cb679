package org.tatawwu.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tatawwu.Tatawwu;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Volunteers' approved totals through the public API, over {@code entries} approved entries of
 * {@code volunteers} volunteers (20 each, one a day, 15 minutes to 4 hours long) in a ledger made
 * by {@link Tatawwu#hourLedger}, side by side in one run with {@code
 * Collectors.groupingBy(summingLong)} over the same {@link HourEntry} objects (the ones {@link
 * HourLedger#approveAll} returned):
 *
 * <ul>
 *   <li>{@code ledgerTotalsOfOneVolunteer}: {@link HourLedger#totals(VolunteerId)} of one volunteer
 *       (a different one each call);
 *   <li>{@code ledgerTotalsOfEveryVolunteer}: {@link HourLedger#totals(VolunteerId)} of every
 *       volunteer, one call each;
 *   <li>{@code groupingBySummingLong}: one grouping of every entry, which answers both questions.
 * </ul>
 *
 * <p>The set-up checks that both give every volunteer the same approved minutes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC"})
@Threads(1)
@State(Scope.Benchmark)
public class HourTotalsBenchmark {
  /** How many approved entries the ledger holds: 20 per volunteer. */
  @Param("2000000")
  int entries;

  static final int PER_VOLUNTEER = 20;

  HourLedger ledger;
  VolunteerId[] volunteers;
  List<HourEntry> approved;
  int next;

  @Setup(Level.Trial)
  public void setUp() {
    int count = entries / PER_VOLUNTEER;
    Opportunity o = BenchmarkData.opportunity();
    OpportunityDirectory directory =
        OpportunityDirectory.of(List.of(o), List.of(BenchmarkData.entity()));
    Clock clock = Clock.fixed(Instant.parse("2025-03-31T20:00:00Z"), BenchmarkData.RIYADH);
    ledger = Tatawwu.hourLedger(HourPolicy.DEFAULT, directory, clock);
    volunteers = new VolunteerId[count];
    for (int v = 0; v < count; v++) {
      volunteers[v] = VolunteerId.of("V" + v);
    }
    SplittableRandom r = new SplittableRandom(42);
    Instant base = BenchmarkData.at("2025-03-10T08:00");
    approved = new ArrayList<>(entries);
    for (int from = 0; from < entries; from += HourIngestBenchmark.BATCH) {
      List<HourSubmission> roster = new ArrayList<>(HourIngestBenchmark.BATCH);
      for (int n = from; n < Math.min(entries, from + HourIngestBenchmark.BATCH); n++) {
        // Day n / count of volunteer n % count: no two entries of a volunteer on one day.
        Instant s = base.plus(Duration.ofDays(n / count));
        roster.add(
            HourSubmission.builder()
                .key(IdempotencyKey.of("k" + n))
                .volunteer(volunteers[n % count])
                .opportunity(o.number())
                .time(TimeRange.of(s, s.plus(Duration.ofMinutes(15L * (1 + r.nextInt(16))))))
                .source(HourSource.ROSTER)
                .compulsory(r.nextInt(4) == 0)
                .submittedBy("import")
                .build());
      }
      List<HourEntryId> ids = new ArrayList<>(roster.size());
      for (HourEntry e : ledger.importRoster(roster)) {
        ids.add(e.id());
      }
      approved.addAll(ledger.approveAll(ids, "supervisor"));
    }
    Map<VolunteerId, Long> peer = groupingBySummingLong();
    for (VolunteerId v : volunteers) {
      long expected = peer.getOrDefault(v, 0L);
      if (ledger.totals(v).approvedMinutes() != expected) {
        throw new IllegalStateException("the ledger and the peer disagree on a volunteer");
      }
    }
  }

  @Benchmark
  public HourTotals ledgerTotalsOfOneVolunteer() {
    int v = next;
    next = v + 1 == volunteers.length ? 0 : v + 1;
    return ledger.totals(volunteers[v]);
  }

  @Benchmark
  public long[] ledgerTotalsOfEveryVolunteer() {
    long[] minutes = new long[volunteers.length];
    for (int v = 0; v < volunteers.length; v++) {
      minutes[v] = ledger.totals(volunteers[v]).approvedMinutes();
    }
    return minutes;
  }

  @Benchmark
  public Map<VolunteerId, Long> groupingBySummingLong() {
    return approved.stream()
        .collect(
            Collectors.groupingBy(
                HourEntry::volunteer, Collectors.summingLong(HourEntry::creditedMinutes)));
  }
}
