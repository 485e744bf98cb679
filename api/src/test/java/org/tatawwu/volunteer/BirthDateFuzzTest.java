package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoUnit;
import org.tatawwu.time.AgeCalendar;
import org.tatawwu.time.HijriDate;
import org.tatawwu.validation.InvalidValueException;

/**
 * Fuzzes {@link BirthDate#ofGregorian} and {@link BirthDate#ofHijri}: only {@link
 * InvalidValueException} escapes; an accepted birth date lies from 1900-01-01 to 2174-11-25, a
 * Hijri entry keeps the date as entered and converts as the JDK's Umm al-Qura calendar does, and
 * ages never go down as the day advances.
 */
class BirthDateFuzzTest {
  private static final long FIRST = LocalDate.of(1900, 1, 1).toEpochDay();
  private static final long LAST = LocalDate.of(2174, 11, 25).toEpochDay();

  @FuzzTest(maxDuration = "5m")
  void birth_dates_are_plausible_and_ages_monotonic(FuzzedDataProvider data) {
    BirthDate b;
    try {
      if (data.consumeBoolean()) {
        long epochDay = data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay());
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        try {
          b = BirthDate.ofGregorian(day);
        } catch (InvalidValueException e) {
          assertThat(e.code()).isEqualTo("birthDate.range");
          assertThat(epochDay < FIRST || epochDay > LAST).isTrue();
          return;
        }
        assertThat(epochDay).isBetween(FIRST, LAST);
        assertThat(b.toLocalDate()).isEqualTo(day);
        assertThat(b.enteredHijri()).isEmpty();
      } else {
        HijriDate h =
            HijriDate.of(data.consumeInt(1, 9999), data.consumeInt(1, 12), data.consumeInt(1, 30));
        b = BirthDate.ofHijri(h);
        assertThat(b.enteredHijri()).contains(h);
        assertThat(b.toHijri()).isEqualTo(h);
        assertThat(b.toLocalDate())
            .isEqualTo(LocalDate.from(HijrahDate.of(h.year(), h.month(), h.day())));
      }
    } catch (InvalidValueException e) {
      assertThat(e.code()).isIn("hijri.outOfRange", "hijri.invalid", "birthDate.range");
      return;
    }
    assertThat(b.toString()).isEqualTo("BirthDate[redacted]");
    LocalDate day = b.toLocalDate().plusDays(data.consumeInt(0, 120 * 366));
    LocalDate later = day.plus(data.consumeInt(0, 3000), ChronoUnit.DAYS);
    for (AgeCalendar calendar : AgeCalendar.values()) {
      try {
        int age = b.ageOn(day, calendar);
        assertThat(age).isNotNegative();
        assertThat(b.ageOn(later, calendar)).isGreaterThanOrEqualTo(age);
      } catch (InvalidValueException e) {
        assertThat(e.code()).isEqualTo("hijri.outOfRange");
      }
    }
  }
}
