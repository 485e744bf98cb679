package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatawwu.eligibility.Unmet;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.OfferStatus;
import org.tatawwu.incident.Slot;
import org.tatawwu.incident.Team;
import org.tatawwu.incident.TeamId;
import org.tatawwu.incident.Wave;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The command's bounds: one identity per person in an incident, instants in a documented range,
 * status changes and waves in time order, each unmet condition listed once, a null argument named,
 * and a team whose members await answers refused with their count. Expected values are written by
 * hand.
 */
class IncidentCommandBoundsTest {
  static final Locale AR = Locale.forLanguageTag("ar");
  final Flood.MutablePool pool = new Flood.MutablePool();

  static Instant minutes(int m) {
    return Flood.DECLARED.plus(Duration.ofMinutes(m));
  }

  static List<String> codes(RuleException e) {
    return e.violations().stream().map(Violation::code).toList();
  }

  @Test
  void a_candidate_of_the_pool_is_not_taken_in_again_as_a_walk_in() {
    pool.add(Flood.volunteer(0).build()); // national ID 1234567897, listed for every need
    IncidentCommand command = Flood.command(pool, ActivationSettings.DEFAULT);
    command.addNeed(IntakeTeamsAndOrderTest.need("A", 1, 2), minutes(0));
    RuleException e =
        catchThrowableOfType(
            RuleException.class,
            () ->
                command.intake(
                    VolunteerId.of("S1"), CandidacyTest.walkIn("1234567897"), minutes(5)));
    assertThat(codes(e)).containsExactly("spontaneous.inCandidatePool");
    assertThat(e.violations().get(0).arguments()).isEmpty();
    assertThat(e.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo(
            "this person is already a candidate of this incident and is called out as such, not"
                + " taken in as a spontaneous volunteer");
    assertThat(e.problems(AR).get(0).message())
        .isEqualTo(
            "هذا الشخص مرشح لهذه الحادثة من قبل، فيُستدعى بصفته مرشحًا ولا يُستقبل متطوعًا تلقائيًا");
    assertThat(e.getMessage()).doesNotContain("1234567897").doesNotContain("V00000");
    // Nothing taken in; another person is welcome.
    RuleException unknown =
        catchThrowableOfType(
            RuleException.class, () -> command.promote(VolunteerId.of("S1"), minutes(6)));
    assertThat(codes(unknown)).containsExactly("spontaneous.unknown");
    command.intake(VolunteerId.of("S2"), CandidacyTest.walkIn("2000000006"), minutes(7));
  }

  @Test
  void instants_outside_a_year_either_side_of_the_period_are_refused_with_a_code() {
    pool.add(Flood.volunteer(0).build());
    IncidentCommand command = Flood.command(pool, ActivationSettings.DEFAULT);
    command.addNeed(IntakeTeamsAndOrderTest.need("A", 1, 2), minutes(0));
    command.moveTo(IncidentStatus.ACTIVE, minutes(0));
    // The period is 2026-11-20 to 2026-12-03: the range is 2025-11-20 00:00 UTC to the end of
    // 2027-12-03 UTC.
    Instant from = Instant.parse("2025-11-20T00:00:00Z");
    Instant end = Instant.parse("2027-12-04T00:00:00Z");
    for (Instant outside : List.of(Instant.MAX, Instant.MIN, end, from.minusSeconds(1))) {
      RuleException e = catchThrowableOfType(RuleException.class, () -> command.planWave(outside));
      assertThat(codes(e)).containsExactly("incident.instantOutOfRange");
      assertThat(e.violations().get(0).arguments())
          .isEqualTo(Map.of("from", LocalDate.of(2025, 11, 20), "to", LocalDate.of(2027, 12, 3)));
      assertThat(e.problems(Locale.ENGLISH).get(0).message())
          .startsWith("this change is dated outside the range the incident accepts, ");
      assertThat(e.problems(AR).get(0).message())
          .startsWith("تاريخ هذا التغيير خارج المدى الذي تقبله الحادثة، من ");
      RuleException expire =
          catchThrowableOfType(RuleException.class, () -> command.expireOverdue(outside));
      assertThat(codes(expire)).containsExactly("incident.instantOutOfRange");
    }
    assertThat(command.offers()).isEmpty();
    // The edges themselves are in range.
    assertThat(command.expireOverdue(from)).isEmpty();
    assertThat(command.expireOverdue(end.minusSeconds(1))).isEmpty();

    // A far-off change is refused, so it holds back none of the changes after it.
    Instant farOff = Instant.parse("2100-01-01T00:00:00Z");
    RuleException far =
        catchThrowableOfType(
            RuleException.class,
            () -> command.addNeed(IntakeTeamsAndOrderTest.need("B", 2, 1), farOff));
    assertThat(codes(far)).containsExactly("incident.instantOutOfRange");
    command.addNeed(IntakeTeamsAndOrderTest.need("B", 2, 1), minutes(10));
    Wave wave = command.planWave(minutes(20));
    assertThat(wave.offers()).hasSize(1);
    RuleException answer =
        catchThrowableOfType(
            RuleException.class,
            () -> command.answer(wave.offers().get(0).id(), Answer.ACCEPT, Instant.MAX));
    assertThat(codes(answer)).containsExactly("incident.instantOutOfRange");
    assertThat(command.offers().get(0).status()).isEqualTo(OfferStatus.PENDING);
  }

  @Test
  void status_changes_are_held_to_time_order_like_the_others() {
    IncidentCommand command = Flood.command(pool, ActivationSettings.DEFAULT);
    command.addNeed(IntakeTeamsAndOrderTest.need("A", 1, 2), minutes(30));
    RuleException early =
        catchThrowableOfType(
            RuleException.class, () -> command.moveTo(IncidentStatus.ACTIVE, minutes(20)));
    assertThat(codes(early)).containsExactly("incident.outOfOrder");
    assertThat(early.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo(
            "this change is dated before the last change to the incident's status, seats or"
                + " filled seats, or this wave before the last wave or answer; give such changes in"
                + " time order");
    assertThat(early.problems(AR).get(0).message())
        .isEqualTo(
            "تاريخ هذا التغيير سابق لآخر تغيير في حالة الحادثة أو في المقاعد أو المقاعد المشغولة،"
                + " أو تاريخ هذه الموجة سابق لآخر موجة أو رد؛ أدخل هذه التغييرات بترتيبها الزمني");
    assertThat(command.incident().status()).isEqualTo(IncidentStatus.DECLARED);
    command.moveTo(IncidentStatus.ACTIVE, minutes(40));
    // A change dated before the status change is now out of order too.
    RuleException need =
        catchThrowableOfType(
            RuleException.class,
            () -> command.addNeed(IntakeTeamsAndOrderTest.need("B", 2, 1), minutes(35)));
    assertThat(codes(need)).containsExactly("incident.outOfOrder");
    command.moveTo(IncidentStatus.SCALING_DOWN, minutes(50));
    RuleException back =
        catchThrowableOfType(
            RuleException.class, () -> command.moveTo(IncidentStatus.ACTIVE, minutes(45)));
    assertThat(codes(back)).containsExactly("incident.outOfOrder");
    RuleException standDown =
        catchThrowableOfType(RuleException.class, () -> command.standDown(minutes(45)));
    assertThat(codes(standDown)).containsExactly("incident.outOfOrder");
    assertThat(command.incident().status()).isEqualTo(IncidentStatus.SCALING_DOWN);
    command.standDown(minutes(50));
    assertThat(command.incident().status()).isEqualTo(IncidentStatus.CLOSED);
  }

  @Test
  void a_wave_is_not_dated_before_the_waves_and_answers_recorded() {
    for (int i = 0; i < 3; i++) {
      pool.add(Flood.volunteer(i).build());
    }
    IncidentCommand command = Flood.command(pool, ActivationSettings.DEFAULT);
    command.addNeed(IntakeTeamsAndOrderTest.need("A", 1, 2), minutes(0)); // 2 seats, due in 2 h
    command.moveTo(IncidentStatus.ACTIVE, minutes(0));
    Wave first = command.planWave(minutes(10));
    assertThat(first.offers()).hasSize(2);
    command.answer(first.offers().get(0).id(), Answer.DECLINE, minutes(30));
    // Before the decline: refused, nothing recorded (the first wave's other offer still pending).
    RuleException beforeDecline =
        catchThrowableOfType(RuleException.class, () -> command.planWave(minutes(20)));
    assertThat(codes(beforeDecline)).containsExactly("incident.outOfOrder");
    assertThat(command.offers())
        .extracting(Offer::status)
        .containsExactly(OfferStatus.DECLINED, OfferStatus.PENDING);
    // At the decline's instant: the second wave, to the volunteer not asked yet.
    Wave second = command.planWave(minutes(30));
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.offers()).hasSize(1);
    assertThat(second.offers().get(0).volunteer())
        .isNotIn(first.offers().get(0).volunteer(), first.offers().get(1).volunteer());
    RuleException beforeWave =
        catchThrowableOfType(RuleException.class, () -> command.planWave(minutes(25)));
    assertThat(codes(beforeWave)).containsExactly("incident.outOfOrder");
    // Lapses count at their due times: minute 130 (first wave) and 150 (second).
    command.expireOverdue(minutes(300));
    RuleException beforeLapse =
        catchThrowableOfType(RuleException.class, () -> command.planWave(minutes(140)));
    assertThat(codes(beforeLapse)).containsExactly("incident.outOfOrder");
    Wave third = command.planWave(minutes(150));
    assertThat(third.number()).isEqualTo(3);
    assertThat(third.offers()).isEmpty(); // each volunteer declined or let an offer lapse
    // Every problem at once.
    command.moveTo(IncidentStatus.SCALING_DOWN, minutes(160));
    RuleException both =
        catchThrowableOfType(RuleException.class, () -> command.planWave(minutes(155)));
    assertThat(codes(both)).containsExactly("incident.notActive", "incident.outOfOrder");
  }

  @Test
  void an_acceptance_refused_for_an_overlap_lists_the_overlap_once() {
    pool.add(Flood.volunteer(0).build());
    IncidentCommand command = Flood.command(pool, ActivationSettings.DEFAULT);
    Need a = IntakeTeamsAndOrderTest.need("A", 1, 1); // day 0, 08:00-14:00
    command.addNeed(a, minutes(0));
    command.moveTo(IncidentStatus.ACTIVE, minutes(0));
    Offer offer = command.planWave(minutes(10)).offers().get(0);
    // A commitment made meanwhile, 09:00-10:00 on the shift's day.
    Instant nine = Flood.FIRST.atTime(9, 0).atZone(Flood.RIYADH).toInstant();
    pool.commitments.put(offer.volunteer(), List.of(TimeRange.of(nine, nine.plusSeconds(3600))));
    Offer answered = command.answer(offer.id(), Answer.ACCEPT, minutes(20));
    assertThat(answered.status()).isEqualTo(OfferStatus.INELIGIBLE);
    assertThat(command.refusal(offer.id()).orElseThrow().unmet())
        .extracting(Unmet::code)
        .containsExactly("schedule.overlap");
  }

  @Test
  @SuppressWarnings("NullAway") // the null is the point
  void team_hours_name_a_null_argument() {
    IncidentCommand command = Flood.command(pool, ActivationSettings.DEFAULT);
    NullPointerException e =
        catchThrowableOfType(
            NullPointerException.class, () -> command.teamHours(TeamId.of("T1"), null));
    assertThat(e).hasMessage("entries");
  }

  @Test
  void a_team_with_members_awaiting_answers_is_refused_with_their_count() {
    for (int i = 0; i < 3; i++) {
      pool.add(Flood.volunteer(i).build());
    }
    IncidentCommand command = Flood.command(pool, ActivationSettings.DEFAULT);
    Need individual = IntakeTeamsAndOrderTest.need("A", 1, 3); // day 0
    Need teams =
        Flood.need("T", 2, Flood.teamRole("t", 3), new int[] {1, 8, 6, 3}); // day 1, 3 seats
    command.addNeed(individual, minutes(0));
    command.addNeed(teams, minutes(0));
    command.moveTo(IncidentStatus.ACTIVE, minutes(0));
    List<Offer> offers = command.planWave(minutes(10)).offers();
    assertThat(offers).hasSize(3);
    VolunteerId lead = VolunteerId.of("V00000");
    command.formTeam(
        new Team(
            TeamId.of("T1"),
            BilingualText.of("فريق", "Team"),
            lead,
            List.of(VolunteerId.of("V00001"), VolunteerId.of("V00002"))),
        minutes(15));
    Slot slot = new Slot(teams.id(), teams.opportunity().shifts().get(0).id());
    RuleException e =
        catchThrowableOfType(
            RuleException.class, () -> command.enrolTeam(TeamId.of("T1"), slot, minutes(20)));
    assertThat(codes(e)).containsExactly("team.membersAwaitingAnswer");
    assertThat(e.violations().get(0).arguments()).isEqualTo(Map.of("count", 3));
    assertThat(e.problems(Locale.ENGLISH).get(0).plainMessage())
        .isEqualTo(
            "members of this team awaiting their answer to another offer: 3; each answers it, or"
                + " lets it lapse, before the team is enrolled");
    assertThat(e.problems(AR).get(0).plainMessage())
        .isEqualTo(
            "عدد أعضاء هذا الفريق الذين لم يردّوا بعد على عرض آخر: 3؛ يردّ كل منهم عليه أو ينقضي"
                + " موعده قبل تسجيل الفريق");
    // Their offers are left as they were; once answered, the team is enrolled.
    assertThat(command.offers()).extracting(Offer::status).containsOnly(OfferStatus.PENDING);
    command.answer(offers.get(0).id(), Answer.ACCEPT, minutes(30));
    RuleException two =
        catchThrowableOfType(
            RuleException.class, () -> command.enrolTeam(TeamId.of("T1"), slot, minutes(30)));
    assertThat(two.violations().get(0).arguments()).isEqualTo(Map.of("count", 2));
    command.answer(offers.get(1).id(), Answer.DECLINE, minutes(40));
    command.answer(offers.get(2).id(), Answer.ACCEPT, minutes(40));
    assertThat(command.enrolTeam(TeamId.of("T1"), slot, minutes(50))).hasSize(3);
  }
}
