package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;

class AvailabilityTest {
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

  static TimeRange local(String from, String to) {
    return TimeRange.of(
        LocalDateTime.parse(from).atZone(RIYADH).toInstant(),
        LocalDateTime.parse(to).atZone(RIYADH).toInstant());
  }

  // 2025-03-01 is a Saturday.
  final Availability weekends =
      new Availability(
          RIYADH,
          List.of(
              WeeklySlot.of(DayOfWeek.FRIDAY, LocalTime.of(16, 0), LocalTime.MIDNIGHT),
              WeeklySlot.of(DayOfWeek.SATURDAY, LocalTime.of(0, 0), LocalTime.of(14, 0))),
          List.of(DateRange.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31))));

  @Test
  void covers_a_shift_inside_a_window_up_to_its_end() {
    assertThat(weekends.covers(local("2025-03-01T08:00", "2025-03-01T14:00"))).isTrue();
    assertThat(weekends.covers(local("2025-03-01T08:00", "2025-03-01T14:01"))).isFalse();
  }

  @Test
  void covers_a_shift_across_midnight_only_if_both_days_are_covered() {
    assertThat(weekends.covers(local("2025-02-28T22:00", "2025-03-01T02:00"))).isTrue();
    assertThat(weekends.covers(local("2025-03-01T22:00", "2025-03-02T02:00"))).isFalse();
    assertThat(weekends.covers(local("2025-02-28T20:00", "2025-03-01T00:00"))).isTrue();
  }

  @Test
  void respects_the_date_ranges() {
    assertThat(weekends.covers(local("2025-04-05T08:00", "2025-04-05T10:00"))).isFalse();
    assertThat(Availability.ALWAYS.covers(local("2030-01-01T03:00", "2030-01-05T03:00"))).isTrue();
  }

  @Test
  void reads_windows_in_its_own_zone() {
    Availability utc = new Availability(ZoneId.of("UTC"), weekends.weekly(), List.of());
    // 08:00-10:00 Riyadh on Saturday is 05:00-07:00 UTC on Saturday.
    assertThat(utc.covers(local("2025-03-01T08:00", "2025-03-01T10:00"))).isTrue();
    // 02:00 Riyadh on Saturday is 23:00 UTC on Friday: inside Friday's 16:00-24:00.
    assertThat(utc.covers(local("2025-03-01T02:00", "2025-03-01T03:00"))).isTrue();
  }
}
