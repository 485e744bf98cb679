package org.tatawwu.hours;

/**
 * The period totals are grouped by, on the local date the work started in the opportunity's zone.
 * Labels: {@code 2025-03-10} (day), {@code 2025-W11} (ISO week), {@code 2025-03} (month), {@code
 * 2025} (year), {@code 1446-09} (Hijri month, Umm al-Qura), {@code 1446} (Hijri year); the whole
 * range is labelled {@code all}.
 */
public enum Bucket {
  /** No period: one bucket for the whole range. */
  NONE,
  /** Gregorian day. */
  DAY,
  /** ISO week (Monday to Sunday). */
  WEEK,
  /** Gregorian month. */
  MONTH,
  /** Gregorian year. */
  YEAR,
  /** Hijri month in the Umm al-Qura calendar. */
  HIJRI_MONTH,
  /** Hijri year in the Umm al-Qura calendar. */
  HIJRI_YEAR
}
