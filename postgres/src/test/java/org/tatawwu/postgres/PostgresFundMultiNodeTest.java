package org.tatawwu.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tatawwu.fund.Disbursement;
import org.tatawwu.fund.Donation;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundOperation;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.fund.Refund;
import org.tatawwu.validation.RuleException;

/**
 * Three fund ledgers over one PostgreSQL database, each with its own connection pool (HikariCP,
 * three connections for four threads, as three application nodes), donate, disburse more than is
 * often left, refund parts of donations and replay each other's keys: nothing acknowledged is lost
 * or stored twice, the balance recomputed from the journal is never negative and matches every
 * entry, no donation is refunded beyond its amount, every refusal was for a rule the racing could
 * break, and the nodes, a ledger rebuilt from the database and a single-node model fed the
 * journal's operations all agree.
 */
@SuppressWarnings("NullAway") // fields set up before each test by the test lifecycle
class PostgresFundMultiNodeTest {
  static final int NODES = 3;
  static final int THREADS_PER_NODE = 4;
  static final int OPERATIONS_PER_THREAD = 60;
  static final Set<String> RACE_CODES =
      Set.of("fund.insufficientBalance", "fund.refundExceedsDonation", "fund.overBeneficiaryLimit");

  /** A shared key always names the same donation, so any thread on any node may replay it. */
  static Donation shared(int k) {
    return FundFixture.donation("S-" + k, 1_000 + 37L * k);
  }

  @Test
  void nodes_racing_over_one_database_keep_the_books_and_agree() throws Exception {
    DataSource first = TestDatabase.create();
    List<AutoCloseable> pools = new ArrayList<>();
    List<FundLedger> nodes = new ArrayList<>();
    for (int n = 0; n < NODES; n++) {
      com.zaxxer.hikari.HikariDataSource own = TestDatabase.pooledNode(first, THREADS_PER_NODE - 1);
      pools.add(own);
      nodes.add(FundFixture.ledger(PostgresFundJournalStore.create(own)));
    }
    Map<String, JournalEntry> acknowledged = new ConcurrentHashMap<>();
    Map<String, String> refused = new ConcurrentHashMap<>();
    List<Long> donations = new CopyOnWriteArrayList<>();
    AtomicInteger attempts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(NODES * THREADS_PER_NODE);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < NODES * THREADS_PER_NODE; t++) {
        FundLedger node = nodes.get(t % NODES);
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  Random random = new Random(2000L + thread);
                  for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    attempts.incrementAndGet();
                    String key = "T" + thread + "-" + i;
                    int kind = random.nextInt(10);
                    FundOperation op;
                    if (kind < 3) {
                      op = shared(random.nextInt(60));
                    } else if (kind < 5) {
                      op = FundFixture.donation(key, 1 + random.nextInt(5_000));
                    } else if (kind < 8 || donations.isEmpty()) {
                      op =
                          FundFixture.aid(
                              key, 1 + random.nextInt(4_000), "B-" + random.nextInt(200));
                    } else {
                      long d = donations.get(random.nextInt(donations.size()));
                      op = FundFixture.refund(key, d, 1 + random.nextInt(2_500));
                    }
                    try {
                      JournalEntry e = apply(node, op);
                      JournalEntry before = acknowledged.putIfAbsent(op.key().value(), e);
                      if (before != null) {
                        assertThat(e).isEqualTo(before); // a replay: the same entry
                      }
                      if (op instanceof Donation) {
                        donations.add(e.sequence());
                      }
                    } catch (RuleException r) {
                      assertThat(r.violations())
                          .allSatisfy(v -> assertThat(v.code()).isIn(RACE_CODES));
                      refused.put(op.key().value(), r.violations().get(0).code());
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
    List<JournalEntry> journal = new ArrayList<>();
    PostgresFundJournalStore.create(first).replay(journal::add);

    // Nothing lost, nothing duplicated: every acknowledged key once, as acknowledged.
    Map<String, JournalEntry> byKey = new HashMap<>();
    for (JournalEntry e : journal) {
      assertThat(byKey.put(e.operation().key().value(), e)).as("key stored once").isNull();
    }
    assertThat(byKey).isEqualTo(acknowledged);
    assertThat(refused.keySet()).doesNotContainAnyElementsOf(acknowledged.keySet());

    // The books, recomputed here from the journal: the balance never negative and as recorded;
    // no donation refunded beyond its amount.
    long balance = 0;
    Map<Long, Long> donated = new HashMap<>();
    Map<Long, Long> refunded = new HashMap<>();
    for (int i = 0; i < journal.size(); i++) {
      JournalEntry e = journal.get(i);
      assertThat(e.sequence()).isEqualTo(i + 1L);
      long amount = e.operation().amount().halalas();
      if (e.operation() instanceof Donation) {
        balance += amount;
        donated.put(e.sequence(), amount);
      } else {
        balance -= amount;
        if (e.operation() instanceof Refund r) {
          long total = refunded.merge(r.donation(), amount, Long::sum);
          assertThat(total)
              .as("refunded of %d", r.donation())
              .isLessThanOrEqualTo(donated.get(r.donation()));
        }
      }
      assertThat(balance).as("balance after %d", e.sequence()).isNotNegative();
      assertThat(e.balanceAfter().halalas()).isEqualTo(balance);
    }

    // Every node, a ledger rebuilt from the database and the single-node model agree.
    FundLedger rebuilt =
        FundFixture.ledger(PostgresFundJournalStore.create(TestDatabase.anotherNode(first)));
    FundLedger model = FundFixture.singleNodeModel(journal);
    List<FundLedger> all = new ArrayList<>(nodes);
    all.add(rebuilt);
    all.add(model);
    for (FundLedger ledger : all) {
      assertThat(ledger.journal(FundFixture.FUND)).isEqualTo(journal);
      assertThat(ledger.balance(FundFixture.FUND).halalas()).isEqualTo(balance);
    }
    Set<String> codes = new HashSet<>(refused.values());
    long disbursements =
        journal.stream().filter(e -> e.operation() instanceof Disbursement).count();
    long refunds = journal.stream().filter(e -> e.operation() instanceof Refund).count();
    assertThat(codes).contains("fund.insufficientBalance");
    assertThat(disbursements).isPositive();
    assertThat(refunds).isPositive();
    System.out.printf(
        "fund multi-node: %d operations on %d nodes, %d entries (%d disbursements, %d refunds),"
            + " %d refused (%s), final balance %d halalas%n",
        attempts.get(),
        NODES,
        journal.size(),
        disbursements,
        refunds,
        refused.size(),
        codes,
        balance);
    for (AutoCloseable p : pools) {
      p.close();
    }
  }

  private static JournalEntry apply(FundLedger node, FundOperation op) {
    if (op instanceof Donation d) {
      return node.donate(d);
    }
    if (op instanceof Refund r) {
      return node.refund(r);
    }
    return node.disburse((Disbursement) op);
  }
}
