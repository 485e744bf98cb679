package org.tatawwu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.text.BilingualText;
import org.tatawwu.volunteer.VolunteerId;

class IncidentRecordsTest {
  static final Instant SENT = Instant.parse("2025-03-01T05:00:00Z");
  static final VolunteerId LEAD = VolunteerId.of("lead");
  static final VolunteerId A = VolunteerId.of("a");
  static final VolunteerId B = VolunteerId.of("b");

  static Offer.Builder offer() {
    return Offer.builder()
        .id(OfferId.of("O-1"))
        .volunteer(A)
        .slot(new Slot(NeedId.of("N-1"), ShiftId.of("s")))
        .wave(1)
        .sentAt(SENT)
        .dueAt(SENT.plusSeconds(3600))
        .status(OfferStatus.PENDING)
        .decidedAt(Optional.empty());
  }

  @Test
  void an_offer_is_due_after_it_is_sent_and_decided_exactly_when_not_pending() {
    assertThat(offer().wave(0).build().wave()).isZero();
    assertThatThrownBy(() -> offer().wave(-1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> offer().dueAt(SENT).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(offer().dueAt(SENT.plusSeconds(1)).build().dueAt()).isEqualTo(SENT.plusSeconds(1));
    assertThatThrownBy(() -> offer().decidedAt(SENT).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> offer().status(OfferStatus.ACCEPTED).build())
        .isInstanceOf(IllegalArgumentException.class);
    Offer accepted = offer().build().withStatus(OfferStatus.ACCEPTED, SENT.plusSeconds(60));
    assertThat(accepted.status()).isEqualTo(OfferStatus.ACCEPTED);
    assertThat(accepted.decidedAt()).contains(SENT.plusSeconds(60));
    assertThat(accepted.id()).isEqualTo(OfferId.of("O-1"));
    assertThat(accepted.wave()).isEqualTo(1);
    assertThat(accepted.dueAt()).isEqualTo(SENT.plusSeconds(3600));
  }

  @Test
  void a_team_lists_each_volunteer_once_lead_first() {
    Team t = new Team(TeamId.of("T-1"), BilingualText.of("فريق", "Team"), LEAD, List.of(A, B));
    assertThat(t.everyone()).containsExactly(LEAD, A, B);
    assertThat(t.size()).isEqualTo(3);
    assertThat(new Team(TeamId.of("T-2"), BilingualText.of("فريق", "Team"), LEAD, List.of()).size())
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                new Team(
                    TeamId.of("T-1"), BilingualText.of("فريق", "Team"), LEAD, List.of(A, LEAD)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Team(TeamId.of("T-1"), BilingualText.of("فريق", "Team"), LEAD, List.of(A, A)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void waves_are_numbered_from_one_with_zero_or_more_open_seats() {
    assertThat(new Wave(1, SENT, List.of(), 0).openSeats()).isZero();
    assertThatThrownBy(() -> new Wave(0, SENT, List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Wave(1, SENT, List.of(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Appraisal.Builder appraisal() {
    return Appraisal.builder()
        .need(NeedId.of("N-1"))
        .volunteer(A)
        .direction(Appraisal.Direction.LEAD_OF_VOLUNTEER)
        .rating(4)
        .comment("arrived late")
        .at(SENT);
  }

  @Test
  void an_appraisal_rates_one_to_five_with_a_comment_of_at_most_2000_characters() {
    assertThat(appraisal().rating(1).build().rating()).isEqualTo(1);
    assertThat(appraisal().rating(5).build().rating()).isEqualTo(5);
    assertThatThrownBy(() -> appraisal().rating(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> appraisal().rating(6).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(appraisal().comment("x".repeat(2000)).build().comment()).hasSize(2000);
    assertThatThrownBy(() -> appraisal().comment("x".repeat(2001)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_appraisal_prints_without_its_comment() {
    assertThat(appraisal().build().toString())
        .isEqualTo("Appraisal[need=N-1, volunteer=a, direction=LEAD_OF_VOLUNTEER, rating=4]")
        .doesNotContain("late");
  }
}
