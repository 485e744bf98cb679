package org.tatawwu.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.tatawwu.validation.InvalidValueException;

/**
 * A half-open range of instants {@code [start, end)}: back-to-back ranges do not overlap. Durations
 * are exact on the time line, so ranges that cross midnight or a DST change are measured right.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the first instant in the range, not null
 * @param end the first instant after the range, strictly after {@code start}
 */
public record TimeRange(Instant start, Instant end) implements Comparable<TimeRange> {
  /**
   * Checks that the range is not empty.
   *
   * @param start the first instant in the range, not null
   * @param end the first instant after the range, strictly after {@code start}, not null
   * @throws InvalidValueException with code {@code timeRange.order} if end is not after start
   */
  public TimeRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new InvalidValueException("timeRange.order", "a time range must end after it starts");
    }
  }

  /**
   * Creates a range.
   *
   * @param start the start, not null
   * @param end the end, after start
   * @return the range
   * @throws InvalidValueException if end is not after start
   */
  public static TimeRange of(Instant start, Instant end) {
    return new TimeRange(start, end);
  }

  /**
   * Returns the exact length of the range.
   *
   * @return the duration, positive
   */
  public Duration duration() {
    // Exact for any two instants: their seconds differ by less than a long's range.
    Instant from = start;
    Instant to = end;
    return Duration.ofSeconds(
        to.getEpochSecond() - from.getEpochSecond(), (long) to.getNano() - from.getNano());
  }

  /**
   * Returns whether the two ranges share an instant. {@code [9,12)} and {@code [12,15)} do not.
   *
   * @param other the other range, not null
   * @return true when they overlap
   */
  public boolean overlaps(TimeRange other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /**
   * Returns whether this range contains the other entirely.
   *
   * @param other the other range, not null
   * @return true when {@code other} lies within this range
   */
  public boolean encloses(TimeRange other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  @Override
  public int compareTo(TimeRange other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : end.compareTo(other.end);
  }
}
