package org.tatawwu.volunteer;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.time.AgeCalendar;
import org.tatawwu.time.HijriDate;
import org.tatawwu.time.HijriTable;
import org.tatawwu.validation.InvalidValueException;

/**
 * A birth date kept as the person entered it, in its calendar. A Hijri birth date is converted to
 * Gregorian once, through a named {@link HijriTable}, and never round-tripped: a Hijri age is
 * counted from the Hijri date as entered.
 *
 * <p>Sensitive: {@link #toString()} never shows the date. This class is immutable and thread-safe.
 */
public final class BirthDate {
  private final LocalDate gregorian;
  private final @Nullable HijriDate enteredHijri;
  private final HijriTable table;

  private BirthDate(LocalDate gregorian, @Nullable HijriDate enteredHijri, HijriTable table) {
    this.gregorian = gregorian;
    this.enteredHijri = enteredHijri;
    this.table = table;
  }

  /** The earliest plausible birth date: 1 January 1900. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /**
   * The latest birth date held: 2174-11-25, the last day of the Umm al-Qura table (1600-12-30 AH),
   * so that every birth date has a Hijri view. Whether a date lies in the future is for the caller
   * to check against its clock (the registration's validation does).
   */
  public static final LocalDate LATEST = LocalDate.of(2174, 11, 25);

  /**
   * A birth date entered in the Gregorian calendar; Hijri views use the Umm al-Qura table.
   *
   * @param date the date, not null, from {@link #EARLIEST} to {@link #LATEST}
   * @return the birth date
   * @throws InvalidValueException with code {@code birthDate.range} outside that range
   */
  public static BirthDate ofGregorian(LocalDate date) {
    return new BirthDate(
        plausible(Objects.requireNonNull(date, "date")), null, HijriTable.ummAlQura());
  }

  /**
   * Returns whether a Gregorian day is a plausible birth date: from {@link #EARLIEST} to {@link
   * #LATEST}.
   *
   * @param date the day, not null
   * @return true inside the range
   */
  public static boolean isPlausible(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  private static LocalDate plausible(LocalDate date) {
    if (!isPlausible(date)) {
      throw new InvalidValueException(
          "birthDate.range", "a birth date lies from 1900-01-01 to the end of the Hijri table");
    }
    return date;
  }

  /**
   * A birth date entered in the Hijri calendar, converted with the Umm al-Qura table.
   *
   * @param date the Hijri date, not null
   * @return the birth date
   * @throws InvalidValueException with code {@code hijri.outOfRange} outside 1300–1600 AH, {@code
   *     hijri.invalid} for a day the month does not have, or {@code birthDate.range} before {@link
   *     #EARLIEST}
   */
  public static BirthDate ofHijri(HijriDate date) {
    return ofHijri(date, HijriTable.ummAlQura());
  }

  /**
   * A birth date entered in the Hijri calendar, converted with the given table.
   *
   * @param date the Hijri date, not null
   * @param table the conversion table, not null
   * @return the birth date
   * @throws InvalidValueException if the table cannot convert the date, or with code {@code
   *     birthDate.range} if it converts to a day outside {@link #EARLIEST} to {@link #LATEST}
   */
  public static BirthDate ofHijri(HijriDate date, HijriTable table) {
    return new BirthDate(plausible(table.toGregorian(date)), date, table);
  }

  /**
   * Returns the Gregorian date (converted with {@link #table()} if entered in Hijri).
   *
   * @return the date
   */
  public LocalDate toLocalDate() {
    return gregorian;
  }

  /**
   * Returns the Hijri date: as entered, or converted with {@link #table()}.
   *
   * @return the Hijri date
   * @throws InvalidValueException with code {@code hijri.outOfRange} if a Gregorian date lies
   *     outside the table
   */
  public HijriDate toHijri() {
    return enteredHijri != null ? enteredHijri : table.toHijri(gregorian);
  }

  /**
   * Returns the Hijri date as entered, if the person entered a Hijri date.
   *
   * @return the entered Hijri date, or empty for a Gregorian entry
   */
  public Optional<HijriDate> enteredHijri() {
    return Optional.ofNullable(enteredHijri);
  }

  /**
   * Returns the table used for conversions; its {@link HijriTable#id()} is shown wherever a
   * converted date is shown.
   *
   * @return the table
   */
  public HijriTable table() {
    return table;
  }

  /**
   * Returns the age in completed years on a day, counted in the given calendar (see {@link
   * AgeCalendar} for 29 February and day-30 birthdays).
   *
   * @param day the day, not null
   * @param calendar the calendar to count in, not null
   * @return completed years; 0 on or before the birth date
   * @throws InvalidValueException for a Hijri count outside the table's range
   */
  public int ageOn(LocalDate day, AgeCalendar calendar) {
    if (!day.isAfter(gregorian)) {
      return 0;
    }
    if (calendar == AgeCalendar.GREGORIAN) {
      return Period.between(gregorian, day).getYears();
    }
    HijriDate b = toHijri();
    HijriDate d = table.toHijri(day);
    int years = d.year() - b.year();
    boolean reached = d.month() > b.month() || (d.month() == b.month() && d.day() >= b.day());
    return reached ? years : years - 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BirthDate other
        && gregorian.equals(other.gregorian)
        && Objects.equals(enteredHijri, other.enteredHijri)
        && table.id().equals(other.table.id());
  }

  @Override
  public int hashCode() {
    return gregorian.hashCode();
  }

  /** Returns {@code BirthDate[redacted]}. */
  @Override
  public String toString() {
    return "BirthDate[redacted]";
  }
}
