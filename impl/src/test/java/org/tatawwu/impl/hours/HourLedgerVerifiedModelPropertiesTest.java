package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.tatawwu.impl.hours.LedgerFixture.CLOCK;
import static org.tatawwu.impl.hours.LedgerFixture.riyadh;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
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
 * Model-based test of the checks of what backs an entry: random shift rosters (each volunteer's
 * enrollment on each shift, some accepted only after the shift's start or withdrawn during it, so
 * that the enrollment is judged as it stood at the check-in) and random sequences of claims,
 * attendance, two-line rosters, approvals, rejections and restarts under another hour policy, each
 * step checked against a plain reference model written from the rules' documentation (lists and
 * loops, no code of the ledger). Walk-ins (claims whose enrollment a policy sends to review) hold
 * no seat until approved, and their approval is refused when the shift filled meanwhile. Claims
 * carry check-in codes that hold, name another volunteer or shift, have expired, were tampered with
 * or were used before. A failing sequence shrinks to a short one: {@link
 * #a_wrong_engine_is_caught_and_its_failure_shrinks_to_at_most_two_operations} plants an engine
 * that forgets the seats and shows the counterexample QuickTheories reports.
 *
 * <p>The opportunity is open, its entity accredited all month, its field catalogued and its place
 * known; shift S0 runs on 15 March 2025 from 08:00 to 10:00 (Riyadh) with 1 seat, S1 on 16 March
 * with 2 seats, S2 on 17 March with 1 seat.
 */
class HourLedgerVerifiedModelPropertiesTest {
  static final OpportunityNumber SHELTER = OpportunityNumber.parse("20250000031");
  static final EntityId ENTITY = EntityId.of("E31");
  static final List<VolunteerId> VOLUNTEERS =
      List.of(VolunteerId.of("A"), VolunteerId.of("B"), VolunteerId.of("C"));
  static final List<ShiftId> SHIFTS = List.of(ShiftId.of("S0"), ShiftId.of("S1"), ShiftId.of("S2"));
  static final ShiftId UNKNOWN_SHIFT = ShiftId.of("SX");
  static final int[] SEATS = {1, 2, 1};
  static final List<Instant> SHIFT_STARTS =
      List.of(riyadh("2025-03-15T08:00"), riyadh("2025-03-16T08:00"), riyadh("2025-03-17T08:00"));
  static final Duration SHIFT_LENGTH = Duration.ofHours(2);
  static final KeyPair KEYS = keys();

  /**
   * Enrollment statuses a roster digit stands for (each since 1 March), the first the one a failure
   * shrinks to; digits 5 and 6 stand for a history, see {@link #LATE} and {@link #WITHDRAWN_AT}.
   */
  static final List<@Nullable EnrollmentStatus> STATUSES =
      java.util.Arrays.asList(
          EnrollmentStatus.ACCEPTED,
          null,
          EnrollmentStatus.ATTENDED,
          EnrollmentStatus.WITHDRAWN,
          EnrollmentStatus.WAITLISTED,
          EnrollmentStatus.APPLIED,
          EnrollmentStatus.ACCEPTED);

  /** Digit 5: applied on 1 March, accepted 30 minutes after the shift's start. */
  static final int LATE = 5;

  /** Digit 6: accepted on 1 March, withdrawn 60 minutes after the shift's start. */
  static final int WITHDRAWN_AT = 6;

  /** How many roster digits there are. */
  static final int DIGITS = 7;

  /** The policies a restart switches to, the first the one a failure shrinks to. */
  static final List<HourPolicy> POLICIES =
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
                  .withTolerances(Duration.ofMinutes(30), Duration.ofMinutes(5))
                  .withEvidence(EvidenceGrade.ENTITY_RECORDED, 200, 100)));

  static KeyPair keys() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * One operation. Kind 0 a submission, 1 a two-line roster (the volunteer and the next, same
   * time), 2 approve, 3 reject, 4 restart under policy {@code p}. A submission's volunteer {@code
   * v}; shift {@code s} (0 to 2, 3 none, 4 one the opportunity does not have); start {@code off}
   * minutes from the shift's start (0 to 120, then -5 to -45); length {@code len} quarter hours;
   * source {@code src} (0 attendance, 1 a claim); evidence {@code ev} (0 none, 1 the volunteer's
   * own check-in code, 2 another volunteer's, 3 one for another shift, 4 an expired one, 5 one
   * tampered with, 6 one whose id was used before).
   */
  record Op(int kind, int v, int s, int off, int len, int src, int ev, int p) {
    int offsetMinutes() {
      return off <= 24 ? off * 5 : -(off - 24) * 5;
    }

    @Override
    public String toString() {
      return switch (kind) {
        case 0, 1 ->
            (kind == 0 ? "submit(" : "roster(")
                + VOLUNTEERS.get(v).value()
                + (kind == 1 ? "+" + VOLUNTEERS.get((v + 1) % 3).value() : "")
                + ", "
                + (s < 3 ? SHIFTS.get(s).value() : s == 3 ? "no shift" : "unknown shift")
                + ", start "
                + offsetMinutes()
                + " min, "
                + len * 15
                + " min"
                + (kind == 0 ? (src == 0 ? ", attendance" : ", claim") + ", evidence " + ev : "")
                + ")";
        case 2 -> "approve(#" + v + ")";
        case 3 -> "reject(#" + v + ")";
        default -> "restart(policy " + p + ")";
      };
    }
  }

  static Gen<Op> ops() {
    return integers()
        .between(0, 9)
        .zip(
            integers().between(0, 1_000_000),
            integers().between(0, 33),
            integers().between(1, 12),
            integers().between(0, 69),
            (k, a, off, len, e) -> {
              int kind = k <= 4 ? 0 : k == 5 ? 1 : k == 6 ? 2 : k == 7 ? 3 : k == 8 ? 0 : 4;
              return new Op(kind, a % 3, a / 3 % 5, off, len, e % 2, e / 2 % 7, a / 15 % 5);
            });
  }

  /**
   * The enrollments a number (base 7, a digit per volunteer and shift) stands for: each status with
   * its since, a history given as its states.
   */
  static List<Enrollment> enrollments(int roster) {
    List<Enrollment> all = new ArrayList<>();
    int digits = roster;
    Instant march1 = riyadh("2025-03-01T09:00");
    for (int v = 0; v < 3; v++) {
      for (int s = 0; s < 3; s++) {
        int digit = digits % DIGITS;
        EnrollmentStatus status = STATUSES.get(digit);
        digits /= DIGITS;
        VolunteerId who = VOLUNTEERS.get(v);
        Instant shiftStart = SHIFT_STARTS.get(s);
        if (digit == LATE) {
          all.add(new Enrollment(who, SHELTER, SHIFTS.get(s), EnrollmentStatus.APPLIED, march1));
          all.add(
              new Enrollment(
                  who,
                  SHELTER,
                  SHIFTS.get(s),
                  EnrollmentStatus.ACCEPTED,
                  shiftStart.plus(Duration.ofMinutes(30))));
        } else if (digit == WITHDRAWN_AT) {
          // Given latest first: the directory orders a history by since.
          all.add(
              new Enrollment(
                  who,
                  SHELTER,
                  SHIFTS.get(s),
                  EnrollmentStatus.WITHDRAWN,
                  shiftStart.plus(Duration.ofMinutes(60))));
          all.add(new Enrollment(who, SHELTER, SHIFTS.get(s), EnrollmentStatus.ACCEPTED, march1));
        } else if (status != null) {
          all.add(new Enrollment(who, SHELTER, SHIFTS.get(s), status, march1));
        }
      }
    }
    return all;
  }

  static OpportunityDirectory directory(int roster) {
    Opportunity.Builder o =
        Opportunity.builder()
            .number(SHELTER)
            .title(BilingualText.of("إيواء", "Shelter"))
            .description(BilingualText.of("وصف", "Description"))
            .entity(ENTITY)
            .field(FieldCode.of("RELIEF"))
            .location(
                Location.onSite(
                    City.of("الرياض", "Riyadh", Region.RIYADH), GeoPoint.of(24.7136, 46.6753)))
            .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
            .status(OpportunityStatus.PUBLISHED);
    for (int s = 0; s < 3; s++) {
      Instant start = SHIFT_STARTS.get(s);
      o.addShift(new Shift(SHIFTS.get(s), TimeRange.of(start, start.plus(SHIFT_LENGTH)), SEATS[s]));
    }
    ParticipatingEntity entity =
        ParticipatingEntity.builder()
            .id(ENTITY)
            .name(BilingualText.of("جمعية", "Association"))
            .type(EntityType.NON_PROFIT_ASSOCIATION)
            .licenceNumber("L-E31")
            .supervisingEntity(EntityId.of("SUP-31"))
            .region(Region.RIYADH)
            .accreditation(
                new Accreditation(
                    "A-31", DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))))
            .build();
    FieldCatalogue catalogue =
        FieldCatalogue.of(
            List.of(
                new Field(FieldCode.of("RELIEF"), BilingualText.of("إغاثة", "Relief"), List.of())));
    return OpportunityDirectory.of(
            List.of(o.build()), List.of(entity), enrollments(roster), catalogue)
        .withCheckInKeys(Map.of(ENTITY, KEYS.getPublic()));
  }

  /** Makes the ledger under test over a store, for a policy and a directory. */
  interface Engine {
    HourLedger open(HourPolicy policy, OpportunityDirectory directory, HourEventStore store);
  }

  static final Engine TATAWWU = (p, d, store) -> Tatawwu.hourLedger(p, d, store, CLOCK);

  // --- the reference model -------------------------------------------------------------------

  /** The model's entry: minutes from 2025-03-15T00:00 Riyadh. */
  static final class M {
    final String id;
    final int volunteer;
    final int shift; // 0 to 2, 3 for the unknown one, or -1 for none
    final long start;
    final long end;
    final @Nullable String code;
    final Set<String> review;
    HourStatus status = HourStatus.SUBMITTED;

    /** A walk-in (its enrollment sent to review) on a named shift holds no seat until approved. */
    boolean awaitsSeat;

    M(
        String id,
        int volunteer,
        int shift,
        long start,
        long end,
        @Nullable String code,
        Set<String> review) {
      this.id = id;
      this.volunteer = volunteer;
      this.shift = shift;
      this.start = start;
      this.end = end;
      this.code = code;
      this.review = review;
      this.awaitsSeat =
          shift != -1
              && (review.contains("hours.notEnrolled")
                  || review.contains("hours.enrollmentUnverifiable"));
    }

    /** Whether it holds a seat on shift {@code s}. */
    boolean seatedOn(int s) {
      return counted() && shift == s && !awaitsSeat;
    }

    boolean counted() {
      return status == HourStatus.SUBMITTED || status == HourStatus.APPROVED;
    }
  }

  /** A submission as the model sees it. */
  record Claim(
      int volunteer,
      int shift,
      boolean unknownShift,
      long start,
      long end,
      boolean attendance,
      int evidence,
      @Nullable String codeId) {}

  /** What the model decides for a claim: the codes refusing it, else those sending it to review. */
  record Verdict(Set<String> refused, Set<String> review, @Nullable String code) {}

  static final Instant ORIGIN = riyadh("2025-03-15T00:00");

  static long minutes(Instant t) {
    return Duration.between(ORIGIN, t).toMinutes();
  }

  static final class Model {
    final List<M> entries = new ArrayList<>();
    final Set<String> usedCodes = new HashSet<>();
    HourPolicy policy = POLICIES.get(0);
    final int roster;

    Model(int roster) {
      this.roster = roster;
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

    /**
     * The codes refusing the approval of {@code m}: a walk-in takes its seat now, when the seats
     * rule refuses and its shift has one free (or the volunteer holds one already).
     */
    Set<String> approvalRefused(M m) {
      Set<String> out = new TreeSet<>();
      if (m.status != HourStatus.SUBMITTED || !m.awaitsSeat) {
        return out;
      }
      if (mode(HourRule.SEATS) != CheckMode.REFUSE || policy.verification().overbookingAllowed()) {
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
      } else if (seated.size() >= SEATS[m.shift]) {
        out.add("hours.seatsFullOnApproval");
      }
      return out;
    }

    CheckMode mode(HourRule r) {
      return policy.verification().mode(r);
    }

    /** Files a finding as the rule's mode says. */
    void found(HourRule r, String code, Verdict into) {
      CheckMode m = mode(r);
      if (m == CheckMode.REFUSE) {
        into.refused().add(code);
      } else if (m == CheckMode.REVIEW) {
        into.review().add(code);
      }
    }

    /** The model's decision, {@code also} being entries accepted earlier in the same roster. */
    Verdict decide(Claim c, List<M> also) {
      Verdict out = new Verdict(new TreeSet<>(), new TreeSet<>(), null);
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
          out.refused().add("hours.overlap");
        }
        if (Math.floorDiv(m.start, 1440) == Math.floorDiv(c.start(), 1440)) {
          sameDay += (m.end - m.start) / 15 * 15;
        }
      }
      if (sameDay + credited > 960) {
        out.refused().add("hours.dailyCap");
      }
      HourVerification checks = policy.verification();
      boolean verifies = checks.checksAny();
      if (!verifies && c.evidence() == 0) {
        return out;
      }
      boolean named = c.shift() >= 0 || c.unknownShift();
      if (verifies) {
        // The shift's window with the policy's tolerances.
        if (!named) {
          found(HourRule.SHIFT_WINDOW, "hours.shiftWindowUnverifiable", out);
          found(HourRule.ENROLLMENT, "hours.enrollmentUnverifiable", out);
          found(HourRule.SEATS, "hours.seatsUnverifiable", out);
        } else if (c.unknownShift()) {
          found(HourRule.SHIFT_WINDOW, "hours.unknownShift", out);
          found(HourRule.ENROLLMENT, "hours.notEnrolled", out);
          found(HourRule.SEATS, "hours.unknownShift", out);
        } else {
          long shiftStart = minutes(SHIFT_STARTS.get(c.shift()));
          long shiftEnd = shiftStart + SHIFT_LENGTH.toMinutes();
          if (c.start() < shiftStart - checks.earlyCheckIn().toMinutes()
              || c.end() > shiftEnd + checks.lateCheckOut().toMinutes()) {
            found(HourRule.SHIFT_WINDOW, "hours.outsideShift", out);
          }
          EnrollmentStatus e = enrollment(c.volunteer(), c.shift(), c.start());
          if (e != EnrollmentStatus.ACCEPTED && e != EnrollmentStatus.ATTENDED) {
            found(HourRule.ENROLLMENT, "hours.notEnrolled", out);
          }
          boolean holds = false;
          Set<Integer> seated = new HashSet<>();
          List<M> all = new ArrayList<>(entries);
          all.addAll(also);
          for (M m : all) {
            if (m.seatedOn(c.shift())) {
              seated.add(m.volunteer);
              holds |= m.volunteer == c.volunteer();
            }
          }
          if (!holds && seated.size() >= SEATS[c.shift()] && !checks.overbookingAllowed()) {
            found(HourRule.SEATS, "hours.seatsFull", out);
          }
        }
      }
      // Evidence presented must be genuine, whatever the modes.
      // Evidence presented must be genuine, whatever the modes: a code holds when nothing is
      // wrong with it, and a tampered one is read no further.
      String code = null;
      String id = c.codeId();
      if (c.evidence() != 0) {
        Set<String> wrong = new TreeSet<>();
        if (c.evidence() == 5) {
          wrong.add("hours.codeTampered");
        } else {
          if (c.evidence() == 2) {
            wrong.add("hours.codeOtherVolunteer");
          }
          if (c.evidence() == 3 || !named) {
            wrong.add("hours.codeOtherShift");
          }
          if (c.evidence() == 4) {
            wrong.add("hours.codeExpired");
          }
          if (id != null && usedCodes.contains(id)) {
            wrong.add("hours.codeReplayed");
          }
        }
        out.refused().addAll(wrong);
        code = wrong.isEmpty() ? id : null;
      }
      if (mode(HourRule.EVIDENCE) != CheckMode.OFF) {
        EvidenceGrade grade =
            c.attendance()
                ? EvidenceGrade.ENTITY_RECORDED
                : code != null ? EvidenceGrade.CHECK_IN_CODE : EvidenceGrade.NONE;
        if (grade.compareTo(checks.minimumEvidence()) < 0) {
          found(HourRule.EVIDENCE, "hours.weakEvidence", out);
        }
      }
      return new Verdict(out.refused(), out.review(), code);
    }

    M add(String id, Claim c, Verdict v) {
      M m =
          new M(
              id,
              c.volunteer(),
              c.unknownShift() ? 3 : c.shift(),
              c.start(),
              c.end(),
              v.code(),
              v.review());
      entries.add(m);
      if (v.code() != null) {
        usedCodes.add(v.code());
      }
      return m;
    }
  }

  // --- driving both ----------------------------------------------------------------------------

  /** The submission a claim stands for, with its evidence signed as the claim says. */
  static HourSubmission submission(Claim c, String key, @Nullable String usedCode) {
    int shift = Math.max(c.shift(), 0);
    ShiftId named = c.unknownShift() ? UNKNOWN_SHIFT : c.shift() >= 0 ? SHIFTS.get(shift) : null;
    Instant from = ORIGIN.plus(Duration.ofMinutes(c.start()));
    Instant to = ORIGIN.plus(Duration.ofMinutes(c.end()));
    HourSubmission.Builder b =
        HourSubmission.builder()
            .key(IdempotencyKey.of(key))
            .volunteer(VOLUNTEERS.get(c.volunteer()))
            .opportunity(SHELTER)
            .time(TimeRange.of(from, to))
            .source(c.attendance() ? HourSource.ATTENDANCE : HourSource.CLAIM)
            .submittedBy("sys");
    if (named != null) {
      b.shift(named);
    }
    if (c.evidence() != 0) {
      ShiftId onCode = named == null ? SHIFTS.get(0) : named;
      VolunteerId who = VOLUNTEERS.get(c.volunteer());
      Instant shiftStart = SHIFT_STARTS.get(shift);
      Instant notBefore = shiftStart.minus(Duration.ofHours(1));
      Instant notAfter = shiftStart.plus(Duration.ofHours(4));
      String id = "code-" + key;
      switch (c.evidence()) {
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
      if (c.evidence() == 5) {
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

  static Claim claim(
      Op op, int volunteer, boolean attendance, int evidence, @Nullable String codeId) {
    int s = op.s() < 3 ? op.s() : -1;
    long start = minutes(SHIFT_STARTS.get(Math.max(s, 0))) + op.offsetMinutes();
    return new Claim(
        volunteer, s, op.s() == 4, start, start + op.len() * 15L, attendance, evidence, codeId);
  }

  /** Runs one sequence on a fresh memory store. */
  static void run(int roster, List<Op> ops, Engine engine) {
    run(roster, ops, engine, new InMemoryHourEventStore());
  }

  /** Runs one sequence over an empty store against the model, checking every step. */
  static void run(int roster, List<Op> ops, Engine engine, HourEventStore store) {
    OpportunityDirectory directory = directory(roster);
    Model model = new Model(roster);
    HourLedger ledger = engine.open(model.policy, directory, store);
    for (int i = 0; i < ops.size(); i++) {
      Op op = ops.get(i);
      String key = "k" + i;
      HourLedger current = ledger;
      switch (op.kind()) {
        case 0 -> {
          String used = model.usedCodes.stream().sorted().findFirst().orElse(null);
          int evidence = op.ev() == 6 && used == null ? 1 : op.ev();
          String codeId = evidence == 6 ? used : "code-" + key;
          Claim c = claim(op, op.v(), op.src() == 0, evidence, codeId);
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
          Claim first = claim(op, op.v(), true, 0, null);
          Claim second = claim(op, (op.v() + 1) % 3, true, 0, null);
          List<HourSubmission> lines =
              List.of(
                  roster(submission(first, key + "a", null)),
                  roster(submission(second, key + "b", null)));
          Verdict v1 = model.decide(first, List.of());
          M tentative =
              new M(
                  "?",
                  first.volunteer(),
                  first.unknownShift() ? 3 : first.shift(),
                  first.start(),
                  first.end(),
                  null,
                  v1.review());
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
          M m = model.entries.get(op.v() % model.entries.size());
          HourEntryId id = HourEntryId.of(m.id);
          HourStatus target = op.kind() == 2 ? HourStatus.APPROVED : HourStatus.REJECTED;
          Set<String> refused = op.kind() == 2 ? model.approvalRefused(m) : Set.<String>of();
          if (m.status != target && m.status != HourStatus.SUBMITTED) {
            expectCodes(
                () -> {
                  if (op.kind() == 2) {
                    current.approve(id, "m");
                  } else {
                    current.reject(id, "m", "why");
                  }
                },
                Set.of("hours.alreadyDecided"));
          } else if (!refused.isEmpty()) {
            expectCodes(() -> current.approve(id, "m"), refused);
          } else {
            HourEntry e = op.kind() == 2 ? ledger.approve(id, "m") : ledger.reject(id, "m", "why");
            assertThat(e.status()).isEqualTo(target);
            if (m.status == HourStatus.SUBMITTED && target == HourStatus.APPROVED) {
              m.awaitsSeat = false;
            }
            m.status = target;
          }
        }
        default -> {
          model.policy = POLICIES.get(op.p());
          ledger = engine.open(model.policy, directory, store);
        }
      }
      check(ledger, model);
    }
  }

  static HourSubmission roster(HourSubmission s) {
    return HourSubmission.builder().from(s).source(HourSource.ROSTER).build();
  }

  static void expectCodes(Runnable r, Set<String> expected) {
    try {
      r.run();
    } catch (RuleException e) {
      Set<String> codes = new TreeSet<>();
      e.violations().forEach(v -> codes.add(v.code()));
      assertThat(codes).isEqualTo(expected);
      return;
    }
    throw new AssertionError("expected " + expected + " but the operation was accepted");
  }

  /** Every entry's status, review reasons, shift and evidence as the model has them. */
  static void check(HourLedger ledger, Model model) {
    assertThat(ledger.size()).isEqualTo(model.entries.size());
    Map<String, M> byId = new HashMap<>();
    model.entries.forEach(m -> byId.put(m.id, m));
    for (VolunteerId v : VOLUNTEERS) {
      for (HourEntry e : ledger.entries(v)) {
        M m =
            java.util.Objects.requireNonNull(byId.get(e.id().value()), "an entry the model knows");
        assertThat(e.status()).as("status of " + e.id()).isEqualTo(m.status);
        Set<String> review = new TreeSet<>();
        e.review().forEach(r -> review.add(r.code()));
        assertThat(review).as("review reasons of " + e.id()).isEqualTo(m.review);
        assertThat(e.evidence().checkInCode().orElse(null))
            .as("check-in code of " + e.id())
            .isEqualTo(m.code);
        assertThat(e.shift().map(s -> s.equals(UNKNOWN_SHIFT) ? 3 : SHIFTS.indexOf(s)).orElse(-1))
            .as("shift of " + e.id())
            .isEqualTo(m.shift);
      }
    }
  }

  static final int ROSTERS = 40_353_606; // 7^9 - 1: a digit for each volunteer on each shift

  @Test
  void random_rosters_and_sequences_agree_with_the_reference_model() {
    qt().withExamples(2_000)
        .withShrinkCycles(1_000)
        .forAll(integers().between(0, ROSTERS), lists().of(ops()).ofSizeBetween(1, 16))
        .checkAssert((roster, ops) -> run(roster, ops, TATAWWU));
  }

  /**
   * An engine that forgets the seats (overbooking always allowed) is caught, and QuickTheories
   * shrinks its counterexample to at most two operations crediting two volunteers on a one-seat
   * shift.
   */
  @Test
  void a_wrong_engine_is_caught_and_its_failure_shrinks_to_at_most_two_operations() {
    Engine forgetsSeats =
        (p, d, store) ->
            Tatawwu.hourLedger(
                p.withVerification(p.verification().withOverbooking(true)), d, store, CLOCK);
    assertThatThrownBy(
            () ->
                qt().withFixedSeed(20_251_201L)
                    .withExamples(2_000)
                    .withShrinkCycles(2_000)
                    .forAll(integers().between(0, ROSTERS), lists().of(ops()).ofSizeBetween(1, 16))
                    .checkAssert((roster, ops) -> run(roster, ops, forgetsSeats)))
        .isInstanceOf(AssertionError.class)
        .satisfies(
            e -> {
              String report = String.valueOf(e.getMessage());
              String smallest = report.substring(report.indexOf("Smallest found"));
              for (String next : List.of("Other found", "Cause was")) {
                int at = smallest.indexOf(next);
                if (at > 0) {
                  smallest = smallest.substring(0, at);
                }
              }
              int operations =
                  smallest.split("submit\\(|roster\\(|approve\\(|reject\\(|restart\\(").length - 1;
              assertThat(operations).as(smallest).isBetween(1, 2);
              assertThat(smallest).as(smallest).containsAnyOf("S0", "S2");
              System.out.println("the planted engine's smallest counterexample: " + smallest);
            });
  }
}
