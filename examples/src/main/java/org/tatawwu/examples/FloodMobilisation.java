package org.tatawwu.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.tatawwu.Tatawwu;
import org.tatawwu.credential.BackgroundCheckId;
import org.tatawwu.credential.BackgroundCheckState;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.credential.CredentialId;
import org.tatawwu.credential.CredentialRegistry;
import org.tatawwu.credential.CredentialType;
import org.tatawwu.credential.CredentialTypeId;
import org.tatawwu.credential.Evidence;
import org.tatawwu.credential.Expiring;
import org.tatawwu.credential.FlagReason;
import org.tatawwu.credential.VerificationLevel;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.Appraisal;
import org.tatawwu.incident.CandidatePool;
import org.tatawwu.incident.Incident;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentId;
import org.tatawwu.incident.IncidentReport;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.IncidentType;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.NeedId;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.OfferStatus;
import org.tatawwu.incident.Role;
import org.tatawwu.incident.RoleId;
import org.tatawwu.incident.RotationCheck;
import org.tatawwu.incident.RotationRules;
import org.tatawwu.incident.Slot;
import org.tatawwu.incident.SpontaneousIntake;
import org.tatawwu.incident.Team;
import org.tatawwu.incident.TeamHours;
import org.tatawwu.incident.TeamId;
import org.tatawwu.incident.TeamShape;
import org.tatawwu.incident.Wave;
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
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The demo's mobilisation: a flood declared in Jazan, needs by role, three call-out waves with
 * simulated answers, a spontaneous volunteer, teams with leads, rotation rules, hours, a stand-down
 * with appraisals both ways and the incident report. Prints as it goes and returns the figures for
 * the HTML report. No personal data is printed.
 */
public final class FloodMobilisation {
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final CredentialTypeId EMT = CredentialTypeId.of("emt-basic");
  static final CredentialTypeId BOAT = CredentialTypeId.of("boat-operator");

  private final PrintStream out;
  private final Clock clock;

