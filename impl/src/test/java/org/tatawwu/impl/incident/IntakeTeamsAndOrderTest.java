package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentReport;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.OfferStatus;
import org.tatawwu.incident.Slot;
import org.tatawwu.incident.Team;
import org.tatawwu.incident.TeamId;
import org.tatawwu.incident.Wave;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A second intake of one person, a team with minors lacking consent, and changes given out of time
 * order: each refused with its code, naming no personal data, changing nothing.
 */
class IntakeTeamsAndOrderTest {
  static final Locale AR = Locale.forLanguageTag("ar");
  final Flood.MutablePool pool = new Flood.MutablePool();

  static Instant minutes(int m) {
    return Flood.DECLARED.plus(Duration.ofMinutes(m));
  }

  void secondIntakeOfOnePersonIsRefused(IncidentCommand command) {
    String nationalId = "2123456788";
    command.intake(VolunteerId.of("S1"), CandidacyTest.walkIn(nationalId), minutes(5));
    RuleException e =
        catchThrowableOfType(
            RuleException.class,
            () ->
                command.intake(VolunteerId.of("S2"), CandidacyTest.walkIn(nationalId), minutes(6)));
    assertThat(e.violations())
        .extracting(v -> v.code())
        .containsExactly("spontaneous.alreadyTakenIn");
    assertThat(e.violations().get(0).arguments()).isEmpty();
    assertThat(e.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo("this person was already taken in as a spontaneous volunteer in this incident");
    assertThat(e.problems(AR).get(0).message())
        .isEqualTo("سبق استقبال هذا الشخص متطوعًا تلقائيًا في هذه الحادثة");
    assertThat(e.getMessage()).doesNotContain(nationalId).doesNotContain("S1");
    // Nothing taken in: S2 is unknown; another person is still welcome.
    RuleException unknown =
        catchThrowableOfType(
            RuleException.class, () -> command.promote(VolunteerId.of("S2"), minutes(7)));
    assertThat(unknown.violations().get(0).code()).isEqualTo("spontaneous.unknown");
    command.intake(VolunteerId.of("S3"), CandidacyTest.walkIn("2000000006"), minutes(8));
  }

  @Test
  void a_person_is_taken_in_once_per_incident() {
    secondIntakeOfOnePersonIsRefused(Flood.command(pool, ActivationSettings.DEFAULT));
  }

  @Test
  void a_person_is_taken_in_once_per_incident_with_a_vault() {
    secondIntakeOfOnePersonIsRefused(
        Tatawwu.incidentCommand(
            Flood.incident(),
            Flood.ENGINE,
            Flood.RANKER,
            pool,
            ActivationSettings.DEFAULT,
            Tatawwu.privacy()
                .vault(Tatawwu.privacy().inMemoryVaultStore(), IncidentErasureTest.aes())));
  }

  @Test
  void a_team_with_minors_without_consent_is_refused_once_naming_nobody() {
    pool.add(Flood.volunteer(0).build());
    for (int n = 1; n <= 2; n++) {
      pool.add(
          Flood.volunteer(n).birthDate(BirthDate.ofGregorian(LocalDate.of(2010, 5, n))).build());
    }
    IncidentCommand command = Flood.command(pool, ActivationSettings.DEFAULT);
    VolunteerId lead = VolunteerId.of("V00000");
    VolunteerId minor1 = VolunteerId.of("V00001");
    VolunteerId minor2 = VolunteerId.of("V00002");
    RuleException e =
        catchThrowableOfType(
            RuleException.class,
            () ->
                command.formTeam(
                    new Team(
                        TeamId.of("T1"), BilingualText.of("ف", "T"), lead, List.of(minor1, minor2)),
                    minutes(5)));
    assertThat(e.violations())
        .extracting(v -> v.code())
        .containsExactly("team.minorWithoutConsent");
    assertThat(e.violations().get(0).arguments()).isEmpty();
    assertThat(e.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo(
            "every member under 18 needs a guardian's consent covering the incident, and a member"
                + " of this team has none");
    assertThat(e.problems(AR).get(0).message())
        .isEqualTo(
            "يحتاج كل عضو دون الثامنة عشرة إلى موافقة ولي أمر تشمل فترة الحادثة، وفي هذا الفريق"
                + " عضو بلا موافقة");
    for (Locale l : List.of(Locale.ENGLISH, AR)) {
      assertThat(e.problems(l).get(0).message())
          .doesNotContain(minor1.value())
          .doesNotContain(minor2.value());
    }
  }

  /** A need of one shift, day 0 08:00-14:00, with {@code seats} seats. */
  static Need need(String id, int number, int seats) {
    return Flood.need(
        id, number, Flood.role(id, CredentialDemand.NONE, false), new int[] {0, 8, 6, seats});
  }

  @Test
  void changes_to_the_seats_out_of_time_order_are_refused_and_the_series_stays_in_order() {
    for (int i = 0; i < 3; i++) {
      pool.add(Flood.volunteer(i).build());
    }
    IncidentCommand command = Flood.command(pool, ActivationSettings.DEFAULT);
    Need a = need("A", 1, 3);
    command.addNeed(a, minutes(0));
    command.moveTo(IncidentStatus.ACTIVE, minutes(0));
    Wave wave = command.planWave(minutes(10));
    assertThat(wave.offers()).hasSize(3);
    Offer first = wave.offers().get(0);
    Offer second = wave.offers().get(1);
    Offer third = wave.offers().get(2);
    command.answer(first.id(), Answer.ACCEPT, minutes(20));
    command.answer(second.id(), Answer.ACCEPT, minutes(30));
    command.dropOut(first.volunteer(), minutes(40));

    // An acceptance, a need, a drop-out and a team enrolment dated before the drop-out.
    List<Runnable> early =
        List.of(
            () -> command.answer(third.id(), Answer.ACCEPT, minutes(35)),
            () -> command.addNeed(need("B", 2, 1), minutes(35)),
            () -> command.dropOut(second.volunteer(), minutes(35)),
            () ->
                command.enrolTeam(
                    TeamId.of("none"),
                    new Slot(a.id(), a.opportunity().shifts().get(0).id()),
                    minutes(35)));
    for (Runnable r : early) {
      RuleException e = catchThrowableOfType(RuleException.class, r::run);
      assertThat(e.violations()).extracting(v -> v.code()).contains("incident.outOfOrder");
    }
    RuleException e =
        catchThrowableOfType(
            RuleException.class, () -> command.answer(third.id(), Answer.ACCEPT, minutes(35)));
    assertThat(e.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo(
            "this change is dated before the last change to the incident's status, seats or"
                + " filled seats, or this wave before the last wave or answer; give such changes in"
                + " time order");
    assertThat(e.problems(AR).get(0).message())
        .isEqualTo(
            "تاريخ هذا التغيير سابق لآخر تغيير في حالة الحادثة أو في المقاعد أو المقاعد المشغولة،"
                + " أو تاريخ هذه الموجة سابق لآخر موجة أو رد؛ أدخل هذه التغييرات بترتيبها الزمني");
    // Nothing changed: the third offer is still pending, one seat filled, no need B.
    assertThat(command.offers().get(2).status()).isEqualTo(OfferStatus.PENDING);
    assertThat(command.openSeats()).isEqualTo(2);
    assertThat(command.needs()).containsExactly(a);

    // In order, at the drop-out's instant or later, the same changes go through.
    command.answer(third.id(), Answer.ACCEPT, minutes(40));
    command.dropOut(second.volunteer(), minutes(50));
    IncidentReport report = command.report(List.of(), minutes(60));
    // By hand: 3 seats; filled 0 at the need, 1, 2, back to 1, 2 again at 40, 1 at 50.
    assertThat(report.needsMet())
        .containsExactly(
            new IncidentReport.NeedsMet(minutes(0), 3, 0),
            new IncidentReport.NeedsMet(minutes(20), 3, 1),
            new IncidentReport.NeedsMet(minutes(30), 3, 2),
            new IncidentReport.NeedsMet(minutes(40), 3, 1),
            new IncidentReport.NeedsMet(minutes(40), 3, 2),
            new IncidentReport.NeedsMet(minutes(50), 3, 1));
  }
}
