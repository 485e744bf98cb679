package org.tatawwu.impl.eligibility;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.tatawwu.time.AgeCalendar;
import org.tatawwu.time.HijriDate;
import org.tatawwu.time.HijriTable;
import org.tatawwu.volunteer.BirthDate;

/** Age arithmetic shared by the age and minors criteria. */
final class Ages {
  private Ages() {}

  /**
   * Completed years on a day; Gregorian without allocation (same rule as {@link
   * java.time.Period#between}: a 29 February birthday completes a year on 1 March in common years).
   */
  static int ageOn(BirthDate birth, LocalDate day, AgeCalendar calendar) {
    if (calendar == AgeCalendar.HIJRI) {
      return birth.ageOn(day, calendar);
    }
    LocalDate b = birth.toLocalDate();
    if (!day.isAfter(b)) {
      return 0;
    }
    int years = day.getYear() - b.getYear();
    int dm = day.getMonthValue() - b.getMonthValue();
    if (dm < 0 || (dm == 0 && day.getDayOfMonth() < b.getDayOfMonth())) {
      years--;
    }
    return years;
  }

  /** The first day on which the person has completed {@code years} years. */
  static LocalDate reaches(BirthDate birth, int years, AgeCalendar calendar) {
    if (calendar == AgeCalendar.GREGORIAN) {
      LocalDate b = birth.toLocalDate();
      LocalDate anniversary = b.plusYears(years);
      // plusYears clamps 29 February to 28 February; the anniversary is reached on 1 March.
      return anniversary.getDayOfMonth() != b.getDayOfMonth()
          ? anniversary.plusDays(1)
          : anniversary;
    }
    HijriDate h = birth.toHijri();
    HijriTable table = birth.table();
    try {
      return table.toGregorian(HijriDate.of(h.year() + years, h.month(), h.day()));
    } catch (DateTimeException | IllegalArgumentException e) {
      // Day 30 of a 29-day month: reached on the first day of the next month.
      int month = h.month() == 12 ? 1 : h.month() + 1;
      int year = h.month() == 12 ? h.year() + years + 1 : h.year() + years;
      return table.toGregorian(HijriDate.of(year, month, 1));
    }
  }
}
