package org.tatawwu.opportunity;

import java.util.Objects;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.InvalidValueException;

/**
 * A shift of an opportunity: a half-open time range and the seats it has.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param time when the shift runs, {@code [start, end)}, not null
 * @param capacity the number of seats, 1 to 100,000
 */
public record Shift(ShiftId id, TimeRange time, int capacity) {
  /** The largest capacity of one shift. */
  public static final int MAX_CAPACITY = 100_000;

  /**
   * Checks the capacity.
   *
   * @param id the identifier, not null
   * @param time when the shift runs, {@code [start, end)}, not null
   * @param capacity the number of seats, 1 to 100,000
   * @throws InvalidValueException with code {@code shift.capacity}
   */
  public Shift {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(time, "time");
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new InvalidValueException("shift.capacity", "a shift has 1 to 100000 seats");
    }
  }
}
