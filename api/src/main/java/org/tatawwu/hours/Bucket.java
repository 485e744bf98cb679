package org.tatawwu.hours;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.tatawwu.time.HijriDate;
import org.tatawwu.time.HijriTable;
import org.tatawwu.validation.InvalidValueException;

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
  HIJRI_YEAR;

  /**
   * Returns the label of the period a day falls in ({@code outside-umm-al-qura} for a Hijri bucket
   * outside 1300–1600 AH).
   *
   * @param day the day, not null
   * @return the label
   */
  public String labelOf(LocalDate day) {
    return switch (this) {
      case NONE -> "all";
      case DAY -> day.toString();
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              day.get(IsoFields.WEEK_BASED_YEAR),
              day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> day.toString().substring(0, 7);
      case YEAR -> Integer.toString(day.getYear());
      case HIJRI_MONTH, HIJRI_YEAR -> {
        try {
          HijriDate h = HijriTable.ummAlQura().toHijri(day);
          yield this == HIJRI_YEAR ? Integer.toString(h.year()) : h.toString().substring(0, 7);
        } catch (InvalidValueException e) {
          yield "outside-umm-al-qura";
        }
      }
    };
  }
}
