package org.tatawwu.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

class TimeRangeTest {
  private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static Instant at(String local, ZoneId zone) {
    return LocalDateTime.parse(local).atZone(zone).toInstant();
  }

  @Test
  void back_to_back_ranges_do_not_overlap() {
    TimeRange morning =
        TimeRange.of(at("2025-03-01T08:00", RIYADH), at("2025-03-01T12:00", RIYADH));
    TimeRange afternoon =
        TimeRange.of(at("2025-03-01T12:00", RIYADH), at("2025-03-01T16:00", RIYADH));
    TimeRange lunch = TimeRange.of(at("2025-03-01T11:59", RIYADH), at("2025-03-01T12:30", RIYADH));
    assertThat(morning.overlaps(afternoon)).isFalse();
    assertThat(afternoon.overlaps(morning)).isFalse();
    assertThat(lunch.overlaps(morning)).isTrue();
    assertThat(lunch.overlaps(afternoon)).isTrue();
  }

  @Test
  void a_shift_past_midnight_has_a_positive_duration() {
    TimeRange night = TimeRange.of(at("2025-03-01T22:00", RIYADH), at("2025-03-02T02:00", RIYADH));
    assertThat(night.duration()).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void durations_across_dst_changes_are_exact() {
    // Europe/Berlin springs forward on 2025-03-30 at 02:00 and falls back on 2025-10-26 at 03:00.
    TimeRange spring = TimeRange.of(at("2025-03-30T00:00", BERLIN), at("2025-03-30T06:00", BERLIN));
    TimeRange autumn = TimeRange.of(at("2025-10-26T00:00", BERLIN), at("2025-10-26T06:00", BERLIN));
    assertThat(spring.duration()).isEqualTo(Duration.ofHours(5));
    assertThat(autumn.duration()).isEqualTo(Duration.ofHours(7));
  }

  @Test
  void rejects_empty_and_reversed_ranges() {
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    assertThatThrownBy(() -> TimeRange.of(t, t)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> TimeRange.of(t, t.minusSeconds(1)))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("timeRange.order");
  }

  @Test
  void encloses_is_inclusive_of_both_ends() {
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    TimeRange outer = TimeRange.of(t, t.plusSeconds(100));
    assertThat(outer.encloses(outer)).isTrue();
    assertThat(outer.encloses(TimeRange.of(t.plusSeconds(1), t.plusSeconds(100)))).isTrue();
    assertThat(outer.encloses(TimeRange.of(t.plusSeconds(1), t.plusSeconds(101)))).isFalse();
  }

  @Test
  void date_ranges_include_both_ends() {
    DateRange r =
        DateRange.of(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 1, 31));
    assertThat(r.contains(java.time.LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(r.contains(java.time.LocalDate.of(2025, 1, 31))).isTrue();
    assertThat(r.contains(java.time.LocalDate.of(2025, 2, 1))).isFalse();
    assertThat(r.contains(java.time.LocalDate.of(2024, 12, 31))).isFalse();
    assertThatThrownBy(
            () ->
                DateRange.of(
                    java.time.LocalDate.of(2025, 1, 2), java.time.LocalDate.of(2025, 1, 1)))
        .isInstanceOf(InvalidValueException.class);
  }
}
