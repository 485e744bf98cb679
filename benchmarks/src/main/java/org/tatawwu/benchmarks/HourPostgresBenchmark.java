package org.tatawwu.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.tatawwu.Tatawwu;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.organization.EntityId;
import org.tatawwu.postgres.Migrations;
import org.tatawwu.postgres.PostgresHourEventStore;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The hour ledger on PostgreSQL (an embedded server on the same machine, default settings): roster
 * ingest of 10,000 lines, each roster one transaction, every line validated, against the peer — a
 * plain JDBC batch insert of the same rows (the ledger's 32 columns) in one transaction, with no
 * rule; and rebuilding a ledger of 5,000,000 events from the database.
 *
 * <p>Run: {@code mvn -q -pl benchmarks -am package exec:exec -Dbench=HourPostgresBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
@Threads(1)
@State(Scope.Benchmark)
@SuppressWarnings("JavaInstantGetSecondsGetNano") // instants are stored as seconds and nanos apart
public class HourPostgresBenchmark {
  static final int BATCH = 10_000;
  static final int VOLUNTEERS = 200_000;
  static final int SLOTS = 25;

  @Nullable EmbeddedPostgres server;
  DataSource dataSource;
  HourLedger ledger;
  OpportunityDirectory directory;
  Clock clock;
  OpportunityNumber opportunity;
  Instant base;
  VolunteerId[] ids;
  HourSubmission[] batch = new HourSubmission[BATCH];
  int next;
  long peerRows;

  @Setup(Level.Trial)
  public void start() throws IOException, SQLException {
    server = EmbeddedPostgres.builder().start();
    dataSource = server.getPostgresDatabase();
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      for (Migrations.Script s : Migrations.scripts()) {
        st.execute(s.sql());
      }
      st.execute("CREATE TABLE peer_hour_event (LIKE tatawwu_hour_event INCLUDING ALL)");
    }
    Opportunity o = BenchmarkData.opportunity();
    opportunity = o.number();
    directory = OpportunityDirectory.of(List.of(o), List.of(BenchmarkData.entity()));
    clock = Clock.fixed(Instant.parse("2025-03-31T20:00:00Z"), BenchmarkData.RIYADH);
    ids = new VolunteerId[VOLUNTEERS];
    for (int v = 0; v < VOLUNTEERS; v++) {
      ids[v] = VolunteerId.of("V" + v);
    }
    base = BenchmarkData.at("2025-03-10T00:00");
    ledger = Tatawwu.hourLedger(HourPolicy.DEFAULT, directory, store(), clock);
  }

  PostgresHourEventStore store() {
    return PostgresHourEventStore.create(dataSource);
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  /**
   * The next roster: distinct one-hour entries, 25 per volunteer (5,000,000 in all), 90 minutes
   * apart, in March.
   */
  @Setup(Level.Invocation)
  public void nextRoster() {
    int b = next++;
    if (b > 0 && b * BATCH % (VOLUNTEERS * SLOTS) == 0) {
      freshTables(); // the slots are used up: start again empty
    }
    for (int i = 0; i < BATCH; i++) {
      int n = (b * BATCH + i) % (VOLUNTEERS * SLOTS);
      int v = n % VOLUNTEERS;
      int slot = n / VOLUNTEERS;
      Instant s = base.plus(Duration.ofMinutes(90L * slot));
      batch[i] =
          HourSubmission.builder()
              .key(IdempotencyKey.of("k" + (b * BATCH + i)))
              .volunteer(ids[v])
              .opportunity(opportunity)
              .time(TimeRange.of(s, s.plus(Duration.ofHours(1))))
              .source(HourSource.ROSTER)
              .compulsory(false)
              .submittedBy("import")
              .build();
    }
  }

  private void freshTables() {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.execute("TRUNCATE tatawwu_hour_event, peer_hour_event");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    ledger = Tatawwu.hourLedger(HourPolicy.DEFAULT, directory, store(), clock);
  }

  /** A roster of 10,000 lines through the ledger into PostgreSQL: one transaction. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Object tatawwuImportRosterToPostgres() {
    return ledger.importRoster(Arrays.asList(batch));
  }

  /** The peer: the same rows, as a plain JDBC batch insert in one transaction, no rule. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int plainJdbcBatchInsert() throws SQLException {
    EntityId entity = BenchmarkData.entity().id();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO peer_hour_event (sequence, at_second, at_nano, actor, type, note,"
                  + " entry_id, idempotency_key, volunteer, opportunity, entity,"
                  + " supervising_entity, field, region, day, start_second, start_nano,"
                  + " end_second, end_nano, credited_minutes, source, compulsory, status,"
                  + " submitted_at_second, submitted_at_nano, submitted_by, corrects,"
                  + " superseded_by, decided_by, decided_at_second, decided_at_nano, entry_note)"
                  + " VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, NULL)")) {
        Instant now = clock.instant();
        for (HourSubmission s : batch) {
          long n = ++peerRows;
          int i = 0;
          ps.setLong(++i, n);
          ps.setLong(++i, now.getEpochSecond());
          ps.setInt(++i, now.getNano());
          ps.setString(++i, s.submittedBy());
          ps.setString(++i, "SUBMITTED");
          ps.setString(++i, "H" + n);
          ps.setString(++i, s.key().value());
          ps.setString(++i, s.volunteer().value());
          ps.setString(++i, s.opportunity().value());
          ps.setString(++i, entity.value());
          ps.setString(++i, "SUP-1");
          ps.setString(++i, "RELIEF");
          ps.setString(++i, "SA-01");
          ps.setObject(++i, s.time().start().atZone(BenchmarkData.RIYADH).toLocalDate());
          ps.setLong(++i, s.time().start().getEpochSecond());
          ps.setInt(++i, s.time().start().getNano());
          ps.setLong(++i, s.time().end().getEpochSecond());
          ps.setInt(++i, s.time().end().getNano());
          ps.setInt(++i, 60);
          ps.setString(++i, s.source().name());
          ps.setBoolean(++i, s.compulsory());
          ps.setString(++i, "SUBMITTED");
          ps.setLong(++i, now.getEpochSecond());
          ps.setInt(++i, now.getNano());
          ps.setString(++i, s.submittedBy());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
    }
    return BATCH;
  }

  /** A database holding 5,000,000 events, for the rebuild. */
  @State(Scope.Benchmark)
  public static class Filled {
    @Param({"5000000"})
    int events;

    HourPostgresBenchmark data = new HourPostgresBenchmark();

    @Setup(Level.Trial)
    public void fill() throws IOException, SQLException {
      data.start();
      int rosters = events / BATCH;
      for (int r = 0; r < rosters; r++) {
        data.nextRoster();
        data.ledger.importRoster(Arrays.asList(data.batch));
      }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
      data.stop();
    }
  }

  /**
   * The floor of any rebuild over this table: the same rows streamed out with one {@code COPY} in
   * text format, counted and dropped, nothing decoded or applied.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public long rawCopyOutOfTheSameRows(Filled filled) throws SQLException {
    try (Connection c = filled.data.dataSource.getConnection()) {
      CopyOut out =
          c.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyOut(
                  "COPY (SELECT * FROM tatawwu_hour_event WHERE sequence > 0 ORDER BY sequence)"
                      + " TO STDOUT (FORMAT text)");
      long rows = 0;
      while (out.readFromCopy() != null) {
        rows++;
      }
      return rows;
    }
  }

  /** A ledger rebuilt from the database: every event read and applied. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public long rebuildLedgerFromPostgres(Filled filled) {
    HourLedger rebuilt =
        Tatawwu.hourLedger(
            HourPolicy.DEFAULT, filled.data.directory, filled.data.store(), filled.data.clock);
    return rebuilt.size();
  }
}
