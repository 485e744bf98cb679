package org.tatawwu.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.testkit.HourLedgerFixture;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Three ledgers over one PostgreSQL database, each with its own connection pool (HikariCP, three
 * connections for four threads, as three application nodes), submit overlapping work for the same
 * few volunteers, replay each other's keys and approve: nothing acknowledged is lost or stored
 * twice, no volunteer's counted hours overlap or pass the daily cap, every refusal (overlap or
 * daily cap) was right, and the nodes, a ledger rebuilt from the database and a single-node model
 * fed the log's operations all agree.
 */
@SuppressWarnings("NullAway") // fields set up before each test by the test lifecycle
class PostgresMultiNodeTest {
  static final int NODES = 3;
  static final int THREADS_PER_NODE = 4;
  static final int OPERATIONS_PER_THREAD = 100;
  static final int VOLUNTEERS = 6;

  /** {@link org.tatawwu.hours.HourPolicy#DEFAULT}'s daily cap, 16 hours, written out. */
  static final long DAILY_CAP_MINUTES = 16 * 60;

  private static final String OVERLAP = "hours.overlap";
  private static final String DAILY_CAP = "hours.dailyCap";

  /** A shared key always names the same work, so any thread on any node may replay it. */
  static HourSubmission shared(int k) {
    return HourLedgerFixture.claim("S-" + k, k % VOLUNTEERS, (k * 7) % 600, 1 + k % 5);
  }

