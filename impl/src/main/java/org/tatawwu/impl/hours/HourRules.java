package org.tatawwu.impl.hours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.CheckInCode;
import org.tatawwu.hours.CheckMode;
import org.tatawwu.hours.Evidence;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEvidence;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourVerification;
import org.tatawwu.hours.OpportunityDirectory;
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
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The rules: the checks on a submission before it is appended — length, claim window, the
 * opportunity's dates, overlap and daily cap against the volunteer's counted entries ({@link
 * VolunteerState}) and the roster's accepted lines ({@link RosterRows}), idempotency of content,
 * and what backs an entry under the policy's verification (open opportunity, accreditation, field
 * and place, shift window, enrollment, seats, evidence) — and the seat check on a walk-in's
 * approval. They read the ledger's columns ({@link LedgerColumns}) and change nothing there; a
 * draft that holds leaves what its entry would hold beyond the submission in the {@code draft...}
 * fields. Refusals are localised through the hours message bundle.
 *
 * <p>Not thread-safe: the ledger guards it with its lock.
 */
final class HourRules {
  /** Local days differ from an instant's UTC day by at most 26 hours in any zone; twice that. */
  private static final long DAY_REACH_SECONDS = 52 * 3600;

  private final HourPolicy policy;

  /** Whether the policy checks anything of what backs an entry. */
  private final boolean verifies;

  private final OpportunityDirectory directory;
  private final LedgerColumns columns;
  private final LedgerIds ids;

  /** The hours message bundle: refusals and review reasons, localised. */
  final RuleMessages messages = new RuleMessages("org.tatawwu.impl.hours.Hours");

  /** The accepted lines of the roster being imported; empty outside an import. */
  final RosterRows rows = new RosterRows();

  /** During a roster's import, the codes its accepted lines used; else null. */
  java.util.@Nullable Set<String> rosterCodes;

  /**
   * The mode of each rule of the policy's verification: an array read, where the policy's map
   * hashes.
   */
  private final java.util.EnumMap<HourRule, CheckMode> modes =
      new java.util.EnumMap<>(HourRule.class);

  /** The review reasons a draft finds, cleared before each draft. */
  private final List<Violation> flaggedScratch = new ArrayList<>();

  /** The shift index whose seat the last drafted entry would newly take, else 0. */
  int draftTakesSeat;

  /** The shift column of the last drafted entry, if its checks looked its shift up; else 0. */
  int draftShift;

  /** The length of the last entry drafted, and its credited minutes under the policy. */
  private @Nullable Duration lastWorked;

  private long lastCredited;

  /** The claim window's bounds for the clock's last reading, so a batch computes them once. */
  private @Nullable Instant windowAt;

  private Instant latestEnd = Instant.MIN;
  private Instant earliestEnd = Instant.MAX;

  // What the last draft found that holds: its entry's parts beyond the submission's.
  @Nullable Opportunity draftOpportunity;
  @Nullable ParticipatingEntity draftEntity;
  @Nullable Region draftRegion;
  LocalDate draftDay = LocalDate.EPOCH;
  int draftMinutes;
  List<Violation> draftReview = List.of();
  HourEvidence draftEvidence = HourEvidence.NONE;

  /** Creates the rules of {@code policy}, reading {@code directory} and {@code columns}. */
  HourRules(HourPolicy policy, OpportunityDirectory directory, LedgerColumns columns) {
    this.policy = policy;
    this.verifies = policy.verification().checksAny();
    for (HourRule r : HourRule.values()) {
      modes.put(r, policy.verification().mode(r));
    }
    this.directory = directory;
    this.columns = columns;
    this.ids = columns.ids;
  }

  /** A memo of the directory's answers for one operation. */
  DirectoryMemo memo() {
    return new DirectoryMemo();
  }

