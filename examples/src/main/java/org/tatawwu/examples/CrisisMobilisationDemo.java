package org.tatawwu.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.tatawwu.Tatawwu;
import org.tatawwu.certificate.CertificateIssuer;
import org.tatawwu.certificate.CertificateVerifier;
import org.tatawwu.certificate.SignedCertificate;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.Explanation;
import org.tatawwu.eligibility.Verdict;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.field.FieldCode;
import org.tatawwu.fund.Association;
import org.tatawwu.fund.AssociationId;
import org.tatawwu.fund.BeneficiaryRef;
import org.tatawwu.fund.Channel;
import org.tatawwu.fund.Disbursement;
import org.tatawwu.fund.Donation;
import org.tatawwu.fund.DonorId;
import org.tatawwu.fund.DonorType;
import org.tatawwu.fund.FundId;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundPolicy;
import org.tatawwu.fund.FundReport;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.fund.NeedVerification;
import org.tatawwu.fund.Refund;
import org.tatawwu.fund.SarTotal;
import org.tatawwu.fund.ServiceCategory;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.CheckInCode;
import org.tatawwu.hours.CheckMode;
import org.tatawwu.hours.Dimension;
import org.tatawwu.hours.Evidence;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEventFile;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.HourVerification;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.hours.TotalsKey;
import org.tatawwu.impact.NationalTargets;
import org.tatawwu.impact.ReplacementCostRates;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.impact.VolunteerPolicies;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.organization.SupervisingEntity;
import org.tatawwu.postgres.PostgresHourEventStore;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.training.TrainingCompletion;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.InvalidInputException;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.VolunteerRegistration;

/**
 * The main demo: a mid-size national platform facing floods. It registers volunteers (showing
 * rejected registrations in Arabic and English), publishes the entities' opportunities, checks
 * eligibility (explaining a refusal), places eligible volunteers on shifts, records and approves
 * their hours (with rejected claims and a correction), and reports hours by region and field, their
 * value and the progress toward the national targets — on the console and as an HTML file.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java}; sizes with {@code
 * -Ddemo.args="--volunteers 20000"}.
 */
public final class CrisisMobilisationDemo {
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final Locale ARABIC = Locale.forLanguageTag("ar");

  /** The platform's own 2024 estimate: SAR 1.2bn of economic return for 59M hours. */
  static final SarAmount SAR_PER_HOUR = SarAmount.parse("20.00");

  private final DemoOptions options;
  private final PrintStream out;
  private final Clock clock;

  /**
   * Creates the demo.
   *
   * @param options the sizes and seed
   * @param out where to print
   * @param clock the demo's clock (fixed, so runs are reproducible)
   */
  public CrisisMobilisationDemo(DemoOptions options, PrintStream out, Clock clock) {
    this.options = options;
    this.out = out;
    this.clock = clock;
  }

