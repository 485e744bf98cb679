package org.tatawwu.postgres;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventConflictException;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourEvidence;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The hour ledger's events in PostgreSQL: one row per event in {@code tatawwu_hour_event}
 * (migration {@code V1__hour_events.sql}), its sequence the primary key. Every call takes a
 * connection from the caller's {@link DataSource} and gives it back before returning; the store
 * holds no connection and no state of its own, so any number of stores — one per application node,
 * each over its own pool — may share one database.
 *
 * <h2>Appends</h2>
 *
 * <p>An append is one transaction: it reads the last sequence, refuses a batch that does not start
 * right after it ({@link HourEventConflictException} if another node took that sequence, {@link
 * IllegalStateException} for a gap), writes the rows (one {@code INSERT} for a single event, {@code
 * COPY} for a batch) and commits. Two nodes racing for one sequence cannot both commit: the primary
 * key makes the second wait for the first and then fail, which is reported as a conflict. An append
 * returns once PostgreSQL has committed it (durable as the server's {@code synchronous_commit}
 * setting makes commits). If the connection fails, a statement times out or the commit's answer is
 * lost, the append throws {@link DatabaseException}: its rows are then all committed or none is,
 * and the next {@link #replayAfter} says which.
 *
 * <h2>What a reader sees</h2>
 *
 * <p>{@link #replayAfter} reads the rows after a sequence in one statement, so in one snapshot: it
 * sees every append committed before it started, and never part of a batch. Since a node appends
 * sequence {@code n + 1} only after it has read {@code n} committed, the log it reads has no gap.
 *
 * <p>Thread-safe (as thread-safe as the {@link DataSource}); the instance is immutable.
 */
@SuppressWarnings("JavaInstantGetSecondsGetNano") // instants are stored as seconds and nanos apart
public final class PostgresHourEventStore implements HourEventStore {
  /** The least schema version this store needs. */
  static final int SCHEMA = 5;

  private static final String COLUMNS =
      "sequence, at_second, at_nano, actor, type, note, entry_id, idempotency_key, volunteer,"
          + " opportunity, entity, supervising_entity, field, region, day, start_second,"
          + " start_nano, end_second, end_nano, credited_minutes, source, compulsory, status,"
          + " submitted_at_second, submitted_at_nano, submitted_by, corrects, superseded_by,"
          + " decided_by, decided_at_second, decided_at_nano, entry_note, shift, review,"
          + " evidence_code, location_verified, auto_check_out";
  private static final int COLUMN_COUNT = 37;
  private static final String INSERT =
      "INSERT INTO tatawwu_hour_event ("
          + COLUMNS
          + ") VALUES (?"
          + ", ?".repeat(COLUMN_COUNT - 1)
          + ")";
  private static final String COPY =
      "COPY tatawwu_hour_event (" + COLUMNS + ") FROM STDIN (FORMAT text)";
  private static final String LAST = "SELECT coalesce(max(sequence), 0) FROM tatawwu_hour_event";
  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;

  private PostgresHourEventStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Creates a store over a database whose Tatawwu schema is at version 5 or later (and not newer
   * than this library knows).
   *
   * @param dataSource where connections come from, not null; the caller keeps it (and closes it)
   * @return the store
   * @throws SchemaVersionException if the schema is missing, too old or too new
   * @throws DatabaseException if the database cannot be reached
   */
  public static PostgresHourEventStore create(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    SchemaVersion.require(dataSource, SCHEMA, "hour event store");
    return new PostgresHourEventStore(dataSource);
  }

  @Override
  public void appendAll(List<HourEvent> events) {
    Objects.requireNonNull(events, "events");
    if (events.isEmpty()) {
      return;
    }
    long first = events.get(0).sequence();
    for (int i = 1; i < events.size(); i++) {
      if (events.get(i).sequence() != first + i) {
        throw new IllegalStateException(
            "event " + events.get(i).sequence() + " does not follow event " + (first + i - 1));
      }
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long last = last(c);
        if (first <= last) {
          throw conflict(first, last);
        }
        if (first != last + 1) {
          throw new IllegalStateException(
              "event " + first + " does not follow event " + last + ", the last stored");
        }
        if (events.size() == 1) {
          insert(c, events.get(0));
        } else {
          copy(c, events);
        }
        c.commit();
      } catch (SQLException e) {
        rollbackQuietly(c, e);
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw conflict(first, -1);
        }
        throw e;
      } catch (RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new DatabaseException(
          "cannot append hour events from " + first + "; the outcome is unknown until read back",
          e);
    }
  }

  private static HourEventConflictException conflict(long first, long last) {
    return new HourEventConflictException(
        first,
        last < 0
            ? "event " + first + " was taken by another writer"
            : "event " + first + " is taken: the store holds " + last + " events");
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

  private static void insert(Connection c, HourEvent e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      HourEntry n = e.entry();
      int i = 0;
      ps.setLong(++i, e.sequence());
      ps.setLong(++i, e.at().getEpochSecond());
      ps.setInt(++i, e.at().getNano());
      ps.setString(++i, e.actor());
      ps.setString(++i, e.type().name());
      ps.setString(++i, e.note().orElse(null));
      ps.setString(++i, n.id().value());
      ps.setString(++i, n.key().value());
      ps.setString(++i, n.volunteer().value());
      ps.setString(++i, n.opportunity().value());
      ps.setString(++i, n.entity().value());
      ps.setString(++i, n.supervisingEntity().value());
      ps.setString(++i, n.field().value());
      ps.setString(++i, n.region().code());
      ps.setObject(++i, n.day());
      ps.setLong(++i, n.time().start().getEpochSecond());
      ps.setInt(++i, n.time().start().getNano());
      ps.setLong(++i, n.time().end().getEpochSecond());
      ps.setInt(++i, n.time().end().getNano());
      ps.setInt(++i, n.creditedMinutes());
      ps.setString(++i, n.source().name());
      ps.setBoolean(++i, n.compulsory());
      ps.setString(++i, n.status().name());
      ps.setLong(++i, n.submittedAt().getEpochSecond());
      ps.setInt(++i, n.submittedAt().getNano());
      ps.setString(++i, n.submittedBy());
      ps.setString(++i, n.corrects().map(HourEntryId::value).orElse(null));
      ps.setString(++i, n.supersededBy().map(HourEntryId::value).orElse(null));
      ps.setString(++i, n.decidedBy().orElse(null));
      Instant decided = n.decidedAt().orElse(null);
      if (decided == null) {
        ps.setNull(++i, java.sql.Types.BIGINT);
        ps.setNull(++i, java.sql.Types.INTEGER);
      } else {
        ps.setLong(++i, decided.getEpochSecond());
        ps.setInt(++i, decided.getNano());
      }
      ps.setString(++i, n.note().orElse(null));
      ps.setString(++i, n.shift().map(ShiftId::value).orElse(null));
      ps.setString(++i, n.review().isEmpty() ? null : Reasons.write(n.review()));
      ps.setString(++i, n.evidence().checkInCode().orElse(null));
      ps.setBoolean(++i, n.evidence().locationVerified());
      ps.setBoolean(++i, n.evidence().autoCheckOut());
      ps.executeUpdate();
    }
  }

  /** Writes a batch with COPY in PostgreSQL's text format. */
  private static void copy(Connection c, List<HourEvent> events) throws SQLException {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    StringBuilder text = new StringBuilder(events.size() * 256);
    for (HourEvent e : events) {
      HourEntry n = e.entry();
      text.append(e.sequence()).append('\t');
      text.append(e.at().getEpochSecond()).append('\t').append(e.at().getNano()).append('\t');
      field(text, e.actor());
      field(text, e.type().name());
      field(text, e.note().orElse(null));
      field(text, n.id().value());
      field(text, n.key().value());
      field(text, n.volunteer().value());
      field(text, n.opportunity().value());
      field(text, n.entity().value());
      field(text, n.supervisingEntity().value());
      field(text, n.field().value());
      field(text, n.region().code());
      text.append(n.day()).append('\t');
      instant(text, n.time().start());
      instant(text, n.time().end());
      text.append(n.creditedMinutes()).append('\t');
      field(text, n.source().name());
      text.append(n.compulsory() ? 't' : 'f').append('\t');
      field(text, n.status().name());
      instant(text, n.submittedAt());
      field(text, n.submittedBy());
      field(text, n.corrects().map(HourEntryId::value).orElse(null));
      field(text, n.supersededBy().map(HourEntryId::value).orElse(null));
      field(text, n.decidedBy().orElse(null));
      Instant decided = n.decidedAt().orElse(null);
      if (decided == null) {
        text.append("\\N\t\\N\t");
      } else {
        instant(text, decided);
      }
      field(text, n.note().orElse(null));
      field(text, n.shift().map(ShiftId::value).orElse(null));
      field(text, n.review().isEmpty() ? null : Reasons.write(n.review()));
      field(text, n.evidence().checkInCode().orElse(null));
      text.append(n.evidence().locationVerified() ? 't' : 'f').append('\t');
      text.append(n.evidence().autoCheckOut() ? 't' : 'f').append('\n');
    }
    try {
      copy.copyIn(COPY, new StringReader(text.toString()));
    } catch (IOException e) {
      throw new SQLException("cannot stream the COPY of hour events", "08006", e);
    }
  }

  private static void instant(StringBuilder text, Instant at) {
    text.append(at.getEpochSecond()).append('\t').append(at.getNano()).append('\t');
  }

  private static void field(StringBuilder text, @Nullable String value) {
    if (value == null) {
      text.append("\\N");
    } else {
      escape(text, value);
    }
    text.append('\t');
  }

  /** COPY's text format: backslash, tab, newline and carriage return escaped. */
  private static void escape(StringBuilder text, String value) {
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement (so one snapshot): a {@code COPY} of the rows after {@code sequence} in text
   * format, read row by row as the server streams them; with nothing after {@code sequence} it
   * costs one round trip that reads one index entry.
   *
   * @throws DatabaseException if the database cannot be read
   * @throws IllegalStateException if the stored log has a gap or a row that is not an event
   */
  @Override
  public void replayAfter(long sequence, Consumer<HourEvent> consumer) {
    if (sequence < 0) {
      throw new IllegalArgumentException("a sequence is 0 or more");
    }
    Objects.requireNonNull(consumer, "consumer");
    try (Connection c = dataSource.getConnection()) {
      CopyOut out = c.unwrap(PGConnection.class).getCopyAPI().copyOut(copyAfter(sequence));
      try {
        Rows rows = new Rows();
        long expected = sequence + 1;
        byte[] row;
        while ((row = out.readFromCopy()) != null) {
          HourEvent e = rows.event(row);
          if (e.sequence() != expected) {
            throw new IllegalStateException(
                "the stored hour events skip from " + (expected - 1) + " to " + e.sequence());
          }
          expected++;
          consumer.accept(e);
        }
      } finally {
        if (out.isActive()) {
          out.cancelCopy(); // a consumer or a row failed: stop the server's stream
        }
      }
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the hour events after " + sequence, e);
    }
  }

  private static String copyAfter(long sequence) {
    return "COPY (SELECT "
        + COLUMNS
        + " FROM tatawwu_hour_event WHERE sequence > "
        + sequence
        + " ORDER BY sequence) TO STDOUT (FORMAT text)";
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
      throw new DatabaseException("cannot read the number of hour events", e);
    }
  }

  @Override
  public String toString() {
    return "PostgresHourEventStore";
  }

  /** Reads COPY rows into events; an identifier that repeats the previous row's is parsed once. */
  private static final class Rows {
    private static final int ACTOR = 0;
    private static final int TYPE = 1;
    private static final int OPPORTUNITY = 2;
    private static final int ENTITY = 3;
    private static final int SUPERVISING = 4;
    private static final int FIELD = 5;
    private static final int REGION = 6;
    private static final int SOURCE = 7;
    private static final int STATUS = 8;
    private static final int SUBMITTED_BY = 9;
    private static final int DECIDED_BY = 10;

    private final CopyTextRow row = new CopyTextRow(11);

    HourEvent event(byte[] bytes) {
      try {
        row.start(bytes);
        long sequence = row.nextLong();
        Instant at = Instant.ofEpochSecond(row.nextLong(), row.nextInt());
        String actor = required(row.cached(ACTOR, Function.identity()), "actor");
        HourEvent.Type type = required(row.cached(TYPE, HourEvent.Type::valueOf), "type");
        Optional<String> note = Optional.ofNullable(row.nextText());
        HourEntryId id = HourEntryId.of(required(row.nextText(), "entry_id"));
        IdempotencyKey key = IdempotencyKey.of(required(row.nextText(), "idempotency_key"));
        VolunteerId volunteer = VolunteerId.of(required(row.nextText(), "volunteer"));
        OpportunityNumber opportunity =
            required(row.cached(OPPORTUNITY, OpportunityNumber::parse), "opportunity");
        EntityId entity = required(row.cached(ENTITY, EntityId::of), "entity");
        EntityId supervising =
            required(row.cached(SUPERVISING, EntityId::of), "supervising_entity");
        FieldCode field = required(row.cached(FIELD, FieldCode::of), "field");
        Region region = required(row.cached(REGION, Region::parse), "region");
        LocalDate day = row.nextDate();
        Instant start = Instant.ofEpochSecond(row.nextLong(), row.nextInt());
        Instant end = Instant.ofEpochSecond(row.nextLong(), row.nextInt());
        int minutes = row.nextInt();
        HourSource source = required(row.cached(SOURCE, HourSource::valueOf), "source");
        boolean compulsory = row.nextBoolean();
        HourStatus status = required(row.cached(STATUS, HourStatus::valueOf), "status");
        Instant submittedAt = Instant.ofEpochSecond(row.nextLong(), row.nextInt());
        String submittedBy =
            required(row.cached(SUBMITTED_BY, Function.identity()), "submitted_by");
        Optional<HourEntryId> corrects = Optional.ofNullable(row.nextText()).map(HourEntryId::of);
        Optional<HourEntryId> supersededBy =
            Optional.ofNullable(row.nextText()).map(HourEntryId::of);
        Optional<String> decidedBy =
            Optional.ofNullable(row.cached(DECIDED_BY, Function.identity()));
        long decidedSecond = row.nextLong(Long.MIN_VALUE);
        long decidedNano = row.nextLong(Long.MIN_VALUE);
        Optional<Instant> decidedAt;
        if (decidedSecond == Long.MIN_VALUE || decidedNano == Long.MIN_VALUE) {
          if (decidedSecond != decidedNano) {
            throw new IllegalStateException("hour event " + sequence + " is half decided");
          }
          decidedAt = Optional.empty();
        } else {
          decidedAt = Optional.of(Instant.ofEpochSecond(decidedSecond, decidedNano));
        }
        Optional<String> entryNote = Optional.ofNullable(row.nextText());
        Optional<ShiftId> shift = Optional.ofNullable(row.nextText()).map(ShiftId::of);
        String review = row.nextText();
        Optional<String> code = Optional.ofNullable(row.nextText());
        boolean located = row.nextBoolean();
        boolean autoCheckOut = row.nextBoolean();
        if (!row.finished()) {
          throw new IllegalStateException("hour event " + sequence + " has more columns");
        }
        HourEntry entry =
            new HourEntry(
                id,
                key,
                volunteer,
                opportunity,
                entity,
                supervising,
                field,
                region,
                day,
                TimeRange.of(start, end),
                minutes,
                source,
                compulsory,
                status,
                submittedAt,
                submittedBy,
                corrects,
                supersededBy,
                decidedBy,
                decidedAt,
                entryNote,
                shift,
                review == null ? List.of() : Reasons.read(review),
                code.isEmpty() && !located && !autoCheckOut
                    ? HourEvidence.NONE
                    : new HourEvidence(code, located, autoCheckOut));
        return new HourEvent(sequence, at, actor, type, entry, note);
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        throw new IllegalStateException("a stored hour event is not valid", e);
      }
    }

    private static <T> T required(@Nullable T value, String column) {
      if (value == null) {
        throw new IllegalStateException("a stored hour event lacks its " + column);
      }
      return value;
    }
  }
}
