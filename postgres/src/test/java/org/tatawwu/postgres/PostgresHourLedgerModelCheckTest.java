package org.tatawwu.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tatawwu.testkit.HourLedgerModelCheck;

/**
 * The test kit's model check over the PostgreSQL store: 40 sequences (fewer than the 10,000 of the
 * in-memory model test: each operation here is a round trip or two to a real server), each on the
 * emptied table of one database.
 */
class PostgresHourLedgerModelCheckTest {
  static final int SEQUENCES = 40;

  @Test
  void a_ledger_over_postgresql_agrees_with_the_model() {
    DataSource ds = TestDatabase.create();
    HourLedgerModelCheck.Summary s =
        HourLedgerModelCheck.over(
                () -> {
                  try (Connection c = ds.getConnection();
                      Statement st = c.createStatement()) {
                    st.execute("TRUNCATE tatawwu_hour_event");
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  }
                  return PostgresHourEventStore.create(ds);
                })
            .run(SEQUENCES, 90_000L);
    assertThat(s.sequences()).isEqualTo(SEQUENCES);
    assertThat(s.accepted()).isPositive();
    assertThat(s.refused()).isPositive();
    System.out.printf(
        "model check over PostgreSQL: %d sequences, %d operations (%d accepted, %d refused)%n",
        s.sequences(), s.operations(), s.accepted(), s.refused());
  }
}
