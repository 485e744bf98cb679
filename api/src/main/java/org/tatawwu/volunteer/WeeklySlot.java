package org.tatawwu.volunteer;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import org.tatawwu.validation.InvalidValueException;

/**
 * A weekly window of availability, {@code [from, until)} in local time on one day of the week.
 * {@code until} equal to {@link LocalTime#MIDNIGHT} means to the end of the day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param day the day of the week, not null
 * @param from the first minute, not null
 * @param until the end (exclusive); after {@code from}, or midnight for the end of the day
 */
public record WeeklySlot(DayOfWeek day, LocalTime from, LocalTime until) {
  /**
   * Checks the order.
   *
   * @param day the day of the week, not null
   * @param from the first minute, not null
   * @param until the end (exclusive); after {@code from}, or midnight for the end of the day, not
   *     null
   */
  public WeeklySlot {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (!until.equals(LocalTime.MIDNIGHT) && !until.isAfter(from)) {
      throw new InvalidValueException("timeRange.order", "a weekly slot must end after it starts");
    }
  }

  /**
   * Creates a slot.
   *
   * @param day the day, not null
   * @param from the start, not null
   * @param until the end, after start or midnight
   * @return the slot
   */
  public static WeeklySlot of(DayOfWeek day, LocalTime from, LocalTime until) {
    return new WeeklySlot(day, from, until);
  }

  /**
   * Returns whether the slot covers {@code [start, end)} on its day, where {@code end} midnight
   * means the end of the day.
   *
   * @param start the local start, not null
   * @param end the local end, not null
   * @return true when covered
   */
  public boolean covers(LocalTime start, LocalTime end) {
    boolean endOfDay = end.equals(LocalTime.MIDNIGHT);
    boolean slotToEnd = until.equals(LocalTime.MIDNIGHT);
    return !start.isBefore(from) && (slotToEnd || (!endOfDay && !end.isAfter(until)));
  }
}
