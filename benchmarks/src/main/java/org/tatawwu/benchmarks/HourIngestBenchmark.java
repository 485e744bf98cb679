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
 * also carry millions of pre-built lines through every collection. Each benchmark has its own state
 * and builds only its own lines and ledger (the verified one alone holds the directory of
 * enrollments). A ledger takes 3,000,000 entries (15 per volunteer), then starts again empty, and a
 * fresh one starts each iteration.
 *
 * <p>One core: the forked JVM believes it has one processor ({@code -XX:ActiveProcessorCount=1}:
 * one compiler thread, a serial-sized collector pool), and the whole run is pinned to one CPU
 * ({@code taskset -c 1 mvn ...}), so the compiler and the collector share it with the import; the
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
public class HourIngestBenchmark {
  static final int BATCH = 10_000;
  static final int BATCHES = 300;
  static final int VOLUNTEERS = 200_000;

  /** What every benchmark's lines name: the volunteers, the first day, the opportunity. */
  @State(Scope.Benchmark)
  public static class Lines {
    VolunteerId[] ids = new VolunteerId[0];
    Instant base = Instant.EPOCH;
    OpportunityNumber opportunity = OpportunityNumber.parse("20250000009");
    OpportunityDirectory directory = OpportunityDirectory.of(List.of(), List.of());
    Clock clock = Clock.systemUTC();

    /** Builds the volunteers and the opportunity's directory. */
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
    }

