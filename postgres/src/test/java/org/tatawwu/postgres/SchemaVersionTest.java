package org.tatawwu.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The schema's migrations, applied with Flyway to a real PostgreSQL, record their version; a store
 * needing a version refuses a database without the schema, one behind and one ahead.
 */
class SchemaVersionTest {
  @Test
  void flyway_applies_every_migration_and_each_records_its_version() throws SQLException {
    DataSource ds = TestDatabase.create();
    try (Connection c = ds.getConnection()) {
      assertThat(SchemaVersion.read(c)).isEqualTo(SchemaVersion.CURRENT);
    }
    assertThat(SchemaVersion.require(ds, 1, "hour event store")).isEqualTo(SchemaVersion.CURRENT);
  }

  @Test
  void the_scripts_list_every_migration_file_in_order_up_to_the_current_version()
      throws IOException, URISyntaxException {
    URL dir = getClass().getResource("/" + Migrations.LOCATION);
    assertThat(dir).isNotNull();
    List<String> files;
    try (Stream<Path> listed = Files.list(Path.of(dir.toURI()))) {
      files = listed.map(p -> p.getFileName().toString()).sorted().toList();
    }
    List<Migrations.Script> scripts = Migrations.scripts();
    assertThat(scripts).extracting(Migrations.Script::fileName).containsExactlyElementsOf(files);
    for (int i = 0; i < scripts.size(); i++) {
      assertThat(scripts.get(i).version()).isEqualTo(i + 1);
      assertThat(scripts.get(i).sql())
          .contains("INSERT INTO tatawwu_schema_version (version, description) VALUES (" + (i + 1));
    }
    assertThat(scripts.get(scripts.size() - 1).version()).isEqualTo(SchemaVersion.CURRENT);
  }

  @Test
  void the_scripts_applied_by_hand_give_the_same_version() throws SQLException {
    DataSource ds = TestDatabase.empty();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      for (Migrations.Script s : Migrations.scripts()) {
        try (Statement st = c.createStatement()) {
          st.execute(s.sql());
        }
        c.commit();
      }
      assertThat(SchemaVersion.read(c)).isEqualTo(SchemaVersion.CURRENT);
    }
  }

  @Test
  void a_database_without_the_schema_is_refused_with_what_to_do() throws SQLException {
    DataSource ds = TestDatabase.empty();
    try (Connection c = ds.getConnection()) {
      assertThat(SchemaVersion.read(c)).isZero();
    }
    assertThatThrownBy(() -> SchemaVersion.require(ds, 1, "hour event store"))
        .isInstanceOfSatisfying(
            SchemaVersionException.class,
            e -> {
              assertThat(e.found()).isZero();
              assertThat(e.required()).isEqualTo(1);
            })
        .hasMessageContaining("no Tatawwu schema")
        .hasMessageContaining(Migrations.LOCATION);
  }

  @Test
  void a_schema_newer_than_the_library_is_refused() throws SQLException {
    DataSource ds = TestDatabase.create();
    int newer = SchemaVersion.CURRENT + 1;
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(
          "INSERT INTO tatawwu_schema_version (version, description) VALUES ("
              + newer
              + ", 'from the future')");
    }
    assertThatThrownBy(() -> SchemaVersion.require(ds, 1, "hour event store"))
        .isInstanceOfSatisfying(
            SchemaVersionException.class, e -> assertThat(e.found()).isEqualTo(newer))
        .hasMessageContaining("newer than this library knows");
  }

  @Test
  void an_empty_schema_version_table_is_no_schema() throws SQLException {
    DataSource ds = TestDatabase.empty();
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE tatawwu_schema_version (version integer PRIMARY KEY, description text NOT"
              + " NULL, installed_at timestamptz NOT NULL DEFAULT now())");
    }
    assertThatThrownBy(() -> SchemaVersion.require(ds, 1, "hour event store"))
        .isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("no Tatawwu schema");
  }

  /** A store needing the latest version refuses the one before; one needing less accepts it. */
  @Test
  void a_schema_behind_the_version_a_store_needs_is_refused() throws SQLException {
    DataSource ds = TestDatabase.empty();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      for (Migrations.Script s : Migrations.scripts()) {
        if (s.version() < SchemaVersion.CURRENT) {
          try (Statement st = c.createStatement()) {
            st.execute(s.sql());
          }
          c.commit();
        }
      }
    }
    assertThatThrownBy(() -> SchemaVersion.require(ds, SchemaVersion.CURRENT, "store"))
        .isInstanceOfSatisfying(
            SchemaVersionException.class,
            e -> assertThat(e.found()).isEqualTo(SchemaVersion.CURRENT - 1))
        .hasMessageContaining("needs version " + SchemaVersion.CURRENT);
    // one version behind: the stores of the earlier versions open, the hour event store (V5, what
    // backs an entry) is refused
    assertThat(PostgresFundJournalStore.create(ds)).isNotNull();
    assertThat(PostgresVaultStore.create(ds).subjects()).isEmpty();
    assertThat(PostgresConsentStore.create(ds)).isNotNull();
    assertThatThrownBy(() -> PostgresHourEventStore.create(ds))
        .isInstanceOfSatisfying(
            SchemaVersionException.class,
            e -> {
              assertThat(e.found()).isEqualTo(4);
              assertThat(e.required()).isEqualTo(5);
            })
        .hasMessageContaining("hour event store needs version 5");
  }

  @Test
  void a_schema_with_a_migration_skipped_below_its_version_is_refused() throws SQLException {
    DataSource ds = TestDatabase.empty();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      for (Migrations.Script s : Migrations.scripts()) {
        if (s.version() != 2) { // the fund journal's table is never made
          try (Statement st = c.createStatement()) {
            st.execute(s.sql());
          }
          c.commit();
        }
      }
    }
    assertThatThrownBy(() -> PostgresFundJournalStore.create(ds))
        .isInstanceOfSatisfying(
            SchemaVersionException.class,
            e -> assertThat(e.found()).isEqualTo(SchemaVersion.CURRENT))
        .hasMessageContaining("migration V2 was never applied");
    assertThatThrownBy(() -> PostgresHourEventStore.create(ds))
        .isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("V2");
  }

  @Test
  void both_stores_refuse_a_schema_newer_than_the_library() throws SQLException {
    DataSource ds = TestDatabase.create();
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(
          "INSERT INTO tatawwu_schema_version (version, description) VALUES ("
              + (SchemaVersion.CURRENT + 1)
              + ", 'from the future')");
    }
    assertThatThrownBy(() -> PostgresHourEventStore.create(ds))
        .isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("newer than this library knows");
    assertThatThrownBy(() -> PostgresFundJournalStore.create(ds))
        .isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("newer than this library knows");
  }
}
