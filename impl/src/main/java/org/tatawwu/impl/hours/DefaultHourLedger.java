package org.tatawwu.impl.hours;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.AuditRecord;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.CheckInCode;
import org.tatawwu.hours.CheckMode;
import org.tatawwu.hours.Dimension;
import org.tatawwu.hours.Evidence;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventConflictException;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourEvidence;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.HourVerification;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.hours.TotalsKey;
import org.tatawwu.impl.storage.ContentionBackoff;
import org.tatawwu.impl.validation.RuleMessages;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.text.Identifiers;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The hour ledger: state rebuilt from an append-only event store; every change validated first,
 * then appended as events, then applied by the same code that replays the store. One lock guards
 * all of it, so concurrent callers see each operation whole.
 *
 * <p>Several ledgers may share one store (application nodes over one database): every change first
 * catches up on the store's events after the last one applied ({@link HourEventStore#replayAfter},
 * one comparison when there are none), and an append that finds its sequence taken ({@link
 * HourEventConflictException}) pauses a random while, catches up and decides again, up to 32 times.
 * A failed append leaves the state as it was; if the store did keep its events (an unknown
 * outcome), the next catch-up applies them.
 *
 * <p>The state holds no object per entry: entries and events are rows of primitive columns ({@link
 * EntryColumns}, {@link EventColumns}), idempotency keys sit in one byte array ({@link KeyIndex}),
 * each volunteer's counted entries in one {@code long[]}; an {@link HourEntry} is built when asked
 * for. With the default store (which keeps events encoded) a ledger retains about 250 bytes per
 * entry in a few dozen arrays, which a collector copies cheaply.
 *
 * <p>A roster's accepted lines are checked into rows ({@link RosterRows}) and applied from them;
 * the package's stores ({@link RosterStore}) encode each line's event from its row, and the result
 * is a list that builds each entry, as submitted, when it is read. So an import makes no entry,
 * event or {@link Duration} object per line; another store is given the events as {@link
 * HourEventStore#appendAll} takes them.
 */
final class DefaultHourLedger implements HourLedger {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultHourLedger.class);

  /** Local days differ from an instant's UTC day by at most 26 hours in any zone; twice that. */
  private static final long DAY_REACH_SECONDS = 52 * 3600;

  /** How many times a change is decided before a lost race is reported. */
  static final int ATTEMPTS = 32;

  private final HourPolicy policy;

  /** Whether the policy checks anything of what backs an entry. */
  private final boolean verifies;

  private final OpportunityDirectory directory;
  private final HourEventStore store;
  private final Clock clock;

  /** Seals free-text notes under the volunteer's vault key, or keeps them plain. */
  private final NoteSeal notes;

  private final RuleMessages messages = new RuleMessages("org.tatawwu.impl.hours.Hours");
  private final Object lock = new Object();

  /** The entries, by number. */
  private final EntryColumns entries = new EntryColumns();

  /** The events, by sequence: what the audit trail and the entries' decisions are read from. */
  private final EventColumns events = new EventColumns();

  /** Idempotency keys to entry numbers. */
  private final KeyIndex keys = new KeyIndex();

  private final @Nullable LocalDate[] days = new LocalDate[1024];

  /** The volunteers, by id and by index. */
  private final Map<VolunteerId, VolunteerState> volunteers = new HashMap<>();

  private final List<VolunteerState> volunteerList = new ArrayList<>();

  /** The places entries are counted under, by index; the last one interned kept at hand. */
  private final Map<Place, Integer> placeIndex = new HashMap<>();

  private final List<Place> places = new ArrayList<>();
  private int lastPlace = -1;

  /**
   * The shifts entries were done in, by opportunity and shift id to index (an entry's shift column
   * holds index + 1): two look-ups and no key object per line.
   */
  private final Map<OpportunityNumber, Map<ShiftId, Integer>> shiftIndex = new HashMap<>();

  private final List<ShiftRef> shiftRefs = new ArrayList<>();

  /** Per shift index: the volunteers holding a seat (with a submitted or approved entry on it). */
  private int[] seatsTaken = new int[64];

  /**
   * Per shift index: the volunteers holding a seat through an entry that is not a walk-in (its
   * enrollment established, or not checked). An enrolled volunteer's claim is checked against
   * these: a walk-in never takes an enrolled volunteer's seat.
   */
  private int[] enrolledSeats = new int[64];

  /** The review reasons of the entries that have some, by entry number. */
  private final Map<Integer, List<Violation>> reviews = new HashMap<>();

  /** A shift of an opportunity. */
  private record ShiftRef(OpportunityNumber opportunity, ShiftId shift) {}

  /**
   * During a roster's import, the seats its accepted lines take beyond the ledger's, by shift index
   * (as long as {@link #seatsTaken}); all zero outside an import.
   */
  private int[] rosterSeats = new int[64];

  /** The shift indexes whose {@link #rosterSeats} the roster being imported made nonzero. */
  private int[] rosterSeatsTouched = new int[16];

  private int rosterSeatsTouchedCount;

  /**
   * The mode of each rule of the policy's verification: an array read, where the policy's map
   * hashes.
   */
  private final java.util.EnumMap<HourRule, CheckMode> modes =
      new java.util.EnumMap<>(HourRule.class);

  /** The review reasons a draft finds, cleared before each draft. */
  private final List<Violation> flaggedScratch = new ArrayList<>();

  /** The shift index whose seat the last drafted entry would newly take, else 0. */
  private int draftTakesSeat;

  /** The shift column of the last drafted entry, if its checks looked its shift up; else 0. */
  private int draftShift;

  /** The length of the last entry drafted, and its credited minutes under the policy. */
  private @Nullable Duration lastWorked;

  private long lastCredited;

  /**
   * The length of {@code time}, and its credited minutes in {@link #lastCredited}: the last length
   * again when it is the same (a roster's lines mostly are), so a line makes no {@link Duration}.
   */
  private Duration worked(TimeRange time) {
    Instant start = time.start();
    Instant end = time.end();
    // The difference of two instants' seconds fits in a long.
    long seconds = end.getEpochSecond() - start.getEpochSecond();
    int nanos = end.getNano() - start.getNano();
    if (nanos < 0) {
      seconds--;
      nanos += 1_000_000_000;
    }
    Duration last = lastWorked;
    if (last != null && last.getSeconds() == seconds && last.getNano() == nanos) {
      return last;
    }
    Duration worked = time.duration();
    lastCredited = policy.creditedMinutes(worked);
    lastWorked = worked;
    return worked;
  }

  /** The check-in codes used, by id: a code is used once. */
  private final java.util.Set<String> usedCodes = new java.util.HashSet<>();

  /** The id of each entry's check-in code, for the entries that came with one. */
  private final Map<Integer, String> codeOf = new HashMap<>();

  /** During a roster's import, the codes its accepted lines used; else null. */
  private java.util.@Nullable Set<String> rosterCodes;

  /** Where an entry is counted: its opportunity and what the directory said of it. */
  private record Place(
      OpportunityNumber opportunity,
      EntityId entity,
      EntityId supervisingEntity,
      FieldCode field,
      Region region) {}

  /**
   * One volunteer's part of the ledger: its last event (the events chain back through {@link
   * EventColumns}; its entries in submission order are those of its SUBMITTED events), its counted
   * (submitted or approved) entries sorted by start for the overlap and daily-cap checks, and its
   * pending minutes. A counted entry is four longs side by side — start and end second, number and
   * credited minutes, local day and shift column — so the overlap, daily-cap and seat checks read
   * this volunteer's one array and not the ledger's columns.
   */
  private static final class VolunteerState {
    private static final int STRIDE = 4;

    final VolunteerId id;
    final int index;
    int lastEvent;
    int eventCount;
    private long[] counted = new long[4 * STRIDE];
    int countedSize;
    long pendingMinutes;

    /**
     * The longest span, in seconds rounded up, of any entry this volunteer has had counted: the
     * overlap check looks back this far, whatever the policy's maximum entry is now (a policy
     * lowered between restarts leaves longer entries behind). It never shrinks.
     */
    long longestSeconds;

    /** This volunteer's last row in the roster being imported ({@link RosterRows}), else -1. */
    int lastRow = -1;

    VolunteerState(VolunteerId id, int index) {
      this.id = id;
      this.index = index;
    }

    long startSecond(int i) {
      return counted[i * STRIDE];
    }

    long endSecond(int i) {
      return counted[i * STRIDE + 1];
    }

    int number(int i) {
      return (int) (counted[i * STRIDE + 2] >>> 32);
    }

    int minutes(int i) {
      return (int) counted[i * STRIDE + 2];
    }

    long day(int i) {
      return counted[i * STRIDE + 3] >> 32;
    }

    /** The shift column of counted entry {@code i}: kept here, so a seat check reads no column. */
    int shift(int i) {
      return (int) counted[i * STRIDE + 3];
    }

    /**
     * Index of the first counted entry starting at or after the epoch second {@code t}. The last
     * entry is read first: entries mostly come in order of time, and then none starts that late.
     */
    int firstFromSecond(long t) {
      int hi = countedSize;
      if (hi == 0 || counted[(hi - 1) * STRIDE] < t) {
        return hi;
      }
      int lo = 0;
      hi--;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (counted[mid * STRIDE] < t) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** Counts entry {@code n}, kept in order of start (second, then nanosecond). */
    void count(int n, EntryColumns c) {
      long second = c.startSecond(n);
      int at = firstFromSecond(second);
      while (at < countedSize
          && startSecond(at) == second
          && c.startNano(number(at)) < c.startNano(n)) {
        at++;
      }
      if ((countedSize + 1) * STRIDE > counted.length) {
        counted = Arrays.copyOf(counted, counted.length * 2);
      }
      int from = at * STRIDE;
      System.arraycopy(counted, from, counted, from + STRIDE, (countedSize - at) * STRIDE);
      counted[from] = second;
      counted[from + 1] = c.endSecond(n);
      counted[from + 2] = (long) n << 32 | (c.minutes(n) & 0xFFFFFFFFL);
      counted[from + 3] = (long) c.day(n) << 32 | (c.shift(n) & 0xFFFFFFFFL);
      countedSize++;
      long span = c.endSecond(n) - second + 1;
      if (span > longestSeconds) {
        longestSeconds = span;
      }
    }

    /** Stops counting entry {@code n}, if counted. */
    void uncount(int n, EntryColumns c) {
      for (int at = firstFromSecond(c.startSecond(n)); at < countedSize; at++) {
        if (number(at) == n) {
          int from = at * STRIDE;
          System.arraycopy(counted, from + STRIDE, counted, from, (countedSize - at - 1) * STRIDE);
          countedSize--;
          return;
        }
      }
    }
  }

  /** A volunteer's events' sequences, oldest first. */
  private int[] eventsOf(VolunteerState s) {
    int[] out = new int[s.eventCount];
    for (int i = out.length - 1, e = s.lastEvent; i >= 0; i--, e = events.previousOfVolunteer(e)) {
      out[i] = e;
    }
    return out;
  }

  private VolunteerState state(VolunteerId v) {
    VolunteerState s = volunteers.get(v);
    return s != null ? s : newState(v);
  }

  private VolunteerState newState(VolunteerId v) {
    VolunteerState s = new VolunteerState(v, volunteerList.size());
    volunteers.put(v, s);
    volunteerList.add(s);
    return s;
  }

  /** Forgets the newest volunteers made by a refused operation, last first. */
  private void forgetNewest(int keep) {
    for (int i = volunteerList.size() - 1; i >= keep; i--) {
      volunteers.remove(volunteerList.remove(i).id);
    }
  }

  private final HourIndex index = new HourIndex();
  private long sequence;
  private long lastEntryNumber;

  /** The claim window's bounds for the clock's last reading, so a batch computes them once. */
  private @Nullable Instant windowAt;

  private Instant latestEnd = Instant.MIN;
  private Instant earliestEnd = Instant.MAX;

  /**
   * Creates the ledger and replays the store.
   *
   * @param policy the rules, not null
   * @param directory opportunity and entity look-up, not null
   * @param store the event store, not null
   * @param clock the clock, not null
   */
  DefaultHourLedger(
      HourPolicy policy, OpportunityDirectory directory, HourEventStore store, Clock clock) {
    this(policy, directory, store, clock, NoteSeal.PLAIN);
  }

  /**
   * Creates the ledger and replays the store, its notes sealed (or kept plain) by {@code notes}.
   *
   * @param policy the rules, not null
   * @param directory opportunity and entity look-up, not null
   * @param store the event store, not null
   * @param clock the clock, not null
   * @param notes how free-text notes are kept, not null
   */
  DefaultHourLedger(
      HourPolicy policy,
      OpportunityDirectory directory,
      HourEventStore store,
      Clock clock,
      NoteSeal notes) {
    this.notes = Objects.requireNonNull(notes, "notes");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.verifies = policy.verification().checksAny();
    for (HourRule r : HourRule.values()) {
      modes.put(r, policy.verification().mode(r));
    }
    this.directory = Objects.requireNonNull(directory, "directory");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    synchronized (lock) {
      store.replay(this::apply);
    }
    LOG.debug("hour ledger replayed {} events", sequence);
  }

  @Override
  public HourPolicy policy() {
    return policy;
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  // --- submissions -------------------------------------------------------------------------

  @Override
  public long catchUp() {
    synchronized (lock) {
      store.replayAfter(sequence, this::apply);
      return sequence;
    }
  }

  /**
   * Runs a change after catching up, again after catching up for as long as its append finds its
   * sequence taken by another ledger, at most {@link #ATTEMPTS} times, pausing a random while
   * between attempts ({@link ContentionBackoff}).
   */
  private <T> T decided(Supplier<T> change) {
    synchronized (lock) {
      for (int attempt = 1; ; attempt++) {
        store.replayAfter(sequence, this::apply);
        try {
          return change.get();
        } catch (HourEventConflictException lost) {
          if (attempt == ATTEMPTS || !ContentionBackoff.pause(attempt)) {
            throw lost;
          }
        }
      }
    }
  }

  @Override
  public HourEntry submit(HourSubmission submission) {
    return decided(() -> submitOnce(submission));
  }

  private HourEntry submitOnce(HourSubmission submission) {
    synchronized (lock) {
      Optional<HourEntry> replay = replayed(submission, null);
      if (replay.isPresent()) {
        return replay.get();
      }
      List<Violation> violations = new ArrayList<>();
      Instant now = clock.instant();
      HourEntry entry = draftAlone(submission, null, null, violations, now);
      fail(violations);
      append(HourEvent.Type.SUBMITTED, now, submission.submittedBy(), entry, null);
      return entry;
    }
  }

  @Override
  public HourEntry recordAttendance(HourSubmission submission) {
    if (submission.source() != HourSource.ATTENDANCE) {
      throw new IllegalArgumentException("attendance is recorded with source ATTENDANCE");
    }
    Duration span = submission.time().duration();
    if (span.compareTo(policy.checkOutWithin()) > 0) {
      synchronized (lock) {
        catchUp();
        if (replayed(submission, null).isEmpty()) {
          List<Violation> violations = new ArrayList<>();
          violations.add(
              Violation.of("hours.checkOutTooLate", "hours", policy.checkOutWithin().toHours()));
          draftAlone(submission, null, null, violations, clock.instant());
          fail(violations);
        }
      }
    }
    return submit(submission);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The list is unmodifiable; each element is built from the ledger's columns when read (equal
   * each time: the entry as it was submitted), or is the stored entry a line already in the ledger
   * stood for.
   */
  @Override
  public List<HourEntry> importRoster(List<HourSubmission> lines) {
    HourSubmission[] roster = lines.toArray(new HourSubmission[0]);
    return decided(() -> importOnce(roster));
  }

  private List<HourEntry> importOnce(HourSubmission[] roster) {
    synchronized (lock) {
      List<Violation> violations = new ArrayList<>();
      // The accepted lines, as rows: row r becomes entry firstEntry + r.
      RosterRows accepted = rows;
      long firstEntry = lastEntryNumber + 1;
      // What each line stands for: the number of its new entry, or its stored entry (a line
      // already in the ledger); a repeated line stands for its first's.
      int[] numbers = new int[roster.length];
      @Nullable HourEntry @Nullable [] storedEntries = null;
      long[] keysInRoster = rosterKeyTable(roster.length);
      // The states made here for new volunteers are removed again if the roster is refused.
      int volunteersBefore = volunteerList.size();
      List<Violation> mine = new ArrayList<>();
      boolean validated = false;
      Instant now = clock.instant(); // one reading for the whole roster
      DirectoryMemo memo = new DirectoryMemo();
      // Every line's volunteer and stored key first, in a loop of independent look-ups: the
      // processor overlaps their cache misses, which one line at a time would wait for in turn. A
      // volunteer new to the ledger gets its (empty) state here, once, for all its lines.
      VolunteerState[] states = new VolunteerState[roster.length];
      int[] stored = new int[roster.length];
      for (int i = 0; i < roster.length; i++) {
        HourSubmission s = roster[i];
        VolunteerState known = volunteers.get(s.volunteer());
        states[i] = known == null ? newState(s.volunteer()) : known;
        stored[i] = keys.get(s.key().value());
      }
      if (mode(HourRule.ENROLLMENT) != CheckMode.OFF && directory.holdsEnrollments()) {
        // The lines' enrollments likewise, asked of the directory before any line is checked.
        memo.lookUpEnrollments(roster);
      }
      java.util.Set<String> codes = new java.util.HashSet<>();
      rosterCodes = codes;
      try {
        for (int i = 0; i < roster.length; i++) {
          HourSubmission s = roster[i];
          int earlier = firstWithKey(keysInRoster, roster, i);
          if (earlier >= 0) {
            if (!sameContent(roster[earlier], s)) {
              violations.add(Violation.of("hours.idempotencyConflict", "line", i + 1));
            } else {
              // The same line again: it stands for the same entry, so the result lines up.
              numbers[i] = numbers[earlier];
              if (storedEntries != null) {
                storedEntries[i] = storedEntries[earlier];
              }
            }
            continue;
          }
          HourEntry previous = entry(stored[i]);
          if (previous != null) {
            if (sameContent(previous, s)) {
              if (storedEntries == null) {
                storedEntries = new HourEntry[roster.length];
              }
              storedEntries[i] = previous;
            } else {
              violations.add(Violation.of("hours.idempotencyConflict", "line", i + 1));
            }
            continue;
          }
          mine.clear();
          VolunteerState state = states[i];
          memo.line = i;
          boolean drafted = draft(s, state, null, mine, state.lastRow, now, memo);
          for (Violation v : mine) {
            Map<String, Object> args = new HashMap<>(v.arguments());
            args.put("line", i + 1);
            violations.add(new Violation(v.code(), args));
          }
          if (drafted) {
            if (draftTakesSeat != 0) {
              takeRosterSeat(draftTakesSeat - 1);
            }
            Optional<String> code = draftEvidence.checkInCode();
            if (code.isPresent()) {
              codes.add(code.get());
            }
            int row =
                accepted.add(
                    s,
                    state.index,
                    state.lastRow,
                    Objects.requireNonNull(draftOpportunity),
                    Objects.requireNonNull(draftEntity),
                    Objects.requireNonNull(draftRegion),
                    draftDay,
                    draftMinutes,
                    draftShift,
                    draftReview,
                    draftEvidence);
            state.lastRow = row;
            numbers[i] = Math.toIntExact(firstEntry + row);
          }
        }
        fail(violations);
        // One append: a persistent store keeps all of the roster or none.
        if (store instanceof RosterStore columns) {
          // Roster lines carry no notes: there is nothing to seal.
          columns.appendSubmissions(sequence + 1, accepted, firstEntry, now);
        } else {
          List<HourEvent> events = new ArrayList<>(accepted.size());
          for (int r = 0; r < accepted.size(); r++) {
            HourEntry entry = accepted.entry(r, firstEntry + r, now);
            events.add(
                notes.seal(
                    new HourEvent(
                        sequence + 1 + r,
                        now,
                        entry.submittedBy(),
                        HourEvent.Type.SUBMITTED,
                        entry,
                        Optional.empty())));
          }
          store.appendAll(events);
        }
        validated = true;
        // The accepted lines' keys first, in a loop of independent insertions: the processor
        // overlaps their cache misses in the key table, which one line at a time would wait for.
        for (int r = 0; r < accepted.size(); r++) {
          keys.put(accepted.line(r).key().value(), Math.toIntExact(firstEntry + r));
        }
        for (int r = 0; r < accepted.size(); r++) {
          applyRow(accepted, r, Math.toIntExact(firstEntry + r), now);
        }
        return new RosterEntries(numbers, storedEntries);
      } finally {
        Arrays.fill(keysInRoster, 0);
        for (int t = 0; t < rosterSeatsTouchedCount; t++) {
          rosterSeats[rosterSeatsTouched[t]] = 0;
        }
        rosterSeatsTouchedCount = 0;
        rosterCodes = null;
        for (int r = 0; r < accepted.size(); r++) {
          volunteerList.get(accepted.volunteer(r)).lastRow = -1;
        }
        accepted.clear();
        if (!validated) {
          forgetNewest(volunteersBefore);
        }
      }
    }
  }

  /** The accepted lines of the roster being imported; empty outside an import. */
  private final RosterRows rows = new RosterRows();

  /**
   * A roster's result: line {@code i}'s entry as it was submitted, built from the columns when
   * read, or the stored entry a line already in the ledger stood for.
   */
  private final class RosterEntries extends java.util.AbstractList<HourEntry>
      implements java.util.RandomAccess {
    private final int[] numbers;
    private final @Nullable HourEntry @Nullable [] stored;

    RosterEntries(int[] numbers, @Nullable HourEntry @Nullable [] stored) {
      this.numbers = numbers;
      this.stored = stored;
    }

    @Override
    public HourEntry get(int i) {
      Objects.checkIndex(i, numbers.length);
      HourEntry kept = stored == null ? null : stored[i];
      if (kept != null) {
        return kept;
      }
      synchronized (lock) {
        return Objects.requireNonNull(entry(numbers[i], true));
      }
    }

    @Override
    public int size() {
      return numbers.length;
    }
  }

  /**
   * An empty table for {@link #firstWithKey} of a roster of {@code lines} lines: at most a quarter
   * full. One of up to {@link #KEPT_KEY_TABLE} slots is kept and reused, cleared after each roster,
   * so rosters of the usual sizes do not each allocate one.
   */
  private long[] rosterKeyTable(int lines) {
    int slots = Integer.highestOneBit(Math.max(lines, 1)) * 4;
    if (slots > KEPT_KEY_TABLE) {
      return new long[slots];
    }
    if (keptKeyTable.length != slots) {
      keptKeyTable = new long[slots];
    }
    return keptKeyTable;
  }

  /** The most slots of a roster's key table that the ledger keeps between rosters (512 KiB). */
  private static final int KEPT_KEY_TABLE = 1 << 16;

  /** The roster key table kept between rosters, all zero outside an import. */
  private long[] keptKeyTable = new long[0];

  /** Counts a seat on the shift of index {@code index} taken by a line of the roster. */
  private void takeRosterSeat(int index) {
    if (rosterSeats[index]++ == 0) {
      if (rosterSeatsTouchedCount == rosterSeatsTouched.length) {
        rosterSeatsTouched = Arrays.copyOf(rosterSeatsTouched, rosterSeatsTouchedCount * 2);
      }
      rosterSeatsTouched[rosterSeatsTouchedCount++] = index;
    }
  }

  /** The mode of a rule of the policy's verification. */
  private CheckMode mode(HourRule rule) {
    return Objects.requireNonNull(modes.get(rule));
  }

  /**
   * The index of the first line before {@code line} with the same key, else -1, and then {@code
   * line} is remembered: an open-addressing table at most a quarter full, keyed by the key's text
   * hash, of the hash (high 32 bits) beside the line number + 1 (low), so that a probe reads
   * another line's key only when the hashes are equal.
   */
  private static int firstWithKey(long[] table, HourSubmission[] roster, int line) {
    String key = roster[line].key().value();
    int h = key.hashCode();
    int mask = table.length - 1;
    for (int i = KeyIndex.spread(h) & mask; ; i = (i + 1) & mask) {
      long slot = table[i];
      int at = (int) slot;
      if (at == 0) {
        table[i] = (long) h << 32 | (line + 1);
        return -1;
      }
      if ((int) (slot >>> 32) == h && roster[at - 1].key().value().equals(key)) {
        return at - 1;
      }
    }
  }

  @Override
  public HourEntry correct(HourEntryId approved, HourSubmission replacement, String reason) {
    requireText(reason, "reason");
    return decided(() -> correctOnce(approved, replacement, reason));
  }

  private HourEntry correctOnce(HourEntryId approved, HourSubmission replacement, String reason) {
    synchronized (lock) {
      HourEntry original = entry(approved.number());
      List<Violation> violations = new ArrayList<>();
      if (original == null) {
        throw rule(Violation.of("hours.unknownEntry", "entry", approved.value()));
      }
      Optional<HourEntry> replay = replayed(replacement, approved);
      if (replay.isPresent()) {
        return replay.get();
      }
      if (original.status() == HourStatus.SUPERSEDED) {
        violations.add(Violation.of("hours.alreadySuperseded", "entry", approved.value()));
      } else if (original.status() != HourStatus.APPROVED) {
        violations.add(Violation.of("hours.notApproved", "entry", approved.value()));
      } else {
        int pending = pendingCorrection((int) approved.number());
        if (pending != 0) {
          violations.add(
              Violation.of(
                  "hours.correctionPending",
                  "entry",
                  approved.value(),
                  "correction",
                  HourEntryId.ofNumber(pending).value()));
        }
      }
      if (!original.volunteer().equals(replacement.volunteer())) {
        violations.add(Violation.of("hours.otherVolunteer"));
      }
      Instant now = clock.instant();
      HourEntry entry = draftAlone(replacement, approved, reason, violations, now);
      fail(violations);
      append(HourEvent.Type.SUBMITTED, now, replacement.submittedBy(), entry, reason);
      return entry;
    }
  }

  /**
   * The submitted (undecided) correction of entry {@code original}, or 0: corrections form a chain,
   * one link at a time, so an entry has at most one. Scans the volunteer's counted entries.
   */
  private int pendingCorrection(int original) {
    VolunteerState s = volunteerList.get(entries.volunteer(original));
    for (int i = 0; i < s.countedSize; i++) {
      int n = s.number(i);
      if (entries.corrects(n) == original && entries.is(n, HourStatus.SUBMITTED)) {
        return n;
      }
    }
    return 0;
  }

  // --- decisions ---------------------------------------------------------------------------

  @Override
  public HourEntry approve(HourEntryId id, String actor) {
    return approveAll(List.of(id), actor).get(0);
  }

  @Override
  public List<HourEntry> approveAll(List<HourEntryId> ids, String actor) {
    Identifiers.check(actor, "actor");
    List<HourEntryId> sheet = List.copyOf(ids);
    return decided(() -> approveOnce(sheet, actor));
  }

  private List<HourEntry> approveOnce(List<HourEntryId> sheet, String actor) {
    synchronized (lock) {
      List<Violation> violations = new ArrayList<>();
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      java.util.Set<Integer> replacedOnSheet = new java.util.HashSet<>();
      // The walk-ins this sheet seats: volunteer index and shift column, as one long; and by shift
      // column, how many seats they take.
      java.util.Set<Long> seatedOnSheet = new java.util.HashSet<>();
      Map<Integer, Integer> seatsOnSheet = new HashMap<>();
      // The seats kept for enrolled volunteers, read from the directory once per shift and instant.
      Map<KeptKey, KeptSeats> kept = new HashMap<>();
      Instant at = clock.instant();
      for (HourEntryId id : sheet) {
        long n = id.number();
        HourStatus status = entries.present(n) ? entries.status((int) n) : null;
        if (status == null) {
          violations.add(Violation.of("hours.unknownEntry", "entry", id.value()));
        } else if (status == HourStatus.REJECTED || status == HourStatus.SUPERSEDED) {
          violations.add(
              Violation.of("hours.alreadyDecided", "entry", id.value(), "status", status.name()));
        } else if (status == HourStatus.SUBMITTED && seen.add((int) n)) {
          // A correction replaces an approved entry once: not one superseded already, nor one an
          // earlier correction on this sheet replaces (stores written before corrections were
          // refused while one was pending may hold two).
          int o = entries.corrects((int) n);
          if (o != 0 && (entries.status(o) != HourStatus.APPROVED || !replacedOnSheet.add(o))) {
            violations.add(
                Violation.of("hours.alreadySuperseded", "entry", HourEntryId.ofNumber(o).value()));
          }
          if (entries.awaitsSeat((int) n)) {
            seatOnApproval((int) n, at, seatedOnSheet, seatsOnSheet, kept, violations);
          }
        }
      }
      fail(violations);
      List<HourEvent> events = new ArrayList<>();
      java.util.Set<Integer> approvedHere = new java.util.HashSet<>();
      java.util.Set<Integer> supersededHere = new java.util.HashSet<>();
      for (HourEntryId id : sheet) {
        int n = (int) id.number();
        if (entries.status(n) != HourStatus.SUBMITTED || !approvedHere.add(n)) {
          continue; // approved before, or earlier on this sheet
        }
        HourEntry e = Objects.requireNonNull(entry(n));
        HourEntry approved =
            HourEntry.builder()
                .from(e)
                .status(HourStatus.APPROVED)
                .decidedBy(actor)
                .decidedAt(at)
                .build();
        events.add(
            new HourEvent(
                sequence + 1 + events.size(),
                at,
                actor,
                HourEvent.Type.APPROVED,
                approved,
                Optional.empty()));
        // Approving a correction supersedes the original (approved when it was corrected) in the
        // same append: both or neither; once, however many of its corrections the sheet holds.
        int o = entries.corrects(n);
        if (o != 0 && entries.status(o) == HourStatus.APPROVED && supersededHere.add(o)) {
          events.add(
              new HourEvent(
                  sequence + 1 + events.size(),
                  at,
                  actor,
                  HourEvent.Type.SUPERSEDED,
                  HourEntry.builder()
                      .from(Objects.requireNonNull(entry(o)))
                      .status(HourStatus.SUPERSEDED)
                      .supersededBy(id)
                      .build(),
                  e.note()));
        }
      }
      if (!events.isEmpty()) {
        events.replaceAll(notes::seal);
        store.appendAll(events);
        for (HourEvent event : events) {
          apply(event, state(event.entry().volunteer()));
        }
      }
      List<HourEntry> result = new ArrayList<>(sheet.size());
      for (HourEntryId id : sheet) {
        result.add(Objects.requireNonNull(entry(id.number())));
      }
      return result;
    }
  }

  /**
   * Checks that approving walk-in {@code n} (an entry awaiting its seat) finds a seat on its shift,
   * counting the seats the walk-ins earlier on the same sheet take ({@code seatedOnSheet}, {@code
   * seatsOnSheet}) and the seats kept for the volunteers enrolled on the shift who hold none yet:
   * those whose enrollment backs work ({@link OpportunityDirectory#enrolledOn}) as the roster
   * stands at the later of the walk-in's check-in and the approval ({@code now}), so that a
   * withdrawal or a no-show known by then frees its seat. The directory is asked once per shift and
   * instant on a sheet ({@code kept}): the walk-ins of a sheet mostly share both. When the seats
   * rule refuses and overbooking is not allowed, a full shift refuses the approval ({@code
   * hours.seatsFullOnApproval}), as does a shift the directory no longer has ({@code
   * hours.unknownShift}). A volunteer who already holds a seat on the shift takes no other.
   */
  private void seatOnApproval(
      int n,
      Instant now,
      java.util.Set<Long> seatedOnSheet,
      Map<Integer, Integer> seatsOnSheet,
      Map<KeptKey, KeptSeats> kept,
      List<Violation> out) {
    int shift = entries.shift(n);
    VolunteerState state = volunteerList.get(entries.volunteer(n));
    if (holdsSeatCounted(state, shift, n) || !seatedOnSheet.add((long) state.index << 32 | shift)) {
      return;
    }
    // Seated on this sheet now: no longer among the enrolled volunteers waiting for their seat.
    for (KeptSeats k : kept.values()) {
      if (k.shift == shift) {
        k.waiting.remove(state.index);
      }
    }
    if (mode(HourRule.SEATS) != CheckMode.REFUSE || policy.verification().overbookingAllowed()) {
      return;
    }
    ShiftRef ref = shiftRefs.get(shift - 1);
    Shift known = null;
    Opportunity o = directory.opportunity(ref.opportunity()).orElse(null);
    for (Shift sh : o == null ? List.<Shift>of() : o.shifts()) {
      if (sh.id().equals(ref.shift())) {
        known = sh;
      }
    }
    if (known == null) {
      out.add(Violation.of("hours.unknownShift", "shift", ref.shift().value()));
      return;
    }
    // The seats taken with those of the walk-ins seated earlier on this sheet, this one's included,
    // and those kept for enrolled volunteers who hold none yet.
    int taken = seatsTaken[shift - 1] + seatsOnSheet.merge(shift, 1, Integer::sum);
    Instant checkIn = Instant.ofEpochSecond(entries.startSecond(n), entries.startNano(n));
    Instant asOf = checkIn.isAfter(now) ? checkIn : now;
    KeptSeats seats =
        kept.computeIfAbsent(new KeptKey(shift, asOf), k -> keptSeats(ref, k, seatedOnSheet));
    taken += seats.unknown + seats.waiting.size();
    if (taken > known.capacity()) {
      out.add(
          Violation.of(
              "hours.seatsFullOnApproval",
              "entry",
              HourEntryId.ofNumber(n).value(),
              "shift",
              ref.shift().value(),
              "seats",
              (long) known.capacity()));
    }
  }

  /** A shift column and the instant its roster is read at. */
  private record KeptKey(int shift, Instant asOf) {}

  /**
   * The seats kept on a shift for its enrolled volunteers as the roster stood at an instant: those
   * unknown to the ledger, and the indexes of those known that hold no seat and are not seated on
   * the sheet (removed as the sheet seats them).
   */
  private static final class KeptSeats {
    final int shift;
    final int unknown;
    final java.util.Set<Integer> waiting;

    KeptSeats(int shift, int unknown, java.util.Set<Integer> waiting) {
      this.shift = shift;
      this.unknown = unknown;
      this.waiting = waiting;
    }
  }

  /** Reads a shift's roster from the directory once, for {@link #seatOnApproval}. */
  private KeptSeats keptSeats(ShiftRef ref, KeptKey key, java.util.Set<Long> seatedOnSheet) {
    int unknown = 0;
    java.util.Set<Integer> waiting = new java.util.HashSet<>();
    for (VolunteerId v : directory.enrolledOn(ref.opportunity(), ref.shift(), key.asOf())) {
      VolunteerState enrolled = volunteers.get(v);
      if (enrolled == null) {
        unknown++;
      } else if (!holdsSeatCounted(enrolled, key.shift(), 0)
          && !seatedOnSheet.contains((long) enrolled.index << 32 | key.shift())) {
        waiting.add(enrolled.index);
      }
    }
    return new KeptSeats(key.shift(), unknown, waiting);
  }

  @Override
  public HourEntry reject(HourEntryId id, String actor, String reason) {
    Identifiers.check(actor, "actor");
    requireText(reason, "reason");
    return decided(() -> rejectOnce(id, actor, reason));
  }

  private HourEntry rejectOnce(HourEntryId id, String actor, String reason) {
    synchronized (lock) {
      HourEntry e = known(id);
      if (e.status() == HourStatus.REJECTED) {
        return e;
      }
      if (e.status() != HourStatus.SUBMITTED) {
        throw rule(
            Violation.of("hours.alreadyDecided", "entry", id.value(), "status", e.status().name()));
      }
      Instant at = clock.instant();
      HourEntry rejected =
          HourEntry.builder()
              .from(e)
              .status(HourStatus.REJECTED)
              .decidedBy(actor)
              .decidedAt(at)
              .note(reason)
              .build();
      append(HourEvent.Type.REJECTED, at, actor, rejected, reason);
      return rejected;
    }
  }

  // --- queries -----------------------------------------------------------------------------

  @Override
  public List<Problem> explain(HourEntry entry, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return entry.review().isEmpty() ? List.of() : messages.problems(entry.review(), locale);
  }

  @Override
  public Optional<HourEntry> entry(HourEntryId id) {
    synchronized (lock) {
      return Optional.ofNullable(entry(id.number()));
    }
  }

  @Override
  public List<HourEntry> entries(VolunteerId volunteer) {
    synchronized (lock) {
      List<HourEntry> out = new ArrayList<>();
      VolunteerState s = volunteers.get(volunteer);
      // In submission order: the SUBMITTED events among the volunteer's events.
      for (int event : s == null ? new int[0] : eventsOf(s)) {
        if (events.type(event) == HourEvent.Type.SUBMITTED) {
          out.add(Objects.requireNonNull(entry(events.entry(event))));
        }
      }
      return out;
    }
  }

  @Override
  public List<AuditRecord> audit(HourEntryId id) {
    synchronized (lock) {
      long n = id.number();
      VolunteerState s = entries.present(n) ? volunteerList.get(entries.volunteer((int) n)) : null;
      if (s == null) {
        return List.of();
      }
      // The audit trail is derived from the volunteer's events: nothing is stored twice.
      List<AuditRecord> out = new ArrayList<>();
      for (int event : eventsOf(s)) {
        int subject = events.entry(event);
        HourEvent.Type type = events.type(event);
        Optional<String> note = Optional.ofNullable(notes.open(s.id, events.note(event)));
        if (subject == n) {
          out.add(
              new AuditRecord(
                  event, events.at(event), events.actor(event), action(type), id, note));
        } else if (type == HourEvent.Type.SUBMITTED && entries.corrects(subject) == n) {
          out.add(
              new AuditRecord(
                  event,
                  events.at(event),
                  events.actor(event),
                  "correction submitted as H" + subject,
                  id,
                  note));
        }
      }
      return out;
    }
  }

  @Override
  public HourTotals totals(VolunteerId volunteer) {
    synchronized (lock) {
      VolunteerState s = volunteers.get(volunteer);
      return withPending(
          index.volunteerTotals(volunteer.value()), s == null ? 0 : s.pendingMinutes);
    }
  }

  @Override
  public HourTotals totals(OpportunityNumber opportunity) {
    synchronized (lock) {
      long pending = 0;
      for (int n = 1; n < entries.rows(); n++) {
        if (entries.is(n, HourStatus.SUBMITTED) && place(n).opportunity().equals(opportunity)) {
          pending += entries.minutes(n);
        }
      }
      return withPending(index.opportunityTotals(opportunity.value()), pending);
    }
  }

  @Override
  public SortedMap<TotalsKey, HourTotals> totals(Dimension by, Bucket bucket, DateRange range) {
    synchronized (lock) {
      Map<String, long[]> raw = new HashMap<>();
      index.totals(by, bucket, range, raw);
      for (int n = 1; n < entries.rows(); n++) {
        if (entries.is(n, HourStatus.SUBMITTED)) {
          LocalDate day = dayOf(entries.day(n));
          if (range.contains(day)) {
            String key = pendingKey(by, n) + "|" + bucket.labelOf(day);
            raw.computeIfAbsent(key, k -> new long[4])[2] += entries.minutes(n);
          }
        }
      }
      return HourIndex.sorted(by, raw);
    }
  }

  private String pendingKey(Dimension by, int n) {
    Place p = place(n);
    return switch (by) {
      case ALL -> "all";
      case VOLUNTEER -> volunteerList.get(entries.volunteer(n)).id.value();
      case OPPORTUNITY -> p.opportunity().value();
      case ENTITY -> p.entity().value();
      case SUPERVISING_ENTITY -> p.supervisingEntity().value();
      case FIELD -> p.field().topLevel().value();
      case REGION -> p.region().code();
      case MODE -> isDirect(n) ? "direct" : "organisation";
      case EVIDENCE -> HourIndex.gradeLabel(Objects.requireNonNull(entry(n)).evidenceGrade());
    };
  }

  @Override
  public long size() {
    synchronized (lock) {
      return entries.count();
    }
  }

  // --- validation --------------------------------------------------------------------------

  /** The entry already submitted under this key, if any. */
  private @Nullable HourEntry previous(IdempotencyKey key) {
    return entry(keys.get(key.value())); // 0 when the key is new: no entry
  }

  /**
   * Entry number {@code n} as it stands, built from the columns; null if there is none (any number,
   * -1 for an id not of the ledger's form).
   */
  private @Nullable HourEntry entry(long n) {
    return entry(n, false);
  }

  /**
   * Entry number {@code n} as it stands or, if {@code asSubmitted}, as it was submitted (undecided,
   * not superseded); null if there is none.
   */
  private @Nullable HourEntry entry(long n, boolean asSubmitted) {
    if (!entries.present(n)) {
      return null;
    }
    int i = (int) n;
    Place p = place(i);
    int submittedBy = entries.submitted(i);
    int decidedBy = asSubmitted ? 0 : entries.decided(i);
    HourStatus status = asSubmitted ? HourStatus.SUBMITTED : entries.status(i);
    VolunteerId volunteer = volunteerList.get(entries.volunteer(i)).id;
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
            : Optional.of(shiftRefs.get(entries.shift(i) - 1).shift()),
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

  private Place place(int n) {
    return places.get(entries.place(n));
  }

  /**
   * The index of an entry's place, interned. The last one is compared first, by reference: a
   * roster's lines share the directory's instances.
   */
  @SuppressWarnings("ReferenceEquality")
  private int placeOf(
      OpportunityNumber opportunity,
      EntityId entity,
      EntityId supervisingEntity,
      FieldCode field,
      Region region) {
    if (lastPlace >= 0) {
      Place last = places.get(lastPlace);
      if (last.opportunity() == opportunity
          && last.entity() == entity
          && last.supervisingEntity() == supervisingEntity
          && last.field() == field
          && last.region() == region) {
        return lastPlace;
      }
    }
    Place p = new Place(opportunity, entity, supervisingEntity, field, region);
    Integer known = placeIndex.get(p);
    if (known == null) {
      known = places.size();
      places.add(p);
      placeIndex.put(p, known);
    }
    lastPlace = known;
    return known;
  }

  /** The existing entry for a replay with the same content; throws on a conflicting replay. */
  private Optional<HourEntry> replayed(HourSubmission s, @Nullable HourEntryId corrects) {
    HourEntry e = previous(s.key());
    if (e == null) {
      return Optional.empty();
    }
    if (!sameContent(e, s) || !e.corrects().equals(Optional.ofNullable(corrects))) {
      throw rule(Violation.of("hours.idempotencyConflict", "entry", e.id().value()));
    }
    return Optional.of(e);
  }

  private static boolean sameContent(HourEntry e, HourSubmission s) {
    return e.volunteer().equals(s.volunteer())
        && e.opportunity().equals(s.opportunity())
        && e.time().equals(s.time())
        && (e.source() == s.source() || e.source() == HourSource.CORRECTION)
        && e.compulsory() == s.compulsory()
        && e.shift().equals(s.shift());
  }

  private static boolean sameContent(HourSubmission a, HourSubmission b) {
    return a.volunteer().equals(b.volunteer())
        && a.opportunity().equals(b.opportunity())
        && a.time().equals(b.time())
        && a.source() == b.source()
        && a.compulsory() == b.compulsory()
        && a.shift().equals(b.shift());
  }

  /** {@link #draft} for a submission that is not part of a roster. */
  private HourEntry draftAlone(
      HourSubmission s,
      @Nullable HourEntryId corrects,
      @Nullable String reason,
      List<Violation> violations,
      Instant now) {
    if (!draft(
        s, volunteers.get(s.volunteer()), corrects, violations, -1, now, new DirectoryMemo())) {
      return placeholder(s);
    }
    return new HourEntry(
        HourEntryId.ofNumber(lastEntryNumber + 1),
        s.key(),
        s.volunteer(),
        s.opportunity(),
        Objects.requireNonNull(draftEntity).id(),
        draftEntity.supervisingEntity(),
        Objects.requireNonNull(draftOpportunity).field(),
        Objects.requireNonNull(draftRegion),
        draftDay,
        s.time(),
        draftMinutes,
        corrects == null ? s.source() : HourSource.CORRECTION,
        s.compulsory(),
        HourStatus.SUBMITTED,
        now,
        s.submittedBy(),
        Optional.ofNullable(corrects),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(reason),
        s.shift(),
        draftReview,
        draftEvidence);
  }

  // What the last draft found that holds: its entry's parts beyond the submission's.
  private @Nullable Opportunity draftOpportunity;
  private @Nullable ParticipatingEntity draftEntity;
  private @Nullable Region draftRegion;
  private LocalDate draftDay = LocalDate.EPOCH;
  private int draftMinutes;
  private List<Violation> draftReview = List.of();
  private HourEvidence draftEvidence = HourEvidence.NONE;

  /**
   * The directory's answers remembered for one operation: the lines of a roster mostly share an
   * opportunity, so they ask once.
   */
  private final class DirectoryMemo {
    private @Nullable OpportunityNumber number;
    private @Nullable Opportunity opportunity;
    private @Nullable ParticipatingEntity entity;
    private @Nullable Map<ShiftId, ShiftFacts> shifts;
    private @Nullable List<Violation> fieldAndPlace;
    private @Nullable FieldCatalogue catalogue;
    private boolean catalogueAsked;
    private long accreditedDay = Long.MIN_VALUE;
    private boolean accredited;

    /** The roster line being checked, for {@link #enrollment}. */
    int line;

    /** By roster line: whether its enrollment was looked up, and its status (null: none). */
    private boolean @Nullable [] lookedUp;

    private EnrollmentStatus @Nullable [] enrolled;

    /**
     * Asks the directory for every line's enrollment on the shift it names, in one loop of
     * independent look-ups (the processor overlaps their cache misses).
     */
    void lookUpEnrollments(HourSubmission[] roster) {
      boolean[] asked = new boolean[roster.length];
      EnrollmentStatus[] status = new EnrollmentStatus[roster.length];
      for (int i = 0; i < roster.length; i++) {
        HourSubmission s = roster[i];
        Optional<ShiftId> shift = s.shift();
        if (shift.isPresent()) {
          status[i] =
              directory
                  .enrollment(s.opportunity(), shift.get(), s.volunteer(), s.time().start())
                  .orElse(null);
          asked[i] = true;
        }
      }
      lookedUp = asked;
      enrolled = status;
    }

    /**
     * The volunteer's enrollment status on the shift as it stood at the work's start, or null if
     * the roster held none then.
     */
    @Nullable EnrollmentStatus enrollment(OpportunityNumber o, ShiftId shift, HourSubmission s) {
      boolean[] asked = lookedUp;
      EnrollmentStatus[] status = enrolled;
      if (asked != null && status != null && asked[line]) {
        return status[line];
      }
      return directory.enrollment(o, shift, s.volunteer(), s.time().start()).orElse(null);
    }

    /** The opportunity, or null if the directory does not know it. */
    @Nullable Opportunity opportunity(OpportunityNumber n) {
      if (!n.equals(number)) {
        number = n;
        opportunity = directory.opportunity(n).orElse(null);
        entity = opportunity == null ? null : directory.entity(opportunity.entity()).orElse(null);
        shifts = null;
        fieldAndPlace = null;
        accreditedDay = Long.MIN_VALUE;
      }
      return opportunity;
    }

    /**
     * What is known of a shift of the opportunity last asked for, or null if it has none of that
     * id.
     */
    @Nullable ShiftFacts shift(Opportunity o, ShiftId id) {
      Map<ShiftId, ShiftFacts> byId = shifts;
      if (byId == null) {
        byId = new HashMap<>();
        for (Shift sh : o.shifts()) {
          byId.put(sh.id(), new ShiftFacts(o.number(), sh));
        }
        shifts = byId;
      }
      return byId.get(id);
    }

    /** Whether the entity of the opportunity last asked for is accredited on an epoch day. */
    boolean accreditedOn(ParticipatingEntity e, long epochDay) {
      if (epochDay != accreditedDay) {
        accreditedDay = epochDay;
        accredited = e.isAccreditedOn(LocalDate.ofEpochDay(epochDay));
      }
      return accredited;
    }

    /** The field-and-place findings of the opportunity last asked for, computed once. */
    List<Violation> fieldAndPlace(Opportunity o) {
      List<Violation> known = fieldAndPlace;
      if (known != null) {
        return known;
      }
      if (!catalogueAsked) {
        catalogueAsked = true;
        catalogue = directory.fieldCatalogue().orElse(null);
      }
      FieldCatalogue c = catalogue;
      List<Violation> found = new ArrayList<>(2);
      if (c == null) {
        found.add(Violation.of("hours.fieldUnverifiable"));
      } else {
        if (!c.contains(o.field())) {
          found.add(Violation.of("hours.unknownField", "field", o.field().value()));
        }
        Optional<FieldCode> sub = o.subField();
        if (sub.isPresent() && !c.contains(sub.get())) {
          found.add(Violation.of("hours.unknownField", "field", sub.get().value()));
        }
      }
      if (o.location() instanceof Location.OnSite site && site.point().isEmpty()) {
        found.add(Violation.of("hours.placeUnknown", "opportunity", o.number().value()));
      }
      fieldAndPlace = found;
      return found;
    }

    /** The entity of the opportunity last asked for, or null. */
    @Nullable ParticipatingEntity entity() {
      return entity;
    }
  }

  /**
   * A shift of an opportunity with what the checks derive from it, each computed once for an
   * operation: the window with the policy's tolerances, and the ledger's index of the shift.
   */
  private final class ShiftFacts {
    final OpportunityNumber opportunity;
    final Shift shift;
    private @Nullable Instant earliestStart;
    private @Nullable Instant latestEnd;
    private int index = -1;

    ShiftFacts(OpportunityNumber opportunity, Shift shift) {
      this.opportunity = opportunity;
      this.shift = shift;
    }

    /** Whether a time lies within the shift's window widened by the policy's tolerances. */
    boolean windowHolds(TimeRange time) {
      Instant from = earliestStart;
      Instant to = latestEnd;
      if (from == null || to == null) {
        HourVerification checks = policy.verification();
        from = shift.time().start().minus(checks.earlyCheckIn());
        to = shift.time().end().plus(checks.lateCheckOut());
        earliestStart = from;
        latestEnd = to;
      }
      return !time.start().isBefore(from) && !time.end().isAfter(to);
    }

    /** The ledger's index of the shift, interned. */
    int index() {
      if (index < 0) {
        index = internShift(opportunity, shift.id());
      }
      return index;
    }
  }

  /**
   * Checks a submission against every rule, adding violations; returns whether it holds, and then
   * leaves what its entry would hold beyond the submission in the {@code draft...} fields. {@code
   * alsoCounted} is the same volunteer's last row accepted earlier in the same roster ({@link
   * #rows}), else -1; {@code now} is the clock's reading for the whole operation.
   */
  private boolean draft(
      HourSubmission s,
      @Nullable VolunteerState state,
      @Nullable HourEntryId corrects,
      List<Violation> violations,
      int alsoCounted,
      Instant now,
      DirectoryMemo memo) {
    if (!now.equals(windowAt)) {
      windowAt = now;
      // At the ends of the range of instants the bounds stop there: a clock reading Instant.MAX
      // finds every claim too old, one reading Instant.MIN every claim in the future.
      latestEnd = plusWithinRange(now, policy.clockSkew());
      earliestEnd = plusWithinRange(now, policy.claimWindow().negated());
    }
    TimeRange time = s.time();
    Opportunity o = memo.opportunity(s.opportunity());
    ParticipatingEntity entity = memo.entity();
    if (o == null) {
      violations.add(
          Violation.of("hours.unknownOpportunity", "opportunity", s.opportunity().value()));
    } else if (entity == null) {
      violations.add(Violation.of("hours.unknownEntity", "entity", o.entity().value()));
    }
    Duration worked = worked(time);
    long credited = lastCredited;
    if (worked.compareTo(policy.maximumEntry()) > 0) {
      violations.add(
          Violation.of("hours.tooLong", "hours", policy.maximumEntry().toMinutes() / 60.0));
    } else if (credited < policy.minimumEntry().toMinutes()) {
      violations.add(Violation.of("hours.tooShort", "minutes", policy.minimumEntry().toMinutes()));
    }
    if (time.end().isAfter(latestEnd)) {
      violations.add(Violation.of("hours.future"));
    } else if (time.end().isBefore(earliestEnd)) {
      violations.add(Violation.of("hours.tooOld", "days", policy.claimWindow().toDays()));
    }
    java.time.ZoneId zone = o == null ? java.time.ZoneOffset.UTC : o.zone();
    LocalDate day;
    long lastDay;
    try {
      day = dayOf(epochDay(time.start().getEpochSecond(), zone));
      // The day of the last nanosecond worked (the end is exclusive).
      Instant end = time.end();
      long endSecond = end.getEpochSecond();
      lastDay = epochDay(end.getNano() == 0 ? endSecond - 1 : endSecond, zone);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      // Instants beyond the calendar (Instant.MIN/MAX): the length rule has already said why.
      day = LocalDate.EPOCH;
      lastDay = 0;
    }
    if (o != null
        && (!o.period().contains(day)
            || lastDay < o.period().first().toEpochDay()
            || lastDay > o.period().last().toEpochDay())) {
      violations.add(
          Violation.of(
              "hours.outsideOpportunity", "first", o.period().first(), "last", o.period().last()));
    }
    long ignore = corrects == null ? 0 : corrects.number();
    if (overlaps(state, time, ignore, alsoCounted)) {
      violations.add(Violation.of("hours.overlap"));
    }
    long already = minutesOn(state, time, day, ignore, alsoCounted);
    if (credited > 0 && already + credited > policy.dailyCap().toMinutes()) {
      violations.add(
          Violation.of(
              "hours.dailyCap", "hours", policy.dailyCap().toMinutes() / 60.0, "day", day));
    }
    List<Violation> review = List.of();
    draftTakesSeat = 0;
    draftShift = 0;
    HourEvidence evidence = HourEvidence.NONE;
    if (o != null && entity != null && (verifies || !s.evidence().isEmpty())) {
      List<Violation> flagged = flaggedScratch;
      flagged.clear();
      if (verifies) {
        verify(
            s, state, o, entity, day.toEpochDay(), lastDay, alsoCounted, violations, flagged, memo);
      }
      evidence = attest(s, o, entity, violations, flagged, memo);
      review = flagged.isEmpty() ? List.of() : List.copyOf(flagged);
    }
    if (!violations.isEmpty() || o == null || entity == null) {
      return false;
    }
    draftOpportunity = o;
    draftEntity = entity;
    draftRegion =
        o.location() instanceof Location.OnSite site ? site.city().region() : entity.region();
    draftDay = day;
    draftMinutes = (int) credited;
    draftReview = review;
    draftEvidence = evidence;
    return true;
  }

  /**
   * Checks the attendance evidence a submission carries, refusing every piece that does not hold
   * (whatever the policy's modes: evidence presented must be genuine), and the {@link
   * HourRule#EVIDENCE} rule's minimum grade. Returns what held.
   */
  private HourEvidence attest(
      HourSubmission s,
      Opportunity o,
      ParticipatingEntity entity,
      List<Violation> refused,
      List<Violation> flagged,
      DirectoryMemo memo) {
    HourVerification checks = policy.verification();
    String code = null;
    boolean located = false;
    boolean autoCheckOut = false;
    for (Evidence piece : s.evidence()) {
      if (piece instanceof Evidence.Code c) {
        code = checkCode(c, s, entity, refused);
      } else if (piece instanceof Evidence.Location l) {
        located = checkLocation(l, o, refused);
      } else if (piece instanceof Evidence.AutoCheckOut) {
        ShiftFacts shift = s.shift().isEmpty() ? null : memo.shift(o, s.shift().get());
        autoCheckOut = shift != null && s.time().end().equals(shift.shift.time().end());
        if (!autoCheckOut) {
          refused.add(Violation.of("hours.autoCheckOutMismatch"));
        }
      }
    }
    HourEvidence evidence =
        code == null && !located && !autoCheckOut
            ? HourEvidence.NONE
            : new HourEvidence(Optional.ofNullable(code), located, autoCheckOut);
    CheckMode mode = mode(HourRule.EVIDENCE);
    if (mode != CheckMode.OFF) {
      org.tatawwu.hours.EvidenceGrade grade =
          s.source() == HourSource.ATTENDANCE || s.source() == HourSource.ROSTER
              ? org.tatawwu.hours.EvidenceGrade.ENTITY_RECORDED
              : evidence.grade();
      if (grade.compareTo(checks.minimumEvidence()) < 0) {
        found(
            mode,
            Violation.of(
                "hours.weakEvidence",
                "grade",
                HourIndex.gradeLabel(grade),
                "minimum",
                HourIndex.gradeLabel(checks.minimumEvidence())),
            refused,
            flagged);
      }
    }
    return evidence;
  }

  /**
   * The id of a check-in code that holds for the submission, else null with every reason it does
   * not added to {@code refused}.
   */
  private @Nullable String checkCode(
      Evidence.Code c, HourSubmission s, ParticipatingEntity entity, List<Violation> refused) {
    java.security.PublicKey key = directory.checkInKey(entity.id()).orElse(null);
    if (key == null) {
      refused.add(Violation.of("hours.codeUnverifiable", "entity", entity.id().value()));
      return null;
    }
    CheckInCode code = CheckInCode.verify(c.token(), key).orElse(null);
    if (code == null) {
      refused.add(Violation.of("hours.codeTampered"));
      return null;
    }
    int before = refused.size();
    if (!code.volunteer().equals(s.volunteer())) {
      refused.add(Violation.of("hours.codeOtherVolunteer"));
    }
    if (!code.opportunity().equals(s.opportunity())
        || s.shift().filter(code.shift()::equals).isEmpty()) {
      refused.add(Violation.of("hours.codeOtherShift", "shift", code.shift().value()));
    }
    if (!code.isValidAt(s.time().start())) {
      refused.add(Violation.of("hours.codeExpired"));
    }
    java.util.Set<String> inRoster = rosterCodes;
    if (usedCodes.contains(code.id()) || (inRoster != null && inRoster.contains(code.id()))) {
      refused.add(Violation.of("hours.codeReplayed"));
    }
    return refused.size() == before ? code.id() : null;
  }

  /** Whether a check-in location holds: near enough the shift's place, accurate enough. */
  private boolean checkLocation(Evidence.Location l, Opportunity o, List<Violation> refused) {
    HourVerification checks = policy.verification();
    GeoPoint place =
        o.location() instanceof Location.OnSite site ? site.point().orElse(null) : null;
    double accuracy = l.accuracyMeters();
    if (!(accuracy >= 0) || Double.isInfinite(accuracy)) {
      // What the device reported is not a distance: nothing else of the location can be judged.
      refused.add(Violation.of("hours.locationAccuracyInvalid"));
      return false;
    }
    if (place == null) {
      refused.add(Violation.of("hours.locationUnverifiable"));
      return false;
    }
    if (l.accuracyMeters() > checks.maximumAccuracyMeters()) {
      refused.add(
          Violation.of(
              "hours.locationInaccurate", "maximum", Math.round(checks.maximumAccuracyMeters())));
      return false;
    }
    // The whole circle of the reported accuracy must lie within the radius.
    if (place.distanceKm(l.point()) * 1000 + l.accuracyMeters() > checks.placeRadiusMeters()) {
      refused.add(
          Violation.of("hours.locationTooFar", "radius", Math.round(checks.placeRadiusMeters())));
      return false;
    }
    return true;
  }

  /**
   * Runs the checks of what backs a submission ({@link HourVerification}), each as its mode says:
   * what a rule in {@link CheckMode#REFUSE} finds goes to {@code refused}, what one in {@link
   * CheckMode#REVIEW} finds to {@code flagged}. A rule that cannot be checked with what the caller
   * supplied finds its {@code ...Unverifiable} code. Days are epoch days in the opportunity's zone.
   */
  private void verify(
      HourSubmission s,
      @Nullable VolunteerState state,
      Opportunity o,
      ParticipatingEntity entity,
      long firstDay,
      long lastDay,
      int alsoCounted,
      List<Violation> refused,
      List<Violation> flagged,
      DirectoryMemo memo) {
    HourVerification checks = policy.verification();
    CheckMode open = mode(HourRule.OPPORTUNITY_OPEN);
    if (open != CheckMode.OFF
        && o.status() != OpportunityStatus.PUBLISHED
        && o.status() != OpportunityStatus.COMPLETED) {
      found(
          open,
          Violation.of(
              "hours.opportunityNotOpen",
              "opportunity",
              o.number().value(),
              "status",
              o.status().name()),
          refused,
          flagged);
    }
    CheckMode accreditation = mode(HourRule.ACCREDITATION);
    if (accreditation != CheckMode.OFF) {
      // An accreditation covers a range of days: checking the first and last day of the work
      // checks every day between.
      long unaccredited =
          !memo.accreditedOn(entity, firstDay)
              ? firstDay
              : !memo.accreditedOn(entity, lastDay) ? lastDay : Long.MIN_VALUE;
      if (unaccredited != Long.MIN_VALUE) {
        found(
            accreditation,
            Violation.of(
                "hours.entityNotAccredited",
                "entity",
                entity.id().value(),
                "day",
                LocalDate.ofEpochDay(unaccredited)),
            refused,
            flagged);
      }
    }
    CheckMode fieldAndPlace = mode(HourRule.FIELD_AND_PLACE);
    if (fieldAndPlace != CheckMode.OFF) {
      for (Violation v : memo.fieldAndPlace(o)) {
        found(fieldAndPlace, v, refused, flagged);
      }
    }
    ShiftId shiftId = s.shift().orElse(null);
    ShiftFacts shift = shiftId == null ? null : memo.shift(o, shiftId);
    if (shift != null) {
      draftShift = shift.index() + 1;
    }
    CheckMode window = mode(HourRule.SHIFT_WINDOW);
    if (window != CheckMode.OFF) {
      if (shiftId == null) {
        found(window, Violation.of("hours.shiftWindowUnverifiable"), refused, flagged);
      } else if (shift == null) {
        found(
            window, Violation.of("hours.unknownShift", "shift", shiftId.value()), refused, flagged);
      } else if (!shift.windowHolds(s.time())) {
        found(
            window,
            Violation.of(
                "hours.outsideShift",
                "shift",
                shiftId.value(),
                "early",
                checks.earlyCheckIn().toMinutes(),
                "late",
                checks.lateCheckOut().toMinutes()),
            refused,
            flagged);
      }
    }
    CheckMode enrollment = mode(HourRule.ENROLLMENT);
    // A claim whose enrollment was not established, sent to review: it holds no seat while pending.
    boolean walkIn = false;
    // A claim whose enrollment was established: walk-ins' seats are not counted against it.
    boolean enrolled = false;
    if (enrollment != CheckMode.OFF) {
      if (shiftId == null || !directory.holdsEnrollments()) {
        found(enrollment, Violation.of("hours.enrollmentUnverifiable"), refused, flagged);
        walkIn = enrollment == CheckMode.REVIEW;
      } else {
        EnrollmentStatus status = memo.enrollment(o.number(), shiftId, s);
        enrolled = status == EnrollmentStatus.ACCEPTED || status == EnrollmentStatus.ATTENDED;
        if (!enrolled) {
          found(
              enrollment,
              Violation.of("hours.notEnrolled", "shift", shiftId.value()),
              refused,
              flagged);
          walkIn = enrollment == CheckMode.REVIEW;
        }
      }
    }
    CheckMode seats = mode(HourRule.SEATS);
    if (seats != CheckMode.OFF) {
      if (shiftId == null) {
        found(seats, Violation.of("hours.seatsUnverifiable"), refused, flagged);
      } else if (shift == null) {
        found(
            seats, Violation.of("hours.unknownShift", "shift", shiftId.value()), refused, flagged);
      } else {
        int index = shift.index();
        if (!holdsSeat(state, index + 1, alsoCounted, o.number(), shiftId)) {
          int taken = (enrolled ? enrolledSeats[index] : seatsTaken[index]) + rosterSeats[index];
          if (taken >= shift.shift.capacity() && !checks.overbookingAllowed()) {
            found(
                seats,
                Violation.of(
                    "hours.seatsFull",
                    "shift",
                    shiftId.value(),
                    "seats",
                    (long) shift.shift.capacity()),
                refused,
                flagged);
          }
          if (!walkIn) {
            draftTakesSeat = index + 1;
          }
        }
      }
    }
  }

  /** Files what a rule found as its mode says; the same finding twice (two rules) once. */
  private static void found(
      CheckMode mode, Violation v, List<Violation> refused, List<Violation> flagged) {
    List<Violation> into = mode == CheckMode.REFUSE ? refused : flagged;
    if (!into.contains(v)) {
      into.add(v);
    }
  }

  /**
   * Whether the volunteer already holds a seat on shift {@code shift} (its index + 1): a counted
   * entry on it, in the ledger or earlier in the roster being imported.
   */
  private boolean holdsSeat(
      @Nullable VolunteerState state,
      int shift,
      int alsoCounted,
      OpportunityNumber opportunity,
      ShiftId id) {
    if (state != null && holdsSeatCounted(state, shift, 0)) {
      return true;
    }
    for (int r = alsoCounted; r >= 0; r = rows.previousOfVolunteer(r)) {
      HourSubmission e = rows.line(r);
      Optional<ShiftId> on = e.shift();
      if (on.isPresent() && on.get().equals(id) && e.opportunity().equals(opportunity)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a counted entry of the volunteer other than {@code except} holds a seat on shift index
   * + 1: one on it that does not await its seat.
   */
  private boolean holdsSeatCounted(VolunteerState state, int shift, int except) {
    for (int i = 0; i < state.countedSize; i++) {
      int n = state.number(i);
      if (state.shift(i) == shift && n != except && !entries.awaitsSeat(n)) {
        return true;
      }
    }
    return false;
  }

  /** The shift's index in the ledger's table, interned. */
  private int internShift(OpportunityNumber opportunity, ShiftId shift) {
    Map<ShiftId, Integer> ofOpportunity = lastInternedShifts;
    if (ofOpportunity == null || !opportunity.equals(lastInternedOpportunity)) {
      ofOpportunity = shiftIndex.computeIfAbsent(opportunity, k -> new HashMap<>());
      lastInternedOpportunity = opportunity;
      lastInternedShifts = ofOpportunity;
    }
    Integer known = ofOpportunity.get(shift);
    if (known == null) {
      known = shiftRefs.size();
      shiftRefs.add(new ShiftRef(opportunity, shift));
      ofOpportunity.put(shift, known);
      if (known >= seatsTaken.length) {
        seatsTaken = Arrays.copyOf(seatsTaken, seatsTaken.length * 2);
        enrolledSeats = Arrays.copyOf(enrolledSeats, seatsTaken.length);
        rosterSeats = Arrays.copyOf(rosterSeats, seatsTaken.length);
      }
    }
    return known;
  }

  private @Nullable OpportunityNumber lastInternedOpportunity;
  private @Nullable Map<ShiftId, Integer> lastInternedShifts;

  /** The shift column's value for an entry: the shift's index + 1, or 0 for none. */
  @SuppressWarnings("ReferenceEquality") // the same instances: a roster's lines share them
  private int shiftColumn(Optional<ShiftId> shift, OpportunityNumber opportunity) {
    if (shift.isEmpty()) {
      return 0;
    }
    ShiftId id = shift.get();
    if (lastShiftId == id && lastShiftOpportunity == opportunity) {
      return lastShiftColumn;
    }
    int column = internShift(opportunity, id) + 1;
    // Remember the entry's own instances, so that the next line's compare by reference.
    lastShiftId = id;
    lastShiftOpportunity = opportunity;
    lastShiftColumn = column;
    return column;
  }

  private @Nullable ShiftId lastShiftId;
  private @Nullable OpportunityNumber lastShiftOpportunity;
  private int lastShiftColumn;

  /** A value that is never stored: returned only alongside violations. */
  private static HourEntry placeholder(HourSubmission s) {
    return new HourEntry(
        HourEntryId.of("invalid"),
        s.key(),
        s.volunteer(),
        s.opportunity(),
        EntityId.of("invalid"),
        EntityId.of("invalid"),
        FieldCode.of("invalid"),
        Region.RIYADH,
        LocalDate.EPOCH,
        s.time(),
        1,
        s.source(),
        s.compulsory(),
        HourStatus.REJECTED,
        Instant.EPOCH,
        s.submittedBy(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Whether {@code time} overlaps a counted entry of the volunteer (other than entry {@code
   * ignore}) or one accepted earlier in the same roster. Half-open intervals: adjacent entries do
   * not overlap. Seconds are compared from the volunteer's arrays; nanoseconds, read from the
   * columns, only when the seconds are equal.
   */
  private boolean overlaps(
      @Nullable VolunteerState s, TimeRange time, long ignore, int alsoCounted) {
    if (s != null) {
      Instant from = time.start();
      Instant to = time.end();
      long start = from.getEpochSecond();
      int startNano = from.getNano();
      long end = to.getEpochSecond();
      int endNano = to.getNano();
      // Conservative by a second: no counted entry of this volunteer that starts earlier can reach
      // this one, whatever the policy's maximum entry is now.
      for (int i = s.firstFromSecond(start - s.longestSeconds - 1);
          i < s.countedSize && s.startSecond(i) <= end;
          i++) {
        int n = s.number(i);
        boolean startsBeforeEnd =
            s.startSecond(i) < end || entries.startNano(n) < endNano; // seconds equal here
        long endSecond = s.endSecond(i);
        boolean endsAfterStart =
            endSecond > start || (endSecond == start && entries.endNano(n) > startNano);
        if (startsBeforeEnd && endsAfterStart && n != ignore) {
          return true;
        }
      }
    }
    for (int r = alsoCounted; r >= 0; r = rows.previousOfVolunteer(r)) {
      if (rows.line(r).time().overlaps(time)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Minutes counted for the volunteer on the local day {@code day} (an epoch day) on which {@code
   * time} starts, other than entry {@code ignore}'s.
   */
  private long minutesOn(
      @Nullable VolunteerState s, TimeRange time, LocalDate day, long ignore, int alsoCounted) {
    long total = 0;
    if (s != null) {
      long epochDay = day.toEpochDay();
      // Local days differ from the instant's UTC day by at most 26 hours in any zone.
      long from = time.start().getEpochSecond() - DAY_REACH_SECONDS;
      long to = time.start().getEpochSecond() + DAY_REACH_SECONDS;
      for (int i = s.firstFromSecond(from); i < s.countedSize && s.startSecond(i) <= to; i++) {
        if (s.day(i) == epochDay && s.number(i) != ignore) {
          total += s.minutes(i);
        }
      }
    }
    for (int r = alsoCounted; r >= 0; r = rows.previousOfVolunteer(r)) {
      if (rows.day(r).equals(day)) {
        total += rows.minutes(r);
      }
    }
    return total;
  }

  /** {@code t + d}, or {@link Instant#MAX} (or {@link Instant#MIN}) where that lies beyond it. */
  private static Instant plusWithinRange(Instant t, Duration d) {
    try {
      return t.plus(d);
    } catch (java.time.DateTimeException | ArithmeticException beyond) {
      return d.isNegative() ? Instant.MIN : Instant.MAX;
    }
  }

  /** The local day, as an epoch day, of an epoch second in a zone. */
  private long epochDay(long epochSecond, java.time.ZoneId zone) {
    long day = Math.floorDiv(Math.addExact(epochSecond, offsets.at(zone, epochSecond)), 86_400L);
    if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
      throw new java.time.DateTimeException("beyond the calendar");
    }
    return day;
  }

  private final ZoneOffsets offsets = new ZoneOffsets();

  /**
   * One instance per day among recent days, so entries share their day instead of each holding one
   * and a day already seen is not built again.
   */
  private LocalDate dayOf(long epochDay) {
    int slot = (int) Math.floorMod(epochDay, (long) days.length);
    LocalDate cached = days[slot];
    if (cached != null && cached.toEpochDay() == epochDay) {
      return cached;
    }
    LocalDate day = LocalDate.ofEpochDay(epochDay);
    days[slot] = day;
    return day;
  }

  private static HourTotals withPending(HourTotals approved, long pendingMinutes) {
    return new HourTotals(
        approved.approvedMinutes(),
        approved.compulsoryMinutes(),
        pendingMinutes,
        approved.approvedEntries());
  }

  private HourEntry known(HourEntryId id) {
    HourEntry e = entry(id.number());
    if (e == null) {
      throw rule(Violation.of("hours.unknownEntry", "entry", id.value()));
    }
    return e;
  }

  private static void requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a " + what + " is required");
    }
  }

  private RuleException rule(Violation v) {
    return new RuleException(List.of(v), messages::problems);
  }

  private void fail(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new RuleException(violations, messages::problems);
    }
  }

  // --- events ------------------------------------------------------------------------------

  private void append(
      HourEvent.Type type, Instant at, String actor, HourEntry entry, @Nullable String note) {
    HourEvent event =
        notes.seal(new HourEvent(sequence + 1, at, actor, type, entry, Optional.ofNullable(note)));
    store.append(event);
    apply(event, state(entry.volunteer()));
  }

  private void apply(HourEvent event) {
    apply(event, state(event.entry().volunteer()));
  }

  /**
   * Applies an event to the state, {@code state} being its volunteer's: the one code path for live
   * changes and replays ({@link #applyRow} applies a roster's submissions from their rows through
   * the same {@link #submitted}). A submission writes its key and its entry's row; a decision
   * changes the row's status and records the event, from which the entry's decider, time and note
   * are then read.
   */
  private void apply(HourEvent event, VolunteerState state) {
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
            placeOf(e.opportunity(), e.entity(), e.supervisingEntity(), e.field(), e.region()),
            e.day(),
            e.creditedMinutes(),
            e.corrects().map(c -> (int) c.number()).orElse(0),
            e.source(),
            e.status(),
            e.compulsory(),
            shiftColumn(e.shift(), e.opportunity()),
            e.review(),
            e.evidence());
      }
      case APPROVED -> {
        state.pendingMinutes -= entries.minutes(n);
        if (entries.awaitsSeat(n)) {
          entries.awaitsSeat(n, false);
          if (!holdsSeatCounted(state, entries.shift(n), n)) {
            seatsTaken[entries.shift(n) - 1]++;
          }
        }
        entries.status(n, HourStatus.APPROVED);
        entries.decided(n, seq);
        index.add(e, n, isDirect(n));
      }
      case REJECTED -> {
        state.pendingMinutes -= entries.minutes(n);
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
        index.remove(n);
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
  private void applyRow(RosterRows rows, int r, int n, Instant at) {
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
    VolunteerState state = volunteerList.get(rows.volunteer(r));
    int seq = (int) sequence + 1;
    submitted(
        seq,
        n,
        state,
        s.time(),
        placeOf(
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
        rows.shift(r) != 0 ? rows.shift(r) : shiftColumn(s.shift(), s.opportunity()),
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
          seatsTaken[shift - 1]++;
        }
        if (!holdsEnrolledSeat(state, shift, 0)) {
          enrolledSeats[shift - 1]++;
        }
      }
    }
    state.count(n, entries);
    state.pendingMinutes += minutes;
    lastEntryNumber = Math.max(lastEntryNumber, n);
  }

  /**
   * Frees entry {@code n}'s seat, just uncounted, unless another entry of its volunteer holds it.
   */
  private void releaseSeat(VolunteerState state, int n) {
    int shift = entries.shift(n);
    if (shift != 0 && !entries.awaitsSeat(n) && !holdsSeatCounted(state, shift, n)) {
      seatsTaken[shift - 1]--;
    }
    if (shift != 0 && !walkIn(n) && !holdsEnrolledSeat(state, shift, n)) {
      enrolledSeats[shift - 1]--;
    }
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
  private static boolean isWalkIn(List<Violation> review) {
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
  private boolean isDirect(int n) {
    int current = n;
    while (entries.source(current) == HourSource.CORRECTION && entries.corrects(current) != 0) {
      current = entries.corrects(current);
      if (!entries.present(current)) {
        return false;
      }
    }
    return entries.source(current) == HourSource.DIRECT;
  }

  private static String action(HourEvent.Type type) {
    return switch (type) {
      case SUBMITTED -> "submitted";
      case APPROVED -> "approved";
      case REJECTED -> "rejected";
      case SUPERSEDED -> "superseded";
    };
  }
}
