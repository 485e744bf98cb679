package org.tatawwu.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.tatawwu.fund.AssociationId;
import org.tatawwu.fund.BeneficiaryRef;
import org.tatawwu.fund.Channel;
import org.tatawwu.fund.Disbursement;
import org.tatawwu.fund.Donation;
import org.tatawwu.fund.DonorId;
import org.tatawwu.fund.DonorType;
import org.tatawwu.fund.FundId;
import org.tatawwu.fund.FundJournalConflictException;
import org.tatawwu.fund.FundJournalStore;
import org.tatawwu.fund.FundOperation;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.fund.NeedVerification;
import org.tatawwu.fund.Refund;
import org.tatawwu.fund.ServiceCategory;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;

/**
 * The Community Fund's journal in PostgreSQL: one row per entry in {@code tatawwu_fund_entry}
 * (migration {@code V2__fund_journal.sql}), its sequence the primary key, one column per field of
 * the operation (amounts in halalas), so that the books can be read with SQL. Every call takes a
 * connection from the caller's {@link DataSource} and gives it back before returning; the store
 * holds no connection and no state of its own, so any number of stores — one per application node,
 * each over its own pool — may share one database.
 *
 * <h2>Appends</h2>
 *
 * <p>An append is one transaction: it reads the last sequence, refuses entries that do not start
 * right after it ({@link FundJournalConflictException} if another node took that sequence, {@link
 * IllegalStateException} for a gap), inserts the rows in one batch and commits. Two nodes racing
 * for one sequence cannot both commit: the primary key makes the second wait for the first and then
 * fail, which is reported as a conflict. An append returns once PostgreSQL has committed it
 * (durable as the server's {@code synchronous_commit} setting makes commits). If the connection
 * fails, a statement times out or the commit's answer is lost, the append throws {@link
 * DatabaseException}: its rows are then all committed or none is, and the next {@link #replayAfter}
 * says which.
 *
 * <h2>What a reader sees</h2>
 *
 * <p>{@link #replayAfter} reads the rows after a sequence in one statement, so in one snapshot: it
 * sees every append committed before it started, and never part of an operation. Since a node
 * appends sequence {@code n + 1} only after it has read {@code n} committed, the journal it reads
 * has no gap.
 *
 * <p>Thread-safe (as thread-safe as the {@link DataSource}); the instance is immutable.
 */
@SuppressWarnings("JavaInstantGetSecondsGetNano") // instants are stored as seconds and nanos apart
public final class PostgresFundJournalStore implements FundJournalStore {
  /** The least schema version this store needs. */
  static final int SCHEMA = 2;

  private static final String COLUMNS =
      "sequence, at_second, at_nano, day, balance_after, kind, idempotency_key, fund, amount,"
          + " recorded_by, donor, donor_type, channel, donation, reason, association, category,"
          + " region, disbursed_on, beneficiary, verified_by, verified_at_second, verified_at_nano,"
          + " evidence, volunteers_involved";
  private static final int COLUMN_COUNT = 25;
  private static final String INSERT =
      "INSERT INTO tatawwu_fund_entry ("
          + COLUMNS
          + ") VALUES (?"
          + ", ?".repeat(COLUMN_COUNT - 1)
          + ")";
  private static final String LAST = "SELECT coalesce(max(sequence), 0) FROM tatawwu_fund_entry";
  private static final String AFTER =
      "SELECT " + COLUMNS + " FROM tatawwu_fund_entry WHERE sequence > ? ORDER BY sequence";
  private static final String UNIQUE_VIOLATION = "23505";
  private static final int FETCH = 10_000;

  private final DataSource dataSource;

  private PostgresFundJournalStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Creates a store over a database whose Tatawwu schema is at version 2 or later (and not newer
   * than this library knows).
   *
   * @param dataSource where connections come from, not null; the caller keeps it (and closes it)
   * @return the store
   * @throws SchemaVersionException if the schema is missing, too old or too new
   * @throws DatabaseException if the database cannot be reached
   */
  public static PostgresFundJournalStore create(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    SchemaVersion.require(dataSource, SCHEMA, "fund journal store");
    return new PostgresFundJournalStore(dataSource);
  }

