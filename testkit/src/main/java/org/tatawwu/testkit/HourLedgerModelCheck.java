package org.tatawwu.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tatawwu.Tatawwu;
import org.tatawwu.field.Field;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.CheckInCode;
import org.tatawwu.hours.CheckMode;
import org.tatawwu.hours.Evidence;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourVerification;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A model-based check of an hour ledger over any {@link HourEventStore}: sequences of operations —
 * submissions (new, replayed, conflicting keys, too long, overlapping, past the daily cap),
 * attendance, rosters, approvals, sheets of approvals, rejections, corrections, claims on shifts
 * with their enrollments, windows and seats, carrying attendance evidence (check-in codes genuine,
 * another volunteer's or replayed, locations near and far, automatic check-outs), and restarts that
 * change the policy — run at once on a ledger over the store under test and on the model, a ledger
 * over a plain list of the events as they were appended. Every step must give the same answer on
 * both (the same entry, or the same violations in the same order), and after every step both must
 * hold the same entries (shift, review reasons and evidence included) and totals for every
 * volunteer. A restart rebuilds both ledgers from their stores under one of five policies: the
 * default (nothing of the backing checked), every check refusing, enrollment, seats and evidence
 * sent to review, a shorter maximum entry and daily cap, and no window tolerance with overbooking.
 * At the end a ledger rebuilt from the store must equal the live one, audit trails included.
 *
 * <p>The model is itself checked against a plain reference model (lists and loops) in {@code
 * tatawwu-impl}'s tests, so a store passing this check gives a ledger that agrees with the
 * reference model too.
 *
 * <p>A sequence is a list of {@link ModelStep}s (made by {@link #step}): numbers that the check
 * turns into operations against what the model holds. Use it from a test: {@code
 * HourLedgerModelCheck.over(() -> newEmptyStore()).run(200, 1L)} draws the steps from seeds; a
 * property-testing library can draw them instead and call {@link #check(List)}, so that a failing
 * sequence shrinks (Tatawwu's own tests do this with QuickTheories). A failure names the
 * operations. A store that is {@link AutoCloseable} is closed after its sequence.
 *
 * <p>Immutable and thread-safe if the supplier is; each sequence uses a store of its own.
 */
public final class HourLedgerModelCheck {
  /** The volunteers the sequences use. */
  static final int VOLUNTEERS = 3;

  /** The longest sequence {@link #steps(long)} draws. */
  static final int MAX_LENGTH = 24;

  /** Ten-minute slot 0 of the sequences: 2025-03-10 at 00:00 in Riyadh (431 slots: three days). */
  private static final Instant START =
      LocalDateTime.parse("2025-03-10T00:00").atZone(HourLedgerFixture.RIYADH).toInstant();

  /** The shifts' place: where check-in locations are measured from. */
  private static final GeoPoint PLACE = GeoPoint.of(24.7136, 46.6753);

  /** The entity's check-in key pair, made once (the ledgers are given only its public half). */
  private static final KeyPair KEYS = keys();

  /** The shifts of the opportunity: three a day, from 2025-03-10 to 2025-03-12. */
  private static final List<Shift> SHIFTS = shifts();

  /** The world of the sequences, shared by both ledgers. */
  private static final OpportunityDirectory DIRECTORY = directory();

  /** The policies a restart chooses from; a sequence starts with the first. */
  private static final List<HourPolicy> POLICIES = policies();

  private final Supplier<? extends HourEventStore> stores;

  private HourLedgerModelCheck(Supplier<? extends HourEventStore> stores) {
    this.stores = stores;
  }

  /**
   * Creates a check over stores from a supplier.
   *
   * @param emptyStores gives a new empty store for each sequence, not null
   * @return the check
   */
  public static HourLedgerModelCheck over(Supplier<? extends HourEventStore> emptyStores) {
    return new HourLedgerModelCheck(Objects.requireNonNull(emptyStores, "emptyStores"));
  }

  /**
   * Makes one step of a sequence, as numbers: {@link #check(List)} turns it into an operation
   * against what the model holds at that point. Any numbers make a valid step (they are taken
   * modulo their ranges), and smaller numbers make simpler operations, so that a property-testing
   * library can draw and shrink them freely.
   *
   * @param kind which operation, any number (modulo 20: 0–3 a claim, 4 a replay, 5 attendance, 6 a
   *     roster, 7–9 an approval, 10 a rejection, 11 a correction, 12 a sheet of approvals, 13 a
   *     query, 14–17 a claim on a shift with evidence, 18 a restart under another policy, 19 a
   *     claim on a shift by another volunteer)
   * @param a the first parameter, any number
   * @param b the second parameter, any number
   * @param c the third parameter, any number
   * @param d the fourth parameter, any number
   * @return the step
   */
  public static ModelStep step(int kind, int a, int b, int c, int d) {
    return new ModelStep(
        kind,
        a,
        b,
        c,
        d,
        s ->
            "Step[kind="
                + s.kind()
                + ", a="
                + s.a()
                + ", b="
                + s.b()
                + ", c="
                + s.c()
                + ", d="
                + s.d()
                + "]");
  }

  /**
   * What a run did: sequences and operations run, operations accepted and refused (on both ledgers
   * alike). A test's counters, not a domain record. Immutable and thread-safe.
   */
  public static final class Summary {
    private final int sequences;
    private final int operations;
    private final int accepted;
    private final int refused;

    Summary(int sequences, int operations, int accepted, int refused) {
      this.sequences = sequences;
      this.operations = operations;
      this.accepted = accepted;
      this.refused = refused;
    }

    /**
     * Returns the sequences run.
     *
     * @return the count
     */
    public int sequences() {
      return sequences;
    }

    /**
     * Returns the operations run.
     *
     * @return the count
     */
    public int operations() {
      return operations;
    }

    /**
     * Returns the operations both ledgers accepted.
     *
     * @return the count
     */
    public int accepted() {
      return accepted;
    }

    /**
     * Returns the operations both ledgers refused with the same violations.
     *
     * @return the count
     */
    public int refused() {
      return refused;
    }

    Summary plus(Summary other) {
      return new Summary(
          sequences + other.sequences,
          operations + other.operations,
          accepted + other.accepted,
          refused + other.refused);
    }

    @Override
    public String toString() {
      return sequences
          + " sequences, "
          + operations
          + " operations ("
          + accepted
          + " accepted, "
          + refused
          + " refused)";
    }
  }

  /**
   * Runs {@code sequences} sequences, with seeds {@code firstSeed}, {@code firstSeed + 1}, ...
   *
   * @param sequences how many, 1 or more
   * @param firstSeed the first seed
   * @return what was run
   * @throws AssertionError naming the seed and the operations of the first sequence that fails
   */
  public Summary run(int sequences, long firstSeed) {
    if (sequences < 1) {
      throw new IllegalArgumentException("one sequence or more");
    }
    Summary total = new Summary(0, 0, 0, 0);
    for (int i = 0; i < sequences; i++) {
      total = total.plus(runOne(firstSeed + i));
    }
    return total;
  }

  /**
   * Runs the sequence of one seed over a new store.
   *
   * @param seed the seed
   * @return what was run
   * @throws AssertionError naming the seed and the operations if the ledgers disagree
   */
  public Summary runOne(long seed) {
    try {
      return check(steps(seed));
    } catch (AssertionError e) {
      throw new AssertionError("seed " + seed + ": " + e.getMessage(), e.getCause());
    }
  }

  /**
   * Returns the steps of the sequence of one seed: 1 to 24 steps.
   *
   * @param seed the seed
   * @return the steps
   */
  public static List<ModelStep> steps(long seed) {
    Random r = new Random(seed);
    int length = 1 + r.nextInt(MAX_LENGTH);
    List<ModelStep> steps = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      steps.add(
          step(
              r.nextInt(20), r.nextInt(1000), r.nextInt(432), 1 + r.nextInt(100), r.nextInt(1000)));
    }
    return steps;
  }

  /**
   * Runs one sequence of steps over a new store.
   *
   * @param steps the steps, not null
   * @return what was run
   * @throws AssertionError naming the operations run if the ledgers disagree
   */
  public Summary check(List<ModelStep> steps) {
    HourEventStore store = stores.get();
    List<String> done = new ArrayList<>();
    Summary summary;
    try {
      summary = sequence(steps, store, done);
    } catch (AssertionError | RuntimeException e) {
      AssertionError failure =
          new AssertionError(
              "the ledger over " + store + " disagrees with the model after " + done, e);
      try {
        close(store);
      } catch (RuntimeException suppressed) {
        failure.addSuppressed(suppressed);
      }
      throw failure;
    }
    close(store);
    return summary;
  }

  private static void close(HourEventStore store) {
    if (store instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot close " + store, e);
      }
    }
  }

  /** The model's store: the events as appended, kept as they are. */
  private static final class ListStore implements HourEventStore {
    private final List<HourEvent> events = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void appendAll(List<HourEvent> batch) {
      synchronized (events) {
        if (!batch.isEmpty() && batch.get(0).sequence() != events.size() + 1) {
          throw new IllegalStateException("the model's events follow one another");
        }
        events.addAll(batch);
      }
    }

    @Override
    public void replayAfter(long sequence, Consumer<HourEvent> consumer) {
      List<HourEvent> copy;
      synchronized (events) {
        copy = List.copyOf(events);
      }
      for (HourEvent e : copy) {
        if (e.sequence() > sequence) {
          consumer.accept(e);
        }
      }
    }

    @Override
    public long size() {
      return events.size();
    }
  }

  private static HourLedger ledger(HourPolicy policy, HourEventStore store) {
    return Tatawwu.hourLedger(policy, DIRECTORY, store, HourLedgerFixture.CLOCK);
  }

  private Summary sequence(List<ModelStep> steps, HourEventStore store, List<String> done) {
    HourEventStore modelStore = new ListStore();
    HourPolicy[] policy = {POLICIES.get(0)};
    HourLedger[] ledgers = {ledger(policy[0], store), ledger(policy[0], modelStore)};
    List<HourSubmission> sent = new ArrayList<>();
    int accepted = 0;
    int step = 0;
    for (ModelStep s : steps) {
      Operation op = next(s, ledgers[1], sent);
      done.add(op.name);
      if (op.restart >= 0) {
        policy[0] = POLICIES.get(op.restart);
        ledgers[0] = ledger(policy[0], store);
        ledgers[1] = ledger(policy[0], modelStore);
        accepted++;
      } else {
        Object expected = outcome(op, ledgers[1]);
        Object actual = outcome(op, ledgers[0]);
        assertThat(actual).as("step %d, %s", step, op.name).isEqualTo(expected);
        if (!(expected instanceof Refused)) {
          accepted++;
        }
      }
      compare(ledgers[0], ledgers[1]);
      step++;
    }
    HourLedger rebuilt = ledger(policy[0], store);
    compare(rebuilt, ledgers[0]);
    for (HourEntryId id : ids(ledgers[1])) {
      assertThat(rebuilt.audit(id)).as("audit of %s", id).isEqualTo(ledgers[0].audit(id));
    }
    return new Summary(1, steps.size(), accepted, steps.size() - accepted);
  }

  /** An operation on a ledger, or a restart under policy {@code restart} (else -1). */
  private record Operation(
      String name, java.util.function.Function<HourLedger, Object> call, int restart) {
    Operation(String name, java.util.function.Function<HourLedger, Object> call) {
      this(name, call, -1);
    }
  }

  /** The answer to a refused operation: its violations, in order. */
  private record Refused(List<org.tatawwu.validation.Violation> violations) {}

  private static Object outcome(Operation op, HourLedger ledger) {
    try {
      return op.call().apply(ledger);
    } catch (RuleException e) {
      return new Refused(e.violations());
    }
  }

  private static void compare(HourLedger actual, HourLedger expected) {
    assertThat(actual.size()).as("size").isEqualTo(expected.size());
    for (int v = 0; v < VOLUNTEERS; v++) {
      VolunteerId id = VolunteerId.of("V" + v);
      assertThat(actual.entries(id)).as("entries of %s", id).isEqualTo(expected.entries(id));
      assertThat(actual.totals(id)).as("totals of %s", id).isEqualTo(expected.totals(id));
    }
  }

  private static List<HourEntryId> ids(HourLedger ledger) {
    List<HourEntryId> ids = new ArrayList<>();
    for (int v = 0; v < VOLUNTEERS; v++) {
      ledger.entries(VolunteerId.of("V" + v)).forEach(e -> ids.add(e.id()));
    }
    return ids;
  }

  private static HourSubmission submission(
      int v, int slot, int tens, String key, boolean compulsory, HourSource source) {
    Instant s = START.plus(Duration.ofMinutes(slot * 10L));
    return HourSubmission.builder()
        .key(IdempotencyKey.of(key))
        .volunteer(VolunteerId.of("V" + v))
        .opportunity(HourLedgerFixture.RELIEF)
        .time(TimeRange.of(s, s.plus(Duration.ofMinutes(tens * 10L))))
        .source(source)
        .compulsory(compulsory)
        .submittedBy("sys")
        .build();
  }

  /**
   * A plain submission of a step: slots of ten minutes from {@link #START}, up to 1,000 minutes.
   */
  private static HourSubmission submission(
      ModelStep s, int salt, String keyPrefix, HourSource source) {
    int a = Math.floorMod(s.a() + salt * 7, 1000);
    return submission(
        a % VOLUNTEERS,
        Math.floorMod(s.b() + salt * 13, 432),
        1 + Math.floorMod(s.c() - 1 + salt * 3, 100),
        keyPrefix + Math.floorMod(s.d() + salt, 24),
        Math.floorMod(s.d(), 4) == 0,
        source);
  }

  /**
   * A claim on a shift with evidence: the volunteer, the shift, check-in and check-out offsets
   * around the shift's window (a few minutes early or late, some beyond the tolerances), and one
   * piece of evidence (none, a genuine code, another volunteer's code, a location near or far, an
   * automatic check-out). Code ids repeat across steps, so that codes are replayed.
   */
  private static HourSubmission shiftClaim(ModelStep s, int volunteer) {
    Shift shift = SHIFTS.get(Math.floorMod(s.b(), SHIFTS.size()));
    int[] early = {0, 10, 15, 16, -30};
    int[] late = {0, 30, 31, -60};
    Instant start =
        shift.time().start().minus(Duration.ofMinutes(early[Math.floorMod(s.c(), early.length)]));
    Instant end =
        shift.time().end().plus(Duration.ofMinutes(late[Math.floorMod(s.c() / 5, late.length)]));
    int evidence = Math.floorMod(s.d(), 6);
    VolunteerId v = VolunteerId.of("V" + volunteer);
    String codeId = "code-" + Math.floorMod(s.d() / 6, 4);
    List<Evidence> pieces =
        switch (evidence) {
          case 1 -> List.of(code(codeId, shift, v));
          case 2 ->
              List.of(code(codeId, shift, VolunteerId.of("V" + ((volunteer + 1) % VOLUNTEERS))));
          case 3 -> List.of(new Evidence.Location(PLACE, 10));
          case 4 ->
              List.of(
                  new Evidence.Location(
                      GeoPoint.of(PLACE.latitude() + 0.01, PLACE.longitude()), 10));
          case 5 -> List.of(new Evidence.AutoCheckOut());
          default -> List.of();
        };
    return HourSubmission.builder()
        .key(IdempotencyKey.of("s" + Math.floorMod(s.a(), 24)))
        .volunteer(v)
        .opportunity(HourLedgerFixture.RELIEF)
        .time(TimeRange.of(start, end))
        .source(Math.floorMod(s.a(), 3) == 0 ? HourSource.ATTENDANCE : HourSource.CLAIM)
        .compulsory(false)
        .submittedBy("sys")
        .shift(
            Math.floorMod(s.a(), 11) == 10
                ? java.util.Optional.empty()
                : java.util.Optional.of(shift.id()))
        .evidence(pieces)
        .build();
  }

  private static Evidence.Code code(String id, Shift shift, VolunteerId volunteer) {
    CheckInCode code =
        new CheckInCode(
            id,
            HourLedgerFixture.RELIEF,
            shift.id(),
            volunteer,
            shift.time().start().minus(Duration.ofMinutes(30)),
            shift.time().end());
    return new Evidence.Code(code.sign(KEYS.getPrivate()));
  }

  /** The next operation, drawn from a step against what the model holds. */
  private static Operation next(ModelStep s, HourLedger model, List<HourSubmission> sent) {
    List<HourEntryId> ids = ids(model);
    int kind = Math.floorMod(s.kind(), 20);
    if (kind >= 7 && kind <= 12 && ids.isEmpty()) {
      kind = 0;
    }
    switch (kind) {
      case 0, 1, 2, 3 -> {
        HourSubmission sub = submission(s, 0, "k", HourSource.CLAIM);
        sent.add(sub);
        return new Operation("submit(" + describe(sub) + ")", l -> l.submit(sub));
      }
      case 4 -> {
        HourSubmission sub =
            sent.isEmpty()
                ? submission(s, 0, "k", HourSource.CLAIM)
                : sent.get(Math.floorMod(s.a(), sent.size()));
        return new Operation("replay(" + describe(sub) + ")", l -> l.submit(sub));
      }
      case 5 -> {
        HourSubmission sub = submission(s, 0, "a", HourSource.ATTENDANCE);
        sent.add(sub);
        return new Operation("attendance(" + describe(sub) + ")", l -> l.recordAttendance(sub));
      }
      case 6 -> {
        List<HourSubmission> roster = new ArrayList<>();
        int lines = 1 + Math.floorMod(s.c(), 5);
        for (int i = 0; i < lines; i++) {
          roster.add(
              i % 2 == 0
                  ? submission(s, i, "r", HourSource.ROSTER)
                  : shiftClaim(
                      step(s.kind(), s.a() + i, s.b() + i, s.c(), s.d() + i),
                      (s.a() + i) % VOLUNTEERS));
        }
        sent.addAll(roster);
        return new Operation("roster(" + lines + " lines)", l -> l.importRoster(roster));
      }
      case 7, 8, 9 -> {
        HourEntryId id = ids.get(Math.floorMod(s.a(), ids.size()));
        return new Operation("approve(" + id.value() + ")", l -> l.approve(id, "m"));
      }
      case 10 -> {
        HourEntryId id = ids.get(Math.floorMod(s.a(), ids.size()));
        return new Operation("reject(" + id.value() + ")", l -> l.reject(id, "m", "why"));
      }
      case 11 -> {
        HourEntryId id = ids.get(Math.floorMod(s.a(), ids.size()));
        HourEntry target = model.entry(id).orElseThrow();
        int v = Integer.parseInt(target.volunteer().value().substring(1));
        HourSubmission sub =
            submission(
                v,
                Math.floorMod(s.b(), 432),
                1 + Math.floorMod(s.c() - 1, 100),
                "c" + Math.floorMod(s.d(), 24),
                target.compulsory(),
                HourSource.CLAIM);
        return new Operation(
            "correct(" + id.value() + ", " + describe(sub) + ")", l -> l.correct(id, sub, "fix"));
      }
      case 12 -> {
        List<HourEntryId> sheet = new ArrayList<>();
        int n = 1 + Math.floorMod(s.c(), 6);
        for (int i = 0; i < n; i++) {
          sheet.add(ids.get(Math.floorMod(s.a() + i * s.b(), ids.size())));
        }
        return new Operation("approveAll(" + sheet.size() + ")", l -> l.approveAll(sheet, "m"));
      }
      case 14, 15, 16, 17, 19 -> {
        int v = kind == 19 ? 2 : Math.floorMod(s.a(), 2);
        HourSubmission sub = shiftClaim(s, v);
        sent.add(sub);
        return new Operation("shift(" + describe(sub) + ")", l -> l.submit(sub));
      }
      case 18 -> {
        int p = Math.floorMod(s.a(), POLICIES.size());
        return new Operation("restart(policy " + p + ")", l -> l, p);
      }
      default -> {
        int v = Math.floorMod(s.a(), VOLUNTEERS);
        return new Operation(
            "query(V" + v + ")",
            l -> List.of(l.entries(VolunteerId.of("V" + v)), l.totals(VolunteerId.of("V" + v))));
      }
    }
  }

  private static String describe(HourSubmission s) {
    return s.key().value()
        + " "
        + s.volunteer().value()
        + " from "
        + Duration.between(START, s.time().start()).toMinutes()
        + " min for "
        + s.time().duration().toMinutes()
        + " min"
        + (s.compulsory() ? " compulsory" : "")
        + s.shift().map(id -> " on " + id.value()).orElse("")
        + (s.evidence().isEmpty() ? "" : " with " + s.evidence());
  }

  // --- The world -------------------------------------------------------------------------------

  private static KeyPair keys() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has Ed25519", e);
    }
  }

  /** Each day from 10 to 12 March: 08:00–12:00 (2 seats), 14:00–18:00 (1), 22:00–02:00 (3). */
  private static List<Shift> shifts() {
    List<Shift> all = new ArrayList<>();
    for (int day = 10; day <= 12; day++) {
      LocalDate d = LocalDate.of(2025, 3, day);
      all.add(shift("D" + day + "-AM", d.atTime(8, 0), d.atTime(12, 0), 2));
      all.add(shift("D" + day + "-PM", d.atTime(14, 0), d.atTime(18, 0), 1));
      all.add(shift("D" + day + "-N", d.atTime(22, 0), d.plusDays(1).atTime(2, 0), 3));
    }
    return List.copyOf(all);
  }

  private static Shift shift(String id, LocalDateTime from, LocalDateTime to, int seats) {
    return new Shift(
        ShiftId.of(id),
        TimeRange.of(
            from.atZone(HourLedgerFixture.RIYADH).toInstant(),
            to.atZone(HourLedgerFixture.RIYADH).toInstant()),
        seats);
  }

  /**
   * The relief opportunity with its shifts and place, its accredited entity with its check-in key,
   * the rosters (V0 accepted on every shift; V1 accepted on the morning and night shifts, withdrawn
   * from the afternoon ones; V2 on no roster) and the default field catalogue.
   */
  private static OpportunityDirectory directory() {
    Opportunity.Builder relief =
        Opportunity.builder()
            .number(HourLedgerFixture.RELIEF)
            .title(BilingualText.of("إغاثة", "Relief"))
            .description(BilingualText.of("إغاثة", "Relief"))
            .entity(EntityId.of("E1"))
            .field(FieldCode.of("RELIEF"))
            .location(Location.onSite(City.of("الرياض", "Riyadh", Region.RIYADH), PLACE))
            .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
            .status(OpportunityStatus.PUBLISHED);
    SHIFTS.forEach(relief::addShift);
    Instant since = LocalDate.of(2025, 3, 1).atStartOfDay(HourLedgerFixture.RIYADH).toInstant();
    List<Enrollment> rosters = new ArrayList<>();
    for (Shift sh : SHIFTS) {
      rosters.add(
          new Enrollment(
              VolunteerId.of("V0"),
              HourLedgerFixture.RELIEF,
              sh.id(),
              EnrollmentStatus.ACCEPTED,
              since));
      rosters.add(
          new Enrollment(
              VolunteerId.of("V1"),
              HourLedgerFixture.RELIEF,
              sh.id(),
              sh.id().value().endsWith("-PM")
                  ? EnrollmentStatus.WITHDRAWN
                  : EnrollmentStatus.ACCEPTED,
              since));
    }
    FieldCatalogue catalogue =
        FieldCatalogue.of(
            List.of(
                new Field(FieldCode.of("RELIEF"), BilingualText.of("إغاثة", "Relief"), List.of())));
    return OpportunityDirectory.of(
            List.of(relief.build()), List.of(HourLedgerFixture.association()), rosters, catalogue)
        .withCheckInKeys(Map.of(EntityId.of("E1"), KEYS.getPublic()));
  }

  private static List<HourPolicy> policies() {
    HourVerification standard = HourVerification.STANDARD;
    return List.of(
        HourPolicy.DEFAULT,
        HourPolicy.verified(),
        HourPolicy.DEFAULT.withVerification(
            standard
                .with(HourRule.ENROLLMENT, CheckMode.REVIEW)
                .with(HourRule.SEATS, CheckMode.REVIEW)
                .with(HourRule.EVIDENCE, CheckMode.REVIEW)),
        HourPolicy.DEFAULT.withMaximumEntry(Duration.ofHours(4)).withDailyCap(Duration.ofHours(8)),
        HourPolicy.DEFAULT.withVerification(
            standard.withTolerances(Duration.ZERO, Duration.ZERO).withOverbooking(true)));
  }
}
