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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
import org.tatawwu.hours.EvidenceGrade;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourVerification;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A model-based check of the hour ledger's checks of what backs an entry, over any {@link
 * HourEventStore}: a shift roster, a world (what the directory says of the opportunity and its
 * entity) and a sequence of claims, attendance, two-line rosters, approvals, rejections and
 * restarts (under another hour policy, in another world), each step checked against a plain
 * reference model written from the rules' documentation ({@code docs/hours.md}: lists and loops, no
 * code of the ledger). Unlike {@link HourLedgerModelCheck}, whose model is a second ledger, this
 * model decides every rule itself.
 *
 * <p>The roster ({@code 0} to {@link #ROSTERS}, a base-7 digit per volunteer and shift) gives each
 * volunteer's enrollment on each shift: accepted, none, attended, withdrawn, waitlisted (each since
 * 1 March), applied and accepted only 30 minutes after the shift's start, or accepted and withdrawn
 * 60 minutes after it — so that the enrollment is judged as it stood at the check-in. The world
 * ({@code 0} to {@link #WORLDS}) gives the opportunity's status (published, completed, draft,
 * closed, cancelled), the entity's accreditation (all year, up to 15 March, from 16 March, none),
 * the field (catalogued, not catalogued, a sub-field not catalogued) and whether the place has a
 * known point. Shift S0 runs on 15 March 2025 from 08:00 to 10:00 (Riyadh) with 1 seat, S1 on 16
 * March with 2 seats, S2 on 17 March with 1 seat. Claims carry check-in codes (genuine, another
 * volunteer's, another shift's, expired, tampered with, used before) or check-in locations (at the
 * place, 300 m away, 150 m vague, an accuracy that is not a number). Walk-ins (claims whose
 * enrollment a policy sends to review) hold no seat until approved; an approval leaves the seats of
 * the volunteers enrolled as the roster stands then (or at the walk-in's check-in, if later) who
 * hold none yet, and an enrolled volunteer's claim does not count the walk-ins' seats.
 *
 * <p>After every step the ledger must hold the entries the model holds, with their status, review
 * reasons, shift, check-in code and location evidence. Use it from a property test, so that a
 * failure shrinks: draw {@link ModelStep}s from any numbers with {@link #step} and call {@link
 * #check(int, int, List)}. A store that is {@link AutoCloseable} is closed after its sequence.
 *
 * <p>Immutable and thread-safe if the supplier and engine are; each sequence uses a store of its
 * own.
 */
public final class HourVerificationModelCheck {
  /** The number of rosters: 7 to the 9th, a digit for each volunteer on each shift. */
  public static final int ROSTERS = 40_353_607;

  /** The number of worlds: 5 statuses, 4 accreditations, 3 fields, 2 places. */
  public static final int WORLDS = 120;

  private static final OpportunityNumber SHELTER = OpportunityNumber.parse("20250000031");
  private static final EntityId ENTITY = EntityId.of("E31");
  private static final List<VolunteerId> VOLUNTEERS =
      List.of(VolunteerId.of("A"), VolunteerId.of("B"), VolunteerId.of("C"));
  private static final List<ShiftId> SHIFTS =
      List.of(ShiftId.of("S0"), ShiftId.of("S1"), ShiftId.of("S2"));
  private static final ShiftId UNKNOWN_SHIFT = ShiftId.of("SX");
  private static final int[] SEATS = {1, 2, 1};
  private static final Instant ORIGIN = riyadh("2025-03-15T00:00");
  private static final List<Instant> SHIFT_STARTS =
      List.of(riyadh("2025-03-15T08:00"), riyadh("2025-03-16T08:00"), riyadh("2025-03-17T08:00"));
  private static final Duration SHIFT_LENGTH = Duration.ofHours(2);
  private static final GeoPoint PLACE = GeoPoint.of(24.7136, 46.6753);

  /** About 300 m north of the place. */
  private static final GeoPoint FAR = GeoPoint.of(24.7136 + 0.0027, 46.6753);

  private static final KeyPair KEYS = keys();

  /** Digit 5 of a roster: applied on 1 March, accepted 30 minutes after the shift's start. */
  private static final int LATE = 5;

  /** Digit 6 of a roster: accepted on 1 March, withdrawn 60 minutes after the shift's start. */
  private static final int WITHDRAWN_AT = 6;

  private static final int DIGITS = 7;

  /** The statuses the other roster digits stand for (each since 1 March); null: none. */
  private static final List<@Nullable EnrollmentStatus> STATUSES =
      Arrays.asList(
          EnrollmentStatus.ACCEPTED,
          null,
          EnrollmentStatus.ATTENDED,
          EnrollmentStatus.WITHDRAWN,
          EnrollmentStatus.WAITLISTED);

  private static final List<OpportunityStatus> OPPORTUNITY_STATUSES =
      List.of(
          OpportunityStatus.PUBLISHED,
          OpportunityStatus.COMPLETED,
          OpportunityStatus.DRAFT,
          OpportunityStatus.CLOSED,
          OpportunityStatus.CANCELLED);

  /** The policies a restart switches to; a sequence starts with the first. */
  private static final List<HourPolicy> POLICIES =
      List.of(
          HourPolicy.verified(),
          HourPolicy.DEFAULT.withVerification(HourVerification.STANDARD.withAll(CheckMode.REVIEW)),
          HourPolicy.DEFAULT,
          HourPolicy.DEFAULT.withVerification(
              HourVerification.STANDARD
                  .withOverbooking(true)
                  .withTolerances(Duration.ZERO, Duration.ZERO)
                  .withEvidence(EvidenceGrade.CHECK_IN_CODE, 200, 100)),
          HourPolicy.DEFAULT.withVerification(
              HourVerification.STANDARD
                  .with(HourRule.ENROLLMENT, CheckMode.REVIEW)
                  .with(HourRule.SHIFT_WINDOW, CheckMode.OFF)
                  .with(HourRule.EVIDENCE, CheckMode.REVIEW)
                  .with(HourRule.ACCREDITATION, CheckMode.REVIEW)
                  .with(HourRule.FIELD_AND_PLACE, CheckMode.OFF)
                  .withTolerances(Duration.ofMinutes(30), Duration.ofMinutes(5))
                  .withEvidence(EvidenceGrade.ENTITY_RECORDED, 200, 100)),
          HourPolicy.DEFAULT.withVerification(
              HourVerification.STANDARD
                  .with(HourRule.OPPORTUNITY_OPEN, CheckMode.REVIEW)
                  .with(HourRule.FIELD_AND_PLACE, CheckMode.REVIEW)
                  .with(HourRule.ACCREDITATION, CheckMode.OFF)
                  .with(HourRule.SEATS, CheckMode.REVIEW)));

  /** Makes the ledger under test over a store, for a policy and a directory. */
  @FunctionalInterface
  public interface Engine {
    /**
     * Opens a ledger, replaying the store.
     *
     * @param policy the hour policy, not null
     * @param directory the directory, not null
     * @param store the store, not null
     * @return the ledger
     */
    HourLedger open(HourPolicy policy, OpportunityDirectory directory, HourEventStore store);
  }

  private final Supplier<? extends HourEventStore> stores;
  private final Engine engine;

  private HourVerificationModelCheck(Supplier<? extends HourEventStore> stores, Engine engine) {
    this.stores = stores;
    this.engine = engine;
  }

  /**
   * Creates a check of Tatawwu's ledger ({@link Tatawwu#hourLedger(HourPolicy,
   * OpportunityDirectory, HourEventStore, java.time.Clock)}) over stores from a supplier.
   *
   * @param emptyStores gives a new empty store for each sequence, not null
   * @return the check
   */
  public static HourVerificationModelCheck over(Supplier<? extends HourEventStore> emptyStores) {
    return over(
        emptyStores, (p, d, store) -> Tatawwu.hourLedger(p, d, store, HourLedgerFixture.CLOCK));
  }

  /**
   * Creates a check of the ledger an engine opens over stores from a supplier (a test can plant a
   * wrong engine to see the check fail).
   *
   * @param emptyStores gives a new empty store for each sequence, not null
   * @param engine opens the ledger under test, not null
   * @return the check
   */
  public static HourVerificationModelCheck over(
      Supplier<? extends HourEventStore> emptyStores, Engine engine) {
    return new HourVerificationModelCheck(
        Objects.requireNonNull(emptyStores, "emptyStores"),
        Objects.requireNonNull(engine, "engine"));
  }

  /**
   * Makes one step of a sequence, as numbers: any numbers make a valid step (they are taken modulo
   * their ranges), smaller numbers simpler ones, so that a property-testing library can draw and
   * shrink them freely.
   *
   * <p>{@code kind} modulo 10: 0 a restart (the simplest step: with {@code a} 0 it reopens the
   * ledger under the first policy in the first world, so that steps a failure does not need shrink
   * to it), 1–5 and 9 a submission, 6 a two-line roster (the volunteer and the next, same time), 7
   * an approval, 8 a rejection. {@code a}: the volunteer ({@code a % 3}), the shift ({@code a / 3 %
   * 5}: 0 to 2, 3 none, 4 one the opportunity does not have), the policy of a restart ({@code a %
   * 90 / 15}) and its world ({@code a / 90 % 240}, the first world from {@code WORLDS} up, so that
   * half the restarts go back to it); for a decision, which entry ({@code a}, modulo the entries).
   * {@code offset} modulo 34: the start, from the shift's start, 0 to 120 minutes by 5, then -5 to
   * -45. {@code quarters}: the length, 1 to 12 quarter hours. {@code evidence} modulo 22: even an
   * attendance, odd a claim; divided by 2 the evidence: 0 none, 1 the volunteer's own check-in
   * code, 2 another volunteer's, 3 one for another shift, 4 an expired one, 5 one tampered with, 6
   * one whose id was used before, 7 a location at the place (10 m accurate), 8 one 300 m away, 9
   * one at the place 150 m vague, 10 one whose accuracy is not a number.
   *
   * @param kind which operation, any number
   * @param a the volunteer, shift, policy and world, or the entry decided, any number
   * @param offset the start, any number
   * @param quarters the length, any number
   * @param evidence the source and evidence, any number
   * @return the step, read in a failure's report as the operation it stands for
   */
  public static ModelStep step(int kind, int a, int offset, int quarters, int evidence) {
    return new ModelStep(kind, a, offset, quarters, evidence, s -> StepView.of(s).toString());
  }

  /** A step's numbers as this check reads them. */
  private record StepView(int kind, int a, int offset, int quarters, int evidence) {
    static StepView of(ModelStep s) {
      return new StepView(s.kind(), s.a(), s.b(), s.c(), s.d());
    }

    /** 0 a submission, 1 a roster, 2 an approval, 3 a rejection, 4 a restart. */
    int op() {
      int k = Math.floorMod(kind, 10);
      return k == 0 ? 4 : k <= 5 || k == 9 ? 0 : k - 5;
    }

    int volunteer() {
      return Math.floorMod(a, 3);
    }

    int shift() {
      return Math.floorMod(a, 15) / 3;
    }

    int policy() {
      return Math.floorMod(a, 90) / 15;
    }

    int world() {
      int w = Math.floorMod(a / 90, 2 * WORLDS);
      return w < WORLDS ? w : 0;
    }

    int offsetMinutes() {
      int off = Math.floorMod(offset, 34);
      return off <= 24 ? off * 5 : -(off - 24) * 5;
    }

    int lengthMinutes() {
      return (Math.floorMod(quarters - 1, 12) + 1) * 15;
    }

    boolean attendance() {
      return Math.floorMod(evidence, 2) == 0;
    }

    int evidenceKind() {
      return Math.floorMod(evidence, 22) / 2;
    }

    @Override
    public String toString() {
      int s = shift();
      String shift = s < 3 ? SHIFTS.get(s).value() : s == 3 ? "no shift" : "unknown shift";
      return switch (op()) {
        case 0 ->
            "submit("
                + VOLUNTEERS.get(volunteer()).value()
                + ", "
                + shift
                + ", start "
                + offsetMinutes()
                + " min, "
                + lengthMinutes()
                + " min, "
                + (attendance() ? "attendance" : "claim")
                + ", evidence "
                + evidenceKind()
                + ")";
        case 1 ->
            "roster("
                + VOLUNTEERS.get(volunteer()).value()
                + "+"
                + VOLUNTEERS.get((volunteer() + 1) % 3).value()
                + ", "
                + shift
                + ", start "
                + offsetMinutes()
                + " min, "
                + lengthMinutes()
                + " min)";
        case 2 -> "approve(#" + a + ")";
        case 3 -> "reject(#" + a + ")";
        default -> "restart(policy " + policy() + ", world " + world() + ")";
      };
    }
  }

  // --- the world --------------------------------------------------------------------------------

  /** What the directory says of the opportunity and its entity. */
  private record World(int status, int accreditation, int field, boolean pointKnown) {
    static World of(int world) {
      int w = Math.floorMod(world, WORLDS);
      return new World(w % 5, w / 5 % 4, w / 20 % 3, w / 60 % 2 == 0);
    }

    boolean open() {
      return status <= 1; // published or completed
    }

    /** Whether the entity is accredited on the local day {@code day} of March 2025. */
    boolean accreditedOn(int day) {
      return switch (accreditation) {
        case 0 -> true;
        case 1 -> day <= 15;
        case 2 -> day >= 16;
        default -> false;
      };
    }

    /** Whether the field and its sub-field are catalogued. */
    boolean fieldKnown() {
      return field == 0;
    }

    @Override
    public String toString() {
      return OPPORTUNITY_STATUSES.get(status)
          + ", accredited "
          + List.of("all year", "to 15 March", "from 16 March", "never").get(accreditation)
          + ", field "
          + List.of("RELIEF", "MINING", "RELIEF.NOPE").get(field)
          + (pointKnown ? ", place known" : ", place unknown");
    }
  }

  private static Instant riyadh(String local) {
    return LocalDateTime.parse(local).atZone(HourLedgerFixture.RIYADH).toInstant();
  }

  private static KeyPair keys() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The enrollments a roster number stands for: each status with its since. */
  private static List<Enrollment> enrollments(int roster) {
    List<Enrollment> all = new ArrayList<>();
    int digits = Math.floorMod(roster, ROSTERS);
    Instant march1 = riyadh("2025-03-01T09:00");
    for (int v = 0; v < 3; v++) {
      for (int s = 0; s < 3; s++) {
        int digit = digits % DIGITS;
        digits /= DIGITS;
        VolunteerId who = VOLUNTEERS.get(v);
        ShiftId shift = SHIFTS.get(s);
        Instant shiftStart = SHIFT_STARTS.get(s);
        if (digit == LATE) {
          all.add(new Enrollment(who, SHELTER, shift, EnrollmentStatus.APPLIED, march1));
          all.add(
              new Enrollment(
                  who,
                  SHELTER,
                  shift,
                  EnrollmentStatus.ACCEPTED,
                  shiftStart.plus(Duration.ofMinutes(30))));
        } else if (digit == WITHDRAWN_AT) {
          // Given latest first: the directory orders a history by since.
          all.add(
              new Enrollment(
                  who,
                  SHELTER,
                  shift,
                  EnrollmentStatus.WITHDRAWN,
                  shiftStart.plus(Duration.ofMinutes(60))));
          all.add(new Enrollment(who, SHELTER, shift, EnrollmentStatus.ACCEPTED, march1));
        } else {
          EnrollmentStatus status = STATUSES.get(digit);
          if (status != null) {
            all.add(new Enrollment(who, SHELTER, shift, status, march1));
          }
        }
      }
    }
    return all;
  }

  private static OpportunityDirectory directory(int roster, World world) {
    Opportunity.Builder o =
        Opportunity.builder()
            .number(SHELTER)
            .title(BilingualText.of("إيواء", "Shelter"))
            .description(BilingualText.of("وصف", "Description"))
            .entity(ENTITY)
            .field(FieldCode.of(world.field() == 1 ? "MINING" : "RELIEF"))
            .location(
                Location.onSite(
                    City.of("الرياض", "Riyadh", Region.RIYADH), world.pointKnown() ? PLACE : null))
            .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
            .status(OPPORTUNITY_STATUSES.get(world.status()));
    if (world.field() == 2) {
      o.subField(FieldCode.of("RELIEF.NOPE"));
    }
    for (int s = 0; s < 3; s++) {
      Instant start = SHIFT_STARTS.get(s);
      o.addShift(new Shift(SHIFTS.get(s), TimeRange.of(start, start.plus(SHIFT_LENGTH)), SEATS[s]));
    }
    Optional<Accreditation> accreditation =
        switch (world.accreditation()) {
          case 0 ->
              Optional.of(
                  new Accreditation(
                      "A-31", DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
          case 1 ->
              Optional.of(
                  new Accreditation(
                      "A-31", DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 15))));
          case 2 ->
              Optional.of(
                  new Accreditation(
                      "A-31", DateRange.of(LocalDate.of(2025, 3, 16), LocalDate.of(2025, 12, 31))));
          default -> Optional.empty();
        };
    ParticipatingEntity entity =
        ParticipatingEntity.builder()
            .id(ENTITY)
            .name(BilingualText.of("جمعية", "Association"))
            .type(EntityType.NON_PROFIT_ASSOCIATION)
            .licenceNumber("L-E31")
            .supervisingEntity(EntityId.of("SUP-31"))
            .region(Region.RIYADH)
            .accreditation(accreditation)
            .build();
    FieldCatalogue catalogue =
        FieldCatalogue.of(
            List.of(
                new Field(FieldCode.of("RELIEF"), BilingualText.of("إغاثة", "Relief"), List.of())));
    return OpportunityDirectory.of(
            List.of(o.build()), List.of(entity), enrollments(roster), catalogue)
        .withCheckInKeys(Map.of(ENTITY, KEYS.getPublic()));
  }

  // --- the reference model ----------------------------------------------------------------------

  /** The model's entry: minutes from 2025-03-15T00:00 Riyadh. */
  private static final class M {
    final String id;
    final int volunteer;
    final int shift; // 0 to 2, 3 for the unknown one, -1 for none
    final long start;
    final long end;
    final @Nullable String code;
    final boolean located;
    final Set<String> review;
    HourStatus status = HourStatus.SUBMITTED;

    /**
     * A walk-in: its enrollment sent to review; on a named shift it holds no seat until approved.
     */
    final boolean walkIn;

    /** A walk-in on a named shift holds no seat until approved. */
    boolean awaitsSeat;

    M(String id, int volunteer, int shift, long start, long end, Verdict v) {
      this.id = id;
      this.volunteer = volunteer;
      this.shift = shift;
      this.start = start;
      this.end = end;
      this.code = v.code();
      this.located = v.located();
      this.review = v.review();
      this.walkIn =
          review.contains("hours.notEnrolled") || review.contains("hours.enrollmentUnverifiable");
      this.awaitsSeat = shift != -1 && walkIn;
    }

    boolean counted() {
      return status == HourStatus.SUBMITTED || status == HourStatus.APPROVED;
    }

    boolean seatedOn(int s) {
      return counted() && shift == s && !awaitsSeat;
    }
  }

  /** A submission as the model sees it. */
  private record Claim(
      int volunteer,
      int shift,
      boolean unknownShift,
      long start,
      long end,
      boolean attendance,
      int evidence,
      @Nullable String codeId) {
    int modelShift() {
      return unknownShift ? 3 : shift;
    }
  }

  /** The codes refusing a claim, else those sending it to review; the evidence that held. */
  private record Verdict(
      Set<String> refused, Set<String> review, @Nullable String code, boolean located) {}

  private static long minutes(Instant t) {
    return Duration.between(ORIGIN, t).toMinutes();
  }

  private static final class Model {
    final List<M> entries = new ArrayList<>();
    final Set<String> usedCodes = new HashSet<>();
    final int roster;
    HourPolicy policy = POLICIES.get(0);
    World world = World.of(0);

    Model(int roster) {
      this.roster = Math.floorMod(roster, ROSTERS);
    }

    /** The volunteer's enrollment status on the shift at minute {@code at}, or null. */
    @Nullable EnrollmentStatus enrollment(int v, int s, long at) {
      int digits = roster;
      for (int i = 0; i < v * 3 + s; i++) {
        digits /= DIGITS;
      }
      int digit = digits % DIGITS;
      long shiftStart = minutes(SHIFT_STARTS.get(s));
      if (digit == LATE) {
        return at >= shiftStart + 30 ? EnrollmentStatus.ACCEPTED : EnrollmentStatus.APPLIED;
      }
      if (digit == WITHDRAWN_AT) {
        return at >= shiftStart + 60 ? EnrollmentStatus.WITHDRAWN : EnrollmentStatus.ACCEPTED;
      }
      return STATUSES.get(digit);
    }

    CheckMode mode(HourRule r) {
      return policy.verification().mode(r);
    }

    /** Files a finding as the rule's mode says. */
    void found(HourRule r, String code, Set<String> refused, Set<String> review) {
      CheckMode m = mode(r);
      if (m == CheckMode.REFUSE) {
        refused.add(code);
      } else if (m == CheckMode.REVIEW) {
        review.add(code);
      }
    }

    /** The model's decision, {@code also} being entries accepted earlier in the same roster. */
    Verdict decide(Claim c, List<M> also) {
      Set<String> refused = new TreeSet<>();
      Set<String> review = new TreeSet<>();
      List<M> counted = new ArrayList<>();
      for (M m : entries) {
        if (m.volunteer == c.volunteer() && m.counted()) {
          counted.add(m);
        }
      }
      for (M m : also) {
        if (m.volunteer == c.volunteer()) {
          counted.add(m);
        }
      }
      long credited = (c.end() - c.start()) / 15 * 15;
      long sameDay = 0;
      for (M m : counted) {
        if (m.start < c.end() && c.start() < m.end) {
          refused.add("hours.overlap");
        }
        if (Math.floorDiv(m.start, 1440) == Math.floorDiv(c.start(), 1440)) {
          sameDay += (m.end - m.start) / 15 * 15;
        }
      }
      if (sameDay + credited > 960) {
        refused.add("hours.dailyCap");
      }
      HourVerification checks = policy.verification();
      if (!checks.checksAny() && c.evidence() == 0) {
        return new Verdict(refused, review, null, false);
      }
      boolean named = c.shift() >= 0 || c.unknownShift();
      if (checks.checksAny()) {
        if (!world.open()) {
          found(HourRule.OPPORTUNITY_OPEN, "hours.opportunityNotOpen", refused, review);
        }
        // Every claim starts and ends on one day of March: 15 plus the minutes' day.
        if (!world.accreditedOn(15 + (int) Math.floorDiv(c.start(), 1440))) {
          found(HourRule.ACCREDITATION, "hours.entityNotAccredited", refused, review);
        }
        if (!world.fieldKnown()) {
          found(HourRule.FIELD_AND_PLACE, "hours.unknownField", refused, review);
        }
        if (!world.pointKnown()) {
          found(HourRule.FIELD_AND_PLACE, "hours.placeUnknown", refused, review);
        }
        if (!named) {
          found(HourRule.SHIFT_WINDOW, "hours.shiftWindowUnverifiable", refused, review);
          found(HourRule.ENROLLMENT, "hours.enrollmentUnverifiable", refused, review);
          found(HourRule.SEATS, "hours.seatsUnverifiable", refused, review);
        } else if (c.unknownShift()) {
          found(HourRule.SHIFT_WINDOW, "hours.unknownShift", refused, review);
          found(HourRule.ENROLLMENT, "hours.notEnrolled", refused, review);
          found(HourRule.SEATS, "hours.unknownShift", refused, review);
        } else {
          long shiftStart = minutes(SHIFT_STARTS.get(c.shift()));
          long shiftEnd = shiftStart + SHIFT_LENGTH.toMinutes();
          if (c.start() < shiftStart - checks.earlyCheckIn().toMinutes()
              || c.end() > shiftEnd + checks.lateCheckOut().toMinutes()) {
            found(HourRule.SHIFT_WINDOW, "hours.outsideShift", refused, review);
          }
          EnrollmentStatus e = enrollment(c.volunteer(), c.shift(), c.start());
          boolean backed = e == EnrollmentStatus.ACCEPTED || e == EnrollmentStatus.ATTENDED;
          if (!backed) {
            found(HourRule.ENROLLMENT, "hours.notEnrolled", refused, review);
          }
          // An enrolled volunteer's claim (its enrollment checked and established) does not count
          // the walk-ins' seats: a walk-in never takes an enrolled volunteer's seat.
          boolean enrolled = backed && mode(HourRule.ENROLLMENT) != CheckMode.OFF;
          boolean holds = false;
          Set<Integer> seated = new HashSet<>();
          List<M> all = new ArrayList<>(entries);
          all.addAll(also);
          for (M m : all) {
            if (m.seatedOn(c.shift())) {
              holds |= m.volunteer == c.volunteer();
              if (!enrolled || !m.walkIn) {
                seated.add(m.volunteer);
              }
            }
          }
          if (!holds && seated.size() >= SEATS[c.shift()] && !checks.overbookingAllowed()) {
            found(HourRule.SEATS, "hours.seatsFull", refused, review);
          }
        }
      }
      // Evidence presented must be genuine, whatever the modes: a code holds when nothing is
      // wrong with it (a tampered one is read no further), a location when it is usable, the
      // place known, the accuracy within 100 m and the whole circle within 200 m.
      String code = null;
      boolean located = false;
      int ev = c.evidence();
      if (ev >= 1 && ev <= 6) {
        Set<String> wrong = new TreeSet<>();
        if (ev == 5) {
          wrong.add("hours.codeTampered");
        } else {
          if (ev == 2) {
            wrong.add("hours.codeOtherVolunteer");
          }
          if (ev == 3 || !named) {
            wrong.add("hours.codeOtherShift");
          }
          if (ev == 4) {
            wrong.add("hours.codeExpired");
          }
          if (c.codeId() != null && usedCodes.contains(c.codeId())) {
            wrong.add("hours.codeReplayed");
          }
        }
        refused.addAll(wrong);
        code = wrong.isEmpty() ? c.codeId() : null;
      } else if (ev >= 7) {
        if (ev == 10) {
          refused.add("hours.locationAccuracyInvalid");
        } else if (!world.pointKnown()) {
          refused.add("hours.locationUnverifiable");
        } else if (ev == 9) {
          refused.add("hours.locationInaccurate");
        } else if (ev == 8) {
          refused.add("hours.locationTooFar");
        } else {
          located = true;
        }
      }
      if (mode(HourRule.EVIDENCE) != CheckMode.OFF) {
        EvidenceGrade grade =
            c.attendance()
                ? EvidenceGrade.ENTITY_RECORDED
                : code != null
                    ? EvidenceGrade.CHECK_IN_CODE
                    : located ? EvidenceGrade.LOCATION : EvidenceGrade.NONE;
        if (grade.compareTo(checks.minimumEvidence()) < 0) {
          found(HourRule.EVIDENCE, "hours.weakEvidence", refused, review);
        }
      }
      return new Verdict(refused, review, code, located);
    }

    /**
     * The codes refusing the approval of {@code m}: a walk-in takes its seat now, when the seats
     * rule refuses and its shift has one free (or the volunteer holds one already), the seats of
     * the volunteers whose enrollment backs work and who hold none yet kept for them: as the roster
     * stands at the later of the walk-in's start and the approval (the fixed clock's instant).
     */
    Set<String> approvalRefused(M m) {
      Set<String> out = new TreeSet<>();
      if (m.status != HourStatus.SUBMITTED
          || !m.awaitsSeat
          || mode(HourRule.SEATS) != CheckMode.REFUSE
          || policy.verification().overbookingAllowed()) {
        return out;
      }
      Set<Integer> seated = new HashSet<>();
      for (M other : entries) {
        if (other.seatedOn(m.shift)) {
          seated.add(other.volunteer);
        }
      }
      if (seated.contains(m.volunteer)) {
        return out;
      }
      if (m.shift == 3) {
        out.add("hours.unknownShift");
        return out;
      }
      int kept = 0;
      long asOf = Math.max(m.start, minutes(HourLedgerFixture.NOW));
      for (int v = 0; v < 3; v++) {
        EnrollmentStatus e = enrollment(v, m.shift, asOf);
        if (v != m.volunteer
            && !seated.contains(v)
            && (e == EnrollmentStatus.ACCEPTED || e == EnrollmentStatus.ATTENDED)) {
          kept++;
        }
      }
      if (seated.size() + kept >= SEATS[m.shift]) {
        out.add("hours.seatsFullOnApproval");
      }
      return out;
    }

    M add(String id, Claim c, Verdict v) {
      M m = new M(id, c.volunteer(), c.modelShift(), c.start(), c.end(), v);
      entries.add(m);
      if (v.code() != null) {
        usedCodes.add(v.code());
      }
      return m;
    }
  }

  // --- driving both -----------------------------------------------------------------------------

  /** The submission a claim stands for, with its evidence made as the claim says. */
  private static HourSubmission submission(Claim c, String key, @Nullable String usedCode) {
    int shift = Math.max(c.shift(), 0);
    ShiftId named = c.unknownShift() ? UNKNOWN_SHIFT : c.shift() >= 0 ? SHIFTS.get(shift) : null;
    HourSubmission.Builder b =
        HourSubmission.builder()
            .key(IdempotencyKey.of(key))
            .volunteer(VOLUNTEERS.get(c.volunteer()))
            .opportunity(SHELTER)
            .time(
                TimeRange.of(
                    ORIGIN.plus(Duration.ofMinutes(c.start())),
                    ORIGIN.plus(Duration.ofMinutes(c.end()))))
            .source(c.attendance() ? HourSource.ATTENDANCE : HourSource.CLAIM)
            .submittedBy("sys");
    if (named != null) {
      b.shift(named);
    }
    int ev = c.evidence();
    if (ev >= 7) {
      b.evidence(
          List.of(
              switch (ev) {
                case 7 -> new Evidence.Location(PLACE, 10);
                case 8 -> new Evidence.Location(FAR, 10);
                case 9 -> new Evidence.Location(PLACE, 150);
                default -> new Evidence.Location(PLACE, Double.NaN);
              }));
    } else if (ev != 0) {
      ShiftId onCode = named == null ? SHIFTS.get(0) : named;
      VolunteerId who = VOLUNTEERS.get(c.volunteer());
      Instant shiftStart = SHIFT_STARTS.get(shift);
      Instant notBefore = shiftStart.minus(Duration.ofHours(1));
      Instant notAfter = shiftStart.plus(Duration.ofHours(4));
      String id = "code-" + key;
      switch (ev) {
        case 2 -> who = VOLUNTEERS.get((c.volunteer() + 1) % 3);
        case 3 -> onCode = SHIFTS.get((shift + 1) % 3);
        case 4 -> {
          notBefore = shiftStart.minus(Duration.ofHours(3));
          notAfter = shiftStart.minus(Duration.ofHours(2));
        }
        case 6 -> id = usedCode == null ? id : usedCode;
        default -> {}
      }
      String token =
          new CheckInCode(id, SHELTER, onCode, who, notBefore, notAfter).sign(KEYS.getPrivate());
      if (ev == 5) {
        // The payload of another code under this one's signature.
        String other =
            new CheckInCode(id + "x", SHELTER, onCode, who, notBefore, notAfter)
                .sign(KEYS.getPrivate());
        token = other.substring(0, other.indexOf('.')) + token.substring(token.indexOf('.'));
      }
      b.evidence(List.of(new Evidence.Code(token)));
    }
    return b.build();
  }

  private static Claim claim(
      StepView step, int volunteer, boolean attendance, int evidence, @Nullable String codeId) {
    int s = step.shift() < 3 ? step.shift() : -1;
    long start = minutes(SHIFT_STARTS.get(Math.max(s, 0))) + step.offsetMinutes();
    return new Claim(
        volunteer,
        s,
        step.shift() == 4,
        start,
        start + step.lengthMinutes(),
        attendance,
        evidence,
        codeId);
  }

  /**
   * Runs one sequence on a new store from the supplier, checking every step against the model.
   *
   * @param roster the shift rosters, any number (modulo {@link #ROSTERS})
   * @param world what the directory first says of the opportunity and its entity, any number
   *     (modulo {@link #WORLDS})
   * @param steps the operations, not null
   * @throws AssertionError at the first disagreement with the model
   */
  public void check(int roster, int world, List<ModelStep> steps) {
    HourEventStore store = stores.get();
    boolean ran = false;
    try {
      run(roster, world, steps, store);
      ran = true;
    } finally {
      if (!ran) {
        closeQuietly(store); // the disagreement is what matters
      }
    }
    close(store);
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

  private static void closeQuietly(HourEventStore store) {
    try {
      close(store);
    } catch (IllegalStateException e) {
      // Reported no further: the sequence's own failure is being thrown.
    }
  }

  private void run(int roster, int firstWorld, List<ModelStep> steps, HourEventStore store) {
    Model model = new Model(roster);
    model.world = World.of(firstWorld);
    OpportunityDirectory directory = directory(roster, model.world);
    HourLedger ledger = engine.open(model.policy, directory, store);
    for (int i = 0; i < steps.size(); i++) {
      StepView step = StepView.of(steps.get(i));
      String key = "k" + i;
      HourLedger current = ledger;
      switch (step.op()) {
        case 0 -> {
          String used = model.usedCodes.stream().sorted().findFirst().orElse(null);
          int evidence = step.evidenceKind() == 6 && used == null ? 1 : step.evidenceKind();
          String codeId = evidence == 6 ? used : "code-" + key;
          Claim c = claim(step, step.volunteer(), step.attendance(), evidence, codeId);
          HourSubmission s = submission(c, key, used);
          Verdict v = model.decide(c, List.of());
          if (v.refused().isEmpty()) {
            HourEntry e = ledger.submit(s);
            model.add(e.id().value(), c, v);
          } else {
            expectCodes(() -> current.submit(s), v.refused());
          }
        }
        case 1 -> {
          Claim first = claim(step, step.volunteer(), true, 0, null);
          Claim second = claim(step, (step.volunteer() + 1) % 3, true, 0, null);
          List<HourSubmission> lines =
              List.of(
                  roster(submission(first, key + "a", null)),
                  roster(submission(second, key + "b", null)));
          Verdict v1 = model.decide(first, List.of());
          M tentative =
              new M("?", first.volunteer(), first.modelShift(), first.start(), first.end(), v1);
          Verdict v2 =
              model.decide(second, v1.refused().isEmpty() ? List.of(tentative) : List.of());
          Set<String> refused = new TreeSet<>(v1.refused());
          refused.addAll(v2.refused());
          if (refused.isEmpty()) {
            List<HourEntry> made = ledger.importRoster(lines);
            assertThat(made).hasSize(2);
            model.add(made.get(0).id().value(), first, v1);
            model.add(made.get(1).id().value(), second, v2);
          } else {
            expectCodes(() -> current.importRoster(lines), refused);
          }
        }
        case 2, 3 -> {
          if (model.entries.isEmpty()) {
            break;
          }
          M m = model.entries.get(Math.floorMod(step.a(), model.entries.size()));
          HourEntryId id = HourEntryId.of(m.id);
          boolean approve = step.op() == 2;
          HourStatus target = approve ? HourStatus.APPROVED : HourStatus.REJECTED;
          Set<String> refused = approve ? model.approvalRefused(m) : Set.of();
          if (m.status != target && m.status != HourStatus.SUBMITTED) {
            expectCodes(
                () -> {
                  if (approve) {
                    current.approve(id, "m");
                  } else {
                    current.reject(id, "m", "why");
                  }
                },
                Set.of("hours.alreadyDecided"));
          } else if (!refused.isEmpty()) {
            expectCodes(() -> current.approve(id, "m"), refused);
          } else {
            HourEntry e = approve ? ledger.approve(id, "m") : ledger.reject(id, "m", "why");
            assertThat(e.status()).as(step.toString()).isEqualTo(target);
            if (m.status == HourStatus.SUBMITTED && approve) {
              m.awaitsSeat = false;
            }
            m.status = target;
          }
        }
        default -> {
          model.policy = POLICIES.get(step.policy());
          model.world = World.of(step.world());
          directory = directory(roster, model.world);
          ledger = engine.open(model.policy, directory, store);
        }
      }
      agree(ledger, model, "after step " + (i + 1) + " " + step + " in world " + model.world);
    }
  }

  private static HourSubmission roster(HourSubmission s) {
    return HourSubmission.builder().from(s).source(HourSource.ROSTER).build();
  }

  private static void expectCodes(Runnable r, Set<String> expected) {
    try {
      r.run();
    } catch (RuleException e) {
      assertThat(new TreeSet<>(e.codes())).isEqualTo(expected);
      return;
    }
    throw new AssertionError("expected " + expected + " but the operation was accepted");
  }

  /** Every entry's status, review reasons, shift and evidence as the model has them. */
  private static void agree(HourLedger ledger, Model model, String when) {
    assertThat(ledger.size()).as("entries " + when).isEqualTo(model.entries.size());
    Map<String, M> byId = new HashMap<>();
    model.entries.forEach(m -> byId.put(m.id, m));
    for (VolunteerId v : VOLUNTEERS) {
      for (HourEntry e : ledger.entries(v)) {
        M m = Objects.requireNonNull(byId.get(e.id().value()), "an entry the model knows");
        String of = e.id() + " " + when;
        assertThat(e.status()).as("status of " + of).isEqualTo(m.status);
        Set<String> review = new TreeSet<>();
        e.review().forEach(r -> review.add(r.code()));
        assertThat(review).as("review reasons of " + of).isEqualTo(m.review);
        assertThat(e.evidence().checkInCode().orElse(null))
            .as("check-in code of " + of)
            .isEqualTo(m.code);
        assertThat(e.evidence().locationVerified()).as("location of " + of).isEqualTo(m.located);
        assertThat(e.shift().map(s -> s.equals(UNKNOWN_SHIFT) ? 3 : SHIFTS.indexOf(s)).orElse(-1))
            .as("shift of " + of)
            .isEqualTo(m.shift);
      }
    }
  }
}
