package org.tatawwu.postgres;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tatawwu.testkit.HourVerificationModelCheck;

/**
 * The test kit's model check of what backs an entry over the PostgreSQL store: 40 sequences drawn
 * by QuickTheories (so that a failure shrinks), fewer than over memory (each operation here is a
 * round trip or two to a real server), each on the emptied table of one database. The sequences
 * restart the ledger under other policies in other worlds, so what backs an entry (shift, review
 * reasons, which walk-ins hold seats, evidence, used check-in codes) must come back from the table.
 */
class PostgresHourVerificationModelCheckTest {
  @Test
  void sequences_agree_with_the_reference_model_over_postgresql() {
    DataSource ds = TestDatabase.create();
    HourVerificationModelCheck check = HourVerificationModelCheck.over(EmptiedHourStores.of(ds));
    qt().withExamples(40)
        .withShrinkCycles(200)
        .forAll(
            integers().between(0, HourVerificationModelCheck.ROSTERS - 1),
            integers()
                .between(-HourVerificationModelCheck.WORLDS, HourVerificationModelCheck.WORLDS - 1)
                .map(w -> Math.max(w, 0)),
            lists()
                .of(
                    integers()
                        .between(0, 9)
                        .zip(
                            integers().between(0, 21_599),
                            integers().between(0, 33),
                            integers().between(1, 12),
                            integers().between(0, 21),
                            HourVerificationModelCheck::step))
                .ofSizeBetween(1, 16))
        .checkAssert(check::check);
  }
}
