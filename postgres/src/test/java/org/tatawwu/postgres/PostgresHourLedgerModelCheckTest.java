package org.tatawwu.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tatawwu.testkit.HourLedgerModelCheck;

/**
 * The test kit's model check over the PostgreSQL store: 40 sequences drawn from seeds and 40 drawn
 * by QuickTheories (so that a failure shrinks), fewer than over memory (each operation here is a
 * round trip or two to a real server), each on the emptied table of one database. The sequences
 * restart the ledger under other policies, so what backs an entry (shift, review reasons, evidence,
 * used check-in codes) must come back from the table.
 */
class PostgresHourLedgerModelCheckTest {
  static final int SEQUENCES = 40;

  static HourLedgerModelCheck check(DataSource ds) {
    return HourLedgerModelCheck.over(EmptiedHourStores.of(ds));
  }

  @Test
  void a_ledger_over_postgresql_agrees_with_the_model() {
    DataSource ds = TestDatabase.create();
    HourLedgerModelCheck.Summary s = check(ds).run(SEQUENCES, 90_000L);
    assertThat(s.sequences()).isEqualTo(SEQUENCES);
    assertThat(s.accepted()).isPositive();
    assertThat(s.refused()).isPositive();
    System.out.printf(
        "model check over PostgreSQL: %d sequences, %d operations (%d accepted, %d refused)%n",
        s.sequences(), s.operations(), s.accepted(), s.refused());
  }

  @Test
  void sequences_quicktheories_draws_agree_with_the_model_over_postgresql() {
    HourLedgerModelCheck check = check(TestDatabase.create());
    qt().withExamples(SEQUENCES)
        .withShrinkCycles(200)
        .forAll(
            lists()
                .of(
                    integers()
                        .between(0, 19)
                        .zip(
                            integers().between(0, 999),
                            integers().between(0, 431),
                            integers().between(1, 100),
                            integers().between(0, 999),
                            HourLedgerModelCheck::step))
                .ofSizeBetween(1, 24))
        .checkAssert(check::check);
  }
}
