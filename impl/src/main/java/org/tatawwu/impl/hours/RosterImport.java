package org.tatawwu.impl.hours;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.hours.CheckMode;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.validation.Violation;

/**
 * A roster's import ({@link org.tatawwu.hours.HourLedger#importRoster}): its lines checked by the
 * rules ({@link HourRules}) into rows ({@link RosterRows}), appended to the store in one append
 * (the package's stores, {@link RosterStore}, encode each line's event from its row; another store
 * is given the events), then applied to the columns from the rows ({@link LedgerColumns#applyRow}).
 * The result is a list that builds each entry, as submitted, when it is read. So an import makes no
 * entry, event or {@link java.time.Duration} object per line.
 *
 * <p>Not thread-safe: the ledger runs it under its lock.
 */
final class RosterImport {
  private final Object lock;
  private final Clock clock;
  private final HourEventStore store;
  private final NoteSeal notes;
  private final OpportunityDirectory directory;
  private final LedgerColumns columns;
  private final LedgerIds ids;
  private final HourRules rules;

  RosterImport(
      Object lock,
      Clock clock,
      HourEventStore store,
      NoteSeal notes,
      OpportunityDirectory directory,
      LedgerColumns columns,
      HourRules rules) {
    this.lock = lock;
    this.clock = clock;
    this.store = store;
    this.notes = notes;
    this.directory = directory;
    this.columns = columns;
    this.ids = columns.ids;
    this.rules = rules;
  }

  List<HourEntry> importOnce(HourSubmission[] roster) {
    synchronized (lock) {
      List<Violation> violations = new ArrayList<>();
      // The accepted lines, as rows: row r becomes entry firstEntry + r.
      RosterRows accepted = rules.rows;
      long firstEntry = columns.lastEntryNumber() + 1;
      // What each line stands for: the number of its new entry, or its stored entry (a line
      // already in the ledger); a repeated line stands for its first's.
      int[] numbers = new int[roster.length];
      @Nullable HourEntry @Nullable [] storedEntries = null;
      long[] keysInRoster = rosterKeyTable(roster.length);
      // The states made here for new volunteers are removed again if the roster is refused.
      int volunteersBefore = ids.volunteers();
      List<Violation> mine = new ArrayList<>();
      boolean validated = false;
      Instant now = clock.instant(); // one reading for the whole roster
      HourRules.DirectoryMemo memo = rules.memo();
      // Every line's volunteer and stored key first, in a loop of independent look-ups: the
      // processor overlaps their cache misses, which one line at a time would wait for in turn. A
      // volunteer new to the ledger gets its (empty) state here, once, for all its lines.
      VolunteerState[] states = new VolunteerState[roster.length];
      int[] stored = new int[roster.length];
      for (int i = 0; i < roster.length; i++) {
        HourSubmission s = roster[i];
        VolunteerState known = ids.find(s.volunteer());
        states[i] = known == null ? ids.newState(s.volunteer()) : known;
        stored[i] = columns.keys.get(s.key().value());
      }
      if (rules.mode(HourRule.ENROLLMENT) != CheckMode.OFF && directory.holdsEnrollments()) {
        // The lines' enrollments likewise, asked of the directory before any line is checked.
        memo.lookUpEnrollments(roster);
      }
      java.util.Set<String> codes = new java.util.HashSet<>();
      rules.rosterCodes = codes;
      try {
        for (int i = 0; i < roster.length; i++) {
          HourSubmission s = roster[i];
          int earlier = firstWithKey(keysInRoster, roster, i);
          if (earlier >= 0) {
            if (!HourRules.sameContent(roster[earlier], s)) {
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
          HourEntry previous = columns.entry(stored[i]);
          if (previous != null) {
            if (HourRules.sameContent(previous, s)) {
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
          boolean drafted = rules.draft(s, state, null, mine, state.lastRow, now, memo);
          for (Violation v : mine) {
            Map<String, Object> args = new HashMap<>(v.arguments());
            args.put("line", i + 1);
            violations.add(new Violation(v.code(), args));
          }
          if (drafted) {
            if (rules.draftTakesSeat != 0) {
              columns.seats.takeInRoster(rules.draftTakesSeat - 1);
            }
            Optional<String> code = rules.draftEvidence.checkInCode();
            if (code.isPresent()) {
              codes.add(code.get());
            }
            int row =
                accepted.add(
                    s,
                    state.index,
                    state.lastRow,
                    Objects.requireNonNull(rules.draftOpportunity),
                    Objects.requireNonNull(rules.draftEntity),
                    Objects.requireNonNull(rules.draftRegion),
                    rules.draftDay,
                    rules.draftMinutes,
                    rules.draftShift,
                    rules.draftReview,
                    rules.draftEvidence);
            state.lastRow = row;
            numbers[i] = Math.toIntExact(firstEntry + row);
          }
        }
        rules.fail(violations);
        // One append: a persistent store keeps all of the roster or none.
        if (store instanceof RosterStore rosterStore) {
          // Roster lines carry no notes: there is nothing to seal.
          rosterStore.appendSubmissions(columns.sequence() + 1, accepted, firstEntry, now);
        } else {
          List<HourEvent> events = new ArrayList<>(accepted.size());
          for (int r = 0; r < accepted.size(); r++) {
            HourEntry entry = accepted.entry(r, firstEntry + r, now);
            events.add(
                notes.seal(
                    new HourEvent(
                        columns.sequence() + 1 + r,
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
          columns.keys.put(accepted.line(r).key().value(), Math.toIntExact(firstEntry + r));
        }
        for (int r = 0; r < accepted.size(); r++) {
          columns.applyRow(accepted, r, Math.toIntExact(firstEntry + r), now);
        }
        return new RosterEntries(numbers, storedEntries);
      } finally {
        Arrays.fill(keysInRoster, 0);
        columns.seats.clearRoster();
        rules.rosterCodes = null;
        for (int r = 0; r < accepted.size(); r++) {
          ids.volunteer(accepted.volunteer(r)).lastRow = -1;
        }
        accepted.clear();
        if (!validated) {
          ids.forgetNewest(volunteersBefore);
        }
      }
    }
  }

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
        return Objects.requireNonNull(columns.entry(numbers[i], true));
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
}
