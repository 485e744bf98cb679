package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every count of every message of every bundle, in each Arabic plural form and in English, against
 * sentences written by hand: for each counted argument a row gives the sentence around the count
 * and the words for the count in each form, as Arabic grammar has them (the case the sentence puts
 * the count in decides «يومًا واحدًا» or «يوم واحد», «عضوين» or «عضوان»). The forms are chosen by
 * CLDR's Arabic rule, written out here: zero for 0, one for 1, two for 2, few when {@code n % 100}
 * is 3 to 10, many when it is 11 to 99, other for the rest (100–102, 200–202, ...).
 *
 * <p>A message that gains a count without a row here fails {@link
 * #every_counted_message_of_every_bundle_has_a_row()}.
 */
class EveryCountedMessageTest {
  private static final Locale AR = Locale.forLanguageTag("ar");

  /** Every Arabic form, with the edges of each and numbers above 100. */
  private static final List<Integer> COUNTS =
      List.of(0, 1, 2, 3, 7, 10, 11, 30, 99, 100, 101, 102, 103, 110, 111, 199, 200, 1000, 1003);

  private static final String MESSAGES = "org/tatawwu/impl/validation/Messages";
  private static final String REASONS = "org/tatawwu/impl/eligibility/Reasons";
  private static final String HOURS = "org/tatawwu/impl/hours/Hours";
  private static final String FUND = "org/tatawwu/impl/fund/Fund";
  private static final String INCIDENT = "org/tatawwu/impl/incident/Incident";

  /** CLDR's Arabic plural rule for whole numbers. */
  static String arabicForm(int n) {
    int mod100 = n % 100;
    if (n == 0) {
      return "zero";
    } else if (n == 1) {
      return "one";
    } else if (n == 2) {
      return "two";
    } else if (mod100 >= 3 && mod100 <= 10) {
      return "few";
    } else if (mod100 >= 11) {
      return "many";
    }
    return "other";
  }

  /** The words for a count in each Arabic form; {@code #} stands for the number. */
  record Arabic(String zero, String one, String two, String few, String many, String other) {
    String of(int n) {
      String words =
          switch (arabicForm(n)) {
            case "zero" -> zero;
            case "one" -> one;
            case "two" -> two;
            case "few" -> few;
            case "many" -> many;
            default -> other;
          };
      return words.replace("#", Integer.toString(n));
    }
  }

  /** The words for a count in English; {@code #} stands for the number. */
  record English(String one, String other) {
    String of(int n) {
      return (n == 1 ? one : other).replace("#", Integer.toString(n));
    }
  }

  // Arabic nouns after a number, by the case the sentence gives them.
  static final Arabic DAYS_GENITIVE =
      new Arabic("# يوم", "يوم واحد", "يومين", "# أيام", "# يومًا", "# يوم");
  static final Arabic DAYS_ACCUSATIVE =
      new Arabic("# يوم", "يومًا واحدًا", "يومين", "# أيام", "# يومًا", "# يوم");
  static final Arabic MINUTES =
      new Arabic("# دقيقة", "دقيقة واحدة", "دقيقتين", "# دقائق", "# دقيقة", "# دقيقة");
  static final Arabic HOUR_WORDS =
      new Arabic("# ساعة", "ساعة واحدة", "ساعتين", "# ساعات", "# ساعة", "# ساعة");
  static final Arabic METRES =
      new Arabic("# متر", "متر واحد", "مترين", "# أمتار", "# مترًا", "# متر");
  static final Arabic LETTERS =
      new Arabic("# حرف", "حرف واحد", "حرفين", "# أحرف", "# حرفًا", "# حرف");
  static final Arabic YEARS_AAM =
      new Arabic("# عام", "عام واحد", "عامين", "# أعوام", "# عامًا", "# عام");
  static final Arabic YEARS_SANA =
      new Arabic("# سنة", "سنة واحدة", "سنتين", "# سنوات", "# سنة", "# سنة");
  static final Arabic MEMBERS_GENITIVE =
      new Arabic("# عضو", "عضو واحد", "عضوين", "# أعضاء", "# عضوًا", "# عضو");
  static final Arabic MEMBERS_NOMINATIVE =
      new Arabic("# عضو", "عضو واحد", "عضوان", "# أعضاء", "# عضوًا", "# عضو");
  static final Arabic SEATS_NOMINATIVE =
      new Arabic("# مقعد", "مقعد واحد", "مقعدان", "# مقاعد", "# مقعدًا", "# مقعد");
  static final Arabic FREE_SEATS =
      new Arabic(
          "لا يوجد فيها مقعد شاغر",
          "فيها مقعد واحد شاغر",
          "فيها مقعدان شاغران",
          "فيها # مقاعد شاغرة",
          "فيها # مقعدًا شاغرًا",
          "فيها # مقعد شاغر");
  static final Arabic INTEGER_DIGITS =
      new Arabic(
          "# خانة صحيحة",
          "خانة صحيحة واحدة",
          "خانتين صحيحتين",
          "# خانات صحيحة",
          "# خانة صحيحة",
          "# خانة صحيحة");
  static final Arabic DECIMALS =
      new Arabic(
          "# خانة عشرية",
          "خانة عشرية واحدة",
          "خانتين عشريتين",
          "# خانات عشرية",
          "# خانة عشرية",
          "# خانة عشرية");
  static final Arabic OVERLAPPED_SHIFTS =
      new Arabic(
          "# من فتراتك المقبولة",
          "إحدى فتراتك المقبولة",
          "اثنتين من فتراتك المقبولة",
          "# من فتراتك المقبولة",
          "# من فتراتك المقبولة",
          "# من فتراتك المقبولة");
  static final Arabic OPEN_SHIFTS =
      new Arabic(
          "# فترة مقبولة لم تنتهِ بعد",
          "فترة مقبولة واحدة لم تنتهِ بعد",
          "فترتان مقبولتان لم تنتهيا بعد",
          "# فترات مقبولة لم تنتهِ بعد",
          "# فترة مقبولة لم تنتهِ بعد",
          "# فترة مقبولة لم تنتهِ بعد");

  static final English DAYS = new English("# day", "# days");
  static final English DAYS_ARE = new English("# day is", "# days are");
  static final English MINUTES_EN = new English("# minute", "# minutes");
  static final English MINUTES_ARE = new English("# minute is", "# minutes are");
  static final English HOURS_EN = new English("# hour", "# hours");
  static final English METRES_EN = new English("# metre", "# metres");
  static final English YEARS = new English("# year", "# years");
  static final English MEMBERS = new English("# member", "# members");

  /**
   * One counted argument of one message: the sentence in each language with {@code %s} where the
   * words for the count go, and the other arguments fixed (their text written into the sentence).
   */
  record Row(
      String base,
      String key,
      String count,
      Map<String, Object> others,
      @Nullable Arabic arabic,
      String arabicSentence,
      English english,
      String englishSentence) {
    @Override
    public String toString() {
      return base.substring(base.lastIndexOf('/') + 1) + " " + key + " {" + count + "}";
    }
  }

  private static Row row(
      String base,
      String key,
      String count,
      Map<String, Object> others,
      @Nullable Arabic arabic,
      String arabicSentence,
      English english,
      String englishSentence) {
    return new Row(base, key, count, others, arabic, arabicSentence, english, englishSentence);
  }

  static List<Row> rows() {
    return List.of(
        // --- input constraints
        row(
            MESSAGES,
            "jakarta.validation.constraints.Digits.message",
            "integer",
            Map.of("fraction", 5),
            INTEGER_DIGITS,
            "يجب ألا يزيد على %s و5 خانات عشرية",
            new English("# digit", "# digits"),
            "must have at most %s before the decimal point and 5 decimals"),
        row(
            MESSAGES,
            "jakarta.validation.constraints.Digits.message",
            "fraction",
            Map.of("integer", 11),
            DECIMALS,
            "يجب ألا يزيد على 11 خانة صحيحة و%s",
            new English("# decimal", "# decimals"),
            "must have at most 11 digits before the decimal point and %s"),
        row(
            MESSAGES,
            "org.tatawwu.constraints.CleanText.tooLong",
            "maxLetters",
            Map.of(),
            LETTERS,
            "يجب ألا يزيد على %s",
            new English("# letter", "# letters"),
            "must have at most %s"),
        row(
            MESSAGES,
            "org.tatawwu.constraints.CleanText.tooManyCharacters",
            "maxLength",
            Map.of(),
            new Arabic("# رمز", "رمز واحد", "رمزين", "# رموز", "# رمزًا", "# رمز"),
            "يجب ألا يزيد على %s، بما فيها المسافات",
            new English("# character", "# characters"),
            "must have at most %s, spaces included"),
        row(
            MESSAGES,
            "jakarta.validation.constraints.Size.message",
            "max",
            Map.of("min", 0),
            null, // the Arabic names no noun: «بين 0 و5»
            "يجب أن يكون العدد أو الطول بين 0 و%s",
            new English("# item or character", "# items or characters"),
            "must have between 0 and %s"),
        // --- eligibility
        row(
            REASONS,
            "age.belowMinimum.message",
            "minimumAge",
            Map.of("calendar", "C", "age", 5),
            YEARS_SANA,
            "يجب ألا يقل عمرك يوم الفترة عن %s (بالسنوات C)، وسيكون عمرك 5 سنوات",
            YEARS,
            "you must be at least %s old (C years) on the day of the shift, and you will be 5 years"
                + " old"),
        row(
            REASONS,
            "age.belowMinimum.message",
            "age",
            Map.of("calendar", "C", "minimumAge", 18),
            YEARS_SANA,
            "يجب ألا يقل عمرك يوم الفترة عن 18 سنة (بالسنوات C)، وسيكون عمرك %s",
            YEARS,
            "you must be at least 18 years old (C years) on the day of the shift, and you will be %s"
                + " old"),
        row(
            REASONS,
            "minor.guardianConsentMissing.message",
            "adultAge",
            Map.of(),
            YEARS_AAM,
            "المتطوعون دون %s يحتاجون إلى موافقة ولي الأمر",
            YEARS,
            "volunteers under %s old need their guardian's consent"),
        row(
            REASONS,
            "minor.notAdmitted.message",
            "adultAge",
            Map.of(),
            YEARS_AAM,
            "هذه الفرصة لا تقبل المتطوعين دون %s",
            YEARS,
            "this opportunity does not admit volunteers under %s old"),
        row(
            REASONS,
            "schedule.overlap.message",
            "count",
            Map.of(),
            OVERLAPPED_SHIFTS,
            "تتعارض الفترة مع %s",
            new English("one of your accepted shifts", "# of your accepted shifts"),
            "the shift overlaps %s"),
        row(
            REASONS,
            "schedule.tooManyEnrollments.message",
            "max",
            Map.of(),
            OPEN_SHIFTS,
            "لديك بالفعل %s",
            new English(
                "# accepted shift that has not ended", "# accepted shifts that have not ended"),
            "you already hold %s"),
        row(
            REASONS,
            "training.expired.message",
            "graceDays",
            Map.of("training", "T", "expiredOn", "E"),
            DAYS_ACCUSATIVE,
            "انتهت صلاحية التدريب T في E وانقضت مهلة السماح البالغة %s",
            DAYS,
            "the training T expired on E and its grace period of %s is over"),
        // --- hours
        row(
            HOURS,
            "hours.checkOutTooLate",
            "hours",
            Map.of(),
            HOUR_WORDS,
            "يجب تسجيل الانصراف خلال %s من تسجيل الحضور",
            HOURS_EN,
            "a check-out must come within %s of the check-in"),
        row(
            HOURS,
            "hours.dailyCap",
            "hours",
            Map.of("day", "D"),
            HOUR_WORDS,
            "لا يُحتسب للمتطوع الواحد أكثر من %s في اليوم (D)",
            HOURS_EN,
            "at most %s a day can be credited to one volunteer (D)"),
        row(
            HOURS,
            "hours.locationInaccurate",
            "maximum",
            Map.of(),
            METRES,
            "موقع تسجيل الحضور غير دقيق بما يكفي: يجب ألا تزيد الدقة المُبلَّغ عنها على %s",
            METRES_EN,
            "the check-in location is too vague: its reported accuracy must be within %s"),
        row(
            HOURS,
            "hours.locationTooFar",
            "radius",
            Map.of(),
            METRES,
            "موقع تسجيل الحضور ليس ضمن %s من مكان الوردية",
            METRES_EN,
            "the check-in location is not within %s of the shift's place"),
        row(
            HOURS,
            "hours.outsideShift",
            "early",
            Map.of("shift", "S", "late", 15),
            MINUTES,
            "الساعات خارج وقت الوردية S (يُقبل الحضور مبكرًا بما لا يزيد على %s، والانصراف متأخرًا"
                + " بما لا يزيد على 15 دقيقة)",
            MINUTES_EN,
            "the hours fall outside shift S (check-in at most %s early, check-out at most 15 minutes"
                + " late)"),
        row(
            HOURS,
            "hours.outsideShift",
            "late",
            Map.of("shift", "S", "early", 10),
            MINUTES,
            "الساعات خارج وقت الوردية S (يُقبل الحضور مبكرًا بما لا يزيد على 10 دقائق، والانصراف"
                + " متأخرًا بما لا يزيد على %s)",
            MINUTES_EN,
            "the hours fall outside shift S (check-in at most 10 minutes early, check-out at most %s"
                + " late)"),
        row(
            HOURS,
            "hours.seatsFull",
            "seats",
            Map.of("shift", "S"),
            SEATS_NOMINATIVE,
            "للوردية S %s، احتُسبت كلها لمتطوعين آخرين",
            new English("# seat", "# seats"),
            "shift S has %s, all already credited to other volunteers"),
        row(
            HOURS,
            "hours.seatsFullOnApproval",
            "seats",
            Map.of("entry", "H7", "shift", "S"),
            SEATS_NOMINATIVE,
            "لا يمكن اعتماد القيد H7: للوردية S %s، كلها محتسبة لمتطوعين آخرين أو محجوزة للمتطوعين"
                + " المسجَّلين فيها",
            new English("# seat", "# seats"),
            "the entry H7 cannot be approved: shift S has %s, all credited to other volunteers or"
                + " kept for the volunteers enrolled on it"),
        row(
            HOURS,
            "hours.tooLong",
            "hours",
            Map.of(),
            HOUR_WORDS,
            "لا يجوز أن يزيد القيد الواحد على %s",
            HOURS_EN,
            "one entry may last at most %s"),
        row(
            HOURS,
            "hours.tooOld",
            "days",
            Map.of(),
            DAYS_GENITIVE,
            "لا يمكن تقديم الساعات إلا خلال %s",
            DAYS,
            "hours can be submitted only within %s"),
        row(
            HOURS,
            "hours.tooShort",
            "minutes",
            Map.of(),
            MINUTES,
            "يجب ألا يقل القيد الواحد بعد التقريب عن %s",
            MINUTES_EN,
            "one entry must be at least %s once rounded"),
        // --- fund
        row(
            FUND,
            "fund.overBeneficiaryLimit",
            "days",
            Map.of("limit", "L"),
            DAYS_GENITIVE,
            "لا يجوز أن يتلقى المستفيد الواحد أكثر من L خلال %s",
            DAYS,
            "one beneficiary may receive at most L in %s"),
        // --- incident teams
        row(
            INCIDENT,
            "team.wrongSize",
            "required",
            Map.of("size", 3),
            MEMBERS_GENITIVE,
            "يعمل هذا الدور في فرق من %s، وفي هذا الفريق 3 أعضاء",
            MEMBERS,
            "this role works in teams of %s; this team has 3 members"),
        row(
            INCIDENT,
            "team.wrongSize",
            "size",
            Map.of("required", 4),
            MEMBERS_NOMINATIVE,
            "يعمل هذا الدور في فرق من 4 أعضاء، وفي هذا الفريق %s",
            MEMBERS,
            "this role works in teams of 4 members; this team has %s"),
        row(
            INCIDENT,
            "team.noCapacity",
            "size",
            Map.of("seats", 2),
            MEMBERS_GENITIVE,
            "لا تتسع الفترة لفريق من %s: فيها مقعدان شاغران",
            MEMBERS,
            "a team of %s does not fit in the shift: it has 2 free seats"),
        row(
            INCIDENT,
            "team.noCapacity",
            "seats",
            Map.of("size", 12),
            FREE_SEATS,
            "لا تتسع الفترة لفريق من 12 عضوًا: %s",
            new English("# free seat", "# free seats"),
            "a team of 12 members does not fit in the shift: it has %s"));
  }

  /** The rotation rules, worded the same in the incident and eligibility bundles. */
  static List<Row> rotationRows() {
    List<Row> out = new java.util.ArrayList<>();
    for (String[] where : new String[][] {{INCIDENT, ""}, {REASONS, ".message"}}) {
      String base = where[0];
      String suffix = where[1];
      out.add(
          row(
              base,
              "rotation.consecutiveDays" + suffix,
              "days",
              Map.of("max", 5),
              DAYS_ACCUSATIVE,
              "بهذه الفترة يبلغ العمل المتواصل %s، ويجب ألا يزيد على 5 أيام",
              DAYS,
              "this shift makes %s of work in a row; at most 5 days are allowed"));
      out.add(
          row(
              base,
              "rotation.consecutiveDays" + suffix,
              "max",
              Map.of("days", 7),
              DAYS_GENITIVE,
              "بهذه الفترة يبلغ العمل المتواصل 7 أيام، ويجب ألا يزيد على %s",
              DAYS_ARE,
              "this shift makes 7 days of work in a row; at most %s allowed"));
      out.add(
          row(
              base,
              "rotation.rest" + suffix,
              "restMinutes",
              Map.of("minMinutes", 660),
              MINUTES,
              "لا تتجاوز الراحة بين الفترتين %s، ويجب ألا تقل عن 660 دقيقة",
              MINUTES_EN,
              "only %s of rest between shifts; at least 660 minutes are required"));
      out.add(
          row(
              base,
              "rotation.rest" + suffix,
              "minMinutes",
              Map.of("restMinutes", 3),
              MINUTES,
              "لا تتجاوز الراحة بين الفترتين 3 دقائق، ويجب ألا تقل عن %s",
              MINUTES_ARE,
              "only 3 minutes of rest between shifts; at least %s required"));
      out.add(
          row(
              base,
              "rotation.weeklyHours" + suffix,
              "minutes",
              Map.of("maxMinutes", 2880),
              MINUTES,
              "بهذه الفترة يبلغ العمل خلال 7 أيام %s، ويجب ألا يزيد على 2880 دقيقة",
              MINUTES_EN,
              "this shift makes %s of work in 7 days; at most 2880 minutes are allowed"));
      out.add(
          row(
              base,
              "rotation.weeklyHours" + suffix,
              "maxMinutes",
              Map.of("minutes", 2881),
              MINUTES,
              "بهذه الفترة يبلغ العمل خلال 7 أيام 2881 دقيقة، ويجب ألا يزيد على %s",
              MINUTES_ARE,
              "this shift makes 2881 minutes of work in 7 days; at most %s allowed"));
    }
    return out;
  }

  static Stream<Row> allRows() {
    return Stream.concat(rows().stream(), rotationRows().stream());
  }

  private static String format(String base, String key, Locale locale, Map<String, Object> args) {
    String template =
        java.util.Objects.requireNonNull(
            BundleTexts.load(base, locale.getLanguage()).getProperty(key),
            base + "_" + locale.getLanguage() + " " + key);
    return MessageTemplate.format(template, args, locale, (name, value) -> value.toString(), false);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allRows")
  void reads_right_in_every_arabic_form_and_in_english(Row row) {
    for (int n : COUNTS) {
      Map<String, Object> args = new HashMap<>(row.others());
      args.put(row.count(), n);
      Arabic arabic = row.arabic();
      String expectedArabic =
          String.format(row.arabicSentence(), arabic == null ? Integer.toString(n) : arabic.of(n));
      assertThat(format(row.base(), row.key(), AR, args))
          .as("%s, n=%d (%s)", row, n, arabicForm(n))
          .isEqualTo(expectedArabic);
      assertThat(format(row.base(), row.key(), Locale.ENGLISH, args))
          .as("%s, n=%d", row, n)
          .isEqualTo(String.format(row.englishSentence(), row.english().of(n)));
    }
  }

  @Test
  void every_counted_message_of_every_bundle_has_a_row() {
    Set<String> counted = new TreeSet<>();
    for (String base : BundleTexts.BASES) {
      for (String language : List.of("ar", "en")) {
        Properties p = BundleTexts.load(base, language);
        for (String key : p.stringPropertyNames()) {
          for (String arg : MessageTemplate.pluralBlocks(p.getProperty(key)).keySet()) {
            counted.add(base + " " + key + " {" + arg + "}");
          }
        }
      }
    }
    Set<String> covered = new TreeSet<>();
    allRows().forEach(r -> covered.add(r.base() + " " + r.key() + " {" + r.count() + "}"));
    assertThat(covered)
        .as(
            "each counted argument of each message needs a row in EveryCountedMessageTest, with"
                + " its words in each Arabic form written by hand")
        .isEqualTo(counted);
  }

  @Test
  void the_rotation_rules_read_the_same_for_an_incident_and_for_eligibility() {
    Map<String, String> incident = new LinkedHashMap<>();
    for (String language : List.of("ar", "en")) {
      Properties i = BundleTexts.load(INCIDENT, language);
      Properties r = BundleTexts.load(REASONS, language);
      for (String key : i.stringPropertyNames()) {
        if (key.startsWith("rotation.")) {
          incident.put(language + " " + key, i.getProperty(key));
          assertThat(r.getProperty(key + ".message"))
              .as(language + " " + key)
              .isEqualTo(i.getProperty(key));
        }
      }
    }
    assertThat(incident).hasSize(6);
  }

  @Test
  void the_issue_examples_read_as_a_native_reader_writes_them() {
    Map<String, Object> args = new HashMap<>();
    args.put("days", 2L);
    args.put("max", 1);
    assertThat(format(INCIDENT, "rotation.consecutiveDays", AR, args))
        .isEqualTo("بهذه الفترة يبلغ العمل المتواصل يومين، ويجب ألا يزيد على يوم واحد");
    args.put("days", 11L);
    args.put("max", 10);
    assertThat(format(INCIDENT, "rotation.consecutiveDays", AR, args))
        .isEqualTo("بهذه الفترة يبلغ العمل المتواصل 11 يومًا، ويجب ألا يزيد على 10 أيام");
    assertThat(
            format(
                INCIDENT, "rotation.weeklyHours", AR, Map.of("minutes", 103L, "maxMinutes", 60L)))
        .isEqualTo("بهذه الفترة يبلغ العمل خلال 7 أيام 103 دقائق، ويجب ألا يزيد على 60 دقيقة");
    assertThat(format(INCIDENT, "team.noCapacity", Locale.ENGLISH, Map.of("seats", 1, "size", 2)))
        .isEqualTo("a team of 2 members does not fit in the shift: it has 1 free seat");
    assertThat(format(INCIDENT, "team.noCapacity", AR, Map.of("seats", 11, "size", 11)))
        .isEqualTo("لا تتسع الفترة لفريق من 11 عضوًا: فيها 11 مقعدًا شاغرًا");
    assertThat(format(INCIDENT, "team.wrongSize", AR, Map.of("size", 11, "required", 2)))
        .isEqualTo("يعمل هذا الدور في فرق من عضوين، وفي هذا الفريق 11 عضوًا");
  }
}