  FloodMobilisation(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  /**
   * The figures of the mobilisation, for the HTML report. No personal data.
   *
   * @param incident the incident's name in English and Arabic
   * @param waves the call-out waves
   * @param needsMet seats and filled seats after each change
   * @param hoursByRole approved hours by role name (English — Arabic)
   * @param medianResponse the median time to answer an offer
   * @param p90Response the 90th percentile of the time to answer
   * @param offers how many offers ended in each status
   * @param roleRating the mean rating of the roles by their volunteers
   * @param volunteerRating the mean rating of the volunteers by their leads
   * @param seats the seats of every need
   */
  public record Summary(
      String incident,
      List<WaveLine> waves,
      List<IncidentReport.NeedsMet> needsMet,
      Map<String, Long> hoursByRole,
      Duration medianResponse,
      Duration p90Response,
      Map<OfferStatus, Integer> offers,
      double roleRating,
      double volunteerRating,
      int seats) {}

  /**
   * One wave.
   *
   * @param number the wave's number
   * @param offers offers made
   * @param accepted offers accepted before the next wave
   * @param openAfter seats still open after its answers
   */
  public record WaveLine(int number, int offers, int accepted, int openAfter) {}

  Summary run(List<Volunteer> everyone, EligibilityEngine engine, SplittableRandom random) {
    LocalDate today = LocalDate.now(clock);
    LocalDate first = today.minusDays(9);
    Instant declaredAt = first.minusDays(1).atTime(18, 0).atZone(RIYADH).toInstant();
    Region region = Region.JAZAN;
    City jazan = City.of("جازان", "Jazan", region);
    ParticipatingEntity crescent =
        ParticipatingEntity.builder()
            .id(EntityId.of("JZ-CRESCENT"))
            .name(BilingualText.of("جمعية الهلال في جازان", "Jazan Crescent Association"))
            .type(EntityType.NON_PROFIT_ASSOCIATION)
            .licenceNumber("L-JZ-1")
            .supervisingEntity(EntityId.of("SUP-NCM"))
            .region(region)
            .accreditation(
                new Accreditation("A-JZ", DateRange.of(today.minusYears(2), today.plusYears(2))))
            .build();
    Incident incident =
        Incident.declare(
            IncidentId.of("FLOOD-JZ-1448"),
            IncidentType.FLOOD,
            BilingualText.of("سيول جازان", "Jazan floods"),
            Set.of(region),
            DateRange.of(first, first.plusDays(6)),
            crescent.id(),
            EntityId.of("SUP-NCM"));
    List<Volunteer> local =
        everyone.stream().filter(v -> v.region() == region).limit(1_500).toList();

    // Credentials: EMT certificates (level 3 once verified), boat operator licences.
    CredentialRegistry credentials = Tatawwu.credentialRegistry();
    credentials.define(
        new CredentialType(
            EMT,
            BilingualText.of("شهادة الإسعاف الأولي المتقدم", "Basic EMT certificate"),
            "scfhs",
            Optional.of(Period.ofYears(2)),
            VerificationLevel.LEVEL_3));
    credentials.define(
        new CredentialType(
            BOAT,
            BilingualText.of("رخصة قيادة قارب", "Boat operator licence"),
            "border-guard",
            Optional.of(Period.ofYears(5)),
            VerificationLevel.LEVEL_3));
    Instant before = declaredAt.minus(Duration.ofDays(30));
    int n = 0;
    for (Volunteer v : local) {
      int r = random.nextInt(10);
      if (r < 4) {
        CredentialId id = CredentialId.of("CR-" + ++n);
        LocalDate issued = first.minusDays(30 + random.nextInt(700));
        credentials.claim(
            id, v.id(), r < 3 ? EMT : BOAT, Evidence.of("scan", "doc-" + n), issued, before);
        if (random.nextInt(10) < 8) {
          credentials.verify(id, "verifier-" + random.nextInt(20), before);
        }
      }
    }
    List<Expiring> expiring = credentials.expiringWithin(60, first);
    out.printf(
        "credentials: %d recorded for %d volunteers in Jazan; %d verified ones expire within 60"
            + " days of the flood%n",
        n, local.size(), expiring.size());
    BackgroundCheckId check = BackgroundCheckId.of("BC-1");
    credentials.requestCheck(check, local.get(0).id(), before);
    credentials.advance(check, BackgroundCheckState.CONSENTED, before);
    credentials.advance(check, BackgroundCheckState.IN_PROGRESS, before);
    credentials.flag(
        check,
        new FlagReason(
            "finding-relevant-to-role",
            BilingualText.of(
                "سبب يتعلق بطبيعة العمل مع الأطفال.", "A ground related to work with children.")),
        before);
    out.println("a flagged background check, as its volunteer is told:");
    out.println("  [en] " + credentials.explainFlag(check, Locale.ENGLISH));
    out.println("  [ar] " + credentials.explainFlag(check, CrisisMobilisationDemo.ARABIC));

    // Needs by role.
    Role rescue =
        role(
            "rescue",
            "إنقاذ وإسعاف",
            "Rescue and first aid",
            CredentialDemand.of(EMT),
            TeamShape.INDIVIDUAL,
            false);
    Role shelter =
        role(
            "shelter",
            "إيواء وإعاشة",
            "Shelter and meals",
            CredentialDemand.NONE,
            TeamShape.INDIVIDUAL,
            true);
    Role boats =
        role(
            "boats",
            "فرق القوارب",
            "Boat teams",
            CredentialDemand.of(BOAT),
            TeamShape.ledTeamsOf(3),
            false);
    List<Need> needs = new ArrayList<>();
    needs.add(need("rescue", 1, rescue, crescent, jazan, first, 3, 12));
    needs.add(need("shelter", 2, shelter, crescent, jazan, first, 3, 30));
    needs.add(need("boats", 3, boats, crescent, jazan, first, 2, 6));
    // Boat crews are formed in advance from licensed volunteers and kept out of the call-outs.
    List<VolunteerId> boatmen = new ArrayList<>();
    for (Volunteer v : local) {
      boolean licensed =
          credentials.credentialsOf(v.id()).stream()
              .anyMatch(c -> c.type().id().equals(BOAT) && c.isValidOn(first));
      boolean adult = v.ageOn(first, org.tatawwu.time.AgeCalendar.GREGORIAN) >= 18;
      if (licensed && adult && boatmen.size() < 6) {
        boatmen.add(v.id());
      }
    }
    Map<VolunteerId, Volunteer> byId = new HashMap<>();
    local.forEach(v -> byId.put(v.id(), v));
    List<VolunteerId> callable =
        byId.keySet().stream().filter(id -> !boatmen.contains(id)).sorted().toList();
    CandidatePool pool =
        new CandidatePool() {
          @Override
          public java.util.Collection<VolunteerId> candidates(Need need) {
            return callable;
          }

          @Override
          public Optional<Volunteer> volunteer(VolunteerId volunteer) {
            return Optional.ofNullable(byId.get(volunteer));
          }

          @Override
          public List<Credential> credentials(VolunteerId volunteer) {
            return credentials.credentialsOf(volunteer);
          }

          @Override
          public List<TimeRange> commitments(VolunteerId volunteer) {
            return List.of();
          }
        };
    RotationRules rules = new RotationRules(2, Duration.ofHours(11), Duration.ofHours(36), RIYADH);
    Ranker ranker = Tatawwu.ranker(engine, MatchWeights.DEFAULT, (v, f) -> 0L);
    IncidentCommand command =
        Tatawwu.incidentCommand(
            incident,
            engine,
            ranker,
            pool,
            ActivationSettings.DEFAULT
                .withOverbookingPercent(130)
                .withAnswerWindow(Duration.ofHours(2))
                .withRotation(rules));
    for (Need need : needs) {
      command.addNeed(need, declaredAt);
    }
    int seats = needs.stream().mapToInt(Need::seats).sum();
    out.printf(
        "incident %s declared in %s: %d needs, %d seats (overbooking 130%%, 2 hours to answer)%n",
        incident.name().english(), region.displayName().english(), needs.size(), seats);
    command.moveTo(IncidentStatus.ACTIVE, declaredAt);

    // Three waves with simulated answers.
    List<WaveLine> waves = new ArrayList<>();
    Instant t = declaredAt.plus(Duration.ofMinutes(30));
    for (int w = 1; w <= 3; w++) {
      Wave wave = command.planWave(t);
      int accepted = 0;
      // Each volunteer answers (or not) some minutes after the wave: answers are recorded in time
      // order, as they would arrive.
      List<Answering> byAnswerTime = new ArrayList<>();
      for (Offer o : wave.offers()) {
        byAnswerTime.add(new Answering(o, t.plus(Duration.ofMinutes(5 + random.nextInt(100)))));
      }
      byAnswerTime.sort(
          (a, b) -> {
            int c = a.at().compareTo(b.at());
            return c != 0 ? c : a.offer().id().compareTo(b.offer().id());
          });
      for (Answering answering : byAnswerTime) {
        Offer o = answering.offer();
        int r = random.nextInt(100);
        Instant answerAt = answering.at();
        if (r < 60) {
          Offer after = current(command, o);
          if (after.status() == OfferStatus.PENDING) {
            if (command.answer(o.id(), Answer.ACCEPT, answerAt).status() == OfferStatus.ACCEPTED) {
              accepted++;
            }
          }
        } else if (r < 85) {
          if (current(command, o).status() == OfferStatus.PENDING) {
            command.answer(o.id(), Answer.DECLINE, answerAt);
          }
        }
      }
      waves.add(new WaveLine(wave.number(), wave.offers().size(), accepted, command.openSeats()));
      out.printf(
          "wave %d: %d offers (due %s), %d accepted; seats still open: %d%n",
          wave.number(),
          wave.offers().size(),
          wave.offers().isEmpty() ? "-" : wave.offers().get(0).dueAt().atZone(RIYADH).toLocalTime(),
          accepted,
          command.openSeats());
      if (w == 1) {
        Volunteer spontaneous =
            command.intake(
                VolunteerId.of("WALK-IN-1"),
                SpontaneousIntake.builder()
                    .nationalId(NationalId.parse("2123456788"))
                    .nationality(Nationality.of("YE"))
                    .name(BilingualText.of("متطوع تلقائي", "Walk-in volunteer"))
                    .mobile(MobileNumber.parse("0551234567"))
                    .birthDate(BirthDate.ofGregorian(LocalDate.of(1990, 4, 4)))
                    .gender(Gender.MALE)
                    .region(region)
                    .build(),
                t.plus(Duration.ofMinutes(90)));
        out.printf(
            "spontaneous volunteer %s taken in (ISO 22319): restricted to open roles until"
                + " verified%n",
            spontaneous.id());
      }
      t = t.plus(Duration.ofHours(3));
    }
    command.expireOverdue(t);

    // Teams with leads, enrolled all or none on the boats' second shift.
    Need boatNeed = needs.get(2);
    Slot boatSlot = new Slot(boatNeed.id(), boatNeed.opportunity().shifts().get(1).id());
    int teams = 0;
    List<TeamId> enrolledTeams = new ArrayList<>();
    for (int i = 0; i + 3 <= boatmen.size() && teams < 2; i += 3) {
      TeamId id = TeamId.of("BOAT-" + (i / 3 + 1));
      command.formTeam(
          new Team(
              id,
              BilingualText.of("قارب " + (i / 3 + 1), "Boat " + (i / 3 + 1)),
              boatmen.get(i),
              List.of(boatmen.get(i + 1), boatmen.get(i + 2))),
          t);
      try {
        command.enrolTeam(id, boatSlot, t);
        enrolledTeams.add(id);
        teams++;
        out.printf("team %s (a lead and 2 members) enrolled together on %s%n", id, boatSlot);
      } catch (RuleException e) {
        out.printf(
            "team %s refused, nothing enrolled: %s%n",
            id, e.problems(Locale.ENGLISH).get(0).message());
      }
    }

    // Rotation: the rules checked at planning, and before an hour submission.
    RotationCheck rotation = Tatawwu.rotationCheck(rules);
    Shift s0 = needs.get(1).opportunity().shifts().get(0);
    Shift s1 = needs.get(1).opportunity().shifts().get(1);
    Shift s2 = needs.get(1).opportunity().shifts().get(2);
    List<Violation> third = rotation.check(List.of(s0.time(), s1.time()), s2.time());
    out.printf(
        "rotation rules (at most 2 days in a row, 11 h rest, 36 h a week): a third day in a row is"
            + " refused: %s%n",
        third.stream().map(Violation::code).toList());

    // Hours on the incident's needs, checked against the rotation before submission.
    HourLedger ledger =
        Tatawwu.hourLedger(
            HourPolicy.DEFAULT,
            OpportunityDirectory.of(
                needs.stream().map(Need::opportunity).toList(), List.of(crescent)),
            clock);
    Map<Slot, Shift> shiftOf = new HashMap<>();
    for (Need need : needs) {
      for (Shift s : need.opportunity().shifts()) {
        shiftOf.put(new Slot(need.id(), s.id()), s);
      }
    }
    int refusedBeforeSubmission = 0;
    List<HourEntry> approved = new ArrayList<>();
    int k = 0;
    for (Offer o : command.offers()) {
      if (o.status() != OfferStatus.ACCEPTED) {
        continue;
      }
      Shift s = java.util.Objects.requireNonNull(shiftOf.get(o.slot()));
      Need need =
          needs.stream().filter(x -> x.id().equals(o.slot().need())).findFirst().orElseThrow();
      HourSubmission submission =
          HourSubmission.builder()
              .key(IdempotencyKey.of("flood-" + ++k))
              .volunteer(o.volunteer())
              .opportunity(need.opportunity().number())
              .time(s.time())
              .source(HourSource.ATTENDANCE)
              .compulsory(false)
              .submittedBy("gate")
              .build();
      if (!rotation.checkSubmission(ledger.entries(o.volunteer()), submission).isEmpty()) {
        refusedBeforeSubmission++;
        continue;
      }
      HourEntry e = ledger.recordAttendance(submission);
      approved.add(ledger.approve(e.id(), "coordinator"));
    }
    out.printf(
        "hours: %d attendance entries approved on the incident's needs (%d stopped by the rotation"
            + " check before submission)%n",
        approved.size(), refusedBeforeSubmission);
    for (TeamId id : enrolledTeams) {
      TeamHours th = command.teamHours(id, approved);
      out.printf(
          "team %s: %d minutes, attributed to its %d members and to the team%n",
          id, th.teamMinutes(), th.memberMinutes().size());
    }

    // Stand-down, appraisals both ways, the report.
    Instant standDown = first.plusDays(5).atTime(20, 0).atZone(RIYADH).toInstant();
    List<Offer> released = command.standDown(standDown);
    out.printf(
        "stand-down: %d volunteers released, the incident %s%n",
        released.stream()
            .filter(o -> o.status() == OfferStatus.RELEASED)
            .map(Offer::volunteer)
            .distinct()
            .count(),
        command.incident().status());
    Set<String> appraised = new java.util.HashSet<>(); // once per volunteer and need, each way
    for (Offer o : command.offers()) {
      if (o.status() != OfferStatus.RELEASED
          || !appraised.add(o.volunteer().value() + " " + o.slot().need().value())) {
        continue;
      }
      command.appraise(
          new Appraisal(
              o.slot().need(),
              o.volunteer(),
              Appraisal.Direction.VOLUNTEER_OF_ROLE,
              3 + random.nextInt(3),
              "",
              standDown.plus(Duration.ofDays(1))));
      command.appraise(
          new Appraisal(
              o.slot().need(),
              o.volunteer(),
              Appraisal.Direction.LEAD_OF_VOLUNTEER,
              2 + random.nextInt(4),
              "",
              standDown.plus(Duration.ofDays(1))));
    }
    IncidentReport report = command.report(approved, standDown.plus(Duration.ofDays(2)));
    Map<String, Long> byRole = new LinkedHashMap<>();
    for (Need need : needs) {
      byRole.put(
          need.role().name().english() + " — " + need.role().name().arabic(),
          report.minutesByRole().getOrDefault(need.role().id(), 0L) / 60);
    }
    IncidentReport.NeedsMet last = report.needsMet().get(report.needsMet().size() - 1);
    double roleRating = rating(report, Appraisal.Direction.VOLUNTEER_OF_ROLE);
    double volunteerRating = rating(report, Appraisal.Direction.LEAD_OF_VOLUNTEER);
    out.printf(
        "incident report: needs met %d of %d seats; answers in %d min (median), %d min (90th"
            + " percentile); %d unanswered%n",
        last.filled(),
        last.seats(),
        report.responses().median().toMinutes(),
        report.responses().p90().toMinutes(),
        report.responses().unanswered());
    out.println("hours by role: " + byRole);
    out.println(
        "hours by region: "
            + report.minutesByRegion().entrySet().stream()
                .map(e -> e.getKey().displayName().english() + " = " + e.getValue() / 60 + " h")
                .toList());
    out.printf(
        "appraisals: the roles %.2f / 5 by their volunteers, the volunteers %.2f / 5 by their"
            + " leads%n",
        roleRating, volunteerRating);
    return new Summary(
        incident.name().english() + " — " + incident.name().arabic(),
        waves,
        report.needsMet(),
        byRole,
        report.responses().median(),
        report.responses().p90(),
        report.offers(),
        roleRating,
        volunteerRating,
        seats);
  }

  private static double rating(IncidentReport report, Appraisal.Direction direction) {
    IncidentReport.Ratings r = report.appraisals().get(direction);
    return r == null ? 0 : r.mean();
  }

  /** An offer and when its volunteer answers. */
  private record Answering(Offer offer, Instant at) {}

  private static Offer current(IncidentCommand command, Offer o) {
    return command.offers().stream().filter(x -> x.id().equals(o.id())).findFirst().orElseThrow();
  }

  private static Role role(
      String id, String ar, String en, CredentialDemand demand, TeamShape team, boolean open) {
    return new Role(RoleId.of(id), BilingualText.of(ar, en), Requirements.NONE, demand, team, open);
  }

  /** A need with one shift a day from the first day, 08:00–16:00. */
  private static Need need(
      String id,
      int number,
      Role role,
      ParticipatingEntity entity,
      City city,
      LocalDate first,
      int days,
      int seatsPerShift) {
    Opportunity.Builder b =
        Opportunity.builder()
            .number(OpportunityNumber.parse(String.valueOf(14480000000L + number)))
            .title(role.name())
            .description(role.name())
            .entity(entity.id())
            .field(FieldCode.of("RELIEF"))
            .location(Location.onSite(city, null))
            .period(DateRange.of(first, first.plusDays(6)))
            .requirements(role.requirements())
            .status(OpportunityStatus.PUBLISHED);
    for (int d = 0; d < days; d++) {
      Instant start = first.plusDays(d).atTime(8, 0).atZone(RIYADH).toInstant();
      b.addShift(
          new Shift(
              ShiftId.of(id + "-d" + (d + 1)),
              TimeRange.of(start, start.plus(Duration.ofHours(8))),
              seatsPerShift));
    }
    return new Need(NeedId.of(id), role, b.build(), entity);
  }
}
