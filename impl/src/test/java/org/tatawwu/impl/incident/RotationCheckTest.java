package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.incident.RotationCheck;
import org.tatawwu.incident.RotationRules;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;

/** Each rotation rule at its boundary: exactly the limit passes, one step beyond fails. */
class RotationCheckTest {
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final LocalDate D = LocalDate.of(2026, 11, 20);

  /** 5 days in a row, 11 hours of rest, 48 hours in any 7 days. */
  final RotationCheck check =
      Tatawwu.rotationCheck(
          new RotationRules(5, Duration.ofHours(11), Duration.ofHours(48), RIYADH));

  static TimeRange shift(LocalDate day, int startHour, int hours) {
    Instant s = day.atTime(startHour, 0).atZone(RIYADH).toInstant();
    return TimeRange.of(s, s.plus(Duration.ofHours(hours)));
  }

  static List<String> codes(List<Violation> v) {
    return v.stream().map(Violation::code).toList();
  }

  @Test
  void five_days_in_a_row_pass_and_a_sixth_fails() {
    List<TimeRange> worked = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      worked.add(shift(D.plusDays(i), 8, 4));
    }
    assertThat(codes(check.check(worked, shift(D.plusDays(4), 8, 4)))).isEmpty();
    worked.add(shift(D.plusDays(4), 8, 4));
    List<Violation> sixth = check.check(worked, shift(D.plusDays(5), 8, 4));
    assertThat(codes(sixth)).containsExactly("rotation.consecutiveDays");
    assertThat(sixth.get(0).arguments()).containsEntry("days", 6L).containsEntry("max", 5);
    // a day off in between resets the run
    assertThat(codes(check.check(worked, shift(D.plusDays(6), 8, 4)))).isEmpty();
  }

  @Test
  void a_night_shift_counts_on_both_days_but_one_ending_at_midnight_only_on_its_own() {
    List<TimeRange> worked = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      worked.add(shift(D.plusDays(i), 8, 4));
    }
    // 20:00–24:00 on day 4 ends at midnight: day 5 is not a working day
    TimeRange toMidnight = shift(D.plusDays(4), 20, 4);
    assertThat(codes(check.check(worked, toMidnight))).isEmpty();
    // 22:00–02:00 on day 4 reaches day 5: six days
    TimeRange pastMidnight = shift(D.plusDays(4), 22, 4);
    assertThat(codes(check.check(worked, pastMidnight))).contains("rotation.consecutiveDays");
  }

  @Test
  void eleven_hours_of_rest_pass_and_one_minute_less_fails() {
    TimeRange first = shift(D, 8, 8); // ends 16:00
    TimeRange exactly =
        TimeRange.of(
            first.end().plus(Duration.ofHours(11)), first.end().plus(Duration.ofHours(15)));
    assertThat(codes(check.check(List.of(first), exactly))).isEmpty();
    TimeRange short1 =
        TimeRange.of(
            first.end().plus(Duration.ofHours(11)).minusSeconds(60),
            first.end().plus(Duration.ofHours(15)));
    List<Violation> v = check.check(List.of(first), short1);
    assertThat(codes(v)).containsExactly("rotation.rest");
    assertThat(v.get(0).arguments())
        .containsEntry("restMinutes", 659L)
        .containsEntry("minMinutes", 660L);
    // the rest before a later shift counts too
    TimeRange before =
        TimeRange.of(
            first.start().minus(Duration.ofHours(14)),
            first.start().minus(Duration.ofHours(10)).minusSeconds(60));
    assertThat(codes(check.check(List.of(first), before))).containsExactly("rotation.rest");
  }

  @Test
  void forty_eight_hours_in_seven_days_pass_and_one_minute_more_fails() {
    // 5 shifts of 8 hours (40 h) on consecutive days with 16 h of rest, then 8 h more
    List<TimeRange> worked = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      worked.add(shift(D.plusDays(i), 8, 8));
    }
    RotationCheck lenient =
        Tatawwu.rotationCheck(
            new RotationRules(10, Duration.ofHours(11), Duration.ofHours(48), RIYADH));
    TimeRange eight = shift(D.plusDays(6), 8, 8);
    assertThat(codes(lenient.check(worked, eight))).isEmpty();
    TimeRange eightAndAMinute = TimeRange.of(eight.start(), eight.end().plusSeconds(60));
    List<Violation> v = lenient.check(worked, eightAndAMinute);
    assertThat(codes(v)).containsExactly("rotation.weeklyHours");
    assertThat(v.get(0).arguments()).containsEntry("minutes", 48L * 60 + 1);
    // the window rolls: 7 days after the first shift started, it no longer counts
    TimeRange laterWeek = shift(D.plusDays(7), 8, 8);
    assertThat(codes(lenient.check(worked, laterWeek))).isEmpty();
  }

  @Test
  void require_refuses_with_every_broken_rule_in_both_languages() {
    List<TimeRange> worked = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      worked.add(shift(D.plusDays(i), 6, 12));
    }
    TimeRange next =
        shift(D.plusDays(5), 0, 5); // 6 days, 6 h rest (18:00 to midnight), 65 h in 7 days
    RuleException e = catchThrowableOfType(RuleException.class, () -> check.require(worked, next));
    assertThat(e.violations())
        .extracting(Violation::code)
        .containsExactly("rotation.consecutiveDays", "rotation.rest", "rotation.weeklyHours");
    assertThat(e.problems(Locale.ENGLISH).get(1).message())
        .isEqualTo("only 360 minutes of rest between shifts; at least 660 minutes are required");
    assertThat(e.problems(Locale.forLanguageTag("ar")).get(1).message())
        .contains("\u2068360\u2069")
        .contains("الراحة");
  }
}
