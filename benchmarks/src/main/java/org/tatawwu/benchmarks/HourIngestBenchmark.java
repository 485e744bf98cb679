package org.tatawwu.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tatawwu.Tatawwu;
import org.tatawwu.field.Field;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEventFile;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Batched ingest: roster imports of 10,000 lines into the ledger, every line validated (length,
 * window, opportunity dates, overlap, daily cap, idempotency), one thread. The peer is a plain
 * append of the same submissions to a list with a per-volunteer overlap scan, no other rule.
 *
 * <p>{@code tatawwuImportRosterVerified} imports the same lines, each naming its shift, into a
 * ledger whose policy runs every check of what backs an entry ({@link HourPolicy#verified()}): an
 * accepted enrollment on the shift (3,000,000 enrollments in the directory), the shift's window
 * with its tolerances, an open opportunity, the entity's accreditation on the day, the shift's
 * seats (30 shifts of 100,000 seats, two per time slot), a catalogued field and a known place.
 *
 * <p>Each roster is built fresh before its invocation, outside the measured time, as an import
 * reads its lines: the ledger then holds new objects as it would in service, and the heap does not
 * also carry millions of pre-built lines through every collection. A ledger takes 3,000,000 entries
 * (15 per volunteer), then starts again empty.
 *
 * <p>One core: the forked JVM believes it has one processor ({@code -XX:ActiveProcessorCount=1}:
 * one compiler thread, a serial-sized collector pool), and the whole run is pinned to one CPU
 * ({@code taskset -c 0 mvn ...}), so the compiler and the collector share it with the import; the
 * compiler then needs about eight warm-up iterations.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC", "-XX:ActiveProcessorCount=1"})
@Threads(1)
@State(Scope.Benchmark)
public class HourIngestBenchmark {
  static final int BATCH = 10_000;
  static final int BATCHES = 300;
  static final int VOLUNTEERS = 200_000;

  HourLedger ledger;
  HourLedger fileLedger;
  HourLedger verifiedLedger;
  OpportunityDirectory verifiedDirectory;
  OpportunityNumber verifiedOpportunity;
  ShiftId[] shifts;
  HourSubmission[] verifiedBatch = new HourSubmission[BATCH];
  @Nullable HourEventFile file;
  @Nullable Path fileDir;
  Map<VolunteerId, List<TimeRange>> naive;
  HourSubmission[] batch = new HourSubmission[BATCH];
  VolunteerId[] ids;
  OpportunityNumber opportunity;
  Instant base;
  int next;
  OpportunityDirectory directory;
  Clock clock;

  @Setup(Level.Trial)
  public void data() {
    Opportunity o = BenchmarkData.opportunity();
    opportunity = o.number();
    directory = OpportunityDirectory.of(List.of(o), List.of(BenchmarkData.entity()));
    clock = Clock.fixed(Instant.parse("2025-03-31T20:00:00Z"), BenchmarkData.RIYADH);
    ids = new VolunteerId[VOLUNTEERS];
    for (int v = 0; v < VOLUNTEERS; v++) {
      ids[v] = VolunteerId.of("V" + v);
    }
    base = BenchmarkData.at("2025-03-10T00:00");
    verifiedOpportunity = OpportunityNumber.parse("20250000009");
    shifts = new ShiftId[BATCHES * BATCH / VOLUNTEERS * 2];
    for (int i = 0; i < shifts.length; i++) {
      shifts[i] = ShiftId.of("S" + i / 2 + (i % 2 == 0 ? "a" : "b"));
    }
    verifiedDirectory = verifiedDirectory();
  }

  /**
   * An open opportunity with two shifts of 100,000 seats for each of the 15 time slots, every
   * volunteer accepted on the shift of each slot its lines fall in, and a catalogue with its field.
   */
  OpportunityDirectory verifiedDirectory() {
    int slots = shifts.length / 2;
    Opportunity.Builder o =
        Opportunity.builder()
            .number(verifiedOpportunity)
            .title(BilingualText.of("إغاثة", "Relief"))
            .description(BilingualText.of("وصف", "Description"))
            .entity(BenchmarkData.entity().id())
            .field(FieldCode.of("RELIEF"))
            .location(
                Location.onSite(
                    City.of("الرياض", "Riyadh", Region.RIYADH), GeoPoint.of(24.7136, 46.6753)))
            .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
            .status(OpportunityStatus.PUBLISHED);
    for (int slot = 0; slot < slots; slot++) {
      Instant s = base.plus(Duration.ofMinutes(90L * slot));
      for (int half = 0; half < 2; half++) {
        ShiftId id = shifts[slot * 2 + half];
        o.addShift(new Shift(id, TimeRange.of(s, s.plus(Duration.ofHours(1))), VOLUNTEERS / 2));
      }
    }
    Opportunity opportunity = o.build();
    Instant since = base.minus(Duration.ofDays(5));
    List<Enrollment> enrollments = new ArrayList<>(BATCHES * BATCH);
    for (int n = 0; n < BATCHES * BATCH; n++) {
      int v = n % VOLUNTEERS;
      enrollments.add(
          new Enrollment(
              ids[v],
              verifiedOpportunity,
              shifts[(n / VOLUNTEERS) * 2 + (v & 1)],
              EnrollmentStatus.ACCEPTED,
              since));
    }
    FieldCatalogue catalogue =
        FieldCatalogue.of(
            List.of(
                new Field(FieldCode.of("RELIEF"), BilingualText.of("إغاثة", "Relief"), List.of())));
    return OpportunityDirectory.of(
        List.of(opportunity), List.of(BenchmarkData.entity()), enrollments, catalogue);
  }

  @Setup(Level.Iteration)
  public void freshLedger() throws IOException {
    ledger = Tatawwu.hourLedger(HourPolicy.DEFAULT, directory, clock);
    closeFile();
    Path d = Files.createTempDirectory("tatawwu-ingest");
    HourEventFile f = Tatawwu.hourEventFile(d.resolve("hours.events"));
    fileDir = d;
    file = f;
    fileLedger = Tatawwu.hourLedger(HourPolicy.DEFAULT, directory, f, clock);
    verifiedLedger = Tatawwu.hourLedger(HourPolicy.verified(), verifiedDirectory, clock);
    naive = new HashMap<>();
    next = 0;
  }

  /** Closes and deletes the file store's file, if any. */
  @TearDown(Level.Trial)
  public void closeFile() throws IOException {
    HourEventFile open = file;
    if (open != null) {
      open.close();
      Files.deleteIfExists(open.path());
      file = null;
    }
    Path d = fileDir;
    if (d != null) {
      Files.deleteIfExists(d);
      fileDir = null;
    }
  }

  /**
   * The next roster: 3,000,000 distinct one-hour entries in all, 15 per volunteer, 90 minutes
   * apart, within March.
   */
  @Setup(Level.Invocation)
  public void nextRoster() throws IOException {
    if (next == BATCHES) {
      freshLedger();
    }
    int b = next++;
    for (int i = 0; i < BATCH; i++) {
      int n = b * BATCH + i;
      int v = n % VOLUNTEERS;
      int slot = n / VOLUNTEERS;
      Instant s = base.plus(Duration.ofMinutes(90L * slot));
      batch[i] =
          HourSubmission.builder()
              .key(IdempotencyKey.of("k" + n))
              .volunteer(ids[v])
              .opportunity(opportunity)
              .time(TimeRange.of(s, s.plus(Duration.ofHours(1))))
              .source(HourSource.ROSTER)
              .compulsory(false)
              .submittedBy("import")
              .build();
      verifiedBatch[i] =
          HourSubmission.builder()
              .key(IdempotencyKey.of("k" + n))
              .volunteer(ids[v])
              .opportunity(verifiedOpportunity)
              .time(TimeRange.of(s, s.plus(Duration.ofHours(1))))
              .source(HourSource.ROSTER)
              .compulsory(false)
              .submittedBy("import")
              .shift(shifts[slot * 2 + (v & 1)])
              .build();
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Object tatawwuImportRoster() {
    return ledger.importRoster(Arrays.asList(batch));
  }

  /**
   * The same lines, each naming its shift, into a ledger that runs every check of what backs an
   * entry.
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Object tatawwuImportRosterVerified() {
    return verifiedLedger.importRoster(Arrays.asList(verifiedBatch));
  }

  /**
   * The same import into a ledger over the file store: each roster one block, forced to the device
   * before the import returns.
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Object tatawwuImportRosterToFile() {
    return fileLedger.importRoster(Arrays.asList(batch));
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Object naiveAppendWithOverlapScan() {
    int accepted = 0;
    for (HourSubmission s : batch) {
      List<TimeRange> mine = naive.computeIfAbsent(s.volunteer(), k -> new ArrayList<>());
      if (mine.stream().noneMatch(t -> t.overlaps(s.time()))) {
        mine.add(s.time());
        accepted++;
      }
    }
    return accepted;
  }
}
