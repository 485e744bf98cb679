package org.tatawwu.time;

import java.time.LocalDate;
import java.util.Objects;
import org.tatawwu.validation.InvalidValueException;

/**
 * A closed range of days {@code [first, last]}, both included: an opportunity's dates, an
 * accreditation's validity.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param first the first day, not null
 * @param last the last day, not before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {
  /**
   * Checks the order.
   *
   * @param first the first day, not null
   * @param last the last day, not before {@code first}, not null
   * @throws InvalidValueException with code {@code dateRange.order} if last is before first
   */
  public DateRange {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new InvalidValueException(
          "dateRange.order", "a date range must not end before it starts");
    }
  }

  /**
   * Creates a range.
   *
   * @param first the first day, not null
   * @param last the last day, not before first
   * @return the range
   */
  public static DateRange of(LocalDate first, LocalDate last) {
    return new DateRange(first, last);
  }

  /**
   * Returns whether the day lies in the range, both ends included.
   *
   * @param day the day, not null
   * @return true when {@code first <= day <= last}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
