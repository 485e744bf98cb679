package org.tatawwu.volunteer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;

/**
 * When a volunteer can serve: weekly windows in a time zone, optionally limited to date ranges.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param zone the zone the windows are in, not null
 * @param weekly the weekly windows; empty means any time of the week
 * @param periods the date ranges the volunteer is available in; empty means any date
 */
public record Availability(ZoneId zone, List<WeeklySlot> weekly, List<DateRange> periods) {
  /** Always available, in Asia/Riyadh. */
  public static final Availability ALWAYS =
      new Availability(ZoneId.of("Asia/Riyadh"), List.of(), List.of());

  /**
   * Copies the lists.
   *
   * @param zone the zone the windows are in, not null
   * @param weekly the weekly windows; empty means any time of the week
   * @param periods the date ranges the volunteer is available in; empty means any date
   */
  public Availability {
    Objects.requireNonNull(zone, "zone");
    weekly = List.copyOf(weekly);
    periods = List.copyOf(periods);
  }

  /**
   * Returns whether the volunteer is available for the whole range. A range that crosses midnight
   * (in {@link #zone()}) must be covered on each local day it touches.
   *
   * <p>Complexity: O(d × (w + p)) for d local days touched, w windows and p periods.
   *
   * @param range the range, not null
   * @return true when every instant of the range is covered
   */
  public boolean covers(TimeRange range) {
    if (weekly.isEmpty() && periods.isEmpty()) {
      return true;
    }
    ZonedDateTime start = range.start().atZone(zone);
    ZonedDateTime end = range.end().atZone(zone);
    LocalDate day = start.toLocalDate();
    LocalDate lastDay =
        end.toLocalTime().equals(LocalTime.MIDNIGHT)
            ? end.toLocalDate().minusDays(1)
            : end.toLocalDate();
    while (!day.isAfter(lastDay)) {
      LocalTime from = day.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIDNIGHT;
      LocalTime to = day.equals(end.toLocalDate()) ? end.toLocalTime() : LocalTime.MIDNIGHT;
      if (!coversDay(day, from, to)) {
        return false;
      }
      day = day.plusDays(1);
    }
    return true;
  }

  private boolean coversDay(LocalDate day, LocalTime from, LocalTime to) {
    if (!periods.isEmpty() && periods.stream().noneMatch(p -> p.contains(day))) {
      return false;
    }
    return weekly.isEmpty()
        || weekly.stream().anyMatch(s -> s.day() == day.getDayOfWeek() && s.covers(from, to));
  }
}
