package org.tatawwu.impl.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.eligibility.Explanation;
import org.tatawwu.eligibility.Unmet;

/**
 * The eligibility explanations with a count, in each Arabic plural form (0, 1, 2, 3–10, 11–99,
 * 100–102; above 100 by the last two digits) and in English, and the explanations whose wording
 * depends on a value, as a reader would write them.
 */
class ReasonMessagesTest {
  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final ReasonFormatter FORMATTER = new ReasonFormatter();

  private static String message(Locale locale, String code, Object... args) {
    Explanation e = FORMATTER.explain(Unmet.of(code, args), locale);
    return e.plainMessage();
  }

  @Test
  void the_grace_period_in_every_arabic_form() {
    String head =
        "انتهت صلاحية التدريب first-aid في 1446-05-12هـ (2024-11-14م) وانقضت مهلة السماح البالغة ";
    java.time.LocalDate expired = java.time.LocalDate.of(2024, 11, 14);
    record Case(int days, String words) {}
    for (Case c :
        List.of(
            new Case(0, "0 يوم"),
            new Case(1, "يومًا واحدًا"),
            new Case(2, "يومين"),
            new Case(3, "3 أيام"),
            new Case(7, "7 أيام"),
            new Case(10, "10 أيام"),
            new Case(11, "11 يومًا"),
            new Case(30, "30 يومًا"),
            new Case(99, "99 يومًا"),
            new Case(100, "100 يوم"),
            new Case(107, "107 أيام"))) {
      assertThat(
              message(
                  AR,
                  "training.expired",
                  "training",
                  "first-aid",
                  "expiredOn",
                  expired,
                  "graceDays",
                  c.days()))
          .isEqualTo(head + c.words());
    }
    assertThat(
            message(
                Locale.ENGLISH,
                "training.expired",
                "training",
                "first-aid",
                "expiredOn",
                expired,
                "graceDays",
                1))
        .isEqualTo(
            "the training first-aid expired on 1446-05-12 AH (2024-11-14) and its grace period of 1 day is over");
    assertThat(
            message(
                Locale.ENGLISH,
                "training.expired",
                "training",
                "first-aid",
                "expiredOn",
                expired,
                "graceDays",
                30))
        .isEqualTo(
            "the training first-aid expired on 1446-05-12 AH (2024-11-14) and its grace period of 30 days is over");
  }

  @Test
  void the_enrolment_limit_in_every_arabic_form() {
    String head = "لديك بالفعل ";
    assertThat(message(AR, "schedule.tooManyEnrollments", "max", 0))
        .isEqualTo(head + "0 فترة مقبولة لم تنتهِ بعد");
    assertThat(message(AR, "schedule.tooManyEnrollments", "max", 1))
        .isEqualTo(head + "فترة مقبولة واحدة لم تنتهِ بعد");
    assertThat(message(AR, "schedule.tooManyEnrollments", "max", 2))
        .isEqualTo(head + "فترتان مقبولتان لم تنتهيا بعد");
    assertThat(message(AR, "schedule.tooManyEnrollments", "max", 3))
        .isEqualTo(head + "3 فترات مقبولة لم تنتهِ بعد");
    assertThat(message(AR, "schedule.tooManyEnrollments", "max", 10))
        .isEqualTo(head + "10 فترات مقبولة لم تنتهِ بعد");
    assertThat(message(AR, "schedule.tooManyEnrollments", "max", 11))
        .isEqualTo(head + "11 فترة مقبولة لم تنتهِ بعد");
    assertThat(message(AR, "schedule.tooManyEnrollments", "max", 99))
        .isEqualTo(head + "99 فترة مقبولة لم تنتهِ بعد");
    assertThat(message(AR, "schedule.tooManyEnrollments", "max", 100))
        .isEqualTo(head + "100 فترة مقبولة لم تنتهِ بعد");
    assertThat(message(Locale.ENGLISH, "schedule.tooManyEnrollments", "max", 1))
        .isEqualTo("you already hold 1 accepted shift that has not ended");
    assertThat(message(Locale.ENGLISH, "schedule.tooManyEnrollments", "max", 3))
        .isEqualTo("you already hold 3 accepted shifts that have not ended");
  }

