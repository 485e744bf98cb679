package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {
  private static final Locale AR = Locale.forLanguageTag("ar");

  @Test
  void fills_named_arguments_and_keeps_unknown_ones() {
    assertThat(
            MessageTemplate.format(
                "{a} and {b} but not {c}",
                Map.of("a", 1, "b", "x"),
                Locale.ENGLISH,
                (n, v) -> "<" + v + ">",
                false))
        .isEqualTo("<1> and <x> but not {c}");
  }

  @Test
  void wraps_every_inserted_value_and_number_in_isolates_when_asked() {
    String t = "{code}: {n, plural, one {واحد} other {# عناصر}}";
    assertThat(
            MessageTemplate.format(
                t, Map.of("code", "X-1", "n", 5), AR, (n, v) -> v.toString(), true))
        .isEqualTo("\u2068X-1\u2069: \u20685\u2069 عناصر");
    assertThat(
            MessageTemplate.format(
                t, Map.of("code", "X-1", "n", 5), AR, (n, v) -> v.toString(), false))
        .isEqualTo("X-1: 5 عناصر");
  }

  @Test
  void an_exact_branch_wins_over_the_category_and_other_is_the_fallback() {
    String t = "{n, plural, =0 {none} one {one} other {# many}}";
    assertThat(MessageTemplate.format(t, Map.of("n", 0), Locale.ENGLISH, (n, v) -> "", false))
        .isEqualTo("none");
    assertThat(MessageTemplate.format(t, Map.of("n", 1), Locale.ENGLISH, (n, v) -> "", false))
        .isEqualTo("one");
    assertThat(MessageTemplate.format(t, Map.of("n", 2), AR, (n, v) -> "", false))
        .as("Arabic two falls back to other here")
        .isEqualTo("2 many");
  }

  @Test
  void a_fractional_count_takes_the_other_form() {
    String t =
        "{h, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}";
    assertThat(MessageTemplate.format(t, Map.of("h", 7.5), AR, (n, v) -> "", false))
        .isEqualTo("7.5 ساعة");
    assertThat(MessageTemplate.format(t, Map.of("h", 7.0), AR, (n, v) -> "", false))
        .isEqualTo("7 ساعات");
  }

  @Test
  void select_picks_the_branch_named_by_the_value() {
    String t = "مخصصة {g, select, MALE {للذكور} FEMALE {للإناث} other {لغيرهم}}";
    assertThat(MessageTemplate.format(t, Map.of("g", "FEMALE"), AR, (n, v) -> "", true))
        .isEqualTo("مخصصة للإناث");
    assertThat(MessageTemplate.format(t, Map.of("g", "OTHER"), AR, (n, v) -> "", true))
        .isEqualTo("مخصصة لغيرهم");
  }

  @Test
  void expanding_plurals_leaves_simple_placeholders_to_another_interpolator() {
    assertThat(
            MessageTemplate.expandPlurals(
                "{min} to {max, plural, one {# letter} other {# letters}}",
                Map.of("min", 1, "max", 1),
                Locale.ENGLISH))
        .isEqualTo("{min} to 1 letter");
  }

  /**
   * Every counted message of every bundle, in both languages, formatted for every count from 0 to
   * 250 by this class and by ICU4J's MessageFormat (the peer), with the other arguments given as
   * fixed text: the two agree.
   */
  @Test
  void every_counted_message_agrees_with_icu4j_message_format_for_counts_0_to_250() {
    int checked = 0;
    for (String base : BundleTexts.BASES) {
      for (String language : List.of("en", "ar")) {
        Properties bundle = BundleTexts.load(base, language);
        Locale locale = Locale.forLanguageTag(language);
        // Latin digits, as the bundles write them
        ULocale icuLocale = new ULocale(language + "@numbers=latn");
        for (String key : bundle.stringPropertyNames()) {
          String template = bundle.getProperty(key);
          if (!MessageTemplate.hasPlural(template)) {
            continue;
          }
          MessageFormat icu = new MessageFormat(template, icuLocale);
          for (int n = 0; n <= 250; n++) {
            Map<String, Object> args = new HashMap<>();
            for (String name : MessageTemplate.argumentNames(template)) {
              args.put(
                  name, MessageTemplate.pluralBlocks(template).containsKey(name) ? n : "V-" + name);
            }
            String ours =
                MessageTemplate.format(template, args, locale, (k, v) -> v.toString(), false);
            assertThat(ours)
                .as("%s_%s %s n=%d", base, language, key, n)
                .isEqualTo(icu.format(args));
            checked++;
          }
        }
      }
    }
    assertThat(checked).as("counted messages checked").isGreaterThanOrEqualTo(20 * 251);
  }
}
