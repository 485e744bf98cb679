package org.tatawwu.impl.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatawwu.time.AgeCalendar;
import org.tatawwu.time.HijriDate;
import org.tatawwu.time.HijriTable;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.BirthDate;

/**
 * Ages against models: Gregorian ages against {@link Period#between} (completed years, 0 before the
 * birth), the day an age is reached by scanning day by day for the first day the model gives that
 * age.
 */
class AgesModelTest {
  static final List<LocalDate> BIRTHS =
      List.of(
          LocalDate.of(2000, 2, 29),
          LocalDate.of(2004, 2, 29),
          LocalDate.of(2001, 3, 1),
          LocalDate.of(2007, 12, 31),
          LocalDate.of(2008, 1, 1),
          LocalDate.of(2010, 6, 15),
          LocalDate.of(2010, 6, 16));

  static int modelAge(LocalDate birth, LocalDate day) {
    return day.isAfter(birth) ? Period.between(birth, day).getYears() : 0;
  }

  @Test
  void gregorian_ages_are_completed_years_on_every_day_around_each_anniversary() {
    for (LocalDate b : BIRTHS) {
      BirthDate birth = BirthDate.ofGregorian(b);
      for (int years : new int[] {1, 15, 18}) {
        LocalDate around = b.plusYears(years);
        for (LocalDate d = around.minusDays(40);
            d.isBefore(around.plusDays(40));
            d = d.plusDays(1)) {
          assertThat(Ages.ageOn(birth, d, AgeCalendar.GREGORIAN))
              .as("born %s, on %s", b, d)
              .isEqualTo(modelAge(b, d));
        }
      }
      assertThat(Ages.ageOn(birth, b, AgeCalendar.GREGORIAN)).isZero();
      assertThat(Ages.ageOn(birth, b.minusDays(1), AgeCalendar.GREGORIAN)).isZero();
    }
  }

  @Test
  void a_gregorian_age_is_reached_on_the_first_day_it_holds() {
    for (LocalDate b : BIRTHS) {
      BirthDate birth = BirthDate.ofGregorian(b);
      for (int years : new int[] {1, 15, 18, 21}) {
        LocalDate first = b.plusYears(years).minusDays(5);
        while (modelAge(b, first) < years) {
          first = first.plusDays(1);
        }
        assertThat(Ages.reaches(birth, years, AgeCalendar.GREGORIAN))
            .as("born %s, %d years", b, years)
            .isEqualTo(first);
      }
    }
  }

  /** Whether the table has a 30th day in this Hijri month. */
  static boolean hasDay30(int year, int month) {
    try {
      HijriTable.ummAlQura().toGregorian(HijriDate.of(year, month, 30));
      return true;
    } catch (InvalidValueException | DateTimeException e) {
      return false;
    }
  }

  static void checkHijriReaches(BirthDate birth, int years) {
    LocalDate first = birth.toLocalDate().plusYears(years).minusYears(1).minusDays(20);
    while (birth.ageOn(first, AgeCalendar.HIJRI) < years) {
      first = first.plusDays(1);
    }
    assertThat(Ages.reaches(birth, years, AgeCalendar.HIJRI))
        .as("born %s AH, %d years", birth.toHijri(), years)
        .isEqualTo(first);
    assertThat(Ages.ageOn(birth, first, AgeCalendar.HIJRI)).isEqualTo(years);
    assertThat(Ages.ageOn(birth, first.minusDays(1), AgeCalendar.HIJRI)).isEqualTo(years - 1);
  }

  @Test
  void a_hijri_age_is_reached_on_the_first_day_it_holds_even_from_a_30th_day() {
    checkHijriReaches(BirthDate.ofHijri(HijriDate.of(1420, 9, 5)), 18);
    int fallsBack = 0;
    int lastMonthFallsBack = 0;
    for (int month = 1; month <= 12; month++) {
      for (int year = 1410; year < 1425; year++) {
        if (!hasDay30(year, month)) {
          continue;
        }
        BirthDate birth = BirthDate.ofHijri(HijriDate.of(year, month, 30));
        checkHijriReaches(birth, 18);
        if (!hasDay30(year + 18, month)) {
          fallsBack++;
          if (month == 12) {
            lastMonthFallsBack++;
          }
        }
      }
    }
    assertThat(fallsBack).as("births on a 30th whose 18th year has no 30th").isPositive();
    assertThat(lastMonthFallsBack).as("such births in Dhu al-Hijjah").isPositive();
  }
}
