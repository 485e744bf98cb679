package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tatawwu.impl.validation.Fixtures.CLOCK;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tatawwu.Tatawwu;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.Problem;
import org.tatawwu.volunteer.MobileNumber;

/**
 * The mobile messages tell the real problem in one notation. A number of the wrong length is told
 * ten digits of the national form 05XXXXXXXX, with no count after +966 mixed in. The message for a
 * number outside the Saudi mobile ranges lists exactly the prefixes that {@link MobileNumber#parse}
 * accepts, in both languages: the list is read back from each message and compared with the
 * parser's answer for every number {@code 05abcd…}.
 */
class MobileMessageTest {
  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final String KEY = "org.tatawwu.constraints.mobile.prefix";
  private static final Pattern NUMBER = Pattern.compile("0\\d+");

  /** The prefixes a message names: single ones and ranges of equal length, expanded. */
  private static Set<String> prefixes(String list, String rangeWord, String rangeStart) {
    Set<String> out = new TreeSet<>();
    for (String item : Pattern.compile(",| أو | or ").splitAsStream(list).toList()) {
      String s = item.strip().replace(rangeStart, "").strip();
      if (s.startsWith("or ")) {
        s = s.substring(3);
      }
      List<String> range = Pattern.compile(" " + rangeWord + " ").splitAsStream(s).toList();
      assertThat(range.get(0)).as(item).matches(NUMBER);
      if (range.size() == 1) {
        out.add(range.get(0));
      } else {
        assertThat(range.get(1)).as(item).matches(NUMBER).hasSameSizeAs(range.get(0));
        for (long p = Long.parseLong(range.get(0)); p <= Long.parseLong(range.get(1)); p++) {
          out.add("0" + p);
        }
      }
    }
    return out;
  }

  private static String message(String language) {
    return Objects.requireNonNull(
        BundleTexts.load("org/tatawwu/impl/validation/Messages", language).getProperty(KEY));
  }

  private static Set<String> english() {
    String message = message("en");
    Matcher m = Pattern.compile("Saudi mobile numbers start with (.*)$").matcher(message);
    assertThat(m.find()).as(message).isTrue();
    return prefixes(m.group(1), "to", "");
  }

  private static Set<String> arabic() {
    String message = message("ar");
    Matcher m = Pattern.compile("تبدأ أرقام الجوال السعودية بـ (.*)$").matcher(message);
    assertThat(m.find()).as(message).isTrue();
    return prefixes(m.group(1), "إلى", "من ");
  }

  private static boolean accepted(String national) {
    try {
      MobileNumber.parse("0" + national);
      return true;
    } catch (InvalidValueException e) {
      assertThat(e.code()).isEqualTo("mobile.prefix");
      return false;
    }
  }

  @Test
  void both_languages_name_the_same_prefixes() {
    assertThat(arabic()).isEqualTo(english()).contains("050", "059", "0570", "0578", "05791");
    assertThat(english()).doesNotContain("052", "0579", "05792");
  }

  @Test
  void the_named_prefixes_are_exactly_the_ranges_the_parser_accepts() {
    Set<String> named = english();
    List<String> disagreements = new ArrayList<>();
    for (int k = 0; k <= 9_999; k++) {
      for (String tail : List.of("0000", "9999")) {
        String national = "5" + String.format(Locale.ROOT, "%04d", k) + tail;
        boolean claimed = named.stream().anyMatch(p -> ("0" + national).startsWith(p));
        if (claimed != accepted(national)) {
          disagreements.add("0" + national + (claimed ? " named but refused" : " accepted"));
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void the_parsers_own_sentence_is_the_english_message() {
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> MobileNumber.parse("0579212345"));
    assertThat(e.code()).isEqualTo("mobile.prefix");
    assertThat(e.getMessage()).isEqualTo(message("en"));
  }

  /** Validates a registration whose only fault is its mobile number, in one language. */
  private static List<Problem> problems(String mobile, Locale locale) {
    var form = Fixtures.registration("1234567897", "سارة", "Sara", mobile, "1410-02-15", null);
    return Tatawwu.validator(CLOCK).validate(form, locale);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"05792345678", "+96650123456", "0501234567890", "050123456", "96650012345"})
  void a_number_of_the_wrong_length_is_told_ten_digits_in_one_notation(String mobile) {
    assertThat(problems(mobile, Locale.ENGLISH))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("mobile");
              assertThat(p.code()).isEqualTo("constraints.mobile.format");
              assertThat(p.message())
                  .isEqualTo("a Saudi mobile number has 10 digits, for example 05XXXXXXXX");
            });
    assertThat(problems(mobile, AR))
        .singleElement()
        .extracting(Problem::message)
        .isEqualTo("رقم الجوال السعودي يتكون من 10 أرقام، مثل 05XXXXXXXX");
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> MobileNumber.parse(mobile)))
        .extracting(InvalidValueException::code)
        .isEqualTo("mobile.format");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0579212345", "+966579512345", "0521234567"})
  void a_number_in_no_range_is_told_the_allocated_prefixes(String mobile) {
    assertThat(problems(mobile, Locale.ENGLISH))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("mobile");
              assertThat(p.code()).isEqualTo("constraints.mobile.prefix");
              assertThat(p.message())
                  .isEqualTo(
                      "this number is not in a Saudi mobile range: Saudi mobile numbers start"
                          + " with 050, 051, 053 to 056, 058, 059, 0570 to 0578, 05790 or 05791");
            });
    assertThat(problems(mobile, AR))
        .singleElement()
        .extracting(Problem::plainMessage)
        .isEqualTo(
            "هذا الرقم ليس ضمن نطاقات الجوال السعودية: تبدأ أرقام الجوال السعودية بـ 050 أو 051"
                + " أو من 053 إلى 056 أو 058 أو 059 أو من 0570 إلى 0578 أو 05790 أو 05791");
  }
}
