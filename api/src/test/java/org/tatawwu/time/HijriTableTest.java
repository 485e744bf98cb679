package org.tatawwu.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

class HijriTableTest {
  private final HijriTable table = HijriTable.ummAlQura();

  @Test
  void converts_known_dates_both_ways() {
    // 1 Ramadan 1446 = 1 March 2025 (Umm al-Qura).
    assertThat(table.toGregorian(HijriDate.of(1446, 9, 1))).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(table.toHijri(LocalDate.of(2025, 3, 1))).isEqualTo(HijriDate.of(1446, 9, 1));
    // The Volunteer Work Law: 27/5/1441 = 22 January 2020.
    assertThat(table.toGregorian(HijriDate.of(1441, 5, 27))).isEqualTo(LocalDate.of(2020, 1, 22));
  }

  @Test
  void names_itself_so_conversions_can_be_labelled() {
    assertThat(table.id()).contains("umm-al-qura");
  }

  @Test
  void rejects_years_outside_1300_to_1600_with_a_clear_code() {
    assertThatThrownBy(() -> table.toGregorian(HijriDate.of(1299, 12, 29)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("1300-1600")
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("hijri.outOfRange");
    assertThatThrownBy(() -> table.toGregorian(HijriDate.of(1601, 1, 1)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> table.toHijri(LocalDate.of(1800, 1, 1)))
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("hijri.outOfRange");
    assertThatThrownBy(() -> table.toHijri(LocalDate.of(2200, 1, 1)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void rejects_day_30_of_a_29_day_month() {
    // Ramadan 1446 has 29 days in Umm al-Qura.
    assertThat(table.toGregorian(HijriDate.of(1446, 10, 1))).isEqualTo(LocalDate.of(2025, 3, 30));
    assertThatThrownBy(() -> table.toGregorian(HijriDate.of(1446, 9, 30)))
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("hijri.invalid");
  }

  @Test
  void parses_hijri_text_with_any_digits_and_suffix() {
    assertThat(HijriDate.parse("1425-03-14")).isEqualTo(HijriDate.of(1425, 3, 14));
    assertThat(HijriDate.parse("١٤٢٥/٠٣/١٤ هـ")).isEqualTo(HijriDate.of(1425, 3, 14));
    assertThat(HijriDate.of(1425, 3, 4).toString()).isEqualTo("1425-03-04");
    assertThatThrownBy(() -> HijriDate.parse("1425-13-01"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> HijriDate.parse("14250314")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void month_boundaries_map_to_consecutive_gregorian_days() {
    LocalDate lastOfShaban = table.toGregorian(HijriDate.of(1446, 8, 29));
    LocalDate firstOfRamadan = table.toGregorian(HijriDate.of(1446, 9, 1));
    assertThat(firstOfRamadan).isEqualTo(lastOfShaban.plusDays(1));
  }
}
