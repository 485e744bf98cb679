package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.geo.Region;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.NeedId;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.OfferStatus;
import org.tatawwu.incident.SpontaneousIntake;
import org.tatawwu.incident.Wave;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Who stays a candidate after an answer: a volunteer is not offered a need again after declining
 * it, letting it lapse or being refused for it, but stays a candidate for the other needs; one with
 * an accepted shift may be offered another that does not overlap it; a promoted walk-in may take
 * full roles; scaling down withdraws the pending offers. Each scenario has one volunteer (or one
 * walk-in), so that the expected offers follow from the needs' shifts alone.
 */
class CandidacyTest {
  static final VolunteerId V0 = VolunteerId.of("V00000");
  static final VolunteerId WALKIN = VolunteerId.of("S1");

  final Flood.MutablePool pool = new Flood.MutablePool();

  /** A need of one shift of six hours from 08:00 on a day of the incident, with one seat. */
  static Need need(String id, int number, int day, boolean openToSpontaneous) {
    return Flood.need(
        id,
        number,
        Flood.role(id, CredentialDemand.NONE, openToSpontaneous),
        new int[] {day, 8, 6, 1});
  }

  IncidentCommand active(Need... needs) {
    IncidentCommand command = Flood.command(pool, ActivationSettings.DEFAULT);
    for (Need n : needs) {
      command.addNeed(n, Flood.DECLARED);
    }
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    return command;
  }

  static Instant minutes(int m) {
    return Flood.DECLARED.plus(Duration.ofMinutes(m));
  }

  static List<NeedId> needsOffered(Wave wave) {
    return wave.offers().stream().map(o -> o.slot().need()).toList();
  }

  @Test
  void a_volunteer_who_declined_one_need_is_offered_another_and_never_the_declined_one_again() {
    pool.add(Flood.volunteer(0).build());
    Need a = need("A", 1, 0, false);
    Need b = need("B", 2, 1, false);
    IncidentCommand command = active(a, b);

    Wave first = command.planWave(minutes(10));
    assertThat(first.offers()).hasSize(1); // one new offer per volunteer per wave
    Offer asked = first.offers().get(0);
    NeedId declined = asked.slot().need();
    NeedId other = declined.equals(a.id()) ? b.id() : a.id();
    command.answer(asked.id(), Answer.DECLINE, minutes(20));

    Wave second = command.planWave(minutes(30));
    assertThat(needsOffered(second)).containsExactly(other);
    command.answer(second.offers().get(0).id(), Answer.DECLINE, minutes(40));

    // Both declined: nothing left for the only volunteer, however many waves follow.
    assertThat(command.planWave(minutes(50)).offers()).isEmpty();
    assertThat(command.planWave(minutes(60)).offers()).isEmpty();
    assertThat(command.offers()).extracting(o -> o.slot().need()).containsExactly(declined, other);
  }

  @Test
  void a_declined_need_is_not_offered_again_on_another_of_its_shifts() {
    pool.add(Flood.volunteer(0).build());
    Need a =
        Flood.need(
            "A",
            1,
            Flood.role("A", CredentialDemand.NONE, false),
            new int[] {0, 8, 6, 1},
            new int[] {1, 8, 6, 1});
    IncidentCommand command = active(a);
    Wave first = command.planWave(minutes(10));
    assertThat(first.offers()).hasSize(1);
    command.answer(first.offers().get(0).id(), Answer.DECLINE, minutes(20));
    assertThat(command.planWave(minutes(30)).offers()).isEmpty();
  }

  @Test
  void an_offer_left_to_lapse_bars_its_need_only() {
    pool.add(Flood.volunteer(0).build());
    Need a = need("A", 1, 0, false);
    IncidentCommand command = active(a);
    Wave first = command.planWave(minutes(10));
    assertThat(needsOffered(first)).containsExactly(a.id());
    // Past the two-hour window: the next wave records the missed answer.
    Need b = need("B", 2, 2, false);
    command.addNeed(b, minutes(200));
    Wave second = command.planWave(minutes(200));
    assertThat(command.offers().get(0).status()).isEqualTo(OfferStatus.NO_ANSWER);
    assertThat(needsOffered(second)).containsExactly(b.id());
  }