    /**
     * Fills {@code into} with roster {@code b}: 3,000,000 distinct one-hour entries in all over the
     * rosters, 15 per volunteer, 90 minutes apart, within March; each line naming the shift of its
     * slot from {@code shifts} (two per slot, by the volunteer's parity) when that is not null.
     */
    void roster(int b, HourSubmission[] into, OpportunityNumber on, ShiftId @Nullable [] shifts) {
      for (int i = 0; i < BATCH; i++) {
        int n = b * BATCH + i;
        int v = n % VOLUNTEERS;
        int slot = n / VOLUNTEERS;
        Instant s = base.plus(Duration.ofMinutes(90L * slot));
        HourSubmission.Builder line =
            HourSubmission.builder()
                .key(IdempotencyKey.of("k" + n))
                .volunteer(ids[v])
                .opportunity(on)
                .time(TimeRange.of(s, s.plus(Duration.ofHours(1))))
                .source(HourSource.ROSTER)
                .compulsory(false)
                .submittedBy("import");
        if (shifts != null) {
          line.shift(shifts[slot * 2 + (v & 1)]);
        }
        into[i] = line.build();
      }
    }
  }

  /** The default policy's ledger over the in-memory store, and its next roster. */
  @State(Scope.Benchmark)
  public static class InMemory {
    HourLedger ledger =
        Tatawwu.hourLedger(
            HourPolicy.DEFAULT, OpportunityDirectory.of(List.of(), List.of()), Clock.systemUTC());
    final HourSubmission[] batch = new HourSubmission[BATCH];
    int next;

    /**
     * A fresh ledger.
     *
     * @param lines the shared data, not null
     */
    @Setup(Level.Iteration)
    public void fresh(Lines lines) {
      ledger = Tatawwu.hourLedger(HourPolicy.DEFAULT, lines.directory, lines.clock);
      next = 0;
    }

    /**
     * The next roster, and a fresh ledger after 3,000,000 entries.
     *
     * @param lines the shared data, not null
     */
    @Setup(Level.Invocation)
    public void nextRoster(Lines lines) {
      if (next == BATCHES) {
        fresh(lines);
      }
      lines.roster(next++, batch, lines.opportunity, null);
    }
  }

  /**
   * A ledger whose policy runs every check of what backs an entry, its directory of 3,000,000
   * enrollments, and its next roster (lines naming their shifts).
   */
  @State(Scope.Benchmark)
  public static class Verified {
    OpportunityNumber opportunity = OpportunityNumber.parse("20250000009");
    ShiftId[] shifts = new ShiftId[0];
    OpportunityDirectory directory = OpportunityDirectory.of(List.of(), List.of());
    HourLedger ledger = Tatawwu.hourLedger(HourPolicy.verified(), directory, Clock.systemUTC());
    final HourSubmission[] batch = new HourSubmission[BATCH];
    int next;

    /**
     * Builds the directory.
     *
     * @param lines the shared data, not null
     */
    @Setup(Level.Trial)
    public void data(Lines lines) {
      shifts = new ShiftId[BATCHES * BATCH / VOLUNTEERS * 2];
      for (int i = 0; i < shifts.length; i++) {
        shifts[i] = ShiftId.of("S" + i / 2 + (i % 2 == 0 ? "a" : "b"));
      }
      directory = directory(lines);
    }

    /**
     * An open opportunity with two shifts of 100,000 seats for each of the 15 time slots, every
     * volunteer accepted on the shift of each slot its lines fall in, and a catalogue with its
     * field.
     */
    OpportunityDirectory directory(Lines lines) {
      int slots = shifts.length / 2;
      Opportunity.Builder o =
          Opportunity.builder()
              .number(opportunity)
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
        Instant s = lines.base.plus(Duration.ofMinutes(90L * slot));
        for (int half = 0; half < 2; half++) {
          ShiftId id = shifts[slot * 2 + half];
          o.addShift(new Shift(id, TimeRange.of(s, s.plus(Duration.ofHours(1))), VOLUNTEERS / 2));
        }
      }
      Opportunity built = o.build();
      Instant since = lines.base.minus(Duration.ofDays(5));
      List<Enrollment> enrollments = new ArrayList<>(BATCHES * BATCH);
      for (int n = 0; n < BATCHES * BATCH; n++) {
        int v = n % VOLUNTEERS;
        enrollments.add(
            new Enrollment(
                lines.ids[v],
                opportunity,
                shifts[(n / VOLUNTEERS) * 2 + (v & 1)],
                EnrollmentStatus.ACCEPTED,
                since));
      }
      FieldCatalogue catalogue =
          FieldCatalogue.of(
              List.of(
                  new Field(
                      FieldCode.of("RELIEF"), BilingualText.of("إغاثة", "Relief"), List.of())));
      return OpportunityDirectory.of(
          List.of(built), List.of(BenchmarkData.entity()), enrollments, catalogue);
    }

    /**
     * A fresh ledger.
     *
     * @param lines the shared data, not null
     */
    @Setup(Level.Iteration)
    public void fresh(Lines lines) {
      ledger = Tatawwu.hourLedger(HourPolicy.verified(), directory, lines.clock);
      next = 0;
    }

    /**
     * The next roster, and a fresh ledger after 3,000,000 entries.
     *
     * @param lines the shared data, not null
     */
    @Setup(Level.Invocation)
    public void nextRoster(Lines lines) {
      if (next == BATCHES) {
        fresh(lines);
      }
      lines.roster(next++, batch, opportunity, shifts);
    }
  }

  /** The default policy's ledger over the file store, and its next roster. */
  @State(Scope.Benchmark)
  public static class ToFile {
    @Nullable HourLedger ledger;
    @Nullable HourEventFile file;
    @Nullable Path fileDir;
    final HourSubmission[] batch = new HourSubmission[BATCH];
    int next;

    /**
     * A fresh ledger over a new file.
     *
     * @param lines the shared data, not null
     * @throws IOException if the file cannot be made
     */
    @Setup(Level.Iteration)
    public void fresh(Lines lines) throws IOException {
      closeFile();
      Path d = Files.createTempDirectory("tatawwu-ingest");
      HourEventFile f = Tatawwu.hourEventFile(d.resolve("hours.events"));
      fileDir = d;
      file = f;
      ledger = Tatawwu.hourLedger(HourPolicy.DEFAULT, lines.directory, f, lines.clock);
      next = 0;
    }

    /**
     * The next roster, and a fresh ledger after 3,000,000 entries.
     *
     * @param lines the shared data, not null
     * @throws IOException if a new file cannot be made
     */
    @Setup(Level.Invocation)
    public void nextRoster(Lines lines) throws IOException {
      if (next == BATCHES) {
        fresh(lines);
      }
      lines.roster(next++, batch, lines.opportunity, null);
    }

    /**
     * Closes and deletes the file store's file, if any.
     *
     * @throws IOException if it cannot be closed or deleted
     */
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
  }

  /** The peer's per-volunteer lists, and its next roster. */
  @State(Scope.Benchmark)
  public static class Naive {
    Map<VolunteerId, List<TimeRange>> lists = new HashMap<>();
    final HourSubmission[] batch = new HourSubmission[BATCH];
    int next;

    /** Empty lists. */
    @Setup(Level.Iteration)
    public void fresh() {
      lists = new HashMap<>();
      next = 0;
    }

    /**
     * The next roster, and empty lists after 3,000,000 entries.
     *
     * @param lines the shared data, not null
     */
    @Setup(Level.Invocation)
    public void nextRoster(Lines lines) {
      if (next == BATCHES) {
        fresh();
      }
      lines.roster(next++, batch, lines.opportunity, null);
    }
  }

  /**
   * Imports a roster under the default policy.
   *
   * @param in the ledger and its roster, not null
   * @return the entries
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Object tatawwuImportRoster(InMemory in) {
    return in.ledger.importRoster(Arrays.asList(in.batch));
  }

  /**
   * The same lines, each naming its shift, into a ledger that runs every check of what backs an
   * entry.
   *
   * @param in the ledger and its roster, not null
   * @return the entries
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Object tatawwuImportRosterVerified(Verified in) {
    return in.ledger.importRoster(Arrays.asList(in.batch));
  }

  /**
   * The same import into a ledger over the file store: each roster one block, forced to the device
   * before the import returns.
   *
   * @param in the ledger and its roster, not null
   * @return the entries
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Object tatawwuImportRosterToFile(ToFile in) {
    return java.util.Objects.requireNonNull(in.ledger).importRoster(Arrays.asList(in.batch));
  }

  /**
   * The peer: each line appended to its volunteer's list unless it overlaps one there.
   *
   * @param in the lists and the roster, not null
   * @return the lines appended
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Object naiveAppendWithOverlapScan(Naive in) {
    int accepted = 0;
    for (HourSubmission s : in.batch) {
      List<TimeRange> mine = in.lists.computeIfAbsent(s.volunteer(), k -> new ArrayList<>());
      if (mine.stream().noneMatch(t -> t.overlaps(s.time()))) {
        mine.add(s.time());
        accepted++;
      }
    }
    return accepted;
  }
}
