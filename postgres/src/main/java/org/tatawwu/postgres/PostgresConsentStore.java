package org.tatawwu.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRecord;
import org.tatawwu.privacy.ConsentStore;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The consent register's store in PostgreSQL: one row per entry in {@code tatawwu_consent}
 * (migration {@code V4__consent_register.sql}), appended and never updated, so that every consent
 * given or withdrawn can be read back with SQL. Pass it to {@link
 * org.tatawwu.privacy.Privacy#consentRegister(java.time.Clock, List, ConsentStore)}; registers of
 * several application nodes over one database then answer alike, since every answer is read from
 * the database.
 *
 * <p>Every call takes a connection from the caller's {@link DataSource} and gives it back before
 * returning. Thread-safe (as thread-safe as the {@link DataSource}); the instance is immutable.
 */
@SuppressWarnings("JavaInstantGetSecondsGetNano") // instants are stored as seconds and nanos apart
public final class PostgresConsentStore implements ConsentStore {
  /** The least schema version this store needs. */
  static final int SCHEMA = 4;

  private final DataSource dataSource;

  private PostgresConsentStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Creates a store over a database whose Tatawwu schema is at version 4 or later (and not newer
   * than this library knows).
   *
   * @param dataSource where connections come from, not null; the caller keeps it (and closes it)
   * @return the store
   * @throws SchemaVersionException if the schema is missing, too old or too new
   * @throws DatabaseException if the database cannot be reached
   */
  public static PostgresConsentStore create(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    SchemaVersion.require(dataSource, SCHEMA, "consent store");
    return new PostgresConsentStore(dataSource);
  }

  /**
   * {@inheritDoc}
   *
   * @throws DatabaseException if the database fails; the entry is then stored or not, and {@link
   *     #history} says which
   */
  @Override
  public void append(ConsentRecord entry) {
    Objects.requireNonNull(entry, "entry");
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO tatawwu_consent"
                    + " (subject, purpose, notice, given_by, action, at_second, at_nano)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      st.setString(1, entry.subject().value());
      st.setString(2, entry.purpose().value());
      st.setString(3, entry.notice().value());
      st.setString(4, entry.by().name());
      st.setString(5, entry.action().name());
      st.setLong(6, entry.at().getEpochSecond());
      st.setInt(7, entry.at().getNano());
      st.executeUpdate();
    } catch (SQLException e) {
      throw new DatabaseException("cannot append a consent entry", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws DatabaseException if the database fails
   */
  @Override
  public List<ConsentRecord> history(VolunteerId subject) {
    Objects.requireNonNull(subject, "subject");
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT purpose, notice, given_by, action, at_second, at_nano"
                    + " FROM tatawwu_consent WHERE subject = ? ORDER BY id")) {
      st.setString(1, subject.value());
      List<ConsentRecord> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ConsentRecord(
                  subject,
                  PurposeId.of(rs.getString(1)),
                  NoticeVersion.of(rs.getString(2)),
                  ConsentGiver.valueOf(rs.getString(3)),
                  ConsentRecord.Action.valueOf(rs.getString(4)),
                  Instant.ofEpochSecond(rs.getLong(5), rs.getInt(6))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new DatabaseException("cannot read consent entries", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws DatabaseException if the database fails
   */
  @Override
  public Set<VolunteerId> subjects() {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT DISTINCT subject FROM tatawwu_consent")) {
      Set<VolunteerId> out = new HashSet<>();
      while (rs.next()) {
        out.add(VolunteerId.of(rs.getString(1)));
      }
      return Set.copyOf(out);
    } catch (SQLException e) {
      throw new DatabaseException("cannot list the volunteers with consent entries", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here one {@code DELETE} of the volunteer's rows.
   *
   * @throws DatabaseException if the database fails; the history is then destroyed or not
   */
  @Override
  public int destroyHistory(VolunteerId subject) {
    Objects.requireNonNull(subject, "subject");
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement("DELETE FROM tatawwu_consent WHERE subject = ?")) {
      st.setString(1, subject.value());
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new DatabaseException("cannot destroy a consent history", e);
    }
  }

  @Override
  public String toString() {
    return "PostgresConsentStore";
  }
}