  @Test
  void nodes_racing_over_one_database_keep_every_rule_and_agree() throws Exception {
    DataSource first = TestDatabase.create();
    List<AutoCloseable> pools = new ArrayList<>();
    List<HourLedger> nodes = new ArrayList<>();
    for (int n = 0; n < NODES; n++) {
      com.zaxxer.hikari.HikariDataSource own = TestDatabase.pooledNode(first, THREADS_PER_NODE - 1);
      pools.add(own);
      nodes.add(HourLedgerFixture.ledger(PostgresHourEventStore.create(own)));
    }
    Map<String, HourEntry> acknowledged = new ConcurrentHashMap<>();
    Map<String, HourSubmission> refusedForOverlap = new ConcurrentHashMap<>();
    Map<String, HourSubmission> refusedForCap = new ConcurrentHashMap<>();
    AtomicInteger approvals = new AtomicInteger();
    AtomicInteger attempts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(NODES * THREADS_PER_NODE);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < NODES * THREADS_PER_NODE; t++) {
        HourLedger node = nodes.get(t % NODES);
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  Random random = new Random(1000L + thread);
                  List<HourEntryId> mine = new ArrayList<>();
                  for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    attempts.incrementAndGet();
                    int kind = random.nextInt(10);
                    HourSubmission s =
                        kind < 4
                            ? shared(random.nextInt(120))
                            : HourLedgerFixture.claim(
                                "T" + thread + "-" + i,
                                random.nextInt(VOLUNTEERS),
                                random.nextInt(600),
                                1 + random.nextInt(8));
                    if (kind == 9 && !mine.isEmpty()) {
                      HourEntryId id = mine.get(random.nextInt(mine.size()));
                      node.approve(id, "coordinator");
                      approvals.incrementAndGet();
                      continue;
                    }
                    try {
                      HourEntry e = node.submit(s);
                      HourEntry before = acknowledged.putIfAbsent(s.key().value(), e);
                      if (before != null) {
                        assertThat(e.id()).isEqualTo(before.id()); // a replay: the same entry
                      }
                      mine.add(e.id());
                    } catch (RuleException refused) {
                      assertThat(refused.violations())
                          .allSatisfy(v -> assertThat(v.code()).isIn(OVERLAP, DAILY_CAP));
                      for (var v : refused.violations()) {
                        (v.code().equals(OVERLAP) ? refusedForOverlap : refusedForCap)
                            .put(s.key().value(), s);
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    for (HourLedger node : nodes) {
      node.catchUp();
    }
    HourLedger one = nodes.get(0);
    List<HourEvent> log = new ArrayList<>();
    PostgresHourEventStore.create(first).replay(log::add);

    // Nothing lost, nothing duplicated: every acknowledged key once, as acknowledged.
    Map<String, HourEntry> byKey = new HashMap<>();
    for (int v = 0; v < VOLUNTEERS; v++) {
      for (HourEntry e : one.entries(VolunteerId.of("V" + v))) {
        assertThat(byKey.put(e.key().value(), e)).as("key stored once").isNull();
      }
    }
    assertThat(byKey.keySet()).isEqualTo(acknowledged.keySet());
    for (HourEntry e : acknowledged.values()) {
      HourEntry stored = byKey.get(e.key().value());
      assertThat(stored.id()).isEqualTo(e.id());
      assertThat(HourLedgerFixture.submissionOf(stored))
          .isEqualTo(HourLedgerFixture.submissionOf(e));
    }
    assertThat(refusedForOverlap.keySet()).doesNotContainAnyElementsOf(acknowledged.keySet());
    assertThat(refusedForCap.keySet()).doesNotContainAnyElementsOf(acknowledged.keySet());

    // No overlap among a volunteer's counted entries; every refusal overlapped a counted entry.
    for (int v = 0; v < VOLUNTEERS; v++) {
      List<HourEntry> counted =
          one.entries(VolunteerId.of("V" + v)).stream()
              .filter(e -> e.status() != HourStatus.REJECTED)
              .toList();
      for (int i = 0; i < counted.size(); i++) {
        for (int j = i + 1; j < counted.size(); j++) {
          assertThat(HourLedgerFixture.overlap(counted.get(i).time(), counted.get(j).time()))
              .as("%s and %s", counted.get(i).id(), counted.get(j).id())
              .isFalse();
        }
      }
    }
    for (HourSubmission s : refusedForOverlap.values()) {
      assertThat(
              one.entries(s.volunteer()).stream()
                  .anyMatch(e -> HourLedgerFixture.overlap(e.time(), s.time())))
          .isTrue();
    }
    // No volunteer is credited more than the cap on a day (the day the work starts, in Riyadh);
    // entries are never withdrawn here, so a refusal for the cap still passes it at the end.
    for (int v = 0; v < VOLUNTEERS; v++) {
      Map<LocalDate, Long> minutesByDay = new HashMap<>();
      for (HourEntry e : one.entries(VolunteerId.of("V" + v))) {
        if (e.status() != HourStatus.REJECTED) {
          minutesByDay.merge(dayOf(e.time()), minutes(e.time()), Long::sum);
        }
      }
      assertThat(minutesByDay.values())
          .allSatisfy(m -> assertThat(m).isLessThanOrEqualTo(DAILY_CAP_MINUTES));
    }
    for (HourSubmission s : refusedForCap.values()) {
      long counted =
          one.entries(s.volunteer()).stream()
              .filter(e -> e.status() != HourStatus.REJECTED)
              .filter(e -> dayOf(e.time()).equals(dayOf(s.time())))
              .mapToLong(e -> minutes(e.time()))
              .sum();
      assertThat(counted + minutes(s.time()))
          .as("refused for the cap")
          .isGreaterThan(DAILY_CAP_MINUTES);
    }

    // Every node, a ledger rebuilt from the database and the single-node model agree.
    HourLedger rebuilt =
        HourLedgerFixture.ledger(PostgresHourEventStore.create(TestDatabase.anotherNode(first)));
    HourLedger model = HourLedgerFixture.singleNodeModel(log);
    List<HourLedger> all = new ArrayList<>(nodes);
    all.add(rebuilt);
    all.add(model);
    for (HourLedger other : all) {
      assertThat(other.size()).isEqualTo(one.size());
      for (int v = 0; v < VOLUNTEERS; v++) {
        VolunteerId id = VolunteerId.of("V" + v);
        assertThat(other.entries(id)).isEqualTo(one.entries(id));
        assertThat(other.totals(id)).isEqualTo(one.totals(id));
      }
    }
    Set<HourEntryId> approved = new HashSet<>();
    for (HourEvent e : log) {
      if (e.type() == HourEvent.Type.APPROVED) {
        assertThat(approved.add(e.entry().id())).as("approved once").isTrue();
      }
    }
    assertThat(acknowledged).isNotEmpty();
    assertThat(refusedForOverlap).isNotEmpty();
    assertThat(approved).isNotEmpty();
    System.out.printf(
        "multi-node: %d operations on %d nodes, %d entries, %d refused for overlap, %d refused for"
            + " the daily cap, %d approval calls, %d events%n",
        attempts.get(),
        NODES,
        acknowledged.size(),
        refusedForOverlap.size(),
        refusedForCap.size(),
        approvals.get(),
        log.size());
    for (AutoCloseable p : pools) {
      p.close();
    }
  }

  /** The day work starts on, in the fixture's zone. */
  static LocalDate dayOf(TimeRange time) {
    return time.start().atZone(HourLedgerFixture.RIYADH).toLocalDate();
  }

  /** Whole minutes worked (the fixture's claims are whole quarter hours: nothing is rounded). */
  static long minutes(TimeRange time) {
    return Duration.between(time.start(), time.end()).toMinutes();
  }
}
