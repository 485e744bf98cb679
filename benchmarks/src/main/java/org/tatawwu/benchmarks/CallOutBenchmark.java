package org.tatawwu.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tatawwu.Tatawwu;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.CandidatePool;
import org.tatawwu.incident.Incident;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentId;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.IncidentType;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.NeedId;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.Role;
import org.tatawwu.incident.RoleId;
import org.tatawwu.incident.TeamShape;
import org.tatawwu.incident.Wave;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;
import org.tatawwu.matching.IncrementalAssignment;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Requirements;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Call-out waves at national scale: 100,000 pre-qualified volunteers and 5,000 seats (50 needs in
 * Jazan, each 2 shifts of 50 seats; each volunteer pre-qualified for 2 needs, so 4 candidate
 * shifts). {@code planWave}: a fresh incident command plans its first wave through the public API
 * (eligibility of 400,000 pairs with the standard policy and credentials, the default ranker, the
 * exact solver). {@code replan*}: after a wave of 5,000 offers, 1,000 of the offered volunteers
 * decline, on the same seat-plan problem (5,000 pinned offers, 95,000 other candidates with 380,000
 * pairs): {@code replanIncremental} removes them together from the exact solver's session ({@code
 * removeVolunteers}, as the command's seat plan does before its next wave), {@code replanOneByOne}
 * one {@code removeVolunteer} at a time, {@code replanFullSolve} solves what remains from scratch.
 * {@code replanCommand}: the command's own next wave after its first wave and 1,000 declines by
 * volunteers pre-qualified for another need (the re-planned seat plan read and 1,000 offers made).
 * Each wave starts from a fresh command and each incremental run from a fresh session, each made in
 * its own invocation setup (so a wave is not timed with the garbage of a session it does not use);
 * an incremental run includes the session's first search through the sink, which builds its index
 * of unplaced candidates by shift. Figures and the command: benchmarks/README.md.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class CallOutBenchmark {
  static final int VOLUNTEERS = 100_000;
  static final int NEEDS = 50;
  static final int SHIFTS_PER_NEED = 2;
  static final int SEATS_PER_SHIFT = 50;
  static final int DECLINES = 1_000;
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final LocalDate FIRST = LocalDate.of(2026, 11, 20);
  static final Instant DECLARED = LocalDateTime.of(2026, 11, 19, 18, 0).atZone(RIYADH).toInstant();

  @Param({"EXACT"})
  String mode = "EXACT";

  List<Volunteer> volunteers;
  List<Need> needs;
  Map<NeedId, Set<VolunteerId>> prequalified;
  Map<VolunteerId, Volunteer> byId;
  EligibilityEngine engine;
  Ranker ranker;

  /** The seat-plan problem after a wave: pinned offers first, then the other candidates. */
  AssignmentProblem seatPlan;

  final int[] decliners = new int[DECLINES];

  /** A fresh incident command for each wave, made in the invocation's setup. */
  @State(Scope.Thread)
  public static class FreshCommand {
    IncidentCommand command;

    /**
     * Makes the command, with its needs added and the incident active.
     *
     * @param data the volunteers and needs
     */
    @Setup(Level.Invocation)
    public void make(CallOutBenchmark data) {
      command = data.command();
    }
  }

  /**
   * A command that planned its first wave and recorded 1,000 declines (every fifth offer; each
   * decliner is pre-qualified for another need), made in the invocation's setup.
   */
  @State(Scope.Thread)
  public static class DeclinedCommand {
    IncidentCommand command;

    /**
     * Makes the command, plans its first wave and records the declines.
     *
     * @param data the volunteers and needs
     */
    @Setup(Level.Invocation)
    public void make(CallOutBenchmark data) {
      command = data.command();
      List<Offer> offers = command.planWave(DECLARED.plusSeconds(60)).offers();
      for (int i = 0; i < DECLINES; i++) {
        command.answer(offers.get(i * 5).id(), Answer.DECLINE, DECLARED.plusSeconds(120));
      }
    }
  }

  /** A fresh exact session on the seat-plan problem for each re-plan, made in the setup. */
  @State(Scope.Thread)
  public static class FreshSession {
    IncrementalAssignment session;

    /**
     * Solves the seat-plan problem into a session.
     *
     * @param data the seat-plan problem
     */
    @Setup(Level.Invocation)
    public void make(CallOutBenchmark data) {
      session = Tatawwu.incrementalAssignment(data.seatPlan);
    }
  }

  @Setup(Level.Trial)
  public void data() {
    engine = Tatawwu.eligibility(EligibilityPolicy.DEFAULT);
    ranker = Tatawwu.ranker(engine, MatchWeights.DEFAULT, (v, f) -> 0L);
    ParticipatingEntity entity =
        ParticipatingEntity.builder()
            .id(EntityId.of("E1"))
            .name(BilingualText.of("جمعية", "Association"))
            .type(EntityType.NON_PROFIT_ASSOCIATION)
            .licenceNumber("L-1")
            .supervisingEntity(EntityId.of("SUP-1"))
            .region(Region.JAZAN)
            .accreditation(
                new Accreditation("A-1", DateRange.of(FIRST.minusYears(1), FIRST.plusYears(1))))
            .build();
    City jazan = City.of("جازان", "Jazan", Region.JAZAN);
    needs = new ArrayList<>();
    for (int n = 0; n < NEEDS; n++) {
      Role role =
          new Role(
              RoleId.of("role-" + n),
              BilingualText.of("دور", "Role"),
              Requirements.NONE,
              CredentialDemand.NONE,
              TeamShape.INDIVIDUAL,
              false);
      Opportunity.Builder b =
          Opportunity.builder()
              .number(OpportunityNumber.parse(String.valueOf(20260000000L + n)))
              .title(role.name())
              .description(role.name())
              .entity(EntityId.of("E1"))
              .field(FieldCode.of("RELIEF"))
              .location(Location.onSite(jazan, null))
              .period(DateRange.of(FIRST, FIRST.plusDays(13)))
              .requirements(role.requirements())
              .status(OpportunityStatus.PUBLISHED);
      for (int s = 0; s < SHIFTS_PER_NEED; s++) {
        Instant start = FIRST.plusDays(n % 7).atTime(6 + 8 * s, 0).atZone(RIYADH).toInstant();
        b.addShift(
            new Shift(
                ShiftId.of("N" + n + "-S" + s),
                TimeRange.of(start, start.plus(Duration.ofHours(6))),
                SEATS_PER_SHIFT));
      }
      needs.add(new Need(NeedId.of("need-" + n), role, b.build(), entity));
    }
    volunteers = new ArrayList<>(VOLUNTEERS);
    byId = new HashMap<>();
    prequalified = new HashMap<>();
    needs.forEach(n -> prequalified.put(n.id(), new LinkedHashSet<>()));
    Random rnd = new Random(20);
    for (int i = 0; i < VOLUNTEERS; i++) {
      Volunteer v =
          Volunteer.builder()
              .id(VolunteerId.of(String.format("V%06d", i)))
              .nationalId(NationalId.parse("1234567897"))
              .nationality(Nationality.SAUDI)
              .name(BilingualText.of("متطوع", "Volunteer"))
              .mobile(MobileNumber.parse("0501234567"))
              .birthDate(
                  BirthDate.ofGregorian(LocalDate.of(1970, 1, 1).plusDays(rnd.nextInt(12_000))))
              .gender(rnd.nextBoolean() ? Gender.FEMALE : Gender.MALE)
              .region(Region.JAZAN)
              .addFieldsOfInterest(FieldCode.of("RELIEF"))
              .build();
      volunteers.add(v);
      byId.put(v.id(), v);
      int a = rnd.nextInt(NEEDS);
      int b = (a + 1 + rnd.nextInt(NEEDS - 1)) % NEEDS;
      Objects.requireNonNull(prequalified.get(needs.get(a).id())).add(v.id());
      Objects.requireNonNull(prequalified.get(needs.get(b).id())).add(v.id());
    }
    seatPlan = seatPlanProblem(rnd);
  }

  CandidatePool pool() {
    return new CandidatePool() {
      @Override
      public Collection<VolunteerId> candidates(Need need) {
        return prequalified.getOrDefault(need.id(), Set.of());
      }

      @Override
      public Optional<Volunteer> volunteer(VolunteerId volunteer) {
        return Optional.ofNullable(byId.get(volunteer));
      }

      @Override
      public List<Credential> credentials(VolunteerId volunteer) {
        return List.of();
      }

      @Override
      public List<TimeRange> commitments(VolunteerId volunteer) {
        return List.of();
      }
    };
  }

  IncidentCommand command() {
    Incident incident =
        Incident.declare(
            IncidentId.of("FLOOD"),
            IncidentType.FLOOD,
            BilingualText.of("سيول", "Floods"),
            Set.of(Region.JAZAN),
            DateRange.of(FIRST, FIRST.plusDays(13)),
            EntityId.of("E1"),
            EntityId.of("SUP-1"));
    IncidentCommand c =
        Tatawwu.incidentCommand(
            incident,
            engine,
            ranker,
            pool(),
            ActivationSettings.DEFAULT.withMode(AssignmentSolver.Mode.valueOf(mode)));
    needs.forEach(n -> c.addNeed(n, DECLARED));
    c.moveTo(IncidentStatus.ACTIVE, DECLARED);
    return c;
  }

  /**
   * The seat plan after a wave, with the shape the command builds: 5,000 pinned volunteers (one
   * candidate each, score 1,000,000) and the 95,000 others with 4 candidate shifts, scores 1 to
   * 1,000 as the default ranker gives.
   */
  private AssignmentProblem seatPlanProblem(Random rnd) {
    int shifts = NEEDS * SHIFTS_PER_NEED;
    int[] capacity = new int[shifts];
    Arrays.fill(capacity, SEATS_PER_SHIFT);
    int pinned = shifts * SEATS_PER_SHIFT;
    int others = VOLUNTEERS - pinned;
    int pairs = pinned + others * 4;
    int[] vo = new int[pairs];
    int[] so = new int[pairs];
    int[] sc = new int[pairs];
    int k = 0;
    for (int v = 0; v < pinned; v++) {
      vo[k] = v;
      so[k] = v / SEATS_PER_SHIFT;
      sc[k++] = 1_000_000;
    }
    for (int v = pinned; v < VOLUNTEERS; v++) {
      int a = rnd.nextInt(NEEDS);
      int b = (a + 1 + rnd.nextInt(NEEDS - 1)) % NEEDS;
      for (int need : new int[] {a, b}) {
        for (int s = 0; s < SHIFTS_PER_NEED; s++) {
          vo[k] = v;
          so[k] = need * SHIFTS_PER_NEED + s;
          sc[k++] = 1 + rnd.nextInt(1_000);
        }
      }
    }
    for (int i = 0; i < DECLINES; i++) {
      decliners[i] = i * (pinned / DECLINES);
    }
    return AssignmentProblem.of(VOLUNTEERS, capacity, vo, so, sc);
  }

  /**
   * A wave for 100,000 pre-qualified volunteers and 5,000 seats, through the command.
   *
   * @param fresh a command not used before
   * @return the wave
   */
  @Benchmark
  public Wave planWave(FreshCommand fresh) {
    return fresh.command.planWave(DECLARED.plusSeconds(60));
  }

  /**
   * The command's next wave after 1,000 declines by volunteers pre-qualified for another need: the
   * re-planned seat plan (the decliners' rows swapped for rows of their other need) read and its
   * 1,000 offers made, through the public API.
   *
   * @param declined a command after its first wave and 1,000 declines
   * @return the second wave
   */
  @Benchmark
  public Wave replanCommand(DeclinedCommand declined) {
    return declined.command.planWave(DECLARED.plusSeconds(180));
  }

  /**
   * 1,000 declines re-planned incrementally, as the command does before its next wave: removed
   * together, then the new assignment.
   *
   * @param fresh a session not used before
   * @return the new assignment
   */
  @Benchmark
  public Assignment replanIncremental(FreshSession fresh) {
    fresh.session.removeVolunteers(decliners.clone());
    return fresh.session.current();
  }

  /**
   * The same 1,000 declines removed one at a time, each re-optimised at once.
   *
   * @param fresh a session not used before
   * @return the new assignment
   */
  @Benchmark
  public Assignment replanOneByOne(FreshSession fresh) {
    for (int v : decliners) {
      fresh.session.removeVolunteer(v);
    }
    return fresh.session.current();
  }

  /** The same re-plan by a full exact solve of what remains (problem built from the arrays). */
  @Benchmark
  public Assignment replanFullSolve() {
    boolean[] out = new boolean[VOLUNTEERS];
    for (int v : decliners) {
      out[v] = true;
    }
    int pairs = 0;
    for (int v = 0; v < VOLUNTEERS; v++) {
      if (!out[v]) {
        pairs += seatPlan.firstCandidate(v + 1) - seatPlan.firstCandidate(v);
      }
    }
    int[] vo = new int[pairs];
    int[] so = new int[pairs];
    int[] sc = new int[pairs];
    int[] capacity = new int[seatPlan.shifts()];
    for (int s = 0; s < capacity.length; s++) {
      capacity[s] = seatPlan.capacity(s);
    }
    int n = 0;
    int k = 0;
    for (int v = 0; v < VOLUNTEERS; v++) {
      if (out[v]) {
        continue;
      }
      for (int i = seatPlan.firstCandidate(v); i < seatPlan.firstCandidate(v + 1); i++) {
        vo[k] = n;
        so[k] = seatPlan.shiftAt(i);
        sc[k++] = seatPlan.scoreAt(i);
      }
      n++;
    }
    return Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT)
        .solve(AssignmentProblem.of(n, capacity, vo, so, sc));
  }

  /**
   * Checks once that both re-plans reach the same total, prints sizes and a timing of one wave and
   * of the command's own path for 1,000 declines, then plans {@code args[0]} (default 10) more
   * first waves on fresh commands and prints each one's wall-clock time and the CPU time of the
   * planning thread (garbage collection and other threads excluded): the share of a wave the
   * library itself takes, whatever else runs on the machine. The wall-clock figures come from JMH.
   *
   * @param args optionally, how many waves to time
   */
  public static void main(String[] args) {
    CallOutBenchmark b = new CallOutBenchmark();
    b.mode = "EXACT";
    b.data();
    FreshCommand fresh = new FreshCommand();
    fresh.make(b);
    FreshSession session = new FreshSession();
    session.make(b);
    long t0 = System.nanoTime();
    Wave w = b.planWave(fresh);
    long t1 = System.nanoTime();
    System.out.printf("wave 1: %d offers in %.1f ms%n", w.offers().size(), (t1 - t0) / 1e6);
    long inc = b.replanIncremental(session).totalScore();
    long full = b.replanFullSolve().totalScore();
    System.out.printf(
        "re-plan totals: incremental %d, full %d, equal %b%n", inc, full, inc == full);
    List<Offer> offers = w.offers();
    long t2 = System.nanoTime();
    for (int i = 0; i < DECLINES; i++) {
      fresh.command.answer(offers.get(i * 5).id(), Answer.DECLINE, DECLARED.plusSeconds(120));
    }
    Wave second = fresh.command.planWave(DECLARED.plusSeconds(180));
    long t3 = System.nanoTime();
    System.out.printf(
        "command: 1,000 declines and wave 2 (%d offers) in %.1f ms%n",
        second.offers().size(), (t3 - t2) / 1e6);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int waves = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    for (int i = 1; i <= waves; i++) {
      fresh.make(b);
      long wall0 = System.nanoTime();
      long cpu0 = threads.getCurrentThreadCpuTime();
      int offered = b.planWave(fresh).offers().size();
      long cpu = threads.getCurrentThreadCpuTime() - cpu0;
      long wall = System.nanoTime() - wall0;
      System.out.printf(
          "wave %d: %d offers, %.1f ms wall-clock, %.1f ms CPU of the planning thread%n",
          i, offered, wall / 1e6, cpu / 1e6);
    }
  }
}
