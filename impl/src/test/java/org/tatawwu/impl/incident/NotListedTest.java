package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.eligibility.Unmet;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.CandidatePool;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.OfferStatus;
import org.tatawwu.incident.Wave;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A volunteer the pool stops listing for a need is neither offered it by a re-planned wave nor
 * allowed to accept an offer of it made before: the pool's list is read again at each wave and at
 * each acceptance, whatever the seat plan still holds.
 */
class NotListedTest {
  static final int VOLUNTEERS = 4;

  /** The test's pool: every volunteer a candidate for every need, except those delisted. */
  static final class DelistingPool {
    final Flood.MutablePool volunteers = new Flood.MutablePool();
    final Set<VolunteerId> delisted = new HashSet<>();
    final CandidatePool pool =
        Flood.listing(
            volunteers,
            need ->
                volunteers.candidates(need).stream().filter(v -> !delisted.contains(v)).toList());
  }

  static IncidentCommand active(DelistingPool pool) {
    for (int i = 0; i < VOLUNTEERS; i++) {
      pool.volunteers.add(Flood.volunteer(i).build());
    }
    IncidentCommand command = Flood.command(pool.pool, ActivationSettings.DEFAULT);
    Need need =
        Flood.need("A", 1, Flood.role("A", CredentialDemand.NONE, false), new int[] {0, 8, 6, 1});
    command.addNeed(need, Flood.DECLARED);
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    return command;
  }

  static Instant minutes(int m) {
    return Flood.DECLARED.plus(Duration.ofMinutes(m));
  }

  static Set<VolunteerId> all() {
    Set<VolunteerId> ids = new HashSet<>();
    for (int i = 0; i < VOLUNTEERS; i++) {
      ids.add(Flood.volunteer(i).build().id());
    }
    return ids;
  }

  @Test
  void an_offered_volunteer_delisted_before_accepting_is_refused_as_no_longer_a_candidate() {
    DelistingPool pool = new DelistingPool();
    IncidentCommand command = active(pool);
    Offer offer = command.planWave(minutes(10)).offers().get(0);
    pool.delisted.add(offer.volunteer());

    Offer answered = command.answer(offer.id(), Answer.ACCEPT, minutes(20));

    assertThat(answered.status()).isEqualTo(OfferStatus.INELIGIBLE);
    assertThat(command.refusal(offer.id()).orElseThrow().unmet())
        .extracting(Unmet::code)
        .containsExactly("incident.notCandidate");
  }

  @Test
  void a_wave_after_declines_offers_only_volunteers_the_pool_still_lists() {
    // Whoever the first wave offers declines; then all remaining volunteers but one are delisted,
    // for each choice of the one kept: the next wave offers exactly that one.
    Set<VolunteerId> firstOffered = null;
    for (int kept = 0; kept < VOLUNTEERS; kept++) {
      DelistingPool fresh = new DelistingPool();
      IncidentCommand command = active(fresh);
      Wave first = command.planWave(minutes(10));
      Set<VolunteerId> offered = new HashSet<>();
      for (Offer o : first.offers()) {
        offered.add(o.volunteer());
        command.answer(o.id(), Answer.DECLINE, minutes(20));
      }
      if (firstOffered == null) {
        firstOffered = offered;
      }
      assertThat(offered).isEqualTo(firstOffered); // deterministic
      VolunteerId keep = Flood.volunteer(kept).build().id();
      if (offered.contains(keep)) {
        continue;
      }
      Set<VolunteerId> others = all();
      others.removeAll(offered);
      others.remove(keep);
      fresh.delisted.addAll(others);

      Wave second = command.planWave(minutes(30));

      assertThat(second.offers()).extracting(Offer::volunteer).containsExactly(keep);
    }
    assertThat(firstOffered).hasSizeLessThan(VOLUNTEERS - 1); // some choices were exercised
  }
}
