package org.tatawwu.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

class HijriDateBoundsTest {

  static String codeOf(Runnable r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e.code();
    }
    return "accepted";
  }

  @Test
  void a_date_has_year_1_to_9999_month_1_to_12_and_day_1_to_30() {
    assertThat(codeOf(() -> HijriDate.of(1, 1, 1))).isEqualTo("accepted");
    assertThat(codeOf(() -> HijriDate.of(9999, 12, 30))).isEqualTo("accepted");
    assertThat(codeOf(() -> HijriDate.of(0, 1, 1))).isEqualTo("hijri.invalid");
    assertThat(codeOf(() -> HijriDate.of(10000, 1, 1))).isEqualTo("hijri.invalid");
    assertThat(codeOf(() -> HijriDate.of(1446, 0, 1))).isEqualTo("hijri.invalid");
    assertThat(codeOf(() -> HijriDate.of(1446, 13, 1))).isEqualTo("hijri.invalid");
    assertThat(codeOf(() -> HijriDate.of(1446, 1, 0))).isEqualTo("hijri.invalid");
    assertThat(codeOf(() -> HijriDate.of(1446, 1, 31))).isEqualTo("hijri.invalid");
  }

  @Test
  void the_text_given_is_at_most_64_characters_spaces_included() {
    assertThat(HijriDate.parse(" ".repeat(54) + "1446-09-01")).isEqualTo(HijriDate.of(1446, 9, 1));
    assertThatThrownBy(() -> HijriDate.parse(" ".repeat(55) + "1446-09-01"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("hijri.format"));
    assertThat(HijriDate.parse("١٤٤٦/٩/١ هـ")).isEqualTo(HijriDate.of(1446, 9, 1));
    assertThat(HijriDate.of(1446, 9, 1).toString()).isEqualTo("1446-09-01");
    assertThat(HijriDate.of(7, 1, 2).toString()).isEqualTo("0007-01-02");
  }

  @Test
  void dates_order_by_year_then_month_then_day() {
    HijriDate d = HijriDate.of(1446, 6, 15);
    assertThat(d.compareTo(HijriDate.of(1446, 6, 15))).isZero();
    assertThat(d.compareTo(HijriDate.of(1445, 12, 30))).isPositive();
    assertThat(d.compareTo(HijriDate.of(1447, 1, 1))).isNegative();
    assertThat(d.compareTo(HijriDate.of(1446, 5, 30))).isPositive();
    assertThat(d.compareTo(HijriDate.of(1446, 7, 1))).isNegative();
    assertThat(d.compareTo(HijriDate.of(1446, 6, 14))).isPositive();
    assertThat(d.compareTo(HijriDate.of(1446, 6, 16))).isNegative();
  }

  @Test
  void a_time_range_lasts_to_the_nanosecond_and_orders_by_start_then_end() {
    Instant t = Instant.parse("2025-03-01T10:00:00.500Z");
    TimeRange r = TimeRange.of(t, Instant.parse("2025-03-01T10:00:02.250Z"));
    assertThat(r.duration()).isEqualTo(Duration.ofMillis(1750));
    assertThat(TimeRange.of(t, t.plusSeconds(7200)).duration()).isEqualTo(Duration.ofHours(2));
    TimeRange a = TimeRange.of(t, t.plusSeconds(10));
    assertThat(a.compareTo(TimeRange.of(t, t.plusSeconds(10)))).isZero();
    assertThat(a.compareTo(TimeRange.of(t, t.plusSeconds(20)))).isNegative();
    assertThat(a.compareTo(TimeRange.of(t, t.plusSeconds(5)))).isPositive();
    assertThat(a.compareTo(TimeRange.of(t.plusSeconds(1), t.plusSeconds(2)))).isNegative();
    assertThat(a.compareTo(TimeRange.of(t.minusSeconds(1), t.plusSeconds(60)))).isPositive();
  }
}