  /**
   * Runs the demo with the given options.
   *
   * @param args see {@link DemoOptions#parse}
   */
  public static void main(String[] args) {
    List<String> rest = new ArrayList<>(List.of(args));
    String postgres = PostgresHours.take(rest); // --postgres URL: the hour ledger in PostgreSQL
    DemoOptions options = DemoOptions.parse(rest.toArray(new String[0]));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Clock clock = Clock.fixed(Instant.parse("2026-11-29T06:00:00Z"), RIYADH);
    CrisisMobilisationDemo demo = new CrisisMobilisationDemo(options, out, clock);
    demo.postgresUrl = postgres;
    DemoReport report = demo.run();
    try {
      HtmlReport.write(report, options.html());
      out.println("HTML report: " + options.html().toAbsolutePath());
      out.println("Arabic HTML report: " + HtmlReport.arabicPath(options.html()).toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs every step and prints the report.
   *
   * @return the figures reported
   */
  public DemoReport run() {
    try {
      return steps();
    } finally {
      closeEventFile();
    }
  }

  /** The ledger's event file and its store, open from step 6 to the end of the run. */
  private java.nio.file.@Nullable Path eventFile;

  private @Nullable HourEventFile events;

  /** Where the hour ledger's events go instead of the event file, if set. */
  private @Nullable String postgresUrl;

  private void closeEventFile() {
    try {
      if (events != null) {
        events.close();
      }
      if (eventFile != null) {
        java.nio.file.Files.deleteIfExists(eventFile);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The hour policy of the response: every check of what backs an entry runs; a walk-in (no
   * accepted enrollment on the shift) and a claim without evidence strong enough go to a
   * coordinator's review instead of being refused.
   */
  static final HourPolicy HOUR_POLICY =
      HourPolicy.verified()
          .withVerification(
              HourVerification.STANDARD
                  .with(HourRule.ENROLLMENT, CheckMode.REVIEW)
                  .with(HourRule.EVIDENCE, CheckMode.REVIEW));

  /** The entities' check-in key pair (in the demo, one pair serves every entity). */
  private @Nullable KeyPair checkInKeys;

  /**
   * The directory the hour ledger checks entries against: the opportunities with their shifts, the
   * entities, every placement as an accepted enrollment on its shift's roster, the default field
   * catalogue, and the entities' check-in key.
   */
  private OpportunityDirectory hourDirectory(
      List<Opportunity> opportunities,
      List<ParticipatingEntity> entities,
      Placement placement,
      LocalDate since) {
    List<Enrollment> enrollments = new ArrayList<>(placement.volunteer.size());
    Instant at = since.atStartOfDay(RIYADH).toInstant();
    for (int i = 0; i < placement.volunteer.size(); i++) {
      enrollments.add(
          new Enrollment(
              placement.volunteer.get(i),
              placement.opportunityOf.get(i).number(),
              placement.shift.get(i).id(),
              EnrollmentStatus.ACCEPTED,
              at));
    }
    OpportunityDirectory directory =
        OpportunityDirectory.of(opportunities, entities, enrollments, FieldCatalogue.DEFAULT);
    if (placement.volunteer.isEmpty()) {
      return directory;
    }
    try {
      KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      checkInKeys = keys;
      Map<org.tatawwu.organization.EntityId, java.security.PublicKey> byEntity = new HashMap<>();
      entities.forEach(e -> byEntity.put(e.id(), keys.getPublic()));
      return directory.withCheckInKeys(byEntity);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has Ed25519", e);
    }
  }

  /**
   * The hour ledger kept in a file: attendance is recorded, the file closed, and the ledger rebuilt
   * from it as after a restart — the rest of the run uses the rebuilt ledger.
   */
  private HourLedger hoursThroughARestart(
      OpportunityDirectory directory,
      Placement placement,
      List<Volunteer> volunteers,
      SplittableRandom random) {
    if (postgresUrl != null) {
      javax.sql.DataSource db = PostgresHours.dataSource(postgresUrl);
      recordHours(
          Tatawwu.hourLedger(HOUR_POLICY, directory, PostgresHourEventStore.create(db), clock),
          placement,
          volunteers,
          random);
      long t0 = System.nanoTime();
      PostgresHourEventStore store = PostgresHourEventStore.create(db); // as another node would
      HourLedger ledger = Tatawwu.hourLedger(HOUR_POLICY, directory, store, clock);
      out.printf(
          "restart: the ledger rebuilt from PostgreSQL (%,d events): %,d entries in %d ms%n",
          store.size(), ledger.size(), (System.nanoTime() - t0) / 1_000_000);
      return ledger;
    }
    try {
      eventFile = java.nio.file.Files.createTempFile("tatawwu-hours-", ".events");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (HourEventFile first = Tatawwu.hourEventFile(eventFile)) {
      recordHours(
          Tatawwu.hourLedger(HOUR_POLICY, directory, first, clock), placement, volunteers, random);
    }
    long t0 = System.nanoTime();
    HourEventFile reopened = Tatawwu.hourEventFile(eventFile);
    events = reopened;
    HourLedger ledger = Tatawwu.hourLedger(HOUR_POLICY, directory, reopened, clock);
    out.printf(
        "restart: the ledger rebuilt from its event file (%,d events, %,d bytes): %,d entries in %d ms%n",
        reopened.size(), reopened.bytes(), ledger.size(), (System.nanoTime() - t0) / 1_000_000);
    return ledger;
  }

  private DemoReport steps() {
    long started = System.nanoTime();
    DemoData data = new DemoData(options.seed());
    SplittableRandom random = data.random();
    LocalDate today = LocalDate.now(clock);
    LocalDate crisisStart = today.minusDays(11);
    LocalDate crisisEnd = today.minusDays(1);
    heading(
        "Tatawwu — flood response on a national volunteer platform (seed "
            + options.seed()
            + ", "
            + today
            + ")");

    heading("1. Entities");
    List<SupervisingEntity> supervisors = data.supervisingEntities();
    List<ParticipatingEntity> entities =
        data.participatingEntities(options.entities(), supervisors, today);
    long accredited = entities.stream().filter(e -> e.isAccreditedOn(crisisStart)).count();
    out.printf(
        "%d supervising entities, %d participating entities (%d accredited for the response)%n",
        supervisors.size(), entities.size(), accredited);

    heading("2. Registrations");
    List<Volunteer> volunteers = register(data, random);

    heading("3. Opportunities");
    List<Opportunity> opportunities =
        data.opportunities(options.opportunities(), entities, crisisStart, crisisEnd);
    long shifts = opportunities.stream().mapToLong(o -> o.shifts().size()).sum();
    long seats = opportunities.stream().mapToLong(Opportunity::totalSeats).sum();
    long remote =
        opportunities.stream().filter(o -> o.location() instanceof Location.Remote).count();
    out.printf(
        "%d opportunities in %d fields, %d shifts, %d seats (%d remote opportunities)%n",
        opportunities.size(), FieldCatalogue.DEFAULT.fields().size(), shifts, seats, remote);

    heading("4. Eligibility");
    EligibilityEngine engine =
        Tatawwu.eligibility(EligibilityPolicy.DEFAULT.with("maxConcurrent", Map.of("max", "4")));
    Map<org.tatawwu.organization.EntityId, ParticipatingEntity> entityById = new HashMap<>();
    entities.forEach(e -> entityById.put(e.id(), e));
    Opportunity first = opportunities.get(0);
    Shift firstShift = first.shifts().get(0);
    ParticipatingEntity firstEntity =
        java.util.Objects.requireNonNull(entityById.get(first.entity()));
    long t0 = System.nanoTime();
    List<Volunteer> eligible =
        engine.eligibleVolunteers(
            firstEntity, first, firstShift, volunteers, id -> List.of(), clock.instant());
    out.printf(
        "shift %s of \"%s\": %d of %d volunteers eligible (filtered in %d ms)%n",
        firstShift.id(),
        first.title().english(),
        eligible.size(),
        volunteers.size(),
        (System.nanoTime() - t0) / 1_000_000);
    explainOneRefusal(engine, volunteers, first, firstShift, firstEntity);

    heading("5. Placement");
    Placement placement = place(engine, volunteers, opportunities, entityById, random);

    heading("6. Hours");
    HourLedger ledger =
        hoursThroughARestart(
            hourDirectory(opportunities, entities, placement, crisisStart),
            placement,
            volunteers,
            random);

    heading("7. Certificate");
    issueAndVerifyCertificate(ledger, opportunities, entities, placement, volunteers);

    heading("8. Community Fund");
    DemoReport.Fund fund = runFund(random);

    heading("9. Crisis mobilisation: a flood in Jazan");
    FloodMobilisation.Summary flood =
        new FloodMobilisation(out, clock)
            .run(volunteers, Tatawwu.eligibility(EligibilityPolicy.DEFAULT), random);

    heading("10. Report");
    DateRange crisis = DateRange.of(crisisStart, crisisEnd);
    Map<TotalsKey, HourTotals> byRegion = ledger.totals(Dimension.REGION, Bucket.NONE, crisis);
    Map<TotalsKey, HourTotals> byField = ledger.totals(Dimension.FIELD, Bucket.NONE, crisis);
    Map<TotalsKey, HourTotals> byHijriMonth =
        ledger.totals(Dimension.ALL, Bucket.HIJRI_MONTH, crisis);
    HourTotals all =
        ledger
            .totals(Dimension.ALL, Bucket.NONE, crisis)
            .getOrDefault(TotalsKey.of(Dimension.ALL, "all", "all"), HourTotals.ZERO);
    long mobilised = placement.volunteersWithHours(ledger);
    SarAmount value = ReplacementCostRates.value(all.approvedMinutes(), SAR_PER_HOUR);
    out.printf(
        "volunteers mobilised: %d; approved hours: %,d (pending %d h); ILO volunteer-work hours (compulsory excluded): %,d%n",
        mobilised, all.approvedMinutes() / 60, all.pendingMinutes() / 60, all.iloMinutes() / 60);
    out.printf(
        "economic value at replacement cost: %s (at %s per hour, the platform's 2024 estimate)%n",
        value, SAR_PER_HOUR);
    List<VolunteerId> placed = placement.volunteer.stream().distinct().toList();
    long pastSchool =
        placed.stream()
            .filter(v -> VolunteerPolicies.SchoolRequirement.SECONDARY.isMet(ledger.totals(v)))
            .count();
    long past50 =
        placed.stream()
            .filter(
                v ->
                    VolunteerPolicies.Milestones.DEFAULT
                        .reached(ledger.totals(v).approvedMinutes())
                        .contains(50))
            .count();
    out.printf(
        "volunteers past the 40-hour school requirement: %d; past the 50-hour milestone: %d%n",
        pastSchool, past50);
    out.println("hours by region:");
    Map<String, Long> regionHours = new LinkedHashMap<>();
    for (Region r : Region.values()) {
      long h =
          byRegion
                  .getOrDefault(TotalsKey.of(Dimension.REGION, r.code(), "all"), HourTotals.ZERO)
                  .approvedMinutes()
              / 60;
      regionHours.put(r.displayName().english() + " — " + r.displayName().arabic(), h);
      out.printf("  %-22s %-18s %,8d h%n", r.displayName().english(), r.displayName().arabic(), h);
    }
    Map<String, Long> fieldHours = new LinkedHashMap<>();
    byField.entrySet().stream()
        .sorted(
            (a, b) -> Long.compare(b.getValue().approvedMinutes(), a.getValue().approvedMinutes()))
        .limit(10)
        .forEach(
            e -> {
              String code = e.getKey().value();
              var name = FieldCatalogue.DEFAULT.find(FieldCode.of(code)).orElseThrow().name();
              fieldHours.put(
                  name.english() + " — " + name.arabic(), e.getValue().approvedMinutes() / 60);
            });
    out.println("top fields: " + fieldHours);
    out.println(
        "by Hijri month (Umm al-Qura): "
            + byHijriMonth.entrySet().stream()
                .map(e -> e.getKey().period() + " = " + e.getValue().approvedMinutes() / 60 + " h")
                .toList());
    long days = java.time.temporal.ChronoUnit.DAYS.between(crisis.first(), crisis.last()) + 1;
    long annualisedHours = all.approvedMinutes() / 60 * 365 / days;
    NationalTargets.Progress hoursProgress =
        NationalTargets.VISION_2030.hourProgress(annualisedHours);
    NationalTargets.Progress volunteerProgress =
        NationalTargets.VISION_2030.volunteerProgress(mobilised);
    out.printf(
        "progress: this response alone, annualised (%,d h a year), would give %s%% of the 50,000,000-hour yearly target;"
            + " %d volunteers are %s%% of the 1,000,000-volunteer goal%n",
        annualisedHours, hoursProgress.percent(), mobilised, volunteerProgress.percent());
    double seconds = (System.nanoTime() - started) / 1e9;
    heading(String.format(Locale.ROOT, "Done in %.1f s", seconds));
    return new DemoReport(
        volunteers.size(),
        rejectedRegistrations,
        mobilised,
        all.approvedMinutes() / 60,
        value.toRiyals(),
        regionHours,
        fieldHours,
        hoursProgress.percent().doubleValue(),
        volunteerProgress.percent().doubleValue(),
        today,
        fund,
        flood);
  }

  private List<Volunteer> register(DemoData data, SplittableRandom random) {
    InputValidator validator = Tatawwu.validator(clock);
    List<Volunteer> volunteers = new ArrayList<>(options.volunteers());
    List<VolunteerRegistration> rejected = new ArrayList<>();
    Progress progress = new Progress(out, "validating registrations", options.volunteers());
    for (int i = 0; i < options.volunteers(); i++) {
      VolunteerRegistration r = data.registration();
      if (i % 20_000 == 7) {
        r = BadInput.corrupt(r, rejected.size());
      }
      try {
        Volunteer v = r.toVolunteer(VolunteerId.of("V" + (i + 1)), validator);
        if (random.nextInt(3) == 0) {
          LocalDate done = LocalDate.now(clock).minusDays(30 + random.nextInt(900));
          v =
              Volunteer.builder()
                  .from(v)
                  .addTraining(
                      new TrainingCompletion(
                          DemoData.FIRST_AID, done, Optional.of(done.plusYears(2))))
                  .build();
        }
        volunteers.add(v);
      } catch (InvalidInputException refused) {
        rejected.add(r);
      }
      progress.step(i + 1);
    }
    rejectedRegistrations = rejected.size();
    out.printf("%d registered, %d rejected%n", volunteers.size(), rejected.size());
    for (VolunteerRegistration r : rejected.subList(0, Math.min(3, rejected.size()))) {
      out.println("  rejected registration:");
      for (Locale l : List.of(Locale.ENGLISH, ARABIC)) {
        for (Problem p : validator.validate(r, l)) {
          out.printf("    [%s] %s: %s%n", l.getLanguage(), p.path(), p.message());
        }
      }
    }
    long women = volunteers.stream().filter(v -> v.gender() == Gender.FEMALE).count();
    out.printf("women: %d (%.1f%%)%n", women, 100.0 * women / Math.max(1, volunteers.size()));
    Volunteer sample = volunteers.get(0);
    out.printf(
        "sample volunteer: %s — %s, ID %s, mobile %s%n",
        sample.name().english(),
        sample.name().arabic(),
        sample.nationalId().masked(),
        sample.mobile().masked());
    return volunteers;
  }

  private int rejectedRegistrations;

  private void explainOneRefusal(
      EligibilityEngine engine,
      List<Volunteer> volunteers,
      Opportunity o,
      Shift s,
      ParticipatingEntity e) {
    Volunteer refused = null;
    Verdict worst = Verdict.ELIGIBLE;
    for (Volunteer v : volunteers) {
      Verdict verdict =
          engine.evaluate(EligibilityQuery.of(v, o, s, e, List.of(), clock.instant()));
      if (verdict.unmet().size() > worst.unmet().size()) {
        refused = v;
        worst = verdict;
        if (worst.unmet().size() >= 3) {
          break;
        }
      }
    }
    if (refused == null) {
      out.println("every volunteer is eligible for this shift");
      return;
    }
    out.printf(
        "why volunteer %s may not take it (%s):%n", refused.id(), String.join(", ", worst.codes()));
    for (Locale l : List.of(Locale.ENGLISH, ARABIC)) {
      for (Explanation x : engine.explain(worst, l)) {
        out.printf("  [%s] %s — %s%n", l.getLanguage(), x.message(), x.remedy());
      }
    }
  }

  /** Who was placed on which shift. */
  static final class Placement {
    final List<Opportunity> opportunityOf = new ArrayList<>();
    final List<Shift> shift = new ArrayList<>();
    final List<VolunteerId> volunteer = new ArrayList<>();

    long volunteersWithHours(HourLedger ledger) {
      return volunteer.stream()
          .distinct()
          .filter(v -> ledger.totals(v).approvedMinutes() > 0)
          .count();
    }
  }

  private Placement place(
      EligibilityEngine engine,
      List<Volunteer> volunteers,
      List<Opportunity> opportunities,
      Map<org.tatawwu.organization.EntityId, ParticipatingEntity> entities,
      SplittableRandom random) {
    Map<Region, List<Volunteer>> byRegion = new EnumMap<>(Region.class);
    volunteers.forEach(v -> byRegion.computeIfAbsent(v.region(), r -> new ArrayList<>()).add(v));
    Map<Region, Integer> cursor = new EnumMap<>(Region.class);
    Map<VolunteerId, Integer> index = new HashMap<>();
    List<Volunteer> indexed = new ArrayList<>();
    List<Opportunity> shiftOpportunity = new ArrayList<>();
    List<Shift> shifts = new ArrayList<>();
    List<Integer> capacities = new ArrayList<>();
    List<int[]> pairs = new ArrayList<>();
    long evaluated = 0;
    Progress progress = new Progress(out, "finding eligible candidates", opportunities.size());
    int done = 0;
    for (Opportunity o : opportunities) {
      ParticipatingEntity entity = java.util.Objects.requireNonNull(entities.get(o.entity()));
      Region region =
          o.location() instanceof Location.OnSite site
              ? site.city().region()
              : List.of(Region.values()).get(random.nextInt(13));
      List<Volunteer> pool = byRegion.getOrDefault(region, List.of());
      for (Shift s : o.shifts()) {
        int shiftIndex = shifts.size();
        shifts.add(s);
        shiftOpportunity.add(o);
        capacities.add(s.capacity());
        EligibilityQuery query = null;
        for (int scanned = 0; scanned < s.capacity() * 3 && !pool.isEmpty(); scanned++) {
          Volunteer v = pool.get(cursor.merge(region, 1, Integer::sum) % pool.size());
          query =
              query == null
                  ? EligibilityQuery.of(v, o, s, entity, List.of(), clock.instant())
                  : query.forVolunteer(v, List.of());
          evaluated++;
          if (engine.isEligible(query)) {
            int vi =
                index.computeIfAbsent(
                    v.id(),
                    k -> {
                      indexed.add(v);
                      return indexed.size() - 1;
                    });
            // Score 1..1000: interest in the field weighs most, then a seeded preference.
            int score =
                100 + (v.fieldsOfInterest().contains(o.field()) ? 600 : 0) + random.nextInt(300);
            pairs.add(new int[] {vi, shiftIndex, score});
          }
        }
      }
      progress.step(++done);
    }
    int[] capacity = capacities.stream().mapToInt(Integer::intValue).toArray();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    pairs.removeIf(p -> !seen.add(((long) p[0] << 32) | p[1]));
    AssignmentProblem problem =
        AssignmentProblem.of(
            indexed.size(),
            capacity,
            pairs.stream().mapToInt(p -> p[0]).toArray(),
            pairs.stream().mapToInt(p -> p[1]).toArray(),
            pairs.stream().mapToInt(p -> p[2]).toArray());
    long t0 = System.nanoTime();
    Assignment exact = Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT).solve(problem);
    long t1 = System.nanoTime();
    Assignment greedy = Tatawwu.assignmentSolver(AssignmentSolver.Mode.GREEDY).solve(problem);
    long t2 = System.nanoTime();
    Assignment fast = Tatawwu.assignmentSolver(AssignmentSolver.Mode.FAST).solve(problem);
    long t3 = System.nanoTime();
    long seats = java.util.Arrays.stream(capacity).asLongStream().sum();
    out.printf(
        "%,d eligible candidate pairs from %,d eligibility checks; %,d seats in %,d shifts%n",
        problem.pairs(), evaluated, seats, shifts.size());
    out.printf(
        "exact assignment: %,d volunteers placed, total score %,d (solved in %d ms); greedy by score would reach %.2f%% of it%n",
        exact.assigned(),
        exact.totalScore(),
        (t1 - t0) / 1_000_000,
        100.0 * greedy.totalScore() / Math.max(1, exact.totalScore()));
    out.printf(
        "fast mode (auction): %.3f%% of the optimum in %d ms%n",
        100.0 * fast.totalScore() / Math.max(1, exact.totalScore()), (t3 - t2) / 1_000_000);
    rankFor(
        engine, indexed.isEmpty() ? volunteers.get(0) : indexed.get(0), opportunities, entities);
    Placement placement = new Placement();
    for (int v = 0; v < indexed.size(); v++) {
      int s = exact.shiftOf(v);
      if (s >= 0) {
        placement.opportunityOf.add(shiftOpportunity.get(s));
        placement.shift.add(shifts.get(s));
        placement.volunteer.add(indexed.get(v).id());
      }
    }
    return placement;
  }

  /** The best shifts for one volunteer, among those they are eligible for, each explained. */
  private void rankFor(
      EligibilityEngine engine,
      Volunteer volunteer,
      List<Opportunity> opportunities,
      Map<org.tatawwu.organization.EntityId, ParticipatingEntity> entities) {
    List<org.tatawwu.eligibility.ShiftOffer> offers = new ArrayList<>();
    for (Opportunity o : opportunities) {
      for (Shift s : o.shifts()) {
        offers.add(
            new org.tatawwu.eligibility.ShiftOffer(
                java.util.Objects.requireNonNull(entities.get(o.entity())), o, s));
      }
    }
    org.tatawwu.matching.Ranker ranker =
        Tatawwu.ranker(engine, org.tatawwu.matching.MatchWeights.DEFAULT, (v, f) -> 0);
    org.tatawwu.matching.ShiftCatalog catalog = ranker.catalog(offers);
    long t0 = System.nanoTime();
    List<org.tatawwu.matching.Match> top =
        ranker.topShifts(volunteer, List.of(), catalog, clock.instant(), 3);
    long micros = (System.nanoTime() - t0) / 1_000;
    out.printf(
        "best shifts for volunteer %s among %,d on offer (ranked in %,d µs):%n",
        volunteer.id(), catalog.size(), micros);
    for (org.tatawwu.matching.Match m : top) {
      out.printf(
          "  %s shift %s (%s), %s: score %d = %s%n",
          m.offer().opportunity().number(),
          m.offer().shift().id(),
          m.offer().day(),
          m.offer().opportunity().title().english(),
          m.score().total(),
          m.score().components());
    }
  }

  private void recordHours(
      HourLedger ledger, Placement placement, List<Volunteer> volunteers, SplittableRandom random) {
    List<HourSubmission> roster = new ArrayList<>();
    // The last volunteer placed checks in with her own code rather than on the entity's roster.
    KeyPair codeKeys = checkInKeys;
    int byCode =
        codeKeys != null && placement.volunteer.size() > 1 ? placement.volunteer.size() - 1 : -1;
    for (int i = 0; i < placement.volunteer.size(); i++) {
      if (i == byCode) {
        continue;
      }
      Shift s = placement.shift.get(i);
      // Most stay the whole shift; some leave early; some are recorded as compulsory school hours.
      Duration worked =
          random.nextInt(10) == 0 ? s.time().duration().minusMinutes(37) : s.time().duration();
      roster.add(
          HourSubmission.builder()
              .key(IdempotencyKey.of("att-" + s.id() + "-" + placement.volunteer.get(i)))
              .volunteer(placement.volunteer.get(i))
              .opportunity(placement.opportunityOf.get(i).number())
              .time(TimeRange.of(s.time().start(), s.time().start().plus(worked)))
              .source(HourSource.ATTENDANCE)
              .compulsory(random.nextInt(20) == 0)
              .submittedBy("entity-gate")
              .shift(s.id())
              .build());
    }
    List<HourEntry> entries = new ArrayList<>();
    Progress progress = new Progress(out, "importing attendance", roster.size());
    for (int from = 0; from < roster.size(); from += 2_000) {
      entries.addAll(
          ledger.importRoster(roster.subList(from, Math.min(roster.size(), from + 2_000))));
      progress.step(Math.min(roster.size(), from + 2_000));
    }
    int replayed = ledger.importRoster(roster.subList(0, Math.min(100, roster.size()))).size();
    out.printf(
        "%d attendance entries imported; a replay of the first %d lines appended nothing (ledger size %d)%n",
        entries.size(), replayed, ledger.size());
    if (codeKeys != null && byCode >= 0) {
      entries.add(creditByCheckInCode(ledger, placement, byCode, codeKeys));
    }
    int approved = 0;
    int rejected = 0;
    List<HourEntryId> sheet = new ArrayList<>();
    for (HourEntry e : entries) {
      if (random.nextInt(50) == 0) {
        ledger.reject(e.id(), "coordinator", "not on the attendance sheet");
        rejected++;
      } else {
        sheet.add(e.id());
      }
    }
    // Coordinators approve attendance sheets: each sheet is one decision and one durable write.
    for (int from = 0; from < sheet.size(); from += 2_000) {
      approved +=
          ledger
              .approveAll(sheet.subList(from, Math.min(sheet.size(), from + 2_000)), "coordinator")
              .size();
    }
    out.printf("%d approved, %d rejected with a reason%n", approved, rejected);
    if (!entries.isEmpty()) {
      HourEntry first = entries.get(0);
      HourEntry fixed =
          ledger.correct(
              first.id(),
              HourSubmission.builder()
                  .key(IdempotencyKey.of("fix-" + first.id()))
                  .volunteer(first.volunteer())
                  .opportunity(first.opportunity())
                  .time(
                      TimeRange.of(
                          first.time().start(), first.time().start().plus(Duration.ofHours(1))))
                  .source(HourSource.CORRECTION)
                  .compulsory(first.compulsory())
                  .submittedBy("coordinator")
                  .shift(first.shift())
                  .build(),
              "left after one hour");
      ledger.approve(fixed.id(), "supervisor");
      out.printf(
          "correction: %s replaced by %s; audit trail: %s%n",
          first.id(),
          fixed.id(),
          ledger.audit(first.id()).stream().map(a -> a.action() + " by " + a.actor()).toList());
      // A volunteer claims hours overlapping recorded attendance, and hours in the future.
      HourSubmission bad =
          HourSubmission.builder()
              .key(IdempotencyKey.of("claim-bad"))
              .volunteer(first.volunteer())
              .opportunity(first.opportunity())
              .time(
                  TimeRange.of(
                      first.time().start().plus(Duration.ofMinutes(30)),
                      clock.instant().plus(Duration.ofDays(1))))
              .source(HourSource.CLAIM)
              .compulsory(false)
              .submittedBy("volunteer-app")
              .build();
      try {
        ledger.submit(bad);
      } catch (RuleException e) {
        out.println("a bad claim was refused, every rule at once:");
        for (Locale l : List.of(Locale.ENGLISH, ARABIC)) {
          e.problems(l).forEach(p -> out.printf("  [%s] %s%n", l.getLanguage(), p.message()));
        }
      }
      unbackedClaims(ledger, placement, volunteers);
    }
  }

  /**
   * Credits a placed volunteer's shift through her personal check-in code: the entity's app signs a
   * code naming the shift, the volunteer and a window from an hour before the shift to its end; the
   * volunteer's phone presents it with her claim, and the ledger verifies it offline with the
   * entity's public key before crediting the hours with the code as their evidence.
   */
  private HourEntry creditByCheckInCode(
      HourLedger ledger, Placement placement, int i, KeyPair keys) {
    Opportunity o = placement.opportunityOf.get(i);
    Shift s = placement.shift.get(i);
    VolunteerId volunteer = placement.volunteer.get(i);
    String code =
        new CheckInCode(
                "code-" + s.id().value() + "-" + volunteer.value(),
                o.number(),
                s.id(),
                volunteer,
                s.time().start().minus(Duration.ofHours(1)),
                s.time().end())
            .sign(keys.getPrivate());
    HourEntry entry =
        ledger.submit(
            HourSubmission.builder()
                .key(IdempotencyKey.of("claim-code-" + volunteer.value()))
                .volunteer(volunteer)
                .opportunity(o.number())
                .time(s.time())
                .source(HourSource.CLAIM)
                .submittedBy("volunteer-app")
                .shift(s.id())
                .evidence(List.of(new Evidence.Code(code)))
                .build());
    out.printf(
        "a claim with the volunteer's own check-in code was credited: %d minutes on shift %s,"
            + " evidence %s, review %s%n",
        entry.creditedMinutes(),
        s.id().value(),
        entry.evidenceGrade(),
        entry.review().stream().map(v -> v.code()).toList());
    return entry;
  }

  /**
   * Two claims the rosters do not back, on the first shift with a free seat: one refused (a
   * check-in 40 minutes before the shift, with a check-in code signed for another volunteer) and
   * one sent to review (a walk-in the entity's gate recorded, with no enrollment on the shift),
   * each with its reasons in English and Arabic. The claimants are volunteers free at that time.
   */
  private void unbackedClaims(HourLedger ledger, Placement placement, List<Volunteer> volunteers) {
    KeyPair keys = checkInKeys;
    if (keys == null) {
      return;
    }
    Map<Shift, Integer> taken = new HashMap<>();
    placement.shift.forEach(sh -> taken.merge(sh, 1, Integer::sum));
    int k = 0;
    while (k < placement.shift.size() - 1
        && taken.getOrDefault(placement.shift.get(k), 0) >= placement.shift.get(k).capacity()) {
      k++;
    }
    Opportunity o = placement.opportunityOf.get(k);
    Shift s = placement.shift.get(k);
    TimeRange busy = TimeRange.of(s.time().start().minus(Duration.ofHours(1)), s.time().end());
    java.util.Set<VolunteerId> onShift = new java.util.HashSet<>();
    for (int i = 0; i < placement.shift.size(); i++) {
      if (placement.shift.get(i).equals(s)) {
        onShift.add(placement.volunteer.get(i));
      }
    }
    List<VolunteerId> walkIns =
        volunteers.stream()
            .map(Volunteer::id)
            .filter(v -> !onShift.contains(v))
            .filter(
                v ->
                    ledger.entries(v).stream()
                        .noneMatch(
                            e ->
                                e.time().overlaps(busy)
                                    || e.day().equals(LocalDate.ofInstant(busy.start(), RIYADH))))
            .limit(2)
            .toList();
    if (walkIns.size() < 2) {
      return;
    }
    String othersCode =
        new CheckInCode(
                "code-1",
                o.number(),
                s.id(),
                placement.volunteer.get(k),
                s.time().start().minus(Duration.ofHours(1)),
                s.time().end())
            .sign(keys.getPrivate());
    HourSubmission early =
        HourSubmission.builder()
            .key(IdempotencyKey.of("claim-early"))
            .volunteer(walkIns.get(0))
            .opportunity(o.number())
            .time(TimeRange.of(s.time().start().minus(Duration.ofMinutes(40)), s.time().end()))
            .source(HourSource.CLAIM)
            .submittedBy("volunteer-app")
            .shift(s.id())
            .evidence(List.of(new Evidence.Code(othersCode)))
            .build();
    try {
      ledger.submit(early);
    } catch (RuleException e) {
      out.printf(
          "a claim the shift does not back was refused (%s):%n", String.join(", ", e.codes()));
      for (Locale l : List.of(Locale.ENGLISH, ARABIC)) {
        e.problems(l).forEach(p -> out.printf("  [%s] %s%n", l.getLanguage(), p.message()));
      }
    }
    HourEntry walkIn =
        ledger.recordAttendance(
            HourSubmission.builder()
                .key(IdempotencyKey.of("walk-in"))
                .volunteer(walkIns.get(1))
                .opportunity(o.number())
                .time(s.time())
                .source(HourSource.ATTENDANCE)
                .submittedBy("entity-gate")
                .shift(s.id())
                .build());
    out.printf(
        "a walk-in's attendance was sent to review (%s), awaiting a coordinator:%n",
        walkIn.review().stream().map(v -> v.code()).toList());
    for (Locale l : List.of(Locale.ENGLISH, ARABIC)) {
      ledger
          .explain(walkIn, l)
          .forEach(p -> out.printf("  [%s] %s%n", l.getLanguage(), p.message()));
    }
  }

  private void issueAndVerifyCertificate(
      HourLedger ledger,
      List<Opportunity> opportunities,
      List<ParticipatingEntity> entities,
      Placement placement,
      List<Volunteer> volunteers) {
    if (placement.volunteer.isEmpty()) {
      return;
    }
    KeyPair keys;
    try {
      // A fixed seed makes the demo reproducible; a real issuer keeps its key in an HSM or vault.
      SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
      seeded.setSeed(options.seed());
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(java.security.spec.NamedParameterSpec.ED25519, seeded);
      keys = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    CertificateIssuer issuer =
        Tatawwu.certificateIssuer(
            "MHRSD-platform",
            keys,
            ledger,
            OpportunityDirectory.of(opportunities, entities),
            clock);
    VolunteerId who = placement.volunteer.get(placement.volunteer.size() / 2);
    Volunteer volunteer =
        volunteers.stream().filter(v -> v.id().equals(who)).findFirst().orElseThrow();
    SignedCertificate certificate =
        issuer.issue(
            who,
            volunteer.name(),
            DateRange.of(LocalDate.now(clock).minusDays(30), LocalDate.now(clock)));
    out.println(certificate.certificate().render(Locale.ENGLISH).strip());
    out.println(certificate.certificate().render(ARABIC).strip());
    String document = certificate.encode();
    CertificateVerifier verifier =
        CertificateVerifier.of(Map.of(issuer.id(), issuer.publicKey()), java.util.Set.of());
    String forged = document.replaceFirst("minutes=(\\d)", "minutes=9$1");
    out.printf(
        "verified with only the public key: %s; with the minutes edited: %s; once revoked: %s%n",
        verifier.verify(document),
        verifier.verify(forged),
        CertificateVerifier.of(
                Map.of(issuer.id(), issuer.publicKey()),
                java.util.Set.of(certificate.certificate().serial()))
            .verify(document));
    RecognitionShowcase.show(out, clock, keys, certificate.certificate(), ledger.entries(who));
    ErasureShowcase.show(out, issuer, ledger, volunteer, certificate.certificate().period());
  }

  private DemoReport.Fund runFund(SplittableRandom random) {
    LocalDate today = LocalDate.now(clock);
    List<Association> associations = new ArrayList<>();
    ServiceCategory[] categories = ServiceCategory.values();
    for (int i = 0; i < 60; i++) {
      DemoData.RegionInfo region = DemoData.REGIONS.get(i % DemoData.REGIONS.size());
      boolean expired = i % 29 == 28;
      associations.add(
          new Association(
              AssociationId.of("ASSOC-" + (i + 1)),
              BilingualText.of(
                  "جمعية " + region.city().name().arabic() + " الخيرية " + (i + 1),
                  region.city().name().english() + " Charity " + (i + 1)),
              new Accreditation(
                  "CA-" + (i + 1),
                  DateRange.of(
                      today.minusYears(3), expired ? today.minusDays(40) : today.plusYears(2))),
              java.util.Set.of(region.region()),
              java.util.EnumSet.of(categories[i % categories.length], ServiceCategory.RELIEF)));
    }
    FundLedger fund = Tatawwu.fundLedger(associations, FundPolicy.DEFAULT, clock);
    FundId crisis = FundId.of("flood-response-1448");
    DonorType[] donorTypes = DonorType.values();
    Channel[] channels = Channel.values();
    for (int i = 0; i < 20_000; i++) {
      DonorType type = donorTypes[i % donorTypes.length];
      long riyals =
          type == DonorType.INDIVIDUAL ? 10 + random.nextInt(990) : 5_000 + random.nextInt(45_000);
      fund.donate(
          Donation.builder()
              .key(IdempotencyKey.of("don-" + i))
              .fund(crisis)
              .donor(DonorId.of("DONOR-" + random.nextInt(15_000)))
              .donorType(type)
              .channel(channels[random.nextInt(channels.length)])
              .amount(SarAmount.ofHalalas(riyals * 100 + random.nextInt(100)))
              .recordedBy("gateway")
              .build());
    }
    JournalEntry first = fund.journal(crisis).get(0);
    fund.refund(
        new Refund(
            IdempotencyKey.of("refund-1"),
            crisis,
            first.sequence(),
            first.operation().amount(),
            "card charged twice",
            "gateway"));
    int refused = 0;
    RuleException example = null;
    for (int i = 0; i < 8_000; i++) {
      Association a = associations.get(random.nextInt(associations.size()));
      Region region = a.regions().iterator().next();
      boolean toPerson = random.nextInt(3) > 0;
      Disbursement d =
          Disbursement.builder()
              .key(IdempotencyKey.of("dis-" + i))
              .fund(crisis)
              .association(a.id())
              .category(
                  a.categories().stream()
                      .sorted()
                      .toList()
                      .get(random.nextInt(a.categories().size())))
              .region(region)
              .amount(
                  SarAmount.ofHalalas(
                      (toPerson ? 500 + random.nextInt(4_500) : 20_000 + random.nextInt(200_000))
                          * 100L))
              .date(today.minusDays(random.nextInt(10)))
              .beneficiary(
                  toPerson
                      ? Optional.of(BeneficiaryRef.of("BEN-" + random.nextInt(20_000)))
                      : Optional.empty())
              .verification(
                  toPerson && random.nextInt(40) > 0
                      ? Optional.of(
                          new NeedVerification(
                              "officer-" + random.nextInt(300),
                              clock.instant().minus(Duration.ofDays(15)),
                              NeedVerification.Evidence.HOME_VISIT))
                      : Optional.empty())
              .volunteersInvolved(random.nextInt(12))
              .recordedBy("association-finance")
              .build();
      try {
        fund.disburse(d);
      } catch (RuleException e) {
        refused++;
        if (example == null && e.violations().size() >= 1) {
          example = e;
        }
      }
    }
    FundReport r =
        fund.report(crisis, DateRange.of(today.minusDays(30), today), Bucket.HIJRI_MONTH);
    out.printf(
        "raised %s from %,d donations (%s refunded); disbursed %s through %d associations; balance %s%n",
        r.donated(),
        fund.journal(crisis).stream().filter(e -> e.operation() instanceof Donation).count(),
        r.refunded(),
        r.disbursed(),
        r.byAssociation().size(),
        fund.balance(crisis));
    out.printf(
        "books balance exactly: donations %s = refunds + disbursements + balance %s%n",
        r.donated(), r.refunded().plus(r.disbursed()).plus(SarTotal.of(fund.balance(crisis))));
    out.printf(
        "beneficiaries reached: %,d; volunteers involved: %,d; %d disbursements refused%n",
        r.beneficiariesReached(), r.volunteersInvolved(), refused);
    out.println("by category: " + r.byCategory());
    if (example != null) {
      out.println("one refused disbursement, every rule at once:");
      for (Locale l : List.of(Locale.ENGLISH, ARABIC)) {
        example.problems(l).forEach(p -> out.printf("  [%s] %s%n", l.getLanguage(), p.message()));
      }
    }
    Map<String, java.math.BigDecimal> byCategory = new LinkedHashMap<>();
    r.byCategory().forEach((c, amount) -> byCategory.put(c.name(), amount.toRiyals()));
    return new DemoReport.Fund(
        r.donated().toRiyals(),
        r.refunded().toRiyals(),
        r.disbursed().toRiyals(),
        fund.balance(crisis).toRiyals(),
        r.byAssociation().size(),
        r.beneficiariesReached(),
        r.volunteersInvolved(),
        byCategory);
  }

  private void heading(String title) {
    out.println();
    out.println("== " + title);
  }
}
