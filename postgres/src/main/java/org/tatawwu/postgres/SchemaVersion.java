package org.tatawwu.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The version of Tatawwu's schema in a database: the highest version recorded in the table {@code
 * tatawwu_schema_version}, to which every migration ({@link Migrations}) adds its row. It does not
 * depend on any migration tool's own history table.
 *
 * <p>A store checks the version when it is created: it needs at least the migration that created
 * its tables, and refuses a version newer than {@link #CURRENT}, whose changes it cannot know.
 *
 * <p>This class has static members only; they are thread-safe.
 */
public final class SchemaVersion {
  /** The newest schema version this library knows: the version of its last migration. */
  public static final int CURRENT = 5;

  private SchemaVersion() {}

  /**
   * Reads the schema version.
   *
   * @param connection an open connection, not null
   * @return the version, or 0 if the database has no {@code tatawwu_schema_version} table
   * @throws SQLException if the database cannot be read
   */
  public static int read(Connection connection) throws SQLException {
    Objects.requireNonNull(connection, "connection");
    try (Statement st = connection.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT to_regclass('tatawwu_schema_version')")) {
        rs.next();
        if (rs.getString(1) == null) {
          return 0;
        }
      }
      try (ResultSet rs =
          st.executeQuery("SELECT coalesce(max(version), 0) FROM tatawwu_schema_version")) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** The least version below the highest recorded one that is not recorded; 0 if none. */
  private static int firstMissing(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT coalesce(min(v), 0) FROM generate_series(1, (SELECT max(version) FROM"
                    + " tatawwu_schema_version)) AS v WHERE v NOT IN (SELECT version FROM"
                    + " tatawwu_schema_version)")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /**
   * Checks that the database holds a schema version from {@code required} to {@link #CURRENT}.
   *
   * @param dataSource where the schema is, not null
   * @param required the least version the caller needs, 1 to {@link #CURRENT}
   * @param store the caller's name for messages, such as {@code "hour event store"}; not null
   * @return the version found
   * @throws SchemaVersionException if the version is below {@code required} or above {@link
   *     #CURRENT}, or a migration below it was never applied
   * @throws IllegalArgumentException if {@code required} is out of range
   * @throws DatabaseException if the database cannot be read
   */
  public static int require(DataSource dataSource, int required, String store) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(store, "store");
    if (required < 1 || required > CURRENT) {
      throw new IllegalArgumentException("a required schema version is 1 to " + CURRENT);
    }
    int found;
    int missing;
    try (Connection c = dataSource.getConnection()) {
      found = read(c);
      missing = found == 0 ? 0 : firstMissing(c);
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the Tatawwu schema version", e);
    }
    if (found == 0) {
      throw new SchemaVersionException(
          found,
          required,
          "the database has no Tatawwu schema (no table tatawwu_schema_version): apply the"
              + " migrations in "
              + Migrations.LOCATION
              + " up to V"
              + CURRENT
              + " before creating the "
              + store);
    }
    if (missing != 0) {
      throw new SchemaVersionException(
          found,
          required,
          "the Tatawwu schema is at version "
              + found
              + " but migration V"
              + missing
              + " was never applied: apply it from "
              + Migrations.LOCATION
              + " before creating the "
              + store);
    }
    if (found < required) {
      throw new SchemaVersionException(
          found,
          required,
          "the Tatawwu schema is at version "
              + found
              + " but the "
              + store
              + " needs version "
              + required
              + ": apply the migrations in "
              + Migrations.LOCATION
              + " up to V"
              + CURRENT);
    }
    if (found > CURRENT) {
      throw new SchemaVersionException(
          found,
          required,
          "the Tatawwu schema is at version "
              + found
              + ", newer than this library knows (up to "
              + CURRENT
              + "): use the tatawwu-postgres release that migrated it");
    }
    return found;
  }
}
