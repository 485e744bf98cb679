package org.tatawwu.time;

/**
 * The calendar in which an age is counted. 18 Hijri years are about 17 years and 5½ months in
 * Gregorian years, so an age rule must say which one it means.
 */
public enum AgeCalendar {
  /**
   * Completed Gregorian years. A person born on 29 February completes a year on 1 March in common
   * years: the anniversary is reached only once 28 February is over ({@link
   * java.time.Period#between} counts so; {@code birth.plusYears(n)} would say 28 February).
   */
  GREGORIAN,
  /**
   * Completed Hijri years in a {@link HijriTable}. A person born on day 30 of a month completes a
   * year on the first day of the next month when the anniversary month has 29 days.
   */
  HIJRI
}