  @Test
  void the_overlap_count_in_every_arabic_form() {
    String head = "تتعارض الفترة مع ";
    assertThat(message(AR, "schedule.overlap", "count", 0))
        .isEqualTo(head + "0 من فتراتك المقبولة");
    assertThat(message(AR, "schedule.overlap", "count", 1))
        .isEqualTo(head + "إحدى فتراتك المقبولة");
    assertThat(message(AR, "schedule.overlap", "count", 2))
        .isEqualTo(head + "اثنتين من فتراتك المقبولة");
    assertThat(message(AR, "schedule.overlap", "count", 4))
        .isEqualTo(head + "4 من فتراتك المقبولة");
    assertThat(message(AR, "schedule.overlap", "count", 12))
        .isEqualTo(head + "12 من فتراتك المقبولة");
    assertThat(message(AR, "schedule.overlap", "count", 100))
        .isEqualTo(head + "100 من فتراتك المقبولة");
    assertThat(message(Locale.ENGLISH, "schedule.overlap", "count", 1))
        .isEqualTo("the shift overlaps one of your accepted shifts");
    assertThat(message(Locale.ENGLISH, "schedule.overlap", "count", 2))
        .isEqualTo("the shift overlaps 2 of your accepted shifts");
  }

  @Test
  void ages_in_every_arabic_form() {
    String[][] years = {
      {"0", "0 عام", "0 سنة"},
      {"1", "عام واحد", "سنة واحدة"},
      {"2", "عامين", "سنتين"},
      {"5", "5 أعوام", "5 سنوات"},
      {"18", "18 عامًا", "18 سنة"},
      {"99", "99 عامًا", "99 سنة"},
      {"100", "100 عام", "100 سنة"},
    };
    for (String[] y : years) {
      int n = Integer.parseInt(y[0]);
      assertThat(message(AR, "minor.notAdmitted", "adultAge", n))
          .isEqualTo("هذه الفرصة لا تقبل المتطوعين دون " + y[1]);
      assertThat(message(AR, "minor.guardianConsentMissing", "adultAge", n))
          .isEqualTo("المتطوعون دون " + y[1] + " يحتاجون إلى موافقة ولي الأمر");
      assertThat(message(AR, "age.belowMinimum", "minimumAge", n, "calendar", "HIJRI", "age", n))
          .isEqualTo(
              "يجب ألا يقل عمرك يوم الفترة عن "
                  + y[2]
                  + " (بالسنوات الهجرية)، وسيكون عمرك "
                  + y[2]);
    }
    assertThat(message(Locale.ENGLISH, "minor.notAdmitted", "adultAge", 18))
        .isEqualTo("this opportunity does not admit volunteers under 18 years old");
    assertThat(
            message(
                Locale.ENGLISH,
                "age.belowMinimum",
                "minimumAge",
                16,
                "calendar",
                "HIJRI",
                "age",
                15))
        .isEqualTo(
            "you must be at least 16 years old (Hijri years) on the day of the shift, and you will be 15 years old");
  }

  @Test
  void gender_and_residency_read_as_one_word_with_their_preposition() {
    assertThat(message(AR, "gender.mismatch", "gender", "FEMALE"))
        .isEqualTo("هذه الفرصة مخصصة للإناث");
    assertThat(message(AR, "gender.mismatch", "gender", "MALE"))
        .isEqualTo("هذه الفرصة مخصصة للذكور");
    assertThat(message(AR, "residency.mismatch", "residency", "RESIDENT"))
        .isEqualTo("هذه الفرصة مخصصة للمقيمين");
    assertThat(message(AR, "residency.mismatch", "residency", "CITIZEN"))
        .isEqualTo("هذه الفرصة مخصصة للمواطنين السعوديين");
    assertThat(FORMATTER.explain(Unmet.of("gender.mismatch", "gender", "FEMALE"), AR).message())
        .doesNotContain("لـ")
        .doesNotContain("\u2068");
    assertThat(message(Locale.ENGLISH, "gender.mismatch", "gender", "FEMALE"))
        .isEqualTo("this opportunity is reserved for female volunteers");
    assertThat(message(Locale.ENGLISH, "residency.mismatch", "residency", "RESIDENT"))
        .isEqualTo("this opportunity is reserved for residents");
  }
}
