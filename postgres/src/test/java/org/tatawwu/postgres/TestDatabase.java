package org.tatawwu.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * A real PostgreSQL for the tests: one embedded server per test JVM (random free port), a fresh
 * database per call of {@link #create}, migrated with Flyway from the scripts in the jar.
 */
final class TestDatabase {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static @Nullable EmbeddedPostgres server;

  private TestDatabase() {}

  /** The shared server, started on first use and stopped when the JVM exits. */
  static synchronized EmbeddedPostgres server() {
    EmbeddedPostgres running = server;
    if (running == null) {
      try {
        EmbeddedPostgres started = EmbeddedPostgres.builder().start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        started.close();
                      } catch (IOException ignored) {
                        // the JVM is exiting
                      }
                    }));
        server = started;
        running = started;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }
    return running;
  }

  /** A new empty database without the schema. */
  static DataSource empty() {
    String name = "t" + DATABASES.incrementAndGet();
    EmbeddedPostgres pg = server();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database", e);
    }
    return pg.getDatabase("postgres", name);
  }

  /**
   * Another data source over the database of {@code ds} (made here): as a second application node
   * would connect, with its own connections.
   */
  static DataSource anotherNode(DataSource ds) {
    String name = ((org.postgresql.ds.PGSimpleDataSource) ds).getDatabaseName();
    return server().getDatabase("postgres", java.util.Objects.requireNonNull(name));
  }

  /**
   * A connection pool over the database of {@code ds}, as an application node would have one: at
   * most {@code size} connections, handed out to its threads in turn. The caller closes it.
   */
  static com.zaxxer.hikari.HikariDataSource pooledNode(DataSource ds, int size) {
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setDataSource(anotherNode(ds));
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(30_000);
    return new com.zaxxer.hikari.HikariDataSource(config);
  }

  /** A new database migrated to the current schema. */
  static DataSource create() {
    DataSource ds = empty();
    migrate(ds);
    return ds;
  }

  /** Applies the jar's migrations with Flyway, as a user's application would. */
  static void migrate(DataSource ds) {
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:" + Migrations.LOCATION)
        .load()
        .migrate();
  }
}
