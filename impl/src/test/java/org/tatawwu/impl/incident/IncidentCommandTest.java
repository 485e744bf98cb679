package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.Appraisal;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentReport;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.OfferStatus;
import org.tatawwu.incident.RoleId;
import org.tatawwu.incident.Slot;
import org.tatawwu.incident.SpontaneousIntake;
import org.tatawwu.incident.Team;
import org.tatawwu.incident.TeamHours;
import org.tatawwu.incident.TeamId;
import org.tatawwu.incident.Wave;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.organization.EntityId;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.GuardianConsent;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.VolunteerStatus;

class IncidentCommandTest {
  static final Locale AR = Locale.forLanguageTag("ar");
  final Flood.MutablePool pool = new Flood.MutablePool();
  IncidentCommand command;
  Need rescue;
  Need shelter;

  static VolunteerId v(int n) {
    return VolunteerId.of(String.format("V%05d", n));
  }

  @BeforeEach
  void flood() {
    for (int i = 0; i < 6; i++) {
      pool.add(Flood.volunteer(i).build());
    }
    pool.add(Flood.volunteer(6).birthDate(BirthDate.ofGregorian(LocalDate.of(2010, 5, 1))).build());
    pool.add(
        Flood.volunteer(7)
            .birthDate(BirthDate.ofGregorian(LocalDate.of(2010, 5, 1)))
            .guardianConsent(
                new GuardianConsent(
                    NationalId.parse("1000000008"), Flood.DECLARED, true, Optional.empty()))
            .build());
    pool.credentials.put(v(0), List.of(Flood.emt(v(0), 0, Flood.FIRST.plusDays(60))));
    pool.credentials.put(v(1), List.of(Flood.emt(v(1), 1, Flood.FIRST.plusDays(60))));
    pool.credentials.put(v(2), List.of(Flood.emt(v(2), 2, Flood.FIRST.minusDays(3))));
    command = Flood.command(pool, ActivationSettings.DEFAULT);
    rescue =
        Flood.need(
            "rescue",
            1,
            Flood.role("rescue", CredentialDemand.of(Flood.EMT), false),
            new int[] {0, 8, 6, 2});
    shelter =
        Flood.need(
            "shelter",
            2,
            Flood.role("shelter", CredentialDemand.NONE, true),
            new int[] {0, 8, 6, 2});
    command.addNeed(rescue, Flood.DECLARED);
    command.addNeed(shelter, Flood.DECLARED);
  }

  static Set<VolunteerId> to(List<Offer> offers, Need need) {
    return offers.stream()
        .filter(o -> o.slot().need().equals(need.id()))
        .map(Offer::volunteer)
        .collect(Collectors.toSet());
  }

