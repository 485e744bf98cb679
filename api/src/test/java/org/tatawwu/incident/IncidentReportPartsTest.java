package org.tatawwu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentReportPartsTest {
  static final Instant T = Instant.parse("2025-03-01T05:00:00Z");

  @Test
  void seats_filled_lie_between_zero_and_the_seats() {
    assertThat(new IncidentReport.NeedsMet(T, 0, 0).filled()).isZero();
    assertThat(new IncidentReport.NeedsMet(T, 5, 5).filled()).isEqualTo(5);
    assertThatThrownBy(() -> new IncidentReport.NeedsMet(T, 5, 6))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IncidentReport.NeedsMet(T, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IncidentReport.NeedsMet(T, 5, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void response_counts_are_zero_or_more() {
    Duration m = Duration.ofMinutes(3);
    assertThat(new IncidentReport.Responses(0, m, m, 0).answered()).isZero();
    assertThatThrownBy(() -> new IncidentReport.Responses(-1, m, m, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IncidentReport.Responses(0, m, m, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ratings_are_one_to_five_each_and_their_mean_is_the_sum_over_the_count() {
    assertThat(new IncidentReport.Ratings(0, 0).mean()).isZero();
    assertThat(new IncidentReport.Ratings(4, 4).mean()).isEqualTo(1.0);
    assertThat(new IncidentReport.Ratings(4, 20).mean()).isEqualTo(5.0);
    assertThat(new IncidentReport.Ratings(4, 13).mean()).isEqualTo(3.25);
    assertThatThrownBy(() -> new IncidentReport.Ratings(4, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IncidentReport.Ratings(4, 21))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IncidentReport.Ratings(-1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
