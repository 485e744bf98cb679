package org.tatawwu.impl.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.impl.eligibility.Scenario;
import org.tatawwu.matching.Match;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;
import org.tatawwu.matching.ScoreComponent;
import org.tatawwu.matching.ShiftCatalog;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.Volunteer;

/** Started shifts are never ranked (README "Preconditions"), and a huge k does not overflow. */
class RankerStartedShiftsTest {
  final Ranker ranker =
      Tatawwu.ranker(
          Tatawwu.eligibility(EligibilityPolicy.DEFAULT), MatchWeights.DEFAULT, (v, f) -> 0);

  // Four shifts of one opportunity (Asia/Riyadh), starting on 5, 10, 12 and 20 March 2025 at 08:00.
  static final Instant S4_START = Scenario.at("2025-03-05T08:00");
  static final Instant S1_START = Scenario.at("2025-03-10T08:00");
  static final Instant S2_START = Scenario.at("2025-03-12T08:00");
  static final Instant S3_START = Scenario.at("2025-03-20T08:00");

  static Shift shift(String id, Instant start) {
    return new Shift(ShiftId.of(id), TimeRange.of(start, start.plusSeconds(4 * 3600)), 10);
  }

  static final Opportunity OPPORTUNITY =
      Scenario.opportunity()
          .shifts(
              List.of(
                  shift("S1", S1_START),
                  shift("S2", S2_START),
                  shift("S3", S3_START),
                  shift("S4", S4_START)))
          .build();

  static List<ShiftOffer> offers() {
    List<ShiftOffer> out = new ArrayList<>();
    for (Shift s : OPPORTUNITY.shifts()) {
      out.add(new ShiftOffer(Scenario.entity(), OPPORTUNITY, s));
    }
    return out;
  }

  static ShiftOffer offer(String id) {
    return offers().stream()
        .filter(o -> o.shift().id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  final Volunteer sara = Scenario.volunteer().build();

  private List<String> top(Instant at, int k) {
    ShiftCatalog catalog = ranker.catalog(offers());
    return ranker.topShifts(sara, List.of(), catalog, at, k).stream()
        .map(m -> m.offer().shift().id().value())
        .toList();
  }

  @Test
  void topShifts_leaves_out_every_shift_whose_start_is_at_or_before_the_instant_asked() {
    // Same opportunity, so equal scores: ties broken by shift id.
    assertThat(top(Scenario.ASKED, 10)).containsExactly("S1", "S2", "S3", "S4");
    assertThat(top(S4_START.minusNanos(1), 10)).containsExactly("S1", "S2", "S3", "S4");
    assertThat(top(S4_START, 10)).containsExactly("S1", "S2", "S3");
    assertThat(top(S1_START.minusNanos(1), 10)).containsExactly("S1", "S2", "S3");
    assertThat(top(S1_START, 10)).containsExactly("S2", "S3");
    assertThat(top(S1_START.plusSeconds(1), 10)).containsExactly("S2", "S3");
    // S1 has ended by then (it ran 08:00-12:00 on the 10th).
    assertThat(top(Scenario.at("2025-03-15T00:00"), 10)).containsExactly("S3");
    assertThat(top(S3_START, 10)).isEmpty();
    assertThat(top(Instant.parse("9999-01-01T00:00:00Z"), 10)).isEmpty();
    assertThat(top(Instant.MAX, 10)).isEmpty();
    // k smaller than what is left: the best k of the shifts not started.
    assertThat(top(S1_START, 1)).containsExactly("S2");
  }

  @Test
  void topVolunteers_ranks_nobody_for_a_shift_that_has_already_started() {
    ShiftOffer s1 = offer("S1");
    assertThat(ranker.topVolunteers(s1, List.of(sara), id -> List.of(), S1_START.minusNanos(1), 5))
        .extracting(Match::volunteer)
        .containsExactly(sara.id());
    assertThat(ranker.topVolunteers(s1, List.of(sara), id -> List.of(), S1_START, 5)).isEmpty();
    assertThat(ranker.topVolunteers(s1, List.of(sara), id -> List.of(), Instant.MAX, 5)).isEmpty();
  }

  @Test
  void a_huge_k_returns_every_match_instead_of_overflowing() {
    for (int k :
        new int[] {1 << 30, Integer.MAX_VALUE - 8, Integer.MAX_VALUE - 1, Integer.MAX_VALUE}) {
      assertThat(top(Scenario.ASKED, k)).as("k=%d", k).containsExactly("S1", "S2", "S3", "S4");
    }
    ShiftOffer s2 = offer("S2");
    assertThat(
            ranker.topVolunteers(
                s2, List.of(sara), id -> List.of(), Scenario.ASKED, Integer.MAX_VALUE))
        .extracting(Match::volunteer)
        .containsExactly(sara.id());
  }

  @Test
  void experience_near_long_max_minutes_gives_the_full_weight_instead_of_overflowing() {
    Ranker veteran =
        Tatawwu.ranker(
            Tatawwu.eligibility(EligibilityPolicy.DEFAULT),
            MatchWeights.DEFAULT,
            (v, f) -> Long.MAX_VALUE);
    ShiftOffer s1 = offer("S1");
    // Full points from 50 hours: 150 by DEFAULT, whatever the number of minutes beyond.
    assertThat(veteran.score(sara, List.of(), s1).components().get(ScoreComponent.EXPERIENCE))
        .isEqualTo(150);
    List<Match> top =
        veteran.topShifts(sara, List.of(), veteran.catalog(offers()), Scenario.ASKED, 1);
    assertThat(top).hasSize(1);
    assertThat(top.get(0).score().components().get(ScoreComponent.EXPERIENCE)).isEqualTo(150);
  }
}
