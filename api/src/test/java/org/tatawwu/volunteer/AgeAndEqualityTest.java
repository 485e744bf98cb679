package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tatawwu.time.AgeCalendar;
import org.tatawwu.time.HijriDate;
import org.tatawwu.time.HijriTable;
import org.tatawwu.validation.InvalidValueException;

class AgeAndEqualityTest {
  static LocalDate gregorianOf(int y, int m, int d) {
    return HijriTable.ummAlQura().toGregorian(HijriDate.of(y, m, d));
  }

  @Test
  void a_hijri_age_turns_on_the_hijri_birthday() {
    BirthDate b = BirthDate.ofHijri(HijriDate.of(1420, 9, 5));
    assertThat(b.ageOn(gregorianOf(1438, 9, 5), AgeCalendar.HIJRI)).isEqualTo(18);
    assertThat(b.ageOn(gregorianOf(1438, 9, 4), AgeCalendar.HIJRI)).isEqualTo(17);
    assertThat(b.ageOn(gregorianOf(1438, 9, 6), AgeCalendar.HIJRI)).isEqualTo(18);
    assertThat(b.ageOn(gregorianOf(1438, 10, 1), AgeCalendar.HIJRI)).isEqualTo(18);
    assertThat(b.ageOn(gregorianOf(1438, 8, 29), AgeCalendar.HIJRI)).isEqualTo(17);
  }

  @Test
  void birth_dates_are_equal_by_day_and_by_the_calendar_they_were_entered_in() {
    BirthDate hijri = BirthDate.ofHijri(HijriDate.of(1420, 9, 5));
    BirthDate gregorian = BirthDate.ofGregorian(hijri.toLocalDate());
    assertThat(hijri).isEqualTo(BirthDate.ofHijri(HijriDate.of(1420, 9, 5)));
    assertThat(hijri).isNotEqualTo(gregorian);
    assertThat(gregorian).isEqualTo(BirthDate.ofGregorian(hijri.toLocalDate()));
    assertThat(gregorian).isNotEqualTo(BirthDate.ofGregorian(hijri.toLocalDate().plusDays(1)));
    assertThat(gregorian.hashCode())
        .isNotEqualTo(BirthDate.ofGregorian(hijri.toLocalDate().plusDays(1)).hashCode());
    assertThat((Object) gregorian).isNotEqualTo(hijri.toLocalDate());
  }

  @Test
  void a_mobile_text_is_at_most_64_characters_and_numbers_are_equal_by_value() {
    assertThat(MobileNumber.parse(" ".repeat(54) + "0501234567").e164()).isEqualTo("+966501234567");
    assertThatThrownBy(() -> MobileNumber.parse(" ".repeat(55) + "0501234567"))
        .isInstanceOf(InvalidValueException.class);
    MobileNumber a = MobileNumber.parse("0501234567");
    assertThat(a).isEqualTo(MobileNumber.parse("+966 50 123 4567"));
    assertThat(a).hasSameHashCodeAs(MobileNumber.parse("966501234567"));
    assertThat(a).isNotEqualTo(MobileNumber.parse("0501234568"));
    assertThat(a.hashCode()).isNotEqualTo(MobileNumber.parse("0551234567").hashCode());
    assertThat((Object) a).isNotEqualTo("+966501234567");
  }
}
