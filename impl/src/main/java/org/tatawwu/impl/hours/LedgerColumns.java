package org.tatawwu.impl.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.hours.EvidenceGrade;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEvidence;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The ledger's columns and their replay: what the events applied so far leave, with no object per
 * entry. Entries and events are rows of primitive columns ({@link EntryColumns}, {@link
 * EventColumns}), idempotency keys sit in one byte array ({@link KeyIndex}), each volunteer's
 * counted entries in its {@link VolunteerState}, the seats in {@link Seats}, the approved entries
 * in the aggregation index ({@link HourIndex}); every id is an index of the one dictionary ({@link
 * LedgerIds}). An event, live or replayed from the store, is applied by {@link #apply(HourEvent)};
 * a roster's submissions by {@link #applyRow}, through the same code. An {@link HourEntry} is built
 * from the columns when asked for ({@link #entry(long)}).
 *
 * <p>Not thread-safe: the ledger guards it with its lock.
 */
final class LedgerColumns {
  /** The one dictionary of ids: volunteers, opportunities, places and shifts. */
  final LedgerIds ids = new LedgerIds();

  /** The entries, by number. */
  final EntryColumns entries = new EntryColumns();

  /** The events, by sequence: what the audit trail and the entries' decisions are read from. */
  final EventColumns events = new EventColumns();

  /** Idempotency keys to entry numbers. */
  final KeyIndex keys = new KeyIndex();

  /** The seats taken on each shift. */
  final Seats seats = new Seats();

  /** The approved entries, for aggregation. */
  final HourIndex index = new HourIndex();

  /** Seals free-text notes under the volunteer's vault key, or keeps them plain. */
  private final NoteSeal notes;

  private final @Nullable LocalDate[] days = new LocalDate[1024];

  /** The review reasons of the entries that have some, by entry number. */
  private final Map<Integer, List<Violation>> reviews = new HashMap<>();

  /** The check-in codes used, by id: a code is used once. */
  private final java.util.Set<String> usedCodes = new java.util.HashSet<>();

  /** The id of each entry's check-in code, for the entries that came with one. */
  private final Map<Integer, String> codeOf = new HashMap<>();

  /** The sequence of the last event applied. */
  private long sequence;

  /** The highest entry number submitted. */
  private long lastEntryNumber;

  /** Creates empty columns whose entries' notes {@code notes} opens. */
  LedgerColumns(NoteSeal notes) {
    this.notes = notes;
  }

  /** The sequence of the last event applied, 0 before any. */
  long sequence() {
    return sequence;
  }

  /** The highest entry number submitted, 0 before any. */
  long lastEntryNumber() {
    return lastEntryNumber;
  }

  /** Whether a check-in code of this id was used by an entry. */
  boolean codeUsed(String id) {
    return usedCodes.contains(id);
  }

  /** Entry {@code n}'s evidence grade, from its columns ({@link HourEntry#evidenceGrade}). */
  EvidenceGrade evidenceGrade(int n) {
    HourSource source = entries.source(n);
    if (source == HourSource.ATTENDANCE || source == HourSource.ROSTER) {
      return EvidenceGrade.ENTITY_RECORDED;
    }
    int bits = entries.evidence(n);
    return (bits & 1) != 0
        ? EvidenceGrade.CHECK_IN_CODE
        : (bits & 2) != 0 ? EvidenceGrade.LOCATION : EvidenceGrade.NONE;
  }

  void apply(HourEvent event) {
    apply(event, ids.state(event.entry().volunteer()));
  }

  /**
   * Applies an event to the state, {@code state} being its volunteer's: the one code path for live
   * changes and replays ({@link #applyRow} applies a roster's submissions from their rows through
   * the same {@link #submitted}). A submission writes its key and its entry's row; a decision
   * changes the row's status and records the event, from which the entry's decider, time and note
   * are then read.
   */
  void apply(HourEvent event, VolunteerState state) {
    if (event.sequence() != sequence + 1) {
      throw new IllegalStateException(
          "event " + event.sequence() + " out of sequence after " + sequence);
    }
    if (event.sequence() > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("the in-memory ledger is full");
    }
    int seq = (int) event.sequence();
    HourEntry e = event.entry();
    long assigned = e.id().number();
    if (assigned < 1 || assigned > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("an entry id the ledger did not assign: " + e.id());
    }
    int n = (int) assigned;
    HourEvent.Type type = event.type();
    if ((type == HourEvent.Type.SUBMITTED) == entries.present(n)) {
      throw new IllegalStateException(
          type == HourEvent.Type.SUBMITTED
              ? "entry " + e.id() + " submitted twice"
              : "event " + seq + " decides unknown entry " + e.id());
    }
    switch (type) {
      case SUBMITTED -> {
        keys.put(e.key().value(), n);
        submitted(
            seq,
            n,
            state,
            e.time(),
            ids.placeOf(e.opportunity(), e.entity(), e.supervisingEntity(), e.field(), e.region()),
            e.day(),
            e.creditedMinutes(),
            e.corrects().map(c -> (int) c.number()).orElse(0),
            e.source(),
            e.status(),
            e.compulsory(),
            ids.shiftColumn(e.shift(), e.opportunity()),
            e.review(),
            e.evidence());
      }
      case APPROVED -> {
        index.addPending(state.index, -entries.minutes(n));
        if (entries.awaitsSeat(n)) {
          entries.awaitsSeat(n, false);
          if (!holdsSeatCounted(state, entries.shift(n), n)) {
            seats.take(entries.shift(n) - 1, 1);
          }
        }
        entries.status(n, HourStatus.APPROVED);
        entries.decided(n, seq);
        int place = entries.place(n);
        index.add(
            n,
            entries.volunteer(n),
            place,
            ids.opportunityOf(place),
            entries.day(n),
            entries.minutes(n),
            entries.compulsory(n),
            isDirect(n),
            evidenceGrade(n));
      }
      case REJECTED -> {
        index.addPending(state.index, -entries.minutes(n));
        entries.status(n, HourStatus.REJECTED);
        entries.decided(n, seq);
        state.uncount(n, entries);
        releaseSeat(state, n);
      }
      case SUPERSEDED -> {
        if (entries.status(n) != HourStatus.APPROVED) {
          throw new IllegalStateException("only an approved entry can be superseded");
        }
        entries.status(n, HourStatus.SUPERSEDED);
        entries.supersededBy(n, e.supersededBy().map(c -> (int) c.number()).orElse(0));
        index.remove(n, ids);
        state.uncount(n, entries);
        releaseSeat(state, n);
      }
    }
    recorded(seq, type, n, event.at(), event.actor(), event.note().orElse(null), state);
  }

  /**
   * Applies the event that submits row {@code r} of {@code rows} as entry {@code n} at {@code at}
   * (its key already stored): what {@link #apply(HourEvent, VolunteerState)} does with that event,
   * read from the row.
   */
  void applyRow(RosterRows rows, int r, int n, Instant at) {
    if (sequence + 1 > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("the in-memory ledger is full");
    }
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("an entry id the ledger did not assign: H" + n);
    }
    if (entries.present(n)) {
      throw new IllegalStateException("entry H" + n + " submitted twice");
    }
    HourSubmission s = rows.line(r);
    ParticipatingEntity entity = rows.entity(r);
    VolunteerState state = ids.volunteer(rows.volunteer(r));
    int seq = (int) sequence + 1;
    submitted(
        seq,
        n,
        state,
        s.time(),
        ids.placeOf(
            s.opportunity(),
            entity.id(),
            entity.supervisingEntity(),
            rows.opportunity(r).field(),
            rows.region(r)),
        rows.day(r),
        rows.minutes(r),
        0,
        s.source(),
        HourStatus.SUBMITTED,
        s.compulsory(),
        rows.shift(r) != 0 ? rows.shift(r) : ids.shiftColumn(s.shift(), s.opportunity()),
        rows.review(r),
        rows.evidence(r));
    recorded(seq, HourEvent.Type.SUBMITTED, n, at, s.submittedBy(), null, state);
  }

  /** Records event {@code seq}, the next, and makes it its volunteer's last. */
  private void recorded(
      int seq,
      HourEvent.Type type,
      int n,
      Instant at,
      String actor,
      @Nullable String note,
      VolunteerState state) {
    sequence = seq;
    events.add(seq, type, n, at, actor, note, state.lastEvent);
    state.lastEvent = seq;
    state.eventCount++;
  }

  /**
   * Writes entry {@code n}'s row for its submission by event {@code seq} (its key stored by the
   * caller), counts it for its volunteer and takes its seat: the one code path for live submissions
   * and replayed ones.
   */
  private void submitted(
      int seq,
      int n,
      VolunteerState state,
      TimeRange time,
      int place,
      LocalDate day,
      int minutes,
      int corrects,
      HourSource source,
      HourStatus status,
      boolean compulsory,
      int shift,
      List<Violation> review,
      HourEvidence evidence) {
    entries.ensure(n);
    Instant start = time.start();
    Instant end = time.end();
    entries.startSecond(n, start.getEpochSecond());
    entries.startNano(n, start.getNano());
    entries.endSecond(n, end.getEpochSecond());
    entries.endNano(n, end.getNano());
    entries.volunteer(n, state.index);
    entries.place(n, place);
    entries.day(n, Math.toIntExact(day.toEpochDay()));
    entries.minutes(n, minutes);
    entries.submitted(n, seq);
    entries.corrects(n, corrects);
    entries.mark(n, source, status, compulsory);
    entries.shift(n, shift);
    if (!review.isEmpty()) {
      reviews.put(n, review);
    }
    if (!evidence.equals(HourEvidence.NONE)) {
      entries.evidence(
          n,
          (byte)
              ((evidence.checkInCode().isPresent() ? 1 : 0)
                  | (evidence.locationVerified() ? 2 : 0)
                  | (evidence.autoCheckOut() ? 4 : 0)));
      evidence
          .checkInCode()
          .ifPresent(
              code -> {
                usedCodes.add(code);
                codeOf.put(n, code);
              });
    }
    if (shift != 0) {
      if (isWalkIn(review)) {
        entries.awaitsSeat(n, true); // its seat, if any, comes with its approval
      } else {
        if (!holdsSeatCounted(state, shift, 0)) {
          seats.take(shift - 1, 1);
        }
        if (!holdsEnrolledSeat(state, shift, 0)) {
          seats.takeEnrolled(shift - 1, 1);
        }
      }
    }
    state.count(n, entries);
    index.addPending(state.index, minutes);
    lastEntryNumber = Math.max(lastEntryNumber, n);
  }

  /**
   * Frees entry {@code n}'s seat, just uncounted, unless another entry of its volunteer holds it.
   */
  private void releaseSeat(VolunteerState state, int n) {
    int shift = entries.shift(n);
    if (shift != 0 && !entries.awaitsSeat(n) && !holdsSeatCounted(state, shift, n)) {
      seats.take(shift - 1, -1);
    }
    if (shift != 0 && !walkIn(n) && !holdsEnrolledSeat(state, shift, n)) {
      seats.takeEnrolled(shift - 1, -1);
    }
  }

  /**
   * Whether a counted entry of the volunteer other than {@code except} holds a seat on shift index
   * + 1: one on it that does not await its seat.
   */
  boolean holdsSeatCounted(VolunteerState state, int shift, int except) {
    for (int i = 0; i < state.countedSize; i++) {
      int n = state.number(i);
      if (state.shift(i) == shift && n != except && !entries.awaitsSeat(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a counted entry of the volunteer other than {@code except}, not a walk-in, holds a seat
   * on shift index + 1.
   */
  private boolean holdsEnrolledSeat(VolunteerState state, int shift, int except) {
    for (int i = 0; i < state.countedSize; i++) {
      int n = state.number(i);
      if (state.shift(i) == shift && n != except && !walkIn(n)) {
        return true;
      }
    }
    return false;
  }

  /** Whether entry {@code n} is a walk-in ({@link #isWalkIn}), read from its review reasons. */
  private boolean walkIn(int n) {
    List<Violation> review = reviews.get(n);
    return review != null && isWalkIn(review);
  }

  /**
   * Whether an entry is a walk-in: its enrollment was not established when it was submitted, so
   * {@link HourRule#ENROLLMENT} sent it to review. Read from its review reasons, so that a rebuilt
   * ledger seats exactly what the live one did, whatever the policy is now.
   */
  static boolean isWalkIn(List<Violation> review) {
    if (review.isEmpty()) {
      return false; // the usual case, without an iterator
    }
    for (Violation v : review) {
      String code = v.code();
      if (code.equals("hours.notEnrolled") || code.equals("hours.enrollmentUnverifiable")) {
        return true;
      }
    }
    return false;
  }

  /** Direct volunteering: entry {@code n} is DIRECT, or a correction of one. */
  boolean isDirect(int n) {
    int current = n;
    while (entries.source(current) == HourSource.CORRECTION && entries.corrects(current) != 0) {
      current = entries.corrects(current);
      if (!entries.present(current)) {
        return false;
      }
    }
    return entries.source(current) == HourSource.DIRECT;
  }

  /**
   * The submitted (undecided) correction of entry {@code original}, or 0: corrections form a chain,
   * one link at a time, so an entry has at most one. Scans the volunteer's counted entries.
   */
  int pendingCorrection(int original) {
    VolunteerState s = ids.volunteer(entries.volunteer(original));
    for (int i = 0; i < s.countedSize; i++) {
      int n = s.number(i);
      if (entries.corrects(n) == original && entries.is(n, HourStatus.SUBMITTED)) {
        return n;
      }
    }
    return 0;
  }

  /** A volunteer's events' sequences, oldest first. */
  int[] eventsOf(VolunteerState s) {
    int[] out = new int[s.eventCount];
    for (int i = out.length - 1, e = s.lastEvent; i >= 0; i--, e = events.previousOfVolunteer(e)) {
      out[i] = e;
    }
    return out;
  }

  /** The entry already submitted under this key, if any. */
  @Nullable HourEntry previous(IdempotencyKey key) {
    return entry(keys.get(key.value())); // 0 when the key is new: no entry
  }

  /**
   * Entry number {@code n} as it stands, built from the columns; null if there is none (any number,
   * -1 for an id not of the ledger's form).
   */
  @Nullable HourEntry entry(long n) {
    return entry(n, false);
  }

  /**
   * Entry number {@code n} as it stands or, if {@code asSubmitted}, as it was submitted (undecided,
   * not superseded); null if there is none.
   */
  @Nullable HourEntry entry(long n, boolean asSubmitted) {
    if (!entries.present(n)) {
      return null;
    }
    int i = (int) n;
    LedgerIds.Place p = place(i);
    int submittedBy = entries.submitted(i);
    int decidedBy = asSubmitted ? 0 : entries.decided(i);
    HourStatus status = asSubmitted ? HourStatus.SUBMITTED : entries.status(i);
    VolunteerId volunteer = ids.volunteer(entries.volunteer(i)).id;
    String note =
        notes.open(
            volunteer,
            status == HourStatus.REJECTED ? events.note(decidedBy) : events.note(submittedBy));
    return new HourEntry(
        HourEntryId.ofNumber(i),
        IdempotencyKey.of(keys.key(i)),
        volunteer,
        p.opportunity(),
        p.entity(),
        p.supervisingEntity(),
        p.field(),
        p.region(),
        dayOf(entries.day(i)),
        TimeRange.of(
            Instant.ofEpochSecond(entries.startSecond(i), entries.startNano(i)),
            Instant.ofEpochSecond(entries.endSecond(i), entries.endNano(i))),
        entries.minutes(i),
        entries.source(i),
        entries.compulsory(i),
        status,
        events.at(submittedBy),
        events.actor(submittedBy),
        optionalId(entries.corrects(i)),
        optionalId(asSubmitted ? 0 : entries.supersededBy(i)),
        decidedBy == 0 ? Optional.empty() : Optional.of(events.actor(decidedBy)),
        decidedBy == 0 ? Optional.empty() : Optional.of(events.at(decidedBy)),
        Optional.ofNullable(note),
        entries.shift(i) == 0
            ? Optional.empty()
            : Optional.of(ids.shift(entries.shift(i) - 1).shift()),
        reviews.getOrDefault(i, List.of()),
        evidenceOf(i));
  }

  /** Entry {@code n}'s evidence, from its column. */
  private HourEvidence evidenceOf(int n) {
    int bits = entries.evidence(n);
    if (bits == 0) {
      return HourEvidence.NONE;
    }
    return new HourEvidence(Optional.ofNullable(codeOf.get(n)), (bits & 2) != 0, (bits & 4) != 0);
  }

  private static Optional<HourEntryId> optionalId(int n) {
    return n == 0 ? Optional.empty() : Optional.of(HourEntryId.ofNumber(n));
  }

  LedgerIds.Place place(int n) {
    return ids.place(entries.place(n));
  }

  /**
   * One instance per day among recent days, so entries share their day instead of each holding one
   * and a day already seen is not built again.
   */
  LocalDate dayOf(long epochDay) {
    int slot = (int) Math.floorMod(epochDay, (long) days.length);
    LocalDate cached = days[slot];
    if (cached != null && cached.toEpochDay() == epochDay) {
      return cached;
    }
    LocalDate day = LocalDate.ofEpochDay(epochDay);
    days[slot] = day;
    return day;
  }
}
