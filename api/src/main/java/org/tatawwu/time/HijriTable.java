package org.tatawwu.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import org.tatawwu.validation.InvalidValueException;

/**
 * Converts between Hijri and Gregorian dates. Tables disagree (by a day at month edges on 39% of
 * days between 1924 and 2077): every conversion names its table through {@link #id()}.
 *
 * <p>The default, {@link #ummAlQura()}, is the JDK's {@link HijrahChronology}: the Umm al-Qura
 * calendar, defined for 1300–1600 AH (1882-11-12 to 2174-11-25) only. Implementations are immutable
 * and thread-safe.
 */
public interface HijriTable {
  /**
   * Returns a stable identifier of the table, shown wherever a conversion is shown.
   *
   * @return the identifier, for example {@code umm-al-qura (JDK)}
   */
  String id();

  /**
   * Converts a Hijri date to the Gregorian date it denotes in this table.
   *
   * @param date the Hijri date, not null
   * @return the Gregorian date
   * @throws InvalidValueException with code {@code hijri.outOfRange} outside the table's range, or
   *     {@code hijri.invalid} for a day the month does not have
   */
  LocalDate toGregorian(HijriDate date);

  /**
   * Converts a Gregorian date to the Hijri date in this table.
   *
   * @param date the Gregorian date, not null
   * @return the Hijri date
   * @throws InvalidValueException with code {@code hijri.outOfRange} outside the table's range
   */
  HijriDate toHijri(LocalDate date);

  /**
   * Returns the JDK's Umm al-Qura table (1300–1600 AH).
   *
   * @return the table, a singleton
   */
  static HijriTable ummAlQura() {
    return UmmAlQura.INSTANCE;
  }

  /** The JDK's Umm al-Qura table. */
  enum UmmAlQura implements HijriTable {
    /** The single instance. */
    INSTANCE;

    private static final int MIN_YEAR = 1300;
    private static final int MAX_YEAR = 1600;

    @Override
    public String id() {
      return "umm-al-qura (JDK)";
    }

    @Override
    public LocalDate toGregorian(HijriDate date) {
      if (date.year() < MIN_YEAR || date.year() > MAX_YEAR) {
        throw outOfRange();
      }
      try {
        return LocalDate.from(
            HijrahChronology.INSTANCE.date(date.year(), date.month(), date.day()));
      } catch (DateTimeException e) {
        throw new InvalidValueException(
            "hijri.invalid", "the Hijri month has no such day in the Umm al-Qura calendar");
      }
    }

    @Override
    public HijriDate toHijri(LocalDate date) {
      try {
        HijrahDate h = HijrahChronology.INSTANCE.date(date);
        return new HijriDate(
            h.get(ChronoField.YEAR),
            h.get(ChronoField.MONTH_OF_YEAR),
            h.get(ChronoField.DAY_OF_MONTH));
      } catch (DateTimeException e) {
        throw outOfRange();
      }
    }

    private static InvalidValueException outOfRange() {
      return new InvalidValueException(
          "hijri.outOfRange",
          "the Umm al-Qura calendar covers 1300-1600 AH (1882-11-12 to 2174-11-25) only");
    }
  }
}
