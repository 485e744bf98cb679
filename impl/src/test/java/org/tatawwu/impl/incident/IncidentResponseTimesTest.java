package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentReport;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.OfferStatus;
import org.tatawwu.matching.AssignmentSolver;

/**
 * Response times when offers are answered in another order than they were made, and offers that
 * reach their due time unanswered. Ten offers declined last-made first, one minute apart: the
 * answer times in offer order are 10, 9, ..., 1 minutes; sorted, the median (nearest rank, 5th of
 * 10) is 5 minutes and the 90th percentile (9th) 9 minutes.
 */
class IncidentResponseTimesTest {

  @Test
  void answers_in_reverse_order_and_unanswered_offers_are_counted() {
    Flood.MutablePool pool = new Flood.MutablePool();
    for (int i = 0; i < 16; i++) {
      pool.add(Flood.volunteer(i).build());
    }
    // 160% overbooking: 16 offers for the shift's 10 seats
    IncidentCommand command =
        Flood.command(
            pool,
            new ActivationSettings(
                160, Duration.ofHours(2), AssignmentSolver.Mode.EXACT, Optional.empty()));
    Need many =
        Flood.need(
            "many", 4, Flood.role("many", CredentialDemand.NONE, false), new int[] {2, 8, 6, 10});
    command.addNeed(many, Flood.DECLARED);
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    Instant t = Flood.at("2026-11-19T20:00");
    List<Offer> offers = command.planWave(t).offers();
    // 16 adult volunteers, one shift of 10 seats: one offer each
    assertThat(offers).hasSize(16);
    for (int k = 0; k < 10; k++) {
      command.answer(offers.get(9 - k).id(), Answer.DECLINE, t.plusSeconds(60L * (k + 1)));
    }
    // nothing is due before the two-hour answer window ends
    assertThat(command.expireOverdue(t.plus(Duration.ofHours(2)).minusSeconds(1))).isEmpty();
    List<Offer> lapsed = command.expireOverdue(t.plus(Duration.ofHours(2)));
    assertThat(lapsed)
        .extracting(Offer::id)
        .containsExactlyInAnyOrderElementsOf(
            offers.subList(10, 16).stream().map(Offer::id).toList());
    assertThat(lapsed).extracting(Offer::status).containsOnly(OfferStatus.NO_ANSWER);

    IncidentReport r = command.report(List.of(), t.plus(Duration.ofHours(3)));
    assertThat(r.responses().answered()).isEqualTo(10);
    assertThat(r.responses().median()).isEqualTo(Duration.ofMinutes(5));
    assertThat(r.responses().p90()).isEqualTo(Duration.ofMinutes(9));
    assertThat(r.responses().unanswered()).isEqualTo(6);
    assertThat(r.offers()).isEqualTo(Map.of(OfferStatus.DECLINED, 10, OfferStatus.NO_ANSWER, 6));
  }
}
