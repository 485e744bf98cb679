package org.tatawwu.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A model-based check of an hour ledger over any {@link HourEventStore}: random sequences of
 * operations — submissions (new, replayed, conflicting keys, too long, overlapping, past the daily
 * cap), attendance, rosters, approvals, sheets of approvals, rejections, corrections — run at once
 * on a ledger over the store under test and on the model, a ledger over memory. Every step must
 * give the same answer on both (the same entry, or the same violations in the same order), and
 * after every step both must hold the same entries and totals for every volunteer; at the end a
 * ledger rebuilt from the store must equal the live one, audit trails included.
 *
 * <p>The model is itself checked against a plain reference model (lists and loops) over 10,000
 * sequences in {@code tatawwu-impl}'s tests, so a store passing this check gives a ledger that
 * agrees with the reference model too.
 *
 * <p>Use it from a test: {@code HourLedgerModelCheck.over(() -> newEmptyStore()).run(200, 1L)}.
 * Sequences are numbered by seed: a failure names its seed and operations, and {@link
 * #runOne(long)} repeats it. A store that is {@link AutoCloseable} is closed after its sequence.
 *
 * <p>Immutable and thread-safe if the supplier is; each sequence uses a store of its own.
 */
public final class HourLedgerModelCheck {
  /** The volunteers the sequences use. */
  static final int VOLUNTEERS = 3;

  /** The longest sequence. */
  static final int MAX_LENGTH = 24;

  /** Ten-minute slot 0 of the sequences: 2025-03-10 at 00:00 in Riyadh (431 slots: three days). */
  private static final Instant START =
      LocalDateTime.parse("2025-03-10T00:00").atZone(HourLedgerFixture.RIYADH).toInstant();

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
      Summary one = runOne(firstSeed + i);
      total =
          new Summary(
              total.sequences() + 1,
              total.operations() + one.operations(),
              total.accepted() + one.accepted(),
              total.refused() + one.refused());
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
    HourEventStore store = stores.get();
    List<String> done = new ArrayList<>();
    Summary summary;
    try {
      summary = sequence(seed, store, done);
    } catch (AssertionError | RuntimeException e) {
      AssertionError failure =
          new AssertionError(
              "the ledger over " + store + " disagrees with the model; seed " + seed + ": " + done,
              e);
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

  private Summary sequence(long seed, HourEventStore store, List<String> done) {
    Random r = new Random(seed);
    HourLedger ledger = HourLedgerFixture.ledger(store);
    HourLedger model = HourLedgerFixture.ledger();
    List<HourSubmission> sent = new ArrayList<>();
    int length = 1 + r.nextInt(MAX_LENGTH);
    int accepted = 0;
    for (int step = 0; step < length; step++) {
      Operation op = next(r, model, sent);
      done.add(op.name);
      Object expected = outcome(op, model);
      Object actual = outcome(op, ledger);
      assertThat(actual).as("step %d, %s", step, op.name).isEqualTo(expected);
      if (!(expected instanceof Refused)) {
        accepted++;
      }
      compare(ledger, model);
    }
    HourLedger rebuilt = HourLedgerFixture.ledger(store);
    compare(rebuilt, ledger);
    for (HourEntryId id : ids(model)) {
      assertThat(rebuilt.audit(id)).as("audit of %s", id).isEqualTo(ledger.audit(id));
    }
    return new Summary(1, length, accepted, length - accepted);
  }

  /** An operation on a ledger. */
  private record Operation(String name, java.util.function.Function<HourLedger, Object> call) {}

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

  /** A submission: slots of ten minutes from {@link #START}, lengths up to 1,000 minutes. */
  private static HourSubmission submission(Random r, String keyPrefix, HourSource source) {
    return submission(
        r.nextInt(VOLUNTEERS),
        r.nextInt(432),
        1 + r.nextInt(100),
        keyPrefix + r.nextInt(24),
        r.nextInt(4) == 0,
        source);
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

  /** The next operation, drawn against what the model holds. */
  private static Operation next(Random r, HourLedger model, List<HourSubmission> sent) {
    List<HourEntryId> ids = ids(model);
    int kind = r.nextInt(16);
    if (kind >= 7 && kind <= 12 && ids.isEmpty()) {
      kind = 0;
    }
    switch (kind) {
      case 0, 1, 2, 3 -> {
        HourSubmission s = submission(r, "k", HourSource.CLAIM);
        sent.add(s);
        return new Operation("submit(" + describe(s) + ")", l -> l.submit(s));
      }
      case 4 -> {
        HourSubmission s =
            sent.isEmpty()
                ? submission(r, "k", HourSource.CLAIM)
                : sent.get(r.nextInt(sent.size()));
        return new Operation("replay(" + describe(s) + ")", l -> l.submit(s));
      }
      case 5 -> {
        HourSubmission s = submission(r, "a", HourSource.ATTENDANCE);
        sent.add(s);
        return new Operation("attendance(" + describe(s) + ")", l -> l.recordAttendance(s));
      }
      case 6 -> {
        List<HourSubmission> roster = new ArrayList<>();
        int lines = 1 + r.nextInt(5);
        for (int i = 0; i < lines; i++) {
          roster.add(submission(r, "r", HourSource.ROSTER));
        }
        sent.addAll(roster);
        return new Operation("roster(" + lines + " lines)", l -> l.importRoster(roster));
      }
      case 7, 8, 9 -> {
        HourEntryId id = ids.get(r.nextInt(ids.size()));
        return new Operation("approve(" + id.value() + ")", l -> l.approve(id, "m"));
      }
      case 10 -> {
        HourEntryId id = ids.get(r.nextInt(ids.size()));
        return new Operation("reject(" + id.value() + ")", l -> l.reject(id, "m", "why"));
      }
      case 11 -> {
        HourEntryId id = ids.get(r.nextInt(ids.size()));
        HourEntry target = model.entry(id).orElseThrow();
        int v = Integer.parseInt(target.volunteer().value().substring(1));
        HourSubmission s =
            submission(
                v,
                r.nextInt(432),
                1 + r.nextInt(100),
                "c" + r.nextInt(24),
                target.compulsory(),
                HourSource.CLAIM);
        return new Operation(
            "correct(" + id.value() + ", " + describe(s) + ")", l -> l.correct(id, s, "fix"));
      }
      case 12 -> {
        List<HourEntryId> sheet = new ArrayList<>();
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
          sheet.add(ids.get(r.nextInt(ids.size())));
        }
        return new Operation("approveAll(" + sheet.size() + ")", l -> l.approveAll(sheet, "m"));
      }
      default -> {
        int v = r.nextInt(VOLUNTEERS);
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
        + (s.compulsory() ? " compulsory" : "");
  }
}
