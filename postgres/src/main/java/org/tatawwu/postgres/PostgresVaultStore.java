package org.tatawwu.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.tatawwu.privacy.VaultStore;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The personal data vault's store in PostgreSQL (migration {@code V3__personal_data_vault.sql}):
 * one row per volunteer in {@code tatawwu_vault_subject} with the wrapped data key, and the sealed
 * (AES-GCM) records in {@code tatawwu_vault_record}, appended and never updated. Only ciphertext
 * and wrapped keys reach the database, never a personal value. Pass it to {@link
 * org.tatawwu.privacy.Privacy#vault(VaultStore, javax.crypto.SecretKey)}.
 *
 * <h2>Erasure</h2>
 *
 * <p>{@link #destroyKey} sets the volunteer's wrapped key to {@code NULL} and marks them destroyed
 * in one transaction, then runs {@code VACUUM} on the key table so that PostgreSQL prunes the old
 * row version from the table's pages. From then on no sealed record of theirs can be read through
 * any store on this database. PostgreSQL's write-ahead log, and any backup taken before, still hold
 * the old wrapped key until they are recycled; a wrapped key reveals nothing without the master
 * key, which the application keeps outside the database.
 *
 * <p>Every call takes a connection from the caller's {@link DataSource} and gives it back before
 * returning; any number of stores, one per application node, may share one database. A second
 * {@link #putKey} for one volunteer, on any node, is refused by the primary key. Thread-safe (as
 * thread-safe as the {@link DataSource}); the instance is immutable.
 */
public final class PostgresVaultStore implements VaultStore {
  /** The least schema version this store needs. */
  static final int SCHEMA = 3;

  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;

  private PostgresVaultStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Creates a store over a database whose Tatawwu schema is at version 3 or later (and not newer
   * than this library knows).
   *
   * @param dataSource where connections come from, not null; the caller keeps it (and closes it)
   * @return the store
   * @throws SchemaVersionException if the schema is missing, too old or too new
   * @throws DatabaseException if the database cannot be reached
   */
  public static PostgresVaultStore create(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    SchemaVersion.require(dataSource, SCHEMA, "vault store");
    return new PostgresVaultStore(dataSource);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidValueException if the key is empty or longer than {@link
   *     VaultStore#MAX_WRAPPED_KEY_BYTES}
   * @throws DatabaseException if the database fails
   */
  @Override
  public void putKey(VolunteerId subject, byte[] wrappedKey) {
    Objects.requireNonNull(subject, "subject");
    checkKey(wrappedKey);
    try (Connection c = dataSource.getConnection()) {
      insertKey(c, subject, wrappedKey);
    } catch (SQLException e) {
      throw keyRefused(e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here both rows are inserted in one transaction.
   *
   * @throws InvalidValueException if the key is empty or longer than {@link
   *     VaultStore#MAX_WRAPPED_KEY_BYTES}, or the record empty or longer than {@link
   *     VaultStore#MAX_SEALED_BYTES}
   * @throws DatabaseException if the database fails; then neither is kept, or (if the commit's
   *     answer was lost) both
   */
  @Override
  public void putKeyAndAppend(VolunteerId subject, byte[] wrappedKey, byte[] sealed) {
    Objects.requireNonNull(subject, "subject");
    checkKey(wrappedKey);
    checkSealed(sealed);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        insertKey(c, subject, wrappedKey);
        insertRecord(c, subject, sealed);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed); // the connection is likely gone: nothing was committed
        }
        throw e;
      }
    } catch (SQLException e) {
      throw keyRefused(e);
    }
  }

  private static void checkKey(byte[] wrappedKey) {
    if (wrappedKey.length < 1 || wrappedKey.length > MAX_WRAPPED_KEY_BYTES) {
      throw new InvalidValueException(
          "privacy.store.key", "a wrapped key has 1 to " + MAX_WRAPPED_KEY_BYTES + " bytes");
    }
  }

  private static void checkSealed(byte[] sealed) {
    if (sealed.length < 1 || sealed.length > MAX_SEALED_BYTES) {
      throw new InvalidValueException(
          "privacy.store.record", "a sealed record has 1 byte to 1 MiB");
    }
  }

  private static void insertKey(Connection c, VolunteerId subject, byte[] wrappedKey)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO tatawwu_vault_subject (subject, wrapped_key) VALUES (?, ?)")) {
      st.setString(1, subject.value());
      st.setBytes(2, wrappedKey);
      st.executeUpdate();
    }
  }

  private static void insertRecord(Connection c, VolunteerId subject, byte[] sealed)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("INSERT INTO tatawwu_vault_record (subject, sealed) VALUES (?, ?)")) {
      st.setString(1, subject.value());
      st.setBytes(2, sealed);
      st.executeUpdate();
    }
  }

  private static RuntimeException keyRefused(SQLException e) {
    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
      return new IllegalStateException("the volunteer already has a key, or had one destroyed", e);
    }
    return new DatabaseException("cannot store a wrapped key", e);
  }

  /**
   * {@inheritDoc}
   *
   * @throws DatabaseException if the database fails
   */
  @Override
  public Optional<byte[]> key(VolunteerId subject) {
    Objects.requireNonNull(subject, "subject");
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT wrapped_key FROM tatawwu_vault_subject"
                    + " WHERE subject = ? AND NOT destroyed")) {
      st.setString(1, subject.value());
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new DatabaseException("cannot read a wrapped key", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws DatabaseException if the database fails; the key is then destroyed or not, and {@link
   *     #destroyed} says which
   */
  @Override
  public boolean destroyKey(VolunteerId subject) {
    Objects.requireNonNull(subject, "subject");
    int updated;
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement st =
          c.prepareStatement(
              "UPDATE tatawwu_vault_subject SET wrapped_key = NULL, destroyed = true"
                  + " WHERE subject = ? AND NOT destroyed")) {
        st.setString(1, subject.value());
        updated = st.executeUpdate();
      }
      if (updated > 0) {
        if (!c.getAutoCommit()) {
          c.commit();
          c.setAutoCommit(true);
        }
        try (Statement st = c.createStatement()) {
          st.execute("VACUUM tatawwu_vault_subject");
        }
      }
    } catch (SQLException e) {
      throw new DatabaseException("cannot destroy a wrapped key", e);
    }
    return updated > 0;
  }

  /**
   * {@inheritDoc}
   *
   * @throws DatabaseException if the database fails
   */
  @Override
  public boolean destroyed(VolunteerId subject) {
    Objects.requireNonNull(subject, "subject");
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement("SELECT destroyed FROM tatawwu_vault_subject WHERE subject = ?")) {
      st.setString(1, subject.value());
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new DatabaseException("cannot read whether a key was destroyed", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidValueException if the record is empty or longer than {@link
   *     VaultStore#MAX_SEALED_BYTES}
   * @throws DatabaseException if the database fails; the record is then stored or not
   */
  @Override
  public void append(VolunteerId subject, byte[] sealed) {
    Objects.requireNonNull(subject, "subject");
    checkSealed(sealed);
    try (Connection c = dataSource.getConnection()) {
      insertRecord(c, subject, sealed);
    } catch (SQLException e) {
      throw new DatabaseException("cannot append a sealed record", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws DatabaseException if the database fails
   */
  @Override
  public List<byte[]> sealed(VolunteerId subject) {
    Objects.requireNonNull(subject, "subject");
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT sealed FROM tatawwu_vault_record WHERE subject = ? ORDER BY id")) {
      st.setString(1, subject.value());
      List<byte[]> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getBytes(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new DatabaseException("cannot read sealed records", e);
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
        ResultSet rs = st.executeQuery("SELECT subject FROM tatawwu_vault_subject")) {
      Set<VolunteerId> out = new HashSet<>();
      while (rs.next()) {
        out.add(VolunteerId.of(rs.getString(1)));
      }
      return Set.copyOf(out);
    } catch (SQLException e) {
      throw new DatabaseException("cannot list the vault's volunteers", e);
    }
  }

  /** Does nothing: the store holds no connection; the caller closes its {@link DataSource}. */
  @Override
  public void close() {}

  @Override
  public String toString() {
    return "PostgresVaultStore";
  }
}
