package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.Violation;

/**
 * Each counted message of the hour ledger, the fund and the input constraints, in each Arabic
 * plural form (0, 1, 2, 3–10, 11–99, 100–102; above 100 by the last two digits) and in English, as
 * a reader would write them.
 */
class CountedMessagesTest {
  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final RuleMessages HOURS = new RuleMessages("org.tatawwu.impl.hours.Hours");
  private static final RuleMessages FUND = new RuleMessages("org.tatawwu.impl.fund.Fund");

  /** The counts that cover the six Arabic forms, with their edges. */
  private static final List<Integer> COUNTS = List.of(0, 1, 2, 3, 7, 10, 11, 30, 99, 100, 103, 111);

  /** The noun after a number, by CLDR Arabic form, written by hand from Arabic grammar. */
  private record Noun(String zero, String one, String two, String few, String many, String other) {
    String with(int n) {
      int mod100 = n % 100;
      if (n == 0) {
        return n + " " + zero;
      } else if (n == 1) {
        return one;
      } else if (n == 2) {
        return two;
      } else if (mod100 >= 3 && mod100 <= 10) {
        return n + " " + few;
      } else if (mod100 >= 11) {
        return n + " " + many;
      }
      return n + " " + other;
    }
  }

  static final Noun HOUR = new Noun("ساعة", "ساعة واحدة", "ساعتين", "ساعات", "ساعة", "ساعة");
  static final Noun MINUTE = new Noun("دقيقة", "دقيقة واحدة", "دقيقتين", "دقائق", "دقيقة", "دقيقة");
  static final Noun DAY = new Noun("يوم", "يوم واحد", "يومين", "أيام", "يومًا", "يوم");
  static final Noun LETTER = new Noun("حرف", "حرف واحد", "حرفين", "أحرف", "حرفًا", "حرف");

  private static String rule(RuleMessages messages, Locale locale, String code, Object... args) {
    List<Problem> p = messages.problems(List.of(Violation.of(code, args)), locale);
    return BundleTexts.plain(p.get(0).message());
  }

  @Test
  void the_seven_days_of_the_issue_read_seven_days_and_thirty_read_thirty_days() {
    assertThat(rule(HOURS, AR, "hours.tooOld", "days", 7L))
        .isEqualTo("لا يمكن تقديم الساعات إلا خلال 7 أيام");
    assertThat(rule(HOURS, AR, "hours.tooOld", "days", 30L))
        .isEqualTo("لا يمكن تقديم الساعات إلا خلال 30 يومًا");
    assertThat(rule(HOURS, AR, "hours.tooOld", "days", 1L))
        .isEqualTo("لا يمكن تقديم الساعات إلا خلال يوم واحد");
    assertThat(rule(HOURS, AR, "hours.tooOld", "days", 2L))
        .isEqualTo("لا يمكن تقديم الساعات إلا خلال يومين");
    assertThat(rule(HOURS, AR, "hours.tooOld", "days", 100L))
        .isEqualTo("لا يمكن تقديم الساعات إلا خلال 100 يوم");
    assertThat(rule(HOURS, AR, "hours.tooOld", "days", 0L))
        .isEqualTo("لا يمكن تقديم الساعات إلا خلال 0 يوم");
  }

  @Test
  void hour_ledger_messages_in_every_arabic_form() {
    for (int n : COUNTS) {
      assertThat(rule(HOURS, AR, "hours.tooLong", "hours", n * 1.0))
          .isEqualTo("لا يجوز أن يزيد القيد الواحد على " + HOUR.with(n));
      assertThat(rule(HOURS, AR, "hours.tooShort", "minutes", (long) n))
          .isEqualTo("يجب ألا يقل القيد الواحد بعد التقريب عن " + MINUTE.with(n));
      assertThat(rule(HOURS, AR, "hours.tooOld", "days", (long) n))
          .isEqualTo("لا يمكن تقديم الساعات إلا خلال " + DAY.with(n));
      assertThat(rule(HOURS, AR, "hours.checkOutTooLate", "hours", (long) n))
          .isEqualTo("يجب تسجيل الانصراف خلال " + HOUR.with(n) + " من تسجيل الحضور");
      assertThat(rule(HOURS, AR, "hours.dailyCap", "hours", n * 1.0, "day", "D"))
          .isEqualTo("لا يُحتسب للمتطوع الواحد أكثر من " + HOUR.with(n) + " في اليوم (D)");
    }
  }

