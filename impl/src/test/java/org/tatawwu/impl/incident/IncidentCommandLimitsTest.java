package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.CandidatePool;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.OfferStatus;
import org.tatawwu.incident.Wave;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The command's limits and the dates of answers: seats of an incident, the size of a wave, a pool
 * naming a volunteer twice, answers dated before the offer or at its due time.
 */
class IncidentCommandLimitsTest {
  static final Locale AR = Locale.forLanguageTag("ar");
  final Flood.MutablePool pool = new Flood.MutablePool();
  IncidentCommand command;

  @BeforeEach
  void flood() {
    for (int i = 0; i < 6; i++) {
      pool.add(Flood.volunteer(i).build());
    }
    command = Flood.command(pool, ActivationSettings.DEFAULT);
    command.addNeed(shelter("shelter", 2, 2), Flood.DECLARED);
  }

  /** A need open to anyone, one shift on the first day of the given seats per shift. */
  static Need shelter(String id, long number, int... seats) {
    int[][] shifts = new int[seats.length][];
    for (int i = 0; i < seats.length; i++) {
      shifts[i] = new int[] {i % 14, 8, 6, seats[i]};
    }
    return Flood.need(id, number, Flood.role(id, CredentialDemand.NONE, true), shifts);
  }

  static List<String> codes(RuleException e) {
    return e.violations().stream().map(v -> v.code()).toList();
  }

  @Test
  void a_need_holds_at_most_a_million_seats() {
    int[] tenFull = IntStream.generate(() -> 100_000).limit(10).toArray();
    assertThat(shelter("big", 3, tenFull).seats()).isEqualTo(1_000_000);
    int[] elevenFull = IntStream.generate(() -> 100_000).limit(11).toArray();
    assertThatThrownBy(() -> shelter("bigger", 4, elevenFull))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("need.tooManySeats");
    // 21,475 full shifts would overflow an int sum: refused all the same.
    int[] overflow = IntStream.generate(() -> 100_000).limit(21_475).toArray();
    assertThatThrownBy(() -> shelter("overflow", 5, overflow))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_needs_of_an_incident_hold_at_most_a_million_seats_and_a_refused_need_adds_nothing() {
    // 2 seats already; 9 full shifts and 99,998 seats make exactly 1,000,000.
    int[] rest = new int[10];
    java.util.Arrays.fill(rest, 0, 9, 100_000);
    rest[9] = 99_998;
    command.addNeed(shelter("field", 3, rest), Flood.DECLARED);
    assertThat(command.openSeats()).isEqualTo(1_000_000);
    RuleException e =
        catchThrowableOfType(
            RuleException.class, () -> command.addNeed(shelter("one", 4, 1), Flood.DECLARED));
    assertThat(codes(e)).containsExactly("incident.tooManySeats");
    assertThat(e.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo("an incident's needs hold at most 1000000 seats together");
    assertThat(e.problems(AR).get(0).message())
        .isEqualTo("لا تتجاوز مقاعد احتياجات الحادثة مجتمعةً 1000000 مقعد");
    assertThat(command.needs()).hasSize(2);
    assertThat(command.openSeats()).isEqualTo(1_000_000);
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    assertThat(command.planWave(Flood.at("2026-11-19T19:00")).offers()).hasSize(6);
  }

  @Test
  void a_volunteer_named_twice_by_the_pool_is_offered_once() {
    CandidatePool twice =
        Flood.listing(
            pool,
            need -> {
              List<VolunteerId> ids = new ArrayList<>(pool.candidates(need));
              ids.addAll(pool.candidates(need));
              return ids;
            });
    IncidentCommand doubled = Flood.command(twice, ActivationSettings.DEFAULT);
    doubled.addNeed(shelter("shelter", 2, 2), Flood.DECLARED);
    doubled.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    Instant t = Flood.at("2026-11-19T19:00");
    List<Offer> offers = doubled.planWave(t).offers();
    // Each offer to another volunteer, the same offers as from the plain pool.
    assertThat(offers).isNotEmpty();
    assertThat(offers.stream().map(Offer::volunteer).distinct()).hasSameSizeAs(offers);
    assertThat(offers.stream().map(Offer::volunteer).toList())
        .isEqualTo(command.planWave(t).offers().stream().map(Offer::volunteer).toList());
  }

  @Test
  void an_answer_is_dated_from_the_offer_sent_until_before_its_due_time() {
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    Instant t = Flood.at("2026-11-19T19:00");
    Wave wave = command.planWave(t);
    Offer first = wave.offers().get(0);
    Offer second = wave.offers().get(1);
    RuleException early =
        catchThrowableOfType(
            RuleException.class,
            () -> command.answer(first.id(), Answer.ACCEPT, t.minusSeconds(1)));
    assertThat(codes(early)).containsExactly("offer.answerBeforeSent");
    assertThat(early.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo("an answer cannot be dated before its offer was sent");
    assertThat(command.offers().get(0).status()).isEqualTo(OfferStatus.PENDING);
    assertThat(command.answer(first.id(), Answer.ACCEPT, t).status())
        .isEqualTo(OfferStatus.ACCEPTED);
    RuleException due =
        catchThrowableOfType(
            RuleException.class, () -> command.answer(second.id(), Answer.ACCEPT, second.dueAt()));
    assertThat(codes(due)).containsExactly("offer.overdue");
    assertThat(command.answer(second.id(), Answer.DECLINE, second.dueAt().minusNanos(1)).status())
        .isEqualTo(OfferStatus.DECLINED);
  }

  @Test
  void a_wave_of_more_than_a_hundred_million_pairs_is_refused_and_counts_no_wave() {
    // 1,000 shifts of 1 seat, and a pool listing 100,001 ids (none of them need exist): 100,001,000
    // pairs.
    int[] seats = IntStream.generate(() -> 1).limit(1_000).toArray();
    boolean[] wide = {true};
    CandidatePool listing =
        Flood.listing(
            pool,
            need -> {
              if (!wide[0]) {
                return pool.candidates(need);
              }
              List<VolunteerId> ids = new ArrayList<>(pool.candidates(need));
              for (int i = 0; ids.size() < 100_001; i++) {
                ids.add(VolunteerId.of(String.format(Locale.ROOT, "X%06d", i)));
              }
              return ids;
            });
    IncidentCommand big = Flood.command(listing, ActivationSettings.DEFAULT);
    big.addNeed(shelter("many", 3, seats), Flood.DECLARED);
    big.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    Instant t = Flood.at("2026-11-19T19:00");
    RuleException e = catchThrowableOfType(RuleException.class, () -> big.planWave(t));
    assertThat(codes(e)).containsExactly("wave.tooLarge");
    assertThat(e.problems(AR).get(0).message()).contains("100000000");
    assertThat(big.offers()).isEmpty();
    wide[0] = false;
    assertThat(big.planWave(t).number()).isEqualTo(1);
  }
}
