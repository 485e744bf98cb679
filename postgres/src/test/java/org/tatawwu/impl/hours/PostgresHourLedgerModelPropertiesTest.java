package org.tatawwu.impl.hours;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tatawwu.postgres.PostgresHourEventStore;

/**
 * The model-based ledger test of {@code tatawwu-impl} ({@link HourLedgerModelPropertiesTest}) over
 * the PostgreSQL store: every step of a random sequence checked against the reference model, and a
 * ledger rebuilt from the database checked against the live one. It runs 1,000 sequences, not the
 * 10,000 of the test over memory: every operation here is a round trip to a real server, and 1,000
 * sequences take minutes on a shared machine.
 */
class PostgresHourLedgerModelPropertiesTest {
  static final int SEQUENCES = 1_000;

  @Test
  void a_thousand_random_sequences_over_postgresql_agree_with_the_reference_model()
      throws SQLException {
    DataSource ds = org.tatawwu.postgres.PostgresTestDatabases.create();
    qt().withExamples(SEQUENCES)
        .withShrinkCycles(200)
        .forAll(lists().of(HourLedgerModelPropertiesTest.ops()).ofSizeBetween(1, 24))
        .checkAssert(
            ops -> {
              empty(ds);
              HourLedgerModelPropertiesTest.run(ops, PostgresHourEventStore.create(ds));
            });
  }

  private static void empty(DataSource ds) {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute("TRUNCATE tatawwu_hour_event");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