  /**
   * Checks a submission against every rule, adding violations; returns whether it holds, and then
   * leaves what its entry would hold beyond the submission in the {@code draft...} fields. {@code
   * alsoCounted} is the same volunteer's last row accepted earlier in the same roster ({@link
   * #rows}), else -1; {@code now} is the clock's reading for the whole operation.
   */
  boolean draft(
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
      day = columns.dayOf(epochDay(time.start().getEpochSecond(), zone));
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

  /** {@link #draft} for a submission that is not part of a roster. */
  HourEntry draftAlone(
      HourSubmission s,
      @Nullable HourEntryId corrects,
      @Nullable String reason,
      List<Violation> violations,
      Instant now) {
    if (!draft(s, ids.find(s.volunteer()), corrects, violations, -1, now, new DirectoryMemo())) {
      return placeholder(s);
    }
    return new HourEntry(
        HourEntryId.ofNumber(columns.lastEntryNumber() + 1),
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

  /**
   * The directory's answers remembered for one operation: the lines of a roster mostly share an
   * opportunity, so they ask once.
   */
  final class DirectoryMemo {
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
        index = ids.internShift(opportunity, shift.id());
      }
      return index;
    }
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
    if (columns.codeUsed(code.id()) || (inRoster != null && inRoster.contains(code.id()))) {
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
          int taken =
              (enrolled ? columns.seats.enrolled(index) : columns.seats.taken(index))
                  + columns.seats.inRoster(index);
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
    if (state != null && columns.holdsSeatCounted(state, shift, 0)) {
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
            s.startSecond(i) < end || columns.entries.startNano(n) < endNano; // seconds equal here
        long endSecond = s.endSecond(i);
        boolean endsAfterStart =
            endSecond > start || (endSecond == start && columns.entries.endNano(n) > startNano);
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

  /** The mode of a rule of the policy's verification. */
  CheckMode mode(HourRule rule) {
    return Objects.requireNonNull(modes.get(rule));
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
  void seatOnApproval(
      int n,
      Instant now,
      java.util.Set<Long> seatedOnSheet,
      Map<Integer, Integer> seatsOnSheet,
      Map<KeptKey, KeptSeats> kept,
      List<Violation> out) {
    int shift = columns.entries.shift(n);
    VolunteerState state = ids.volunteer(columns.entries.volunteer(n));
    if (columns.holdsSeatCounted(state, shift, n)
        || !seatedOnSheet.add((long) state.index << 32 | shift)) {
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
    LedgerIds.ShiftRef ref = ids.shift(shift - 1);
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
    int taken = columns.seats.taken(shift - 1) + seatsOnSheet.merge(shift, 1, Integer::sum);
    Instant checkIn =
        Instant.ofEpochSecond(columns.entries.startSecond(n), columns.entries.startNano(n));
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
  record KeptKey(int shift, Instant asOf) {}

  /**
   * The seats kept on a shift for its enrolled volunteers as the roster stood at an instant: those
   * unknown to the ledger, and the indexes of those known that hold no seat and are not seated on
   * the sheet (removed as the sheet seats them).
   */
  static final class KeptSeats {
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
  private KeptSeats keptSeats(
      LedgerIds.ShiftRef ref, KeptKey key, java.util.Set<Long> seatedOnSheet) {
    int unknown = 0;
    java.util.Set<Integer> waiting = new java.util.HashSet<>();
    for (VolunteerId v : directory.enrolledOn(ref.opportunity(), ref.shift(), key.asOf())) {
      VolunteerState enrolled = ids.find(v);
      if (enrolled == null) {
        unknown++;
      } else if (!columns.holdsSeatCounted(enrolled, key.shift(), 0)
          && !seatedOnSheet.contains((long) enrolled.index << 32 | key.shift())) {
        waiting.add(enrolled.index);
      }
    }
    return new KeptSeats(key.shift(), unknown, waiting);
  }

  static boolean sameContent(HourEntry e, HourSubmission s) {
    return e.volunteer().equals(s.volunteer())
        && e.opportunity().equals(s.opportunity())
        && e.time().equals(s.time())
        && (e.source() == s.source() || e.source() == HourSource.CORRECTION)
        && e.compulsory() == s.compulsory()
        && e.shift().equals(s.shift());
  }

  static boolean sameContent(HourSubmission a, HourSubmission b) {
    return a.volunteer().equals(b.volunteer())
        && a.opportunity().equals(b.opportunity())
        && a.time().equals(b.time())
        && a.source() == b.source()
        && a.compulsory() == b.compulsory()
        && a.shift().equals(b.shift());
  }

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

  RuleException refusal(Violation v) {
    return new RuleException(List.of(v), messages::problems);
  }

  void fail(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new RuleException(violations, messages::problems);
    }
  }
}
