package org.tatawwu.impl.hours;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEvidence;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Hour events as bytes: a log's format, about 40–60 bytes for a roster line's event where the
 * objects take about 400. Numbers are variable-length (small ones take one byte; signed ones
 * zig-zag encoded); times are seconds and nanoseconds, an entry's end as its length; identifiers
 * that repeat (opportunities, entities, fields, regions, actors) are written once and then referred
 * to by their place in the log's dictionary, so a log is read from its start. Volunteer ids and
 * keys are written as text: they are many, and a look-up would cost more than the bytes. Decoding
 * yields an event equal to the one encoded.
 *
 * <p>An {@link Encoder} and a {@link Decoder} each keep their dictionary; not thread-safe.
 */
final class HourEventCodec {
  private HourEventCodec() {}

  // Bits of the flags byte.
  private static final int COMPULSORY = 1;
  private static final int CORRECTS = 1 << 1;
  private static final int SUPERSEDED_BY = 1 << 2;
  private static final int DECIDED = 1 << 3;
  private static final int ENTRY_NOTE = 1 << 4;
  private static final int EVENT_NOTE = 1 << 5;
  private static final int SUBMITTED_AT_EVENT = 1 << 6;

  /** The entry names a shift or has review reasons: an extension follows the notes. */
  private static final int EXTENDED = 1 << 7;

  // Bits of the extension's first byte: which parts follow.
  private static final int EXT_SHIFT = 1;
  private static final int EXT_REVIEW = 1 << 1;
  private static final int EXT_EVIDENCE = 1 << 2;

  // Bits of the evidence byte.
  private static final int CODE = 1;
  private static final int LOCATION = 1 << 1;
  private static final int AUTO_CHECK_OUT = 1 << 2;

  // Tags of a review reason's argument values.
  private static final int TEXT = 0;
  private static final int LONG = 1;
  private static final int INT = 2;
  private static final int DATE = 3;

  // What an identifier names: each kind remembers its last.
  private static final int ACTOR = 0;
  private static final int OPPORTUNITY = 1;
  private static final int ENTITY = 2;
  private static final int FIELD = 3;
  private static final int REGION = 4;
  private static final int KINDS = 5;

  /** Writes events; remembers the identifiers it wrote. */
  static final class Encoder {
    private final Map<String, Integer> dictionary = new HashMap<>();
    private final List<String> byCode = new ArrayList<>();
    private byte[] out = new byte[256];
    private int size;

    /** The last identifier of each kind, by reference: a roster's lines repeat them. */
    private final @Nullable String[] lastText = new String[KINDS];

    private final int[] lastCode = new int[KINDS];

    /**
     * Encodes an event.
     *
     * @param e the event
     * @return the bytes, valid until the next call
     */
    byte[] encode(HourEvent e) {
      int mark = mark();
      try {
        write(e);
      } catch (RuntimeException | Error failure) {
        rollback(mark); // nothing written: forget the identifiers this event would have added
        size = 0;
        throw failure;
      }
      return out;
    }

    /**
     * Encodes the event that submits roster row {@code r} as entry {@code number} at {@code at}:
     * the same bytes as {@link #encode} of that event ({@link RosterRows#entry}), read from the row
     * without an event or entry object.
     *
     * @return the bytes, valid until the next call
     */
    byte[] encodeSubmission(RosterRows rows, int r, long number, Instant at) {
      int mark = mark();
      try {
        writeSubmission(rows, r, number, at);
      } catch (RuntimeException | Error failure) {
        rollback(mark);
        size = 0;
        throw failure;
      }
      return out;
    }

    /** Creates an encoder for a new log. */
    Encoder() {}

    /**
     * Creates an encoder that goes on writing a log whose identifiers are {@code known}, in the
     * order the log's {@link Decoder} met them.
     */
    Encoder(List<String> known) {
      for (String value : known) {
        dictionary.put(value, byCode.size());
        byCode.add(value);
      }
    }

    /** A point to {@link #rollback} to: the dictionary as it stands. */
    int mark() {
      return byCode.size();
    }

