package org.tatawwu.impl.hours;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.tatawwu.hours.AuditRecord;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.Dimension;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventConflictException;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.hours.TotalsKey;
import org.tatawwu.impl.storage.ContentionBackoff;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.text.Identifiers;
import org.tatawwu.time.DateRange;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The hour ledger: state rebuilt from an append-only event store; every change validated first,
 * then appended as events, then applied by the same code that replays the store. One lock guards
 * all of it, so concurrent callers see each operation whole.
 *
 * <p>This class is the façade: it takes the lock, catches up on the store and appends to it, and
 * leaves the work to package-private rooms — the rules that check a submission ({@link HourRules}),
 * the roster's import ({@link RosterImport}), the columns and their replay ({@link LedgerColumns}:
 * the entries, events and keys, each volunteer's state ({@link VolunteerState}) and the seats), the
 * one dictionary of ids ({@link LedgerIds}), and the totals ({@link LedgerTotals} over the
 * aggregation index, {@link HourIndex}).
 *
 * <p>Several ledgers may share one store (application nodes over one database): every change first
 * catches up on the store's events after the last one applied ({@link HourEventStore#replayAfter},
 * one comparison when there are none), and an append that finds its sequence taken ({@link
 * HourEventConflictException}) pauses a random while, catches up and decides again, up to 32 times.
 * A failed append leaves the state as it was; if the store did keep its events (an unknown
 * outcome), the next catch-up applies them.
 *
 * <p>The state holds no object per entry; an {@link HourEntry} is built when asked for. With the
 * default store (which keeps events encoded) a ledger retains about 250 bytes per entry in a few
 * dozen arrays, which a collector copies cheaply.
 */
