package org.tatawwu.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Faults against a real PostgreSQL of its own (a data directory and port kept across restarts):
 * connections killed mid-transaction, the server restarted between and during appends, statements
 * timing out behind a lock. Rosters are imported throughout; afterwards every acknowledged roster
 * is wholly in the database, every unacknowledged one wholly there or wholly absent, and the live
 * ledger, once caught up, equals one rebuilt from the database. Each test prints what it tried and
 * what held.
 */
@SuppressWarnings("NullAway") // fields set up before each test by the test lifecycle
class PostgresFaultTest {
  static final int VOLUNTEERS = 20;
  static final int LINES = 12;

  @TempDir Path dir;
  private @Nullable EmbeddedPostgres server;
  private int port;

  @BeforeEach
  void start() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    server = boot();
    TestDatabase.migrate(admin());
  }

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private EmbeddedPostgres boot() throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dir.resolve("data"))
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  private DataSource admin() {
    return source("admin", 0);
  }

  /** A data source of the node's own, named so that its connections can be found and killed. */
  private DataSource source(String application, int statementTimeoutMillis) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName("postgres");
    ds.setUser("postgres");
    ds.setApplicationName(application);
    ds.setConnectTimeout(5);
    if (statementTimeoutMillis > 0) {
      ds.setOptions("-c statement_timeout=" + statementTimeoutMillis);
    }
    return ds;
  }

  /** Rosters that fit before the fixture's clock: quarter-hour slots from its base. */
  static final int MOST_ROSTERS = 1800;

  /**
   * Roster {@code r}: {@link #LINES} lines for as many volunteers, each the quarter hour {@code r}
   * after the fixture's base, so that no two rosters overlap and no volunteer reaches the daily cap
   * (every five rosters cover each volunteer three times: at most 58 of a day's 96 quarters).
   */
  static List<HourSubmission> roster(int r) {
    assertThat(r).as("roster within the claim window").isLessThan(MOST_ROSTERS);
    List<HourSubmission> lines = new ArrayList<>();
    for (int i = 0; i < LINES; i++) {
      lines.add(HourFixture.claim("R" + r + "-" + i, (r * LINES + i) % VOLUNTEERS, r, 1));
    }
    return lines;
  }

  /** What happened to the rosters sent: acknowledged or failed (outcome unknown). */
  private static final class Outcomes {
    final List<Integer> acknowledged = new ArrayList<>();
    final List<Integer> failed = new ArrayList<>();

    /** Imports roster {@code r}; returns whether it was acknowledged. */
    boolean importing(HourLedger ledger, int r) {
      try {
        ledger.importRoster(roster(r));
        acknowledged.add(r);
        return true;
      } catch (DatabaseException e) {
        failed.add(r);
        return false;
      }
    }
  }

  /** Checks the database against the outcomes; returns how many failed rosters were stored. */
  private int check(Outcomes outcomes, HourLedger live) {
    HourLedger rebuilt = HourFixture.ledger(PostgresHourEventStore.create(admin()));
    Map<String, HourEntry> stored = new HashMap<>();
    for (int v = 0; v < VOLUNTEERS; v++) {
      for (HourEntry e : rebuilt.entries(VolunteerId.of("V" + v))) {
        stored.put(e.key().value(), e);
      }
    }
    int storedFailures = 0;
    for (int r : outcomes.acknowledged) {
      for (HourSubmission s : roster(r)) {
        assertThat(stored).as("acknowledged roster %d", r).containsKey(s.key().value());
      }
    }
    for (int r : outcomes.failed) {
      long present = roster(r).stream().filter(s -> stored.containsKey(s.key().value())).count();
      assertThat(present).as("unacknowledged roster %d: all or nothing", r).isIn(0L, (long) LINES);
      if (present == LINES) {
        storedFailures++;
      }
    }
    assertThat(stored).hasSize(LINES * (outcomes.acknowledged.size() + storedFailures));
    live.catchUp();
    assertThat(live.size()).isEqualTo(rebuilt.size());
    for (int v = 0; v < VOLUNTEERS; v++) {
      VolunteerId id = VolunteerId.of("V" + v);
      assertThat(live.entries(id)).isEqualTo(rebuilt.entries(id));
    }
    return storedFailures;
  }

  @Test
  void connections_killed_mid_transaction_lose_nothing_acknowledged() throws Exception {
    HourLedger ledger = HourFixture.ledger(PostgresHourEventStore.create(source("node", 0)));
    Outcomes outcomes = new Outcomes();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger kills = new AtomicInteger();
    Thread killer =
        new Thread(
            () -> {
              java.util.Random random = new java.util.Random(7);
              while (running.get()) {
                try (Connection c = admin().getConnection();
                    PreparedStatement ps =
                        c.prepareStatement(
                            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                + " WHERE application_name = 'node'")) {
                  Thread.sleep(random.nextInt(15));
                  try (var rs = ps.executeQuery()) {
                    rs.next();
                    kills.addAndGet(rs.getInt(1));
                  }
                } catch (SQLException | InterruptedException e) {
                  // keep killing
                }
              }
            });
    killer.start();
    try {
      for (int r = 0; r < 400; r++) {
        outcomes.importing(ledger, r);
      }
    } finally {
      running.set(false);
      killer.join();
    }
    int storedFailures = check(outcomes, ledger);
    System.out.printf(
        "killed connections: %d rosters tried, %d backends killed, %d acknowledged (all stored),"
            + " %d failed (%d of them committed whole, %d absent whole)%n",
        400,
        kills.get(),
        outcomes.acknowledged.size(),
        outcomes.failed.size(),
        storedFailures,
        outcomes.failed.size() - storedFailures);
    assertThat(outcomes.failed).isNotEmpty();
    assertThat(outcomes.acknowledged).isNotEmpty();
  }

  @Test
  void the_database_restarted_between_and_during_appends_loses_nothing_acknowledged()
      throws Exception {
    HourLedger ledger = HourFixture.ledger(PostgresHourEventStore.create(source("node", 0)));
    Outcomes outcomes = new Outcomes();
    int restarts = 0;
    int r = 0;
    for (int round = 0; round < 4; round++) {
      for (int i = 0; i < 25; i++) {
        outcomes.importing(ledger, r++);
      }
      // between appends: stop, fail to append while down, start again on the same data
      EmbeddedPostgres running = server;
      server = null;
      running.close();
      outcomes.importing(ledger, r++);
      server = boot();
      restarts++;
    }
    // during appends: restart from another thread while rosters are imported
    AtomicBoolean importing = new AtomicBoolean(true);
    Thread restarter =
        new Thread(
            () -> {
              try {
                Thread.sleep(300);
                EmbeddedPostgres running = server;
                server = null;
                running.close();
                server = boot();
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              } finally {
                importing.set(false);
              }
            });
    restarter.start();
    int during = 0;
    while (importing.get() || during < 20) {
      if (!outcomes.importing(ledger, r++)) {
        Thread.sleep(10); // as a client would wait before trying again
      }
      during++;
    }
    restarter.join();
    restarts++;
    for (int i = 0; i < 10; i++) {
      outcomes.importing(ledger, r++);
    }
    int storedFailures = check(outcomes, ledger);
    System.out.printf(
        "restarts: %d restarts, %d rosters tried, %d acknowledged (all stored), %d failed (%d"
            + " committed whole, %d absent whole)%n",
        restarts,
        r,
        outcomes.acknowledged.size(),
        outcomes.failed.size(),
        storedFailures,
        outcomes.failed.size() - storedFailures);
    assertThat(outcomes.failed).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void statements_timing_out_behind_a_lock_lose_nothing_acknowledged() throws Exception {
    HourLedger ledger = HourFixture.ledger(PostgresHourEventStore.create(source("node", 300)));
    Outcomes outcomes = new Outcomes();
    int r = 0;
    int timedOut = 0;
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < 10; i++) {
        outcomes.importing(ledger, r++);
      }
      try (Connection locker = admin().getConnection()) {
        locker.setAutoCommit(false);
        try (Statement st = locker.createStatement()) {
          st.execute("LOCK TABLE tatawwu_hour_event IN ACCESS EXCLUSIVE MODE");
        }
        int before = outcomes.failed.size();
        outcomes.importing(ledger, r++);
        timedOut += outcomes.failed.size() - before;
        locker.rollback();
      }
    }
    for (int i = 0; i < 10; i++) {
      outcomes.importing(ledger, r++);
    }
    int storedFailures = check(outcomes, ledger);
    System.out.printf(
        "statement timeouts: %d rosters tried, %d timed out behind the lock, %d acknowledged (all"
            + " stored), %d failed rosters stored%n",
        r, timedOut, outcomes.acknowledged.size(), storedFailures);
    assertThat(timedOut).isEqualTo(5);
    assertThat(storedFailures).isZero();
  }
}