    /** Forgets the identifiers added since {@code mark}, when what was encoded is not kept. */
    void rollback(int mark) {
      while (byCode.size() > mark) {
        dictionary.remove(byCode.remove(byCode.size() - 1));
      }
      Arrays.fill(lastText, null);
    }

    private void write(HourEvent e) {
      size = 0;
      HourEntry x = e.entry();
      Instant start = x.time().start();
      Instant end = x.time().end();
      int flags =
          (x.compulsory() ? COMPULSORY : 0)
              | (x.corrects().isPresent() ? CORRECTS : 0)
              | (x.supersededBy().isPresent() ? SUPERSEDED_BY : 0)
              | (x.decidedBy().isPresent() || x.decidedAt().isPresent() ? DECIDED : 0)
              | (x.note().isPresent() ? ENTRY_NOTE : 0)
              | (e.note().isPresent() ? EVENT_NOTE : 0)
              | (x.submittedAt().equals(e.at()) ? SUBMITTED_AT_EVENT : 0)
              | (x.shift().isPresent()
                      || !x.review().isEmpty()
                      || !x.evidence().equals(HourEvidence.NONE)
                  ? EXTENDED
                  : 0);
      writeByte(Codes.of(e.type()) | Codes.of(x.source()) << 2 | Codes.of(x.status()) << 5);
      writeByte(flags);
      writeInstant(e.at());
      text(ACTOR, e.actor());
      id(x.id());
      ascii(x.key().value());
      ascii(x.volunteer().value()); // many and scattered: text is cheaper than a look-up
      text(OPPORTUNITY, x.opportunity().value());
      text(ENTITY, x.entity().value());
      text(ENTITY, x.supervisingEntity().value());
      text(FIELD, x.field().value());
      text(REGION, x.region().name());
      writeSigned(x.day().toEpochDay());
      writeSigned(start.getEpochSecond());
      writeUnsigned(start.getNano());
      // The length in seconds, exact for any two instants (their difference fits in a long).
      writeSigned(end.getEpochSecond() - start.getEpochSecond());
      writeUnsigned(end.getNano());
      writeUnsigned(x.creditedMinutes());
      if ((flags & SUBMITTED_AT_EVENT) == 0) {
        writeInstant(x.submittedAt());
      }
      text(ACTOR, x.submittedBy());
      // Plain branches rather than ifPresent(this::...): a bound method reference is an object
      // made for every event written.
      if (x.corrects().isPresent()) {
        id(x.corrects().get());
      }
      if (x.supersededBy().isPresent()) {
        id(x.supersededBy().get());
      }
      if ((flags & DECIDED) != 0) {
        writeByte((x.decidedBy().isPresent() ? 1 : 0) | (x.decidedAt().isPresent() ? 2 : 0));
        if (x.decidedBy().isPresent()) {
          text(ACTOR, x.decidedBy().get());
        }
        if (x.decidedAt().isPresent()) {
          writeInstant(x.decidedAt().get());
        }
      }
      if (x.note().isPresent()) {
        chars(x.note().get());
      }
      if (e.note().isPresent()) {
        chars(e.note().get());
      }
      if ((flags & EXTENDED) != 0) {
        writeExtension(x);
      }
    }

