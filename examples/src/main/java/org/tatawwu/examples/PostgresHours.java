package org.tatawwu.examples;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.tatawwu.postgres.Migrations;

/**
 * The demo's hour ledger on PostgreSQL instead of its event file: the option {@code --postgres
 * JDBC-URL}, the data source, and the schema applied with Flyway from the migrations inside {@code
 * tatawwu-postgres}.
 */
final class PostgresHours {
  private PostgresHours() {}

  /**
   * Takes {@code --postgres URL} out of the arguments.
   *
   * @param args the arguments; the option and its value are removed
   * @return the URL, or null without the option
   * @throws IllegalArgumentException if the option has no value
   */
  static @Nullable String take(List<String> args) {
    int at = args.indexOf("--postgres");
    if (at < 0) {
      return null;
    }
    if (at + 1 >= args.size()) {
      throw new IllegalArgumentException("option --postgres needs a JDBC URL");
    }
    String url = args.get(at + 1);
    args.subList(at, at + 2).clear();
    return url;
  }

  /**
   * A data source for the URL (user and password in the URL or its defaults), with the schema
   * migrated to the current version.
   *
   * @param url a {@code jdbc:postgresql:} URL
   * @return the data source
   */
  static DataSource dataSource(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:" + Migrations.LOCATION)
        .load()
        .migrate();
    return ds;
  }
}