  @Test
  void a_fractional_number_of_hours_reads_as_the_other_form() {
    assertThat(rule(HOURS, AR, "hours.tooLong", "hours", 7.5))
        .isEqualTo("لا يجوز أن يزيد القيد الواحد على 7.5 ساعة");
    assertThat(rule(HOURS, Locale.ENGLISH, "hours.tooLong", "hours", 7.5))
        .isEqualTo("one entry may last at most 7.5 hours");
  }

  @Test
  void hour_ledger_messages_in_english() {
    assertThat(rule(HOURS, Locale.ENGLISH, "hours.tooLong", "hours", 1.0))
        .isEqualTo("one entry may last at most 1 hour");
    assertThat(rule(HOURS, Locale.ENGLISH, "hours.tooLong", "hours", 12.0))
        .isEqualTo("one entry may last at most 12 hours");
    assertThat(rule(HOURS, Locale.ENGLISH, "hours.tooShort", "minutes", 1L))
        .isEqualTo("one entry must be at least 1 minute once rounded");
    assertThat(rule(HOURS, Locale.ENGLISH, "hours.tooOld", "days", 0L))
        .isEqualTo("hours can be submitted only within 0 days");
    assertThat(rule(HOURS, Locale.ENGLISH, "hours.checkOutTooLate", "hours", 1L))
        .isEqualTo("a check-out must come within 1 hour of the check-in");
    assertThat(rule(HOURS, Locale.ENGLISH, "hours.dailyCap", "hours", 2.0, "day", "D"))
        .isEqualTo("at most 2 hours a day can be credited to one volunteer (D)");
  }

  @Test
  void fund_limit_in_every_arabic_form_and_in_english() {
    for (int n : COUNTS) {
      assertThat(rule(FUND, AR, "fund.overBeneficiaryLimit", "limit", "L", "days", (long) n))
          .isEqualTo("لا يجوز أن يتلقى المستفيد الواحد أكثر من L خلال " + DAY.with(n));
    }
    assertThat(rule(FUND, Locale.ENGLISH, "fund.overBeneficiaryLimit", "limit", "L", "days", 1L))
        .isEqualTo("one beneficiary may receive at most L in 1 day");
    assertThat(rule(FUND, Locale.ENGLISH, "fund.overBeneficiaryLimit", "limit", "L", "days", 30L))
        .isEqualTo("one beneficiary may receive at most L in 30 days");
  }

  @Test
  void the_arabic_isolates_wrap_the_number_and_the_plain_text_drops_them() {
    Problem p = HOURS.problems(List.of(Violation.of("hours.tooOld", "days", 7L)), AR).get(0);
    assertThat(p.message()).isEqualTo("لا يمكن تقديم الساعات إلا خلال \u20687\u2069 أيام");
    assertThat(p.plainMessage()).isEqualTo("لا يمكن تقديم الساعات إلا خلال 7 أيام");
  }

  @Test
  void constraint_messages_with_counts_in_every_arabic_form() {
    String tooLong = Messages.bundle(AR).getString("org.tatawwu.constraints.CleanText.tooLong");
    String digits = Messages.bundle(AR).getString("jakarta.validation.constraints.Digits.message");
    for (int n : COUNTS) {
      assertThat(MessageTemplate.expandPlurals(tooLong, Map.of("maxLetters", n), AR))
          .isEqualTo("يجب ألا يزيد على " + LETTER.with(n));
    }
    Map<Integer, String> integer = new LinkedHashMap<>();
    integer.put(0, "0 خانة صحيحة");
    integer.put(1, "خانة صحيحة واحدة");
    integer.put(2, "خانتين صحيحتين");
    integer.put(5, "5 خانات صحيحة");
    integer.put(12, "12 خانة صحيحة");
    integer.put(100, "100 خانة صحيحة");
    Map<Integer, String> fraction = new LinkedHashMap<>();
    fraction.put(0, "0 خانة عشرية");
    fraction.put(1, "خانة عشرية واحدة");
    fraction.put(2, "خانتين عشريتين");
    fraction.put(5, "5 خانات عشرية");
    fraction.put(12, "12 خانة عشرية");
    fraction.put(100, "100 خانة عشرية");
    for (var i : integer.entrySet()) {
      for (var f : fraction.entrySet()) {
        assertThat(
                MessageTemplate.expandPlurals(
                    digits, Map.of("integer", i.getKey(), "fraction", f.getKey()), AR))
            .isEqualTo("يجب ألا يزيد على " + i.getValue() + " و" + f.getValue());
      }
    }
  }
}
