package org.tatawwu.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * Measures the heap a ledger with its default in-memory event store retains per submitted entry:
 * used heap after full collections, before and after importing the ingest benchmark's entries
 * (3,000,000 by default: 200,000 volunteers, 15 each), the caller's objects dropped.
 */
public final class HourLedgerFootprint {
  private HourLedgerFootprint() {}

  /**
   * Prints bytes per entry.
   *
   * @param args optional entry count
   * @throws InterruptedException if interrupted
   */
  @SuppressWarnings("SystemOut")
  public static void main(String[] args) throws InterruptedException {
    int entries = args.length > 0 ? Integer.parseInt(args[0]) : 3_000_000;
    int volunteers = 200_000;
    Opportunity o = BenchmarkData.opportunity();
    OpportunityDirectory directory =
        OpportunityDirectory.of(List.of(o), List.of(BenchmarkData.entity()));
    Clock clock = Clock.fixed(Instant.parse("2025-03-31T20:00:00Z"), BenchmarkData.RIYADH);
    Instant base = BenchmarkData.at("2025-03-10T00:00");
    long before = HourIndexFootprint.usedAfterGc();
    HourLedger ledger = Tatawwu.hourLedger(HourPolicy.DEFAULT, directory, clock);
    for (int from = 0; from < entries; from += HourIngestBenchmark.BATCH) {
      List<HourSubmission> roster = new ArrayList<>(HourIngestBenchmark.BATCH);
      for (int n = from; n < Math.min(entries, from + HourIngestBenchmark.BATCH); n++) {
        Instant s = base.plus(Duration.ofMinutes(90L * (n / volunteers)));
        roster.add(
            HourSubmission.builder()
                .key(IdempotencyKey.of("k" + n))
                .volunteer(VolunteerId.of("V" + n % volunteers))
                .opportunity(o.number())
                .time(TimeRange.of(s, s.plus(Duration.ofHours(1))))
                .source(HourSource.ROSTER)
                .compulsory(false)
                .submittedBy("import")
                .build());
      }
      ledger.importRoster(roster);
    }
    long after = HourIndexFootprint.usedAfterGc();
    if (ledger.size() != entries) {
      throw new IllegalStateException("ledger holds " + ledger.size() + " entries");
    }
    System.out.printf(
        "entries=%d: ledger and event store retain %.1f bytes/entry (%.0f MB)%n",
        entries, (after - before) / (double) entries, (after - before) / 1e6);
  }
}