  @Test
  void an_accepted_shift_leaves_the_volunteer_a_candidate_for_shifts_that_do_not_overlap_it() {
    pool.add(Flood.volunteer(0).build());
    Need a = need("A", 1, 0, false); // day 0, 08:00-14:00
    IncidentCommand command = active(a);
    Wave first = command.planWave(minutes(10));
    command.answer(first.offers().get(0).id(), Answer.ACCEPT, minutes(20));
    // B overlaps A (day 0, 10:00-16:00); C is the next day.
    Need b =
        Flood.need("B", 2, Flood.role("B", CredentialDemand.NONE, false), new int[] {0, 10, 6, 1});
    Need c = need("C", 3, 1, false);
    command.addNeed(b, minutes(30));
    command.addNeed(c, minutes(30));
    Wave second = command.planWave(minutes(40));
    assertThat(needsOffered(second)).containsExactly(c.id());
    command.answer(second.offers().get(0).id(), Answer.ACCEPT, minutes(50));
    assertThat(command.planWave(minutes(60)).offers()).isEmpty();
    assertThat(command.openSeats()).isEqualTo(1); // B's seat
  }

  static SpontaneousIntake walkIn(String nationalId) {
    return SpontaneousIntake.builder()
        .nationalId(NationalId.parse(nationalId))
        .nationality(Nationality.of("EG"))
        .name(BilingualText.of("متطوع تلقائي", "Walk-in volunteer"))
        .mobile(MobileNumber.parse("0551234567"))
        .birthDate(BirthDate.ofGregorian(LocalDate.of(1988, 3, 3)))
        .gender(Gender.MALE)
        .region(Region.JAZAN)
        .build();
  }

  @Test
  void a_promoted_walk_in_serving_an_open_role_is_offered_a_full_role() {
    Need shelter = need("shelter", 1, 0, true);
    Need rescue = need("rescue", 2, 1, false);
    IncidentCommand command = active(shelter, rescue);
    command.intake(WALKIN, walkIn("2123456788"), minutes(5));
    Wave first = command.planWave(minutes(10));
    assertThat(needsOffered(first)).containsExactly(shelter.id());
    command.answer(first.offers().get(0).id(), Answer.ACCEPT, minutes(20));
    assertThat(command.planWave(minutes(30)).offers()).isEmpty(); // rescue is not open to them
    command.promote(WALKIN, minutes(40));
    Wave third = command.planWave(minutes(50));
    assertThat(third.offers()).extracting(Offer::volunteer).containsExactly(WALKIN);
    assertThat(needsOffered(third)).containsExactly(rescue.id());
  }

  @Test
  void a_promoted_walk_in_who_declined_an_open_role_is_offered_a_full_role() {
    Need shelter = need("shelter", 1, 0, true);
    Need rescue = need("rescue", 2, 0, false); // the same hours as the shelter
    IncidentCommand command = active(shelter, rescue);
    command.intake(WALKIN, walkIn("2123456788"), minutes(5));
    Wave first = command.planWave(minutes(10));
    assertThat(needsOffered(first)).containsExactly(shelter.id());
    command.answer(first.offers().get(0).id(), Answer.DECLINE, minutes(20));
    command.promote(WALKIN, minutes(40));
    assertThat(needsOffered(command.planWave(minutes(50)))).containsExactly(rescue.id());
  }

  @Test
  void scaling_down_withdraws_the_pending_offers_and_keeps_the_accepted_ones() {
    pool.add(Flood.volunteer(0).build());
    pool.add(Flood.volunteer(1).build());
    Need a = need("A", 1, 0, false);
    Need b = need("B", 2, 0, false); // the same hours: who accepted one cannot take the other
    IncidentCommand command = active(a, b);
    Wave first = command.planWave(minutes(10));
    assertThat(first.offers()).hasSize(2);
    Offer accepted = first.offers().get(0);
    Offer pending = first.offers().get(1);
    command.answer(accepted.id(), Answer.ACCEPT, minutes(20));

    command.moveTo(IncidentStatus.SCALING_DOWN, minutes(30));
    assertThat(command.offers())
        .extracting(Offer::id, Offer::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(accepted.id(), OfferStatus.ACCEPTED),
            org.assertj.core.groups.Tuple.tuple(pending.id(), OfferStatus.WITHDRAWN));
    assertThat(command.offers().get(1).decidedAt()).contains(minutes(30));
    RuleException late =
        catchThrowableOfType(
            RuleException.class, () -> command.answer(pending.id(), Answer.ACCEPT, minutes(40)));
    assertThat(late.violations()).extracting(x -> x.code()).containsExactly("offer.notPending");
    assertThat(late.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo("this offer was already answered or closed (withdrawn)");
    assertThat(command.openSeats()).isEqualTo(1);

    // Active again: a withdrawn offer bars nothing, its volunteer is asked again.
    command.moveTo(IncidentStatus.ACTIVE, minutes(50));
    Wave again = command.planWave(minutes(60));
    assertThat(again.offers())
        .extracting(Offer::volunteer, o -> o.slot().need())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(pending.volunteer(), pending.slot().need()));
  }

