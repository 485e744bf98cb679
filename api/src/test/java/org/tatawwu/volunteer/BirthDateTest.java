package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.tatawwu.time.AgeCalendar;
import org.tatawwu.time.HijriDate;
import org.tatawwu.validation.InvalidValueException;

class BirthDateTest {

  @Test
  void a_29_february_birthday_turns_18_on_1_march_in_a_common_year() {
    BirthDate b = BirthDate.ofGregorian(LocalDate.of(2008, 2, 29));
    assertThat(b.ageOn(LocalDate.of(2026, 2, 28), AgeCalendar.GREGORIAN)).isEqualTo(17);
    assertThat(b.ageOn(LocalDate.of(2026, 3, 1), AgeCalendar.GREGORIAN)).isEqualTo(18);
    // The other idiom would say 28 February: documented and deliberately not followed.
    assertThat(LocalDate.of(2008, 2, 29).plusYears(18)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(b.ageOn(LocalDate.of(2028, 2, 29), AgeCalendar.GREGORIAN)).isEqualTo(20);
  }

  @Test
  void eighteen_hijri_years_come_about_six_months_before_eighteen_gregorian_years() {
    BirthDate b = BirthDate.ofGregorian(LocalDate.of(2007, 6, 15));
    LocalDate hijri18 = LocalDate.of(2007, 6, 15);
    while (b.ageOn(hijri18, AgeCalendar.HIJRI) < 18) {
      hijri18 = hijri18.plusDays(1);
    }
    LocalDate gregorian18 = LocalDate.of(2025, 6, 15);
    assertThat(b.ageOn(gregorian18.minusDays(1), AgeCalendar.GREGORIAN)).isEqualTo(17);
    assertThat(b.ageOn(gregorian18, AgeCalendar.GREGORIAN)).isEqualTo(18);
    Period gap = Period.between(hijri18, gregorian18);
    assertThat(gap.toTotalMonths()).isBetween(5L, 6L);
    assertThat(b.ageOn(hijri18.minusDays(1), AgeCalendar.HIJRI)).isEqualTo(17);
  }

  @Test
  void a_hijri_birth_date_is_kept_as_entered_and_counted_in_hijri() {
    BirthDate b = BirthDate.ofHijri(HijriDate.of(1428, 1, 30));
    assertThat(b.enteredHijri()).contains(HijriDate.of(1428, 1, 30));
    assertThat(b.toHijri()).isEqualTo(HijriDate.of(1428, 1, 30));
    LocalDate day = b.table().toGregorian(HijriDate.of(1446, 1, 29));
    assertThat(b.ageOn(day, AgeCalendar.HIJRI)).isEqualTo(17);
    LocalDate next = b.table().toGregorian(HijriDate.of(1446, 2, 1));
    assertThat(b.ageOn(next, AgeCalendar.HIJRI)).isEqualTo(18);
  }

  @Test
  void rejects_hijri_birth_dates_outside_the_calendar_without_showing_them() {
    assertThatThrownBy(() -> BirthDate.ofHijri(HijriDate.of(1250, 1, 1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageNotContaining("1250")
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("hijri.outOfRange");
  }

  @Test
  void never_shows_the_date() {
    BirthDate b = BirthDate.ofGregorian(LocalDate.of(1990, 7, 14));
    assertThat(b.toString()).doesNotContain("1990").doesNotContain("07").doesNotContain("14");
  }
}