    /**
     * {@link #write} of a roster line's submission, from its row: no correction, decision or note;
     * submitted at the event's instant by the event's actor.
     */
    private void writeSubmission(RosterRows rows, int r, long number, Instant at) {
      size = 0;
      HourSubmission s = rows.line(r);
      ParticipatingEntity entity = rows.entity(r);
      List<Violation> review = rows.review(r);
      HourEvidence evidence = rows.evidence(r);
      Instant start = s.time().start();
      Instant end = s.time().end();
      int flags =
          (s.compulsory() ? COMPULSORY : 0)
              | SUBMITTED_AT_EVENT
              | (s.shift().isPresent() || !review.isEmpty() || !evidence.equals(HourEvidence.NONE)
                  ? EXTENDED
                  : 0);
      writeByte(
          Codes.of(HourEvent.Type.SUBMITTED)
              | Codes.of(s.source()) << 2
              | Codes.of(HourStatus.SUBMITTED) << 5);
      writeByte(flags);
      writeInstant(at);
      text(ACTOR, s.submittedBy());
      writeSigned(number);
      ascii(s.key().value());
      ascii(s.volunteer().value());
      text(OPPORTUNITY, s.opportunity().value());
      text(ENTITY, entity.id().value());
      text(ENTITY, entity.supervisingEntity().value());
      text(FIELD, rows.opportunity(r).field().value());
      text(REGION, rows.region(r).name());
      writeSigned(rows.day(r).toEpochDay());
      writeSigned(start.getEpochSecond());
      writeUnsigned(start.getNano());
      writeSigned(end.getEpochSecond() - start.getEpochSecond());
      writeUnsigned(end.getNano());
      writeUnsigned(rows.minutes(r));
      text(ACTOR, s.submittedBy());
      if ((flags & EXTENDED) != 0) {
        writeExtension(s.shift(), review, evidence);
      }
    }

    /** What the entry has beyond the base format: a byte saying which parts follow, then each. */
    private void writeExtension(HourEntry x) {
      writeExtension(x.shift(), x.review(), x.evidence());
    }

    /** The extension of an entry with this shift, review reasons and evidence. */
    private void writeExtension(
        Optional<ShiftId> shift, List<Violation> review, HourEvidence evidence) {
      boolean hasEvidence = !evidence.equals(HourEvidence.NONE);
      writeByte(
          (shift.isPresent() ? EXT_SHIFT : 0)
              | (review.isEmpty() ? 0 : EXT_REVIEW)
              | (hasEvidence ? EXT_EVIDENCE : 0));
      if (shift.isPresent()) {
        chars(shift.get().value());
      }
      if (hasEvidence) {
        writeByte(
            (evidence.checkInCode().isPresent() ? CODE : 0)
                | (evidence.locationVerified() ? LOCATION : 0)
                | (evidence.autoCheckOut() ? AUTO_CHECK_OUT : 0));
        if (evidence.checkInCode().isPresent()) {
          chars(evidence.checkInCode().get());
        }
      }
      if (review.isEmpty()) {
        return;
      }
      writeUnsigned(review.size());
      for (Violation v : review) {
        text(ACTOR, v.code());
        Map<String, Object> args = new TreeMap<>(v.arguments());
        writeUnsigned(args.size());
        for (Map.Entry<String, Object> a : args.entrySet()) {
          chars(a.getKey());
          Object value = a.getValue();
          if (value instanceof Long l) {
            writeByte(LONG);
            writeSigned(l);
          } else if (value instanceof Integer i) {
            writeByte(INT);
            writeSigned(i);
          } else if (value instanceof LocalDate d) {
            writeByte(DATE);
            writeSigned(d.toEpochDay());
          } else if (value instanceof String t) {
            writeByte(TEXT);
            chars(t);
          } else {
            throw new IllegalArgumentException("a review reason's argument of an unstored kind");
          }
        }
      }
    }

    /** Bytes written by the last {@link #encode}. */
    int size() {
      return size;
    }

    private void id(HourEntryId id) {
      long n = id.number();
      writeSigned(n); // -1 for an id not of the ledger's form, its text following
      if (n < 0) {
        ascii(id.value());
      }
    }

    /** An identifier: its dictionary code + 1, or 0 and its text the first time. */
    @SuppressWarnings("ReferenceEquality") // the same instance: a fast path before the dictionary
    private void text(int k, String value) {
      if (value == lastText[k]) {
        writeUnsigned(lastCode[k] + 1L);
        return;
      }
      Integer code = dictionary.get(value);
      if (code == null) {
        code = dictionary.size();
        dictionary.put(value, code);
        byCode.add(value);
        writeUnsigned(0);
        chars(value);
      } else {
        writeUnsigned(code + 1L);
      }
      lastText[k] = value;
      lastCode[k] = code;
    }

    private void writeInstant(Instant t) {
      writeSigned(t.getEpochSecond());
      writeUnsigned(t.getNano());
    }