final class DefaultHourLedger implements HourLedger {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultHourLedger.class);

  /** How many times a change is decided before a lost race is reported. */
  static final int ATTEMPTS = 32;

  private final HourPolicy policy;
  private final HourEventStore store;
  private final Clock clock;

  /** Seals free-text notes under the volunteer's vault key, or keeps them plain. */
  private final NoteSeal notes;

  private final Object lock = new Object();

  /** The columns and their replay: everything the events applied so far leave. */
  private final LedgerColumns columns;

  private final LedgerIds ids;
  private final EntryColumns entries;
  private final EventColumns events;
  private final HourRules rules;
  private final RosterImport roster;
  private final LedgerTotals totals;

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
    Objects.requireNonNull(directory, "directory");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.columns = new LedgerColumns(notes);
    this.ids = columns.ids;
    this.entries = columns.entries;
    this.events = columns.events;
    this.rules = new HourRules(policy, directory, columns);
    this.roster = new RosterImport(lock, clock, store, notes, directory, columns, rules);
    this.totals = new LedgerTotals(columns);
    synchronized (lock) {
      store.replay(columns::apply);
    }
    LOG.debug("hour ledger replayed {} events", columns.sequence());
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
      store.replayAfter(columns.sequence(), columns::apply);
      return columns.sequence();
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
        store.replayAfter(columns.sequence(), columns::apply);
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
      HourEntry entry = rules.draftAlone(submission, null, null, violations, now);
      rules.fail(violations);
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
          rules.draftAlone(submission, null, null, violations, clock.instant());
          rules.fail(violations);
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
    HourSubmission[] rosterLines = lines.toArray(new HourSubmission[0]);
    for (int i = 0; i < rosterLines.length; i++) {
      if (rosterLines[i] == null) {
        // Numbered from 1, as the refusals' argument line; a null says nothing personal.
        throw new NullPointerException("roster line " + (i + 1) + " is null");
      }
    }
    return decided(() -> roster.importOnce(rosterLines));
  }

  @Override
  public HourEntry correct(HourEntryId approved, HourSubmission replacement, String reason) {
    requireReason(reason);
    return decided(() -> correctOnce(approved, replacement, reason));
  }

  private HourEntry correctOnce(HourEntryId approved, HourSubmission replacement, String reason) {
    synchronized (lock) {
      HourEntry original = columns.entry(approved.number());
      List<Violation> violations = new ArrayList<>();
      if (original == null) {
        throw rules.refusal(Violation.of("hours.unknownEntry", "entry", approved.value()));
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
        int pending = columns.pendingCorrection((int) approved.number());
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
      HourEntry entry = rules.draftAlone(replacement, approved, reason, violations, now);
      rules.fail(violations);
      append(HourEvent.Type.SUBMITTED, now, replacement.submittedBy(), entry, reason);
      return entry;
    }
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
      Map<HourRules.KeptKey, HourRules.KeptSeats> kept = new HashMap<>();
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
            rules.seatOnApproval((int) n, at, seatedOnSheet, seatsOnSheet, kept, violations);
          }
        }
      }
      rules.fail(violations);
      List<HourEvent> events = new ArrayList<>();
      java.util.Set<Integer> approvedHere = new java.util.HashSet<>();
      java.util.Set<Integer> supersededHere = new java.util.HashSet<>();
      for (HourEntryId id : sheet) {
        int n = (int) id.number();
        if (entries.status(n) != HourStatus.SUBMITTED || !approvedHere.add(n)) {
          continue; // approved before, or earlier on this sheet
        }
        HourEntry e = Objects.requireNonNull(columns.entry(n));
        HourEntry approved =
            HourEntry.builder()
                .from(e)
                .status(HourStatus.APPROVED)
                .decidedBy(actor)
                .decidedAt(at)
                .build();
        events.add(
            new HourEvent(
                columns.sequence() + 1 + events.size(),
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
                  columns.sequence() + 1 + events.size(),
                  at,
                  actor,
                  HourEvent.Type.SUPERSEDED,
                  HourEntry.builder()
                      .from(Objects.requireNonNull(columns.entry(o)))
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
          columns.apply(event, ids.state(event.entry().volunteer()));
        }
      }
      List<HourEntry> result = new ArrayList<>(sheet.size());
      for (HourEntryId id : sheet) {
        result.add(Objects.requireNonNull(columns.entry(id.number())));
      }
      return result;
    }
  }

  @Override
  public HourEntry reject(HourEntryId id, String actor, String reason) {
    Identifiers.check(actor, "actor");
    requireReason(reason);
    return decided(() -> rejectOnce(id, actor, reason));
  }

  private HourEntry rejectOnce(HourEntryId id, String actor, String reason) {
    synchronized (lock) {
      HourEntry e = known(id);
      if (e.status() == HourStatus.REJECTED) {
        return e;
      }
      if (e.status() != HourStatus.SUBMITTED) {
        throw rules.refusal(
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
    return entry.review().isEmpty() ? List.of() : rules.messages.problems(entry.review(), locale);
  }

  @Override
  public Optional<HourEntry> entry(HourEntryId id) {
    synchronized (lock) {
      return Optional.ofNullable(columns.entry(id.number()));
    }
  }

  @Override
  public List<HourEntry> entries(VolunteerId volunteer) {
    synchronized (lock) {
      List<HourEntry> out = new ArrayList<>();
      VolunteerState s = ids.find(volunteer);
      // In submission order: the SUBMITTED events among the volunteer's events.
      for (int event : s == null ? new int[0] : columns.eventsOf(s)) {
        if (events.type(event) == HourEvent.Type.SUBMITTED) {
          out.add(Objects.requireNonNull(columns.entry(events.entry(event))));
        }
      }
      return out;
    }
  }

  @Override
  public List<AuditRecord> audit(HourEntryId id) {
    synchronized (lock) {
      long n = id.number();
      VolunteerState s = entries.present(n) ? ids.volunteer(entries.volunteer((int) n)) : null;
      if (s == null) {
        return List.of();
      }
      // The audit trail is derived from the volunteer's events: nothing is stored twice.
      List<AuditRecord> out = new ArrayList<>();
      for (int event : columns.eventsOf(s)) {
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
      return totals.of(volunteer);
    }
  }

  @Override
  public Map<VolunteerId, HourTotals> totalsByVolunteer() {
    synchronized (lock) {
      return totals.byVolunteer();
    }
  }

  @Override
  public HourTotals totals(OpportunityNumber opportunity) {
    synchronized (lock) {
      return totals.of(opportunity);
    }
  }

  @Override
  public SortedMap<TotalsKey, HourTotals> totals(Dimension by, Bucket bucket, DateRange range) {
    synchronized (lock) {
      return totals.of(by, bucket, range);
    }
  }

  @Override
  public long size() {
    synchronized (lock) {
      return entries.count();
    }
  }

  // --- helpers -----------------------------------------------------------------------------

  /** The existing entry for a replay with the same content; throws on a conflicting replay. */
  private Optional<HourEntry> replayed(HourSubmission s, @Nullable HourEntryId corrects) {
    HourEntry e = columns.previous(s.key());
    if (e == null) {
      return Optional.empty();
    }
    if (!HourRules.sameContent(e, s) || !e.corrects().equals(Optional.ofNullable(corrects))) {
      throw rules.refusal(Violation.of("hours.idempotencyConflict", "entry", e.id().value()));
    }
    return Optional.of(e);
  }

  private HourEntry known(HourEntryId id) {
    HourEntry e = columns.entry(id.number());
    if (e == null) {
      throw rules.refusal(Violation.of("hours.unknownEntry", "entry", id.value()));
    }
    return e;
  }

  /** Refuses a blank reason as the ledger's other refusals: {@code hours.reasonRequired}. */
  private void requireReason(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw rules.refusal(Violation.of("hours.reasonRequired"));
    }
  }

  private void append(
      HourEvent.Type type, Instant at, String actor, HourEntry entry, @Nullable String note) {
    HourEvent event =
        notes.seal(
            new HourEvent(
                columns.sequence() + 1, at, actor, type, entry, Optional.ofNullable(note)));
    store.append(event);
    columns.apply(event, ids.state(entry.volunteer()));
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