  /**
   * {@inheritDoc}
   *
   * @throws DatabaseException if the database fails or cannot be reached; the entries are then all
   *     stored or none is
   */
  @Override
  public void appendAll(List<JournalEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    if (entries.isEmpty()) {
      return;
    }
    long first = entries.get(0).sequence();
    if (first < 1) {
      throw new IllegalArgumentException("fund journal sequences start at 1");
    }
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).sequence() != first + i) {
        throw new IllegalArgumentException(
            "fund journal entry "
                + entries.get(i).sequence()
                + " does not follow "
                + (first + i - 1));
      }
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long last = last(c);
        if (first <= last) {
          throw conflict(first);
        }
        if (first != last + 1) {
          throw new IllegalStateException(
              "fund journal entry " + first + " leaves a gap after entry " + last);
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
          for (JournalEntry e : entries) {
            bind(ps, e);
            ps.addBatch();
          }
          ps.executeBatch();
        }
        c.commit();
      } catch (SQLException e) {
        rollbackQuietly(c, e);
        if (uniqueViolation(e)) {
          throw conflict(first);
        }
        throw e;
      } catch (RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new DatabaseException(
          "cannot append fund journal entries from "
              + first
              + "; the outcome is unknown until read back",
          e);
    }
  }

  private static boolean uniqueViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (UNIQUE_VIOLATION.equals(x.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static FundJournalConflictException conflict(long first) {
    return new FundJournalConflictException(
        first, "fund journal entry " + first + " was taken by another writer");
  }

  private static void rollbackQuietly(Connection c, Exception failure) {
    try {
      c.rollback();
    } catch (SQLException suppressed) {
      failure.addSuppressed(suppressed); // the connection is likely gone: nothing was committed
    }
  }

  private static long last(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(LAST)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void bind(PreparedStatement ps, JournalEntry e) throws SQLException {
    FundOperation op = e.operation();
    int i = 0;
    ps.setLong(++i, e.sequence());
    ps.setLong(++i, e.at().getEpochSecond());
    ps.setInt(++i, e.at().getNano());
    ps.setObject(++i, e.day());
    ps.setLong(++i, e.balanceAfter().halalas());
    ps.setString(++i, kind(op));
    ps.setString(++i, op.key().value());
    ps.setString(++i, op.fund().value());
    ps.setLong(++i, op.amount().halalas());
    Donation donation = op instanceof Donation d ? d : null;
    Refund refund = op instanceof Refund r ? r : null;
    Disbursement disbursement = op instanceof Disbursement d ? d : null;
    ps.setString(
        ++i,
        donation != null
            ? donation.recordedBy()
            : refund != null ? refund.recordedBy() : requireNonNull(disbursement).recordedBy());
    ps.setString(++i, donation == null ? null : donation.donor().value());
    ps.setString(++i, donation == null ? null : donation.donorType().name());
    ps.setString(++i, donation == null ? null : donation.channel().name());
    if (refund == null) {
      ps.setNull(++i, Types.BIGINT);
      ps.setNull(++i, Types.VARCHAR);
    } else {
      ps.setLong(++i, refund.donation());
      ps.setString(++i, refund.reason());
    }
    if (disbursement == null) {
      ps.setNull(++i, Types.VARCHAR); // association
      ps.setNull(++i, Types.VARCHAR); // category
      ps.setNull(++i, Types.VARCHAR); // region
      ps.setNull(++i, Types.DATE); // disbursed on
      ps.setNull(++i, Types.VARCHAR); // beneficiary
      ps.setNull(++i, Types.VARCHAR); // verified by
      ps.setNull(++i, Types.BIGINT);
      ps.setNull(++i, Types.INTEGER);
      ps.setNull(++i, Types.VARCHAR);
      ps.setNull(++i, Types.INTEGER);
    } else {
      ps.setString(++i, disbursement.association().value());
      ps.setString(++i, disbursement.category().name());
      ps.setString(++i, disbursement.region().name());
      ps.setObject(++i, disbursement.date());
      ps.setString(++i, disbursement.beneficiary().map(BeneficiaryRef::value).orElse(null));
      NeedVerification v = disbursement.verification().orElse(null);
      if (v == null) {
        ps.setNull(++i, Types.VARCHAR);
        ps.setNull(++i, Types.BIGINT);
        ps.setNull(++i, Types.INTEGER);
        ps.setNull(++i, Types.VARCHAR);
      } else {
        ps.setString(++i, v.verifiedBy());
        ps.setLong(++i, v.verifiedAt().getEpochSecond());
        ps.setInt(++i, v.verifiedAt().getNano());
        ps.setString(++i, v.evidence().name());
      }
      ps.setInt(++i, disbursement.volunteersInvolved());
    }
  }

  private static <T> T requireNonNull(@Nullable T value) {
    return Objects.requireNonNull(value);
  }

  private static String kind(FundOperation op) {
    if (op instanceof Donation) {
      return "DONATION";
    }
    return op instanceof Refund ? "REFUND" : "DISBURSEMENT";
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement (so one snapshot), its rows fetched {@value #FETCH} at a time; with nothing
   * after {@code sequence} it costs one round trip that reads one index entry.
   *
   * @throws DatabaseException if the database cannot be read
   * @throws IllegalStateException if the stored journal has a gap or a row that is not an entry
   */
  @Override
  public void replayAfter(long sequence, Consumer<JournalEntry> consumer) {
    if (sequence < 0) {
      throw new IllegalArgumentException("a replay starts after sequence 0 or more");
    }
    Objects.requireNonNull(consumer, "consumer");
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false); // the driver fetches in portions only inside a transaction
      try (PreparedStatement ps = c.prepareStatement(AFTER)) {
        ps.setFetchSize(FETCH);
        ps.setLong(1, sequence);
        long expected = sequence + 1;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            JournalEntry e = entry(rs);
            if (e.sequence() != expected) {
              throw new IllegalStateException(
                  "the stored fund journal skips from " + (expected - 1) + " to " + e.sequence());
            }
            expected++;
            consumer.accept(e);
          }
        }
      } finally {
        c.rollback(); // read only: nothing to keep
      }
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the fund journal after " + sequence, e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws DatabaseException if the database cannot be read
   */
  @Override
  public long size() {
    try (Connection c = dataSource.getConnection()) {
      return last(c);
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the number of fund journal entries", e);
    }
  }

  @Override
  public String toString() {
    return "PostgresFundJournalStore";
  }

  private static JournalEntry entry(ResultSet rs) throws SQLException {
    long sequence = rs.getLong(1);
    try {
      Instant at = Instant.ofEpochSecond(rs.getLong(2), rs.getInt(3));
      LocalDate day = date(rs, 4);
      SarAmount balance = SarAmount.ofHalalas(rs.getLong(5));
      String kind = text(rs, 6);
      IdempotencyKey key = IdempotencyKey.of(text(rs, 7));
      FundId fund = FundId.of(text(rs, 8));
      SarAmount amount = SarAmount.ofHalalas(rs.getLong(9));
      String recordedBy = text(rs, 10);
      FundOperation op =
          switch (kind) {
            case "DONATION" ->
                Donation.builder()
                    .key(key)
                    .fund(fund)
                    .donor(DonorId.of(text(rs, 11)))
                    .donorType(DonorType.valueOf(text(rs, 12)))
                    .channel(Channel.valueOf(text(rs, 13)))
                    .amount(amount)
                    .recordedBy(recordedBy)
                    .build();
            case "REFUND" ->
                new Refund(key, fund, number(rs, 14), amount, text(rs, 15), recordedBy);
            case "DISBURSEMENT" -> disbursement(rs, key, fund, amount, recordedBy);
            default -> throw new IllegalStateException("unknown fund operation " + kind);
          };
      return new JournalEntry(sequence, at, day, op, balance);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new IllegalStateException("stored fund journal entry " + sequence + " is not valid", e);
    }
  }

  private static Disbursement disbursement(
      ResultSet rs, IdempotencyKey key, FundId fund, SarAmount amount, String recordedBy)
      throws SQLException {
    String beneficiary = rs.getString(20);
    String verifiedBy = rs.getString(21);
    Optional<NeedVerification> verification =
        verifiedBy == null
            ? Optional.empty()
            : Optional.of(
                new NeedVerification(
                    verifiedBy,
                    Instant.ofEpochSecond(number(rs, 22), rs.getInt(23)),
                    NeedVerification.Evidence.valueOf(text(rs, 24))));
    return Disbursement.builder()
        .key(key)
        .fund(fund)
        .association(AssociationId.of(text(rs, 16)))
        .category(ServiceCategory.valueOf(text(rs, 17)))
        .region(Region.valueOf(text(rs, 18)))
        .amount(amount)
        .date(date(rs, 19))
        .beneficiary(Optional.ofNullable(beneficiary).map(BeneficiaryRef::of))
        .verification(verification)
        .volunteersInvolved((int) number(rs, 25))
        .recordedBy(recordedBy)
        .build();
  }

  private static String text(ResultSet rs, int column) throws SQLException {
    String s = rs.getString(column);
    if (s == null) {
      throw new IllegalStateException("a stored fund journal entry lacks column " + column);
    }
    return s;
  }

  private static long number(ResultSet rs, int column) throws SQLException {
    long n = rs.getLong(column);
    if (rs.wasNull()) {
      throw new IllegalStateException("a stored fund journal entry lacks column " + column);
    }
    return n;
  }

  private static LocalDate date(ResultSet rs, int column) throws SQLException {
    LocalDate d = rs.getObject(column, LocalDate.class);
    if (d == null) {
      throw new IllegalStateException("a stored fund journal entry lacks column " + column);
    }
    return d;
  }
}
