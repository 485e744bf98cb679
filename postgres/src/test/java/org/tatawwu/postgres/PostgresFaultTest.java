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
import org.tatawwu.fund.Disbursement;
import org.tatawwu.fund.Donation;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundOperation;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.testkit.HourLedgerFixture;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Faults against a real PostgreSQL of its own (a data directory and port kept across restarts):
 * connections killed mid-transaction, the server restarted between and during appends, statements
 * timing out behind a lock. Rosters are imported into the hour ledger, and donations and
 * disbursements sent to the fund ledger, throughout; afterwards every acknowledged operation is
 * wholly in the database, every unacknowledged one wholly there or wholly absent, and the live
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

  /**
   * A thread that, while {@code running}, kills the node's backends every 0 to 14 ms (its
   * connections are named {@code node}), counting the kills.
   */
  private Thread killer(AtomicBoolean running, AtomicInteger kills) {
    return new Thread(
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
  }

  /** A thread that restarts the server after 300 ms, then clears {@code working}. */
  private Thread restarter(AtomicBoolean working) {
    return new Thread(
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
            working.set(false);
          }
        });
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
      lines.add(HourLedgerFixture.claim("R" + r + "-" + i, (r * LINES + i) % VOLUNTEERS, r, 1));
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
    HourLedger rebuilt = HourLedgerFixture.ledger(PostgresHourEventStore.create(admin()));
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
    HourLedger ledger = HourLedgerFixture.ledger(PostgresHourEventStore.create(source("node", 0)));
    Outcomes outcomes = new Outcomes();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger kills = new AtomicInteger();
    Thread killer = killer(running, kills);
    killer.start();
    try {
      for (int r = 0; r < 250; r++) {
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
        250,
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
    HourLedger ledger = HourLedgerFixture.ledger(PostgresHourEventStore.create(source("node", 0)));
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
    Thread restarter = restarter(importing);
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
    HourLedger ledger =
        HourLedgerFixture.ledger(PostgresHourEventStore.create(source("node", 300)));
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

  // ---- the fund ledger under the same faults ----

  /**
   * Operation {@code i} of the fund tests: first a donation that covers every later disbursement
   * (sent before any fault), then two donations for each small disbursement.
   */
  static FundOperation fundOperation(int i) {
    String key = "F-" + i;
    if (i == 0) {
      return FundFixture.donation(key, 10_000_000);
    }
    return i % 3 == 2
        ? FundFixture.aid(key, 100, "B-" + i % 300)
        : FundFixture.donation(key, 1_000);
  }

  /** What happened to the fund operations sent: acknowledged or failed (outcome unknown). */
  private static final class FundOutcomes {
    final Map<String, JournalEntry> acknowledged = new HashMap<>();
    final List<Integer> failed = new ArrayList<>();
    int tried;

    boolean sending(FundLedger ledger, int i) {
      tried++;
      FundOperation op = fundOperation(i);
      try {
        acknowledged.put(op.key().value(), send(ledger, op));
        return true;
      } catch (DatabaseException e) {
        failed.add(i);
        return false;
      }
    }
  }

  static JournalEntry send(FundLedger ledger, FundOperation op) {
    if (op instanceof Donation d) {
      return ledger.donate(d);
    }
    return ledger.disburse((Disbursement) op);
  }

  /**
   * Checks the journal against the outcomes (every acknowledged entry stored as acknowledged; an
   * operation is one entry, so an unacknowledged one is whole or absent), the balance recomputed
   * from the journal, and the live ledger against one rebuilt from the database; then sends every
   * failed operation again with its key and checks each is stored exactly once. Returns how many
   * failed operations had been committed.
   */
  private int checkFund(FundOutcomes outcomes, FundLedger live) {
    List<JournalEntry> journal = new ArrayList<>();
    PostgresFundJournalStore.create(admin()).replay(journal::add);
    Map<String, JournalEntry> stored = new HashMap<>();
    long balance = 0;
    for (JournalEntry e : journal) {
      assertThat(stored.put(e.operation().key().value(), e)).as("key stored once").isNull();
      balance +=
          e.operation() instanceof Donation
              ? e.operation().amount().halalas()
              : -e.operation().amount().halalas();
      assertThat(balance).isNotNegative().isEqualTo(e.balanceAfter().halalas());
    }
    for (Map.Entry<String, JournalEntry> a : outcomes.acknowledged.entrySet()) {
      assertThat(stored.get(a.getKey())).as("acknowledged %s", a.getKey()).isEqualTo(a.getValue());
    }
    int committed = 0;
    for (int i : outcomes.failed) {
      if (stored.containsKey(fundOperation(i).key().value())) {
        committed++;
      }
    }
    assertThat(stored).hasSize(outcomes.acknowledged.size() + committed);
    FundLedger rebuilt = FundFixture.ledger(PostgresFundJournalStore.create(admin()));
    assertThat(live.journal(FundFixture.FUND)).isEqualTo(rebuilt.journal(FundFixture.FUND));
    assertThat(live.balance(FundFixture.FUND)).isEqualTo(rebuilt.balance(FundFixture.FUND));
    // the failed operations sent again with their keys: answered from the store or appended now
    for (int i : outcomes.failed) {
      FundOperation op = fundOperation(i);
      JournalEntry e = send(live, op);
      JournalEntry before = stored.get(op.key().value());
      if (before != null) {
        assertThat(e).isEqualTo(before);
      }
    }
    List<JournalEntry> after = new ArrayList<>();
    PostgresFundJournalStore.create(admin()).replay(after::add);
    assertThat(after).hasSize(outcomes.tried);
    assertThat(after.stream().map(e -> e.operation().key()).distinct()).hasSize(outcomes.tried);
    return committed;
  }

  @Test
  void fund_connections_killed_mid_transaction_lose_nothing_acknowledged() throws Exception {
    FundLedger ledger = FundFixture.ledger(PostgresFundJournalStore.create(source("node", 0)));
    FundOutcomes outcomes = new FundOutcomes();
    assertThat(outcomes.sending(ledger, 0)).isTrue();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger kills = new AtomicInteger();
    Thread killer = killer(running, kills);
    killer.start();
    try {
      for (int i = 1; i < 300; i++) {
        outcomes.sending(ledger, i);
      }
    } finally {
      running.set(false);
      killer.join();
    }
    int committed = checkFund(outcomes, ledger);
    System.out.printf(
        "fund, killed connections: %d operations tried, %d backends killed, %d acknowledged (all"
            + " stored), %d failed (%d of them committed, %d absent; all stored once when sent"
            + " again)%n",
        outcomes.tried,
        kills.get(),
        outcomes.acknowledged.size(),
        outcomes.failed.size(),
        committed,
        outcomes.failed.size() - committed);
    assertThat(outcomes.failed).isNotEmpty();
    assertThat(outcomes.acknowledged).isNotEmpty();
  }

  @Test
  void fund_the_database_restarted_between_and_during_appends_loses_nothing_acknowledged()
      throws Exception {
    FundLedger ledger = FundFixture.ledger(PostgresFundJournalStore.create(source("node", 0)));
    FundOutcomes outcomes = new FundOutcomes();
    int restarts = 0;
    assertThat(outcomes.sending(ledger, 0)).isTrue();
    int i = 1;
    for (int round = 0; round < 4; round++) {
      for (int n = 0; n < 30; n++) {
        outcomes.sending(ledger, i++);
      }
      EmbeddedPostgres running = server;
      server = null;
      running.close();
      outcomes.sending(ledger, i++);
      server = boot();
      restarts++;
    }
    AtomicBoolean sending = new AtomicBoolean(true);
    Thread restarter = restarter(sending);
    restarter.start();
    int during = 0;
    while (sending.get() || during < 20) {
      if (!outcomes.sending(ledger, i++)) {
        Thread.sleep(10); // as a client would wait before trying again
      }
      during++;
    }
    restarter.join();
    restarts++;
    for (int n = 0; n < 10; n++) {
      outcomes.sending(ledger, i++);
    }
    int committed = checkFund(outcomes, ledger);
    System.out.printf(
        "fund, restarts: %d restarts, %d operations tried, %d acknowledged (all stored), %d failed"
            + " (%d committed, %d absent; all stored once when sent again)%n",
        restarts,
        outcomes.tried,
        outcomes.acknowledged.size(),
        outcomes.failed.size(),
        committed,
        outcomes.failed.size() - committed);
    assertThat(outcomes.failed).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void fund_statements_timing_out_behind_a_lock_lose_nothing_acknowledged() throws Exception {
    FundLedger ledger = FundFixture.ledger(PostgresFundJournalStore.create(source("node", 300)));
    FundOutcomes outcomes = new FundOutcomes();
    assertThat(outcomes.sending(ledger, 0)).isTrue();
    int i = 1;
    int timedOut = 0;
    for (int round = 0; round < 5; round++) {
      for (int n = 0; n < 10; n++) {
        outcomes.sending(ledger, i++);
      }
      try (Connection locker = admin().getConnection()) {
        locker.setAutoCommit(false);
        try (Statement st = locker.createStatement()) {
          st.execute("LOCK TABLE tatawwu_fund_entry IN ACCESS EXCLUSIVE MODE");
        }
        if (!outcomes.sending(ledger, i++)) {
          timedOut++;
        }
        locker.rollback();
      }
    }
    for (int n = 0; n < 10; n++) {
      outcomes.sending(ledger, i++);
    }
    int committed = checkFund(outcomes, ledger);
    System.out.printf(
        "fund, statement timeouts: %d operations tried, %d timed out behind the lock, %d"
            + " acknowledged (all stored), %d failed operations stored%n",
        outcomes.tried, timedOut, outcomes.acknowledged.size(), committed);
    assertThat(timedOut).isEqualTo(5);
    assertThat(committed).isZero();
  }
}