  @Test
  void call_outs_need_an_active_incident() {
    RuleException e =
        catchThrowableOfType(RuleException.class, () -> command.planWave(Flood.DECLARED));
    assertThat(e.violations().get(0).code()).isEqualTo("incident.notActive");
    assertThat(e.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo("call-outs and enrolments need an active incident; this one is declared");
    assertThat(e.problems(AR).get(0).message()).contains("\u2068مُعلنة\u2069");
  }

  @Test
  void three_waves_fill_what_credentials_and_answers_allow() {
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    Instant t1 = Flood.at("2026-11-19T19:00");
    Wave first = command.planWave(t1);
    // Only V0 and V1 hold a valid EMT credential; adults V2..V5 fill the shelter; minors none.
    assertThat(to(first.offers(), rescue)).containsExactlyInAnyOrder(v(0), v(1));
    assertThat(to(first.offers(), shelter)).hasSize(2).doesNotContain(v(0), v(1), v(6), v(7));
    assertThat(first.offers()).allMatch(o -> o.dueAt().equals(t1.plus(Duration.ofHours(2))));
    assertThat(first.openSeats()).isZero();

    Offer v0 = offerOf(first, v(0));
    assertThat(command.answer(v0.id(), Answer.ACCEPT, t1.plusSeconds(600)).status())
        .isEqualTo(OfferStatus.ACCEPTED);
    // V1's credential lapses before V1 answers: the acceptance is refused, with the reason.
    pool.credentials.put(v(1), List.of(Flood.emt(v(1), 1, Flood.FIRST.minusDays(1))));
    Offer v1 = offerOf(first, v(1));
    assertThat(command.answer(v1.id(), Answer.ACCEPT, t1.plusSeconds(900)).status())
        .isEqualTo(OfferStatus.INELIGIBLE);
    assertThat(command.refusal(v1.id()).orElseThrow().codes())
        .containsExactly("credential.expired");
    assertThat(Flood.ENGINE.explain(command.refusal(v1.id()).orElseThrow(), AR).get(0).message())
        .contains("انتهت صلاحية اعتمادك");
    // One shelter volunteer declines, the other never answers.
    List<Offer> shelterOffers =
        first.offers().stream().filter(o -> o.slot().need().equals(shelter.id())).toList();
    command.answer(shelterOffers.get(0).id(), Answer.DECLINE, t1.plusSeconds(1200));
    RuleException twice =
        catchThrowableOfType(
            RuleException.class,
            () -> command.answer(shelterOffers.get(0).id(), Answer.ACCEPT, t1.plusSeconds(1300)));
    assertThat(twice.violations().get(0).code()).isEqualTo("offer.notPending");
    RuleException late =
        catchThrowableOfType(
            RuleException.class,
            () ->
                command.answer(
                    shelterOffers.get(1).id(), Answer.ACCEPT, shelterOffers.get(1).dueAt()));
    assertThat(late.violations().get(0).code()).isEqualTo("offer.overdue");

    // Wave 2, after the due time: the missed answer is recorded; two shelter seats reopen, and
    // nobody left qualifies for the rescue seat. The shelter's decliner and the one who never
    // answered are not asked for it again; V0's accepted rescue shift overlaps the shelter's; V1,
    // refused for the rescue, may take the shelter, as may V4 and V5, never asked.
    Instant t2 = t1.plus(Duration.ofHours(3));
    Wave second = command.planWave(t2);
    assertThat(
            command.offers().stream()
                .filter(o -> o.id().equals(shelterOffers.get(1).id()))
                .findFirst()
                .orElseThrow()
                .status())
        .isEqualTo(OfferStatus.NO_ANSWER);
    Set<VolunteerId> mayTakeShelter = new HashSet<>(Set.of(v(1), v(2), v(3), v(4), v(5)));
    mayTakeShelter.remove(shelterOffers.get(0).volunteer());
    mayTakeShelter.remove(shelterOffers.get(1).volunteer());
    assertThat(mayTakeShelter).hasSize(3);
    assertThat(to(second.offers(), shelter)).hasSize(2).isSubsetOf(mayTakeShelter);
    assertThat(to(second.offers(), rescue)).isEmpty();
    second.offers().forEach(o -> command.answer(o.id(), Answer.ACCEPT, t2.plusSeconds(60)));
    assertThat(command.openSeats()).isEqualTo(1);
    // The one left over is suspended: the walk-in below is then alone for a reopened seat.
    mayTakeShelter.removeAll(to(second.offers(), shelter));
    VolunteerId leftOver = mayTakeShelter.iterator().next();
    pool.add(
        Objects.requireNonNull(pool.volunteers.get(leftOver))
            .withStatus(VolunteerStatus.SUSPENDED));

    // Wave 3: a spontaneous volunteer may take only the open roles until promoted.
    command.intake(
        VolunteerId.of("S1"),
        SpontaneousIntake.builder()
            .nationalId(NationalId.parse("2123456788"))
            .nationality(Nationality.of("EG"))
            .name(BilingualText.of("متطوع تلقائي", "Walk-in volunteer"))
            .mobile(MobileNumber.parse("0551234567"))
            .birthDate(BirthDate.ofGregorian(LocalDate.of(1988, 3, 3)))
            .gender(Gender.MALE)
            .region(Region.JAZAN)
            .build(),
        t2.plusSeconds(120));
    assertThat(command.planWave(t2.plusSeconds(180)).offers()).isEmpty();
    command.dropOut(second.offers().get(0).volunteer(), t2.plusSeconds(200));
    Wave third = command.planWave(t2.plusSeconds(240));
    assertThat(third.offers()).extracting(Offer::volunteer).containsExactly(VolunteerId.of("S1"));
    assertThat(third.offers().get(0).slot().need()).isEqualTo(shelter.id());
    assertThat(command.promote(VolunteerId.of("S1"), t2.plusSeconds(300)).status())
        .isEqualTo(VolunteerStatus.VERIFIED);
    RuleException again =
        catchThrowableOfType(
            RuleException.class, () -> command.promote(VolunteerId.of("S1"), t2.plusSeconds(301)));
    assertThat(again.violations().get(0).code()).isEqualTo("spontaneous.alreadyPromoted");
  }

  private static Offer offerOf(Wave w, VolunteerId v) {
    return w.offers().stream().filter(o -> o.volunteer().equals(v)).findFirst().orElseThrow();
  }

  @Test
  void teams_enrol_all_or_none_and_their_hours_go_to_members_and_team() {
    Need boats = Flood.need("boats", 3, Flood.teamRole("boats", 3), new int[] {1, 8, 8, 4});
    command.addNeed(boats, Flood.DECLARED);
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    Instant t = Flood.at("2026-11-19T20:00");
    RuleException minor =
        catchThrowableOfType(
            RuleException.class,
            () ->
                command.formTeam(
                    new Team(
                        TeamId.of("T0"), BilingualText.of("ف", "T"), v(0), List.of(v(6), v(9))),
                    t));
    assertThat(minor.violations())
        .extracting(x -> x.code())
        .containsExactly("team.minorWithoutConsent", "team.unknownVolunteer");
    command.formTeam(
        new Team(TeamId.of("T1"), BilingualText.of("قارب 1", "Boat 1"), v(0), List.of(v(1), v(2))),
        t);
    command.formTeam(
        new Team(TeamId.of("T2"), BilingualText.of("قارب 2", "Boat 2"), v(3), List.of(v(4))), t);
    pool.add(Flood.volunteer(8).build());
    command.formTeam(
        new Team(TeamId.of("T3"), BilingualText.of("قارب 3", "Boat 3"), v(5), List.of(v(7), v(8))),
        t);
    Slot slot = new Slot(boats.id(), boats.opportunity().shifts().get(0).id());
    RuleException small =
        catchThrowableOfType(
            RuleException.class, () -> command.enrolTeam(TeamId.of("T2"), slot, t));
    assertThat(small.violations()).extracting(x -> x.code()).containsExactly("team.wrongSize");
    List<Offer> enrolled = command.enrolTeam(TeamId.of("T1"), slot, t);
    assertThat(enrolled).extracting(Offer::volunteer).containsExactly(v(0), v(1), v(2));
    assertThat(enrolled).allMatch(o -> o.status() == OfferStatus.ACCEPTED && o.wave() == 0);
    int offersBefore = command.offers().size();
    RuleException full =
        catchThrowableOfType(
            RuleException.class, () -> command.enrolTeam(TeamId.of("T3"), slot, t));
    assertThat(full.violations()).extracting(x -> x.code()).contains("team.noCapacity");
    assertThat(command.offers()).hasSize(offersBefore);

    OpportunityNumber boatsNumber = boats.opportunity().number();
    List<HourEntry> hours =
        List.of(
            entry(1, v(0), boatsNumber, 480, HourStatus.APPROVED),
            entry(2, v(1), boatsNumber, 480, HourStatus.APPROVED),
            entry(3, v(2), boatsNumber, 300, HourStatus.APPROVED),
            entry(4, v(2), boatsNumber, 60, HourStatus.SUBMITTED),
            entry(5, v(0), OpportunityNumber.parse("20269999999"), 120, HourStatus.APPROVED));
    TeamHours th = command.teamHours(TeamId.of("T1"), hours);
    assertThat(th.memberMinutes()).isEqualTo(Map.of(v(0), 480L, v(1), 480L, v(2), 300L));
    assertThat(th.teamMinutes()).isEqualTo(1_260);

    command.standDown(t.plus(Duration.ofDays(2)));
    assertThat(command.incident().status()).isEqualTo(IncidentStatus.CLOSED);
    assertThat(command.offers())
        .filteredOn(o -> o.volunteer().equals(v(0)))
        .extracting(Offer::status)
        .containsExactly(OfferStatus.RELEASED);
    Instant after = t.plus(Duration.ofDays(3));
    command.appraise(
        new Appraisal(
            boats.id(), v(0), Appraisal.Direction.VOLUNTEER_OF_ROLE, 4, "قارب جيد", after));
    command.appraise(
        new Appraisal(boats.id(), v(0), Appraisal.Direction.LEAD_OF_VOLUNTEER, 5, "", after));
    command.appraise(
        new Appraisal(
            boats.id(), v(1), Appraisal.Direction.LEAD_OF_VOLUNTEER, 2, "late twice", after));
    RuleException dup =
        catchThrowableOfType(
            RuleException.class,
            () ->
                command.appraise(
                    new Appraisal(
                        boats.id(), v(0), Appraisal.Direction.VOLUNTEER_OF_ROLE, 1, "", after)));
    assertThat(dup.violations().get(0).code()).isEqualTo("appraisal.duplicate");
    RuleException notServed =
        catchThrowableOfType(
            RuleException.class,
            () ->
                command.appraise(
                    new Appraisal(
                        boats.id(), v(5), Appraisal.Direction.VOLUNTEER_OF_ROLE, 3, "", after)));
    assertThat(notServed.violations().get(0).code()).isEqualTo("appraisal.notServed");

    IncidentReport report = command.report(hours, after);
    assertThat(report.minutesByRole()).isEqualTo(Map.of(RoleId.of("boats"), 1_260L));
    assertThat(report.minutesByRegion()).isEqualTo(Map.of(Region.JAZAN, 1_260L));
    assertThat(report.appraisals().get(Appraisal.Direction.LEAD_OF_VOLUNTEER))
        .isEqualTo(new IncidentReport.Ratings(2, 7));
    assertThat(report.offers()).isEqualTo(Map.of(OfferStatus.RELEASED, 3));
    // seats: rescue 2 + shelter 2, then boats 4; filled 3 after the team's enrolment
    assertThat(report.needsMet())
        .extracting(IncidentReport.NeedsMet::seats, IncidentReport.NeedsMet::filled)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, 0),
            org.assertj.core.groups.Tuple.tuple(4, 0),
            org.assertj.core.groups.Tuple.tuple(8, 0),
            org.assertj.core.groups.Tuple.tuple(8, 3));
  }

  @Test
  void response_times_are_the_median_and_90th_percentile_of_answers() {
    for (int i = 8; i < 20; i++) {
      pool.add(Flood.volunteer(i).build());
    }
    Need many =
        Flood.need(
            "many", 4, Flood.role("many", CredentialDemand.NONE, false), new int[] {2, 8, 6, 10});
    command.addNeed(many, Flood.DECLARED);
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    Instant t = Flood.at("2026-11-19T20:00");
    List<Offer> offers = command.planWave(t).offers();
    assertThat(offers).hasSizeGreaterThanOrEqualTo(10);
    // answers after 1..10 minutes: median (nearest rank, 5th of 10) = 5 min, p90 (9th) = 9 min
    for (int i = 0; i < 10; i++) {
      command.answer(
          offers.get(i).id(),
          i % 2 == 0 ? Answer.ACCEPT : Answer.DECLINE,
          t.plusSeconds(60L * (i + 1)));
    }
    IncidentReport r = command.report(List.of(), t.plusSeconds(3600));
    assertThat(r.responses().answered()).isEqualTo(10);
    assertThat(r.responses().median()).isEqualTo(Duration.ofMinutes(5));
    assertThat(r.responses().p90()).isEqualTo(Duration.ofMinutes(9));
  }

  @Test
  void needs_outside_the_incident_regions_or_after_scaling_down_are_refused_with_every_problem() {
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    command.moveTo(IncidentStatus.SCALING_DOWN, Flood.DECLARED);
    RuleException e =
        catchThrowableOfType(RuleException.class, () -> command.addNeed(rescue, Flood.DECLARED));
    assertThat(e.violations())
        .extracting(x -> x.code())
        .containsExactly("incident.needsClosed", "need.duplicate");
    assertThat(command.needs()).hasSize(2);
  }

  static HourEntry entry(
      int n, VolunteerId v, OpportunityNumber o, int minutes, HourStatus status) {
    Instant start = Flood.at("2026-11-21T08:00");
    return HourEntry.builder()
        .id(HourEntryId.ofNumber(n))
        .key(IdempotencyKey.of("k-" + n))
        .volunteer(v)
        .opportunity(o)
        .entity(EntityId.of("E1"))
        .supervisingEntity(EntityId.of("SUP-1"))
        .field(FieldCode.of("RELIEF"))
        .region(Region.JAZAN)
        .day(Flood.FIRST.plusDays(1))
        .time(TimeRange.of(start, start.plusSeconds(60L * minutes)))
        .creditedMinutes(minutes)
        .source(HourSource.ATTENDANCE)
        .compulsory(false)
        .status(status)
        .submittedAt(start)
        .submittedBy("gate")
        .build();
  }
}
