package org.tatawwu.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The stores the model checks over PostgreSQL run their sequences on: each a store over the hour
 * event table of one test database, emptied first, so that every sequence starts from nothing.
 */
final class EmptiedHourStores {
  private EmptiedHourStores() {}

  /** Gives, on each call, a store over {@code ds}'s hour event table, emptied first. */
  static Supplier<PostgresHourEventStore> of(DataSource ds) {
    return () -> {
      try (Connection c = ds.getConnection();
          Statement st = c.createStatement()) {
        st.execute("TRUNCATE tatawwu_hour_event");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return PostgresHourEventStore.create(ds);
    };
  }
}
