package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.Gender;

/**
 * {@link RuleMessages} on bundles of the test resources: dates in Hijri and Gregorian, enum
 * constants by their bundle names, whole doubles without a fraction, the line as the path, an
 * unknown code as its own message. 1 March 2025 is 1 Ramadan 1446 in the Umm al-Qura calendar.
 */
class RuleMessagesTest {
  static final RuleMessages RULES =
      new RuleMessages("org.tatawwu.impl.validation.RuleMessagesTestRules");
  static final RuleMessages PLAIN =
      new RuleMessages("org.tatawwu.impl.validation.RuleMessagesTestPlain");

  static final Violation ALL =
      Violation.of(
          "rule.all",
          "day",
          LocalDate.of(2025, 3, 1),
          "who",
          Gender.FEMALE,
          "hours",
          2.0,
          "rate",
          2.5,
          "name",
          "x",
          "kind",
          Gender.MALE,
          "line",
          3);

  @Test
  void each_value_is_shown_by_its_kind_and_the_line_becomes_the_path() {
    assertThat(RULES.problems(List.of(ALL), Locale.ENGLISH))
        .extracting(Problem::path, Problem::code, Problem::message)
        .containsExactly(
            tuple(
                "line 3",
                "rule.all",
                "on 1446-09-01 AH (2025-03-01) for women, 2 hours at 2.5, x, also MALE"));
  }

  @Test
  void arabic_wraps_every_value_in_isolates() {
    assertThat(RULES.problems(List.of(ALL), Locale.forLanguageTag("ar-SA")))
        .extracting(Problem::message)
        .containsExactly("ar \u20681446-09-01 AH (2025-03-01)\u2069 \u2068women\u2069");
  }

  @Test
  void a_day_outside_the_hijri_table_or_without_a_pattern_shows_in_gregorian_alone() {
    assertThat(
            RULES.problems(
                List.of(Violation.of("rule.all", "day", LocalDate.of(1800, 1, 1))), Locale.ENGLISH))
        .extracting(Problem::message)
        .containsExactly("on 1800-01-01 for {who}, {hours} hours at {rate}, {name}, also {kind}");
    assertThat(
            PLAIN.problems(
                List.of(Violation.of("rule.day", "day", LocalDate.of(2025, 3, 1))), Locale.ENGLISH))
        .extracting(Problem::path, Problem::message)
        .containsExactly(tuple("", "on 2025-03-01"));
  }

  @Test
  void an_unknown_code_is_its_own_message_and_no_line_leaves_the_path_empty() {
    assertThat(RULES.problems(List.of(Violation.of("no.such.rule")), Locale.ENGLISH))
        .extracting(Problem::path, Problem::code, Problem::message)
        .containsExactly(tuple("", "no.such.rule", "no.such.rule"));
  }
}