  /**
   * The outside check's finding: nothing else changing, a volunteer who accepted one shift is
   * offered the next that overlaps none of theirs, on the same need or another.
   */
  @Test
  void a_volunteer_who_accepted_one_shift_is_offered_the_next_without_anything_else_changing() {
    pool.add(Flood.volunteer(0).build());
    Need a =
        Flood.need(
            "A",
            1,
            Flood.role("A", CredentialDemand.NONE, false),
            new int[] {0, 8, 6, 1},
            new int[] {1, 8, 6, 1});
    Need b = need("B", 2, 2, false);
    IncidentCommand command = active(a, b);
    // One new offer per volunteer per wave: three waves, three shifts on three days.
    for (int wave = 0; wave < 3; wave++) {
      Wave w = command.planWave(minutes(10 + 20 * wave));
      assertThat(w.offers()).as("wave %s", wave + 1).hasSize(1);
      command.answer(w.offers().get(0).id(), Answer.ACCEPT, minutes(20 + 20 * wave));
    }
    assertThat(command.offers())
        .extracting(o -> o.slot().need())
        .containsExactlyInAnyOrder(a.id(), a.id(), b.id());
    assertThat(command.offers()).extracting(Offer::status).containsOnly(OfferStatus.ACCEPTED);
    assertThat(command.openSeats()).isZero();
    assertThat(command.planWave(minutes(80)).offers()).isEmpty();
  }

  /**
   * The outside check's finding: a volunteer suspended since the last plan is not offered a seat
   * that another's decline frees; the wave plans again from the pool as it stands.
   */
  @Test
  void a_volunteer_suspended_since_the_last_plan_is_not_offered_a_freed_seat() {
    for (int n = 0; n < 3; n++) {
      pool.add(Flood.volunteer(n).build());
    }
    IncidentCommand command = active(need("A", 1, 0, false));
    Wave first = command.planWave(minutes(10));
    assertThat(first.offers()).hasSize(1);
    VolunteerId asked = first.offers().get(0).volunteer();
    for (org.tatawwu.volunteer.Volunteer v : List.copyOf(pool.volunteers.values())) {
      if (!v.id().equals(asked)) {
        pool.add(v.withStatus(org.tatawwu.volunteer.VolunteerStatus.SUSPENDED));
      }
    }
    command.answer(first.offers().get(0).id(), Answer.DECLINE, minutes(20));
    assertThat(command.planWave(minutes(30)).offers()).isEmpty();
    assertThat(command.openSeats()).isEqualTo(1);
    // Reinstated, one of them is asked.
    pool.add(Flood.volunteer(asked.equals(V0) ? 1 : 0).build());
    assertThat(command.planWave(minutes(40)).offers()).hasSize(1);
  }

  /** A shift that has ended is never offered; one under way may still be joined. */
  @Test
  void a_shift_that_has_ended_is_not_offered() {
    pool.add(Flood.volunteer(0).build());
    // Day 0, 08:00-14:00 Riyadh: 14 and 20 hours after the declaration (18:00 the evening before).
    Need a = need("A", 1, 0, false);
    assertThat(active(a).planWave(minutes(20 * 60)).offers()).isEmpty();
    assertThat(active(a).planWave(minutes(20 * 60 - 1)).offers()).hasSize(1);
    assertThat(active(a).planWave(minutes(14 * 60 + 30)).offers()).hasSize(1);
  }
}