    private void ascii(String s) {
      int n = s.length();
      writeUnsigned(n);
      room(n);
      for (int i = 0; i < n; i++) {
        out[size++] = (byte) s.charAt(i);
      }
    }

    /**
     * Any text, exactly: each UTF-16 unit as one to three bytes (modified UTF-8, as {@link
     * java.io.DataOutput#writeUTF} writes it), so unpaired surrogates survive too.
     */
    private void chars(String s) {
      int n = s.length();
      writeUnsigned(n);
      room(3 * n);
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          out[size++] = (byte) c;
        } else if (c < 0x800) {
          out[size++] = (byte) (0xC0 | c >> 6);
          out[size++] = (byte) (0x80 | (c & 0x3F));
        } else {
          out[size++] = (byte) (0xE0 | c >> 12);
          out[size++] = (byte) (0x80 | (c >> 6 & 0x3F));
          out[size++] = (byte) (0x80 | (c & 0x3F));
        }
      }
    }

    private void writeByte(int b) {
      room(1);
      out[size++] = (byte) b;
    }

    private void writeSigned(long v) {
      writeUnsigned((v << 1) ^ (v >> 63));
    }

    private void writeUnsigned(long v) {
      room(10);
      long rest = v;
      while ((rest & ~0x7FL) != 0) {
        out[size++] = (byte) ((rest & 0x7F) | 0x80);
        rest >>>= 7;
      }
      out[size++] = (byte) rest;
    }

    private void room(int n) {
      if (size + n > out.length) {
        out = Arrays.copyOf(out, Math.max(size + n, out.length * 2));
      }
    }
  }

  /** Reads events written by one {@link Encoder}, from the first. */
  static final class Decoder {
    private final List<String> dictionary = new ArrayList<>();
    private final ByteSource in;

    Decoder(ByteSource in) {
      this.in = in;
    }

    /** The identifiers met so far, in the order met: what an {@link Encoder} goes on from. */
    List<String> dictionary() {
      return List.copyOf(dictionary);
    }

    /**
     * Decodes the next event.
     *
     * @param sequence its sequence (the log's position, not stored)
     * @return the event
     */
    HourEvent decode(long sequence) {
      int codes = in.next() & 0xFF;
      int flags = in.next() & 0xFF;
      Instant at = readInstant();
      String actor = text();
      HourEntryId id = id();
      IdempotencyKey key = IdempotencyKey.of(ascii());
      VolunteerId volunteer = VolunteerId.of(ascii());
      OpportunityNumber opportunity = new OpportunityNumber(text());
      EntityId entity = EntityId.of(text());
      EntityId supervisor = EntityId.of(text());
      FieldCode field = FieldCode.of(text());
      Region region = Region.valueOf(text());
      LocalDate day = LocalDate.ofEpochDay(readSigned());
      long startSecond = readSigned();
      Instant start = Instant.ofEpochSecond(startSecond, readUnsigned());
      long length = readSigned();
      Instant end = Instant.ofEpochSecond(startSecond + length, readUnsigned());
      int minutes = Math.toIntExact(readUnsigned());
      Instant submittedAt = (flags & SUBMITTED_AT_EVENT) != 0 ? at : readInstant();
      String submittedBy = text();
      Optional<HourEntryId> corrects =
          (flags & CORRECTS) != 0 ? Optional.of(id()) : Optional.empty();
      Optional<HourEntryId> supersededBy =
          (flags & SUPERSEDED_BY) != 0 ? Optional.of(id()) : Optional.empty();
      Optional<String> decidedBy = Optional.empty();
      Optional<Instant> decidedAt = Optional.empty();
      if ((flags & DECIDED) != 0) {
        int which = in.next();
        decidedBy = (which & 1) != 0 ? Optional.of(text()) : Optional.empty();
        decidedAt = (which & 2) != 0 ? Optional.of(readInstant()) : Optional.empty();
      }
      Optional<String> entryNote =
          (flags & ENTRY_NOTE) != 0 ? Optional.of(chars()) : Optional.empty();
      Optional<String> eventNote =
          (flags & EVENT_NOTE) != 0 ? Optional.of(chars()) : Optional.empty();
      Optional<ShiftId> shift = Optional.empty();
      List<Violation> review = List.of();
      int extension = (flags & EXTENDED) != 0 ? in.next() : 0;
      if ((extension & EXT_SHIFT) != 0) {
        shift = Optional.of(ShiftId.of(chars()));
      }
      HourEvidence evidence = HourEvidence.NONE;
      if ((extension & EXT_EVIDENCE) != 0) {
        int bits = in.next();
        evidence =
            new HourEvidence(
                (bits & CODE) != 0 ? Optional.of(chars()) : Optional.empty(),
                (bits & LOCATION) != 0,
                (bits & AUTO_CHECK_OUT) != 0);
      }
      if ((extension & EXT_REVIEW) != 0) {
        int reasons = Math.toIntExact(readUnsigned());
        List<Violation> read = new ArrayList<>(reasons);
        for (int r = 0; r < reasons; r++) {
          String code = text();
          int count = Math.toIntExact(readUnsigned());
          Map<String, Object> args = new HashMap<>();
          for (int a = 0; a < count; a++) {
            String name = chars();
            int tag = in.next();
            Object value =
                switch (tag) {
                  case LONG -> readSigned();
                  case INT -> Math.toIntExact(readSigned());
                  case DATE -> LocalDate.ofEpochDay(readSigned());
                  case TEXT -> chars();
                  default -> throw new IllegalStateException("a malformed review reason");
                };
            args.put(name, value);
          }
          read.add(new Violation(code, args));
        }
        review = read;
      }
      HourEntry entry =
          new HourEntry(
              id,
              key,
              volunteer,
              opportunity,
              entity,
              supervisor,
              field,
              region,
              day,
              TimeRange.of(start, end),
              minutes,
              Codes.SOURCES[(codes >> 2) & 7],
              (flags & COMPULSORY) != 0,
              Codes.STATUSES[(codes >> 5) & 3],
              submittedAt,
              submittedBy,
              corrects,
              supersededBy,
              decidedBy,
              decidedAt,
              entryNote,
              shift,
              review,
              evidence);
      return new HourEvent(sequence, at, actor, Codes.TYPES[codes & 3], entry, eventNote);
    }

    private HourEntryId id() {
      long n = readSigned();
      return n < 0 ? HourEntryId.of(ascii()) : HourEntryId.ofNumber(n);
    }

    private String text() {
      long code = readUnsigned();
      if (code == 0) {
        String value = chars();
        dictionary.add(value);
        return value;
      }
      return dictionary.get(Math.toIntExact(code - 1));
    }

    private Instant readInstant() {
      long second = readSigned();
      return Instant.ofEpochSecond(second, readUnsigned());
    }

    private String ascii() {
      return new String(bytes(), StandardCharsets.US_ASCII);
    }

    private String chars() {
      char[] c = new char[Math.toIntExact(readUnsigned())];
      for (int i = 0; i < c.length; i++) {
        int b = in.next() & 0xFF;
        if (b < 0x80) {
          c[i] = (char) b;
        } else if (b < 0xE0) {
          c[i] = (char) ((b & 0x1F) << 6 | (in.next() & 0x3F));
        } else {
          int mid = in.next() & 0x3F;
          c[i] = (char) ((b & 0x0F) << 12 | mid << 6 | (in.next() & 0x3F));
        }
      }
      return new String(c);
    }

    private byte[] bytes() {
      byte[] b = new byte[Math.toIntExact(readUnsigned())];
      for (int i = 0; i < b.length; i++) {
        b[i] = in.next();
      }
      return b;
    }

    private long readSigned() {
      long v = readUnsigned();
      return (v >>> 1) ^ -(v & 1);
    }

    private long readUnsigned() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = in.next();
        v |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
      }
      throw new IllegalStateException("a malformed number in the event log");
    }
  }

  /** Bytes read in order. */
  interface ByteSource {
    /** The next byte; throws if there is none. */
    byte next();
  }
}
