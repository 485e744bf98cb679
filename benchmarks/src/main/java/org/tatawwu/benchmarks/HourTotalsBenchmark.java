package org.tatawwu.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Volunteers' approved totals through the public API, over {@code entries} approved entries of
 * {@code entries / 20} volunteers in a ledger made by {@link Tatawwu#hourLedger} and filled by
 * {@link BenchmarkData#approvedLedger}, side by side in one run with two peers over the same
 * entries:
 *
 * <ul>
 *   <li>{@code ledgerTotalsOfOneVolunteer}: {@link HourLedger#totals(VolunteerId)} of one volunteer
 *       (a different one each call);
 *   <li>{@code ledgerTotalsOfEveryVolunteer}: {@link HourLedger#totalsByVolunteer()}, then every
 *       volunteer's approved minutes read once;
 *   <li>{@code groupingBySummingLong}: {@code Collectors.groupingBy(summingLong)} over one small
 *       object per approved entry (its volunteer's id and credited minutes, taken from the {@link
 *       HourEntry} objects {@link HourLedger#approveAll} returned: a leaner object than an entry,
 *       so the peer is not slowed by the entries' size), then every volunteer's minutes read once;
 *   <li>{@code primitiveArrayScan}: one pass over two {@code int} arrays (volunteer index and
 *       credited minutes of each entry) into a {@code long} per volunteer, then every volunteer's
 *       minutes read once.
 * </ul>
 *
 * <p>Each "read once" folds the volunteer's id hash and minutes into a checksum, the same way in
 * all three. The set-up checks that the ledger, the grouping and the scan give every volunteer the
 * same approved minutes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx14g", "-XX:+UseParallelGC"})
@Threads(1)
@State(Scope.Benchmark)
public class HourTotalsBenchmark {
  /** How many approved entries the ledger holds: 20 per volunteer. */
  @Param("20000000")
  int entries;

  /** What the grouping peer keeps of an approved entry. */
  record Approved(VolunteerId volunteer, long minutes) {}

  HourLedger ledger;
  VolunteerId[] volunteers;
  List<Approved> approved;
  int[] volunteerOfEntry;
  int[] minutesOfEntry;
  int next;

  @Setup(Level.Trial)
  public void setUp() {
    approved = new ArrayList<>(entries);
    volunteerOfEntry = new int[entries];
    minutesOfEntry = new int[entries];
    ledger =
        BenchmarkData.approvedLedger(
            entries,
            batch -> {
              for (HourEntry e : batch) {
                int i = approved.size();
                approved.add(new Approved(e.volunteer(), e.creditedMinutes()));
                volunteerOfEntry[i] = Integer.parseInt(e.volunteer().value().substring(1));
                minutesOfEntry[i] = Math.toIntExact(e.creditedMinutes());
              }
            });
    int count = entries / BenchmarkData.ENTRIES_PER_VOLUNTEER;
    volunteers = new VolunteerId[count];
    for (int v = 0; v < count; v++) {
      volunteers[v] = VolunteerId.of("V" + v);
    }
    Map<VolunteerId, HourTotals> all = ledger.totalsByVolunteer();
    Map<VolunteerId, Long> grouped = grouping();
    long[] scanned = scan();
    for (int v = 0; v < count; v++) {
      long minutes = all.getOrDefault(volunteers[v], HourTotals.ZERO).approvedMinutes();
      if (minutes != grouped.getOrDefault(volunteers[v], -1L)
          || minutes != scanned[v]
          || minutes != ledger.totals(volunteers[v]).approvedMinutes()) {
        throw new IllegalStateException("the ledger and the peers disagree on a volunteer");
      }
    }
  }

  private Map<VolunteerId, Long> grouping() {
    return approved.stream()
        .collect(
            Collectors.groupingBy(Approved::volunteer, Collectors.summingLong(Approved::minutes)));
  }

  private long[] scan() {
    long[] totals = new long[volunteers.length];
    for (int i = 0; i < volunteerOfEntry.length; i++) {
      totals[volunteerOfEntry[i]] += minutesOfEntry[i];
    }
    return totals;
  }

  private static long fold(long checksum, VolunteerId v, long minutes) {
    return checksum * 31 + (v.hashCode() ^ minutes);
  }

  @Benchmark
  public HourTotals ledgerTotalsOfOneVolunteer() {
    int v = next;
    next = v + 1 == volunteers.length ? 0 : v + 1;
    return ledger.totals(volunteers[v]);
  }

  @Benchmark
  public long ledgerTotalsOfEveryVolunteer() {
    long[] checksum = {0};
    ledger
        .totalsByVolunteer()
        .forEach((v, t) -> checksum[0] = fold(checksum[0], v, t.approvedMinutes()));
    return checksum[0];
  }

  @Benchmark
  public long groupingBySummingLong() {
    long[] checksum = {0};
    grouping().forEach((v, minutes) -> checksum[0] = fold(checksum[0], v, minutes));
    return checksum[0];
  }

  @Benchmark
  public long primitiveArrayScan() {
    long[] totals = scan();
    long checksum = 0;
    for (int v = 0; v < totals.length; v++) {
      checksum = fold(checksum, volunteers[v], totals[v]);
    }
    return checksum;
  }
}
