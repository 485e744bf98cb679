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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tatawwu.Tatawwu;
import org.tatawwu.incident.RotationRules;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;

/**
 * The rotation and team refusals of an incident read with the right plural form of each count, in
 * Arabic (zero, one, two, few for 3–10, many for 11–99, other for 100–102; by {@code n % 100} above
 * 100) and in English. Every expected sentence is written out by hand.
 */
class IncidentCountedMessagesTest {
  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  private static final LocalDate D = LocalDate.of(2026, 11, 20);

  private static TimeRange shift(LocalDate day, int startHour, int minutes) {
    Instant s = day.atTime(startHour, 0).atZone(RIYADH).toInstant();
    return TimeRange.of(s, s.plus(Duration.ofMinutes(minutes)));
  }

  /** Asks the public rotation check and returns the refusal's plain messages. */
  private static List<String> refusal(
      RotationRules rules, List<TimeRange> worked, TimeRange proposed, Locale locale) {
    RuleException e =
        catchThrowableOfType(
            RuleException.class, () -> Tatawwu.rotationCheck(rules).require(worked, proposed));
    assertThat(e).as("refused").isNotNull();
    return e.problems(locale).stream().map(Problem::plainMessage).toList();
  }

  private static List<TimeRange> daysInARow(int days) {
    List<TimeRange> worked = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      worked.add(shift(D.plusDays(i), 8, 60));
    }
    return worked;
  }

  @Test
  void two_days_in_a_row_read_yawmayn_and_eleven_read_yawman() {
    RotationRules one = new RotationRules(1, Duration.ZERO, Duration.ofDays(7), RIYADH);
    TimeRange second = shift(D.plusDays(1), 8, 60);
    assertThat(refusal(one, daysInARow(1), second, AR))
        .containsExactly("بهذه الفترة يبلغ العمل المتواصل يومين، ويجب ألا يزيد على يوم واحد");
    assertThat(refusal(one, daysInARow(1), second, Locale.ENGLISH))
        .containsExactly("this shift makes 2 days of work in a row; at most 1 day is allowed");

    RotationRules ten = new RotationRules(10, Duration.ZERO, Duration.ofDays(7), RIYADH);
    TimeRange eleventh = shift(D.plusDays(10), 8, 60);
    assertThat(refusal(ten, daysInARow(10), eleventh, AR))
        .containsExactly("بهذه الفترة يبلغ العمل المتواصل 11 يومًا، ويجب ألا يزيد على 10 أيام");
    assertThat(refusal(ten, daysInARow(10), eleventh, Locale.ENGLISH))
        .containsExactly("this shift makes 11 days of work in a row; at most 10 days are allowed");
  }

  @ParameterizedTest(name = "{0} minutes of rest, {1} required")
  @CsvSource(
      delimiter = '|',
      value = {
        "0|1|لا تتجاوز الراحة بين الفترتين 0 دقيقة، ويجب ألا تقل عن دقيقة واحدة"
            + "|only 0 minutes of rest between shifts; at least 1 minute is required",
        "1|2|لا تتجاوز الراحة بين الفترتين دقيقة واحدة، ويجب ألا تقل عن دقيقتين"
            + "|only 1 minute of rest between shifts; at least 2 minutes are required",
        "2|3|لا تتجاوز الراحة بين الفترتين دقيقتين، ويجب ألا تقل عن 3 دقائق"
            + "|only 2 minutes of rest between shifts; at least 3 minutes are required",
        "3|7|لا تتجاوز الراحة بين الفترتين 3 دقائق، ويجب ألا تقل عن 7 دقائق"
            + "|only 3 minutes of rest between shifts; at least 7 minutes are required",
        "7|11|لا تتجاوز الراحة بين الفترتين 7 دقائق، ويجب ألا تقل عن 11 دقيقة"
            + "|only 7 minutes of rest between shifts; at least 11 minutes are required",
        "99|100|لا تتجاوز الراحة بين الفترتين 99 دقيقة، ويجب ألا تقل عن 100 دقيقة"
            + "|only 99 minutes of rest between shifts; at least 100 minutes are required",
        "102|103|لا تتجاوز الراحة بين الفترتين 102 دقيقة، ويجب ألا تقل عن 103 دقائق"
            + "|only 102 minutes of rest between shifts; at least 103 minutes are required",
        "110|111|لا تتجاوز الراحة بين الفترتين 110 دقائق، ويجب ألا تقل عن 111 دقيقة"
            + "|only 110 minutes of rest between shifts; at least 111 minutes are required"
      })
  void the_rest_between_shifts_in_every_form(int rest, int required, String ar, String en) {
    RotationRules rules =
        new RotationRules(366, Duration.ofMinutes(required), Duration.ofDays(7), RIYADH);
    TimeRange first = shift(D, 8, 60);
    TimeRange next =
        TimeRange.of(
            first.end().plus(Duration.ofMinutes(rest)),
            first.end().plus(Duration.ofMinutes(rest + 60)));
    assertThat(refusal(rules, List.of(first), next, AR)).containsExactly(ar);
    assertThat(refusal(rules, List.of(first), next, Locale.ENGLISH)).containsExactly(en);
  }

  @Test
  void a_hundred_and_three_minutes_in_a_week_read_daqaiq() {
    RotationRules hour = new RotationRules(366, Duration.ZERO, Duration.ofHours(1), RIYADH);
    TimeRange longShift = shift(D, 8, 103);
    assertThat(refusal(hour, List.of(), longShift, AR))
        .containsExactly(
            "بهذه الفترة يبلغ العمل خلال 7 أيام 103 دقائق، ويجب ألا يزيد على 60 دقيقة");
    assertThat(refusal(hour, List.of(), longShift, Locale.ENGLISH))
        .containsExactly(
            "this shift makes 103 minutes of work in 7 days; at most 60 minutes are allowed");
  }

  private static String team(Locale locale, String code, Object... args) {
    return IncidentMessages.MESSAGES
        .problems(List.of(Violation.of(code, args)), locale)
        .get(0)
        .plainMessage();
  }

  @ParameterizedTest(name = "team of {0}, {1} required")
  @CsvSource(
      delimiter = '|',
      value = {
        "1|2|يعمل هذا الدور في فرق من عضوين، وفي هذا الفريق عضو واحد"
            + "|this role works in teams of 2 members; this team has 1 member",
        "2|3|يعمل هذا الدور في فرق من 3 أعضاء، وفي هذا الفريق عضوان"
            + "|this role works in teams of 3 members; this team has 2 members",
        "3|11|يعمل هذا الدور في فرق من 11 عضوًا، وفي هذا الفريق 3 أعضاء"
            + "|this role works in teams of 11 members; this team has 3 members",
        "11|1|يعمل هذا الدور في فرق من عضو واحد، وفي هذا الفريق 11 عضوًا"
            + "|this role works in teams of 1 member; this team has 11 members",
        "100|2|يعمل هذا الدور في فرق من عضوين، وفي هذا الفريق 100 عضو"
            + "|this role works in teams of 2 members; this team has 100 members",
        "0|103|يعمل هذا الدور في فرق من 103 أعضاء، وفي هذا الفريق 0 عضو"
            + "|this role works in teams of 103 members; this team has 0 members"
      })
  void the_wrong_team_size_in_every_form(int size, int required, String ar, String en) {
    assertThat(team(AR, "team.wrongSize", "size", size, "required", required)).isEqualTo(ar);
    assertThat(team(Locale.ENGLISH, "team.wrongSize", "size", size, "required", required))
        .isEqualTo(en);
  }

  @ParameterizedTest(name = "{0} free seats for a team of {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0|2|لا تتسع الفترة لفريق من عضوين: لا يوجد فيها مقعد شاغر"
            + "|a team of 2 members does not fit in the shift: it has 0 free seats",
        "1|2|لا تتسع الفترة لفريق من عضوين: فيها مقعد واحد شاغر"
            + "|a team of 2 members does not fit in the shift: it has 1 free seat",
        "2|3|لا تتسع الفترة لفريق من 3 أعضاء: فيها مقعدان شاغران"
            + "|a team of 3 members does not fit in the shift: it has 2 free seats",
        "3|11|لا تتسع الفترة لفريق من 11 عضوًا: فيها 3 مقاعد شاغرة"
            + "|a team of 11 members does not fit in the shift: it has 3 free seats",
        "11|12|لا تتسع الفترة لفريق من 12 عضوًا: فيها 11 مقعدًا شاغرًا"
            + "|a team of 12 members does not fit in the shift: it has 11 free seats",
        "100|101|لا تتسع الفترة لفريق من 101 عضو: فيها 100 مقعد شاغر"
            + "|a team of 101 members does not fit in the shift: it has 100 free seats",
        "0|1|لا تتسع الفترة لفريق من عضو واحد: لا يوجد فيها مقعد شاغر"
            + "|a team of 1 member does not fit in the shift: it has 0 free seats"
      })
  void no_room_for_the_team_in_every_form(int seats, int size, String ar, String en) {
    assertThat(team(AR, "team.noCapacity", "seats", seats, "size", size)).isEqualTo(ar);
    assertThat(team(Locale.ENGLISH, "team.noCapacity", "seats", seats, "size", size)).isEqualTo(en);
  }
}
