package org.tatawwu.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The schema's migrations: SQL scripts inside this module, under {@link #LOCATION}, named as Flyway
 * names versioned migrations ({@code V1__hour_events.sql}, ...). Apply them in order, each once and
 * in one transaction, with the migration tool you use: Flyway finds them with {@code
 * locations("classpath:org/tatawwu/postgres/migration")}; for Liquibase or by hand, {@link
 * #scripts()} gives each script's text. Every script records its version in {@code
 * tatawwu_schema_version} ({@link SchemaVersion}).
 *
 * <p>This class has static members only; they are thread-safe.
 */
public final class Migrations {
  /** Where the scripts are, as a resource path. */
  public static final String LOCATION = "org/tatawwu/postgres/migration";

  private static final List<String> FILES =
      List.of(
          "V1__hour_events.sql",
          "V2__fund_journal.sql",
          "V3__personal_data_vault.sql",
          "V4__consent_register.sql",
          "V5__hour_entry_backing.sql");

  private Migrations() {}

  /**
   * One migration script.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param version its version, from 1
   * @param fileName its file name under {@link #LOCATION}, not null
   * @param sql its text, not null
   */
  public record Script(int version, String fileName, String sql) {
    /**
     * Checks the components.
     *
     * @param version its version, from 1
     * @param fileName its file name under {@link #LOCATION}, not null
     * @param sql its text, not null
     */
    public Script {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(sql, "sql");
    }
  }

  /**
   * Returns the scripts in the order to apply them, the last one at {@link SchemaVersion#CURRENT}.
   *
   * @return the scripts, not empty
   * @throws UncheckedIOException if a script cannot be read from the module
   */
  public static List<Script> scripts() {
    List<Script> scripts = new ArrayList<>();
    for (String file : FILES) {
      String resource = "/" + LOCATION + "/" + file;
      try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new UncheckedIOException(
              new IOException("the migration " + resource + " is missing from the module"));
        }
        int version = Integer.parseInt(file.substring(1, file.indexOf("__")));
        scripts.add(
            new Script(version, file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the migration " + resource, e);
      }
    }
    return List.copyOf(scripts);
  }
}
