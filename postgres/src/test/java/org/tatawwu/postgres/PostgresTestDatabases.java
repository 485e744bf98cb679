package org.tatawwu.postgres;

import javax.sql.DataSource;

/** {@link TestDatabase} for tests in other packages. */
public final class PostgresTestDatabases {
  private PostgresTestDatabases() {}

  /**
   * Creates a new database on the tests' embedded server, migrated to the current schema.
   *
   * @return its data source
   */
  public static DataSource create() {
    return TestDatabase.create();
  }
}
