package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The small plural table against CLDR, by hand and through ICU4J (a test dependency only). */
class PluralRulesTest {
  private static final Locale AR = Locale.forLanguageTag("ar");

  @Test
  void arabic_has_six_forms_by_cldr() {
    // CLDR: zero n=0; one n=1; two n=2; few n%100=3..10; many n%100=11..99; other.
    assertThat(PluralRules.select(AR, 0)).isEqualTo(PluralCategory.ZERO);
    assertThat(PluralRules.select(AR, 1)).isEqualTo(PluralCategory.ONE);
    assertThat(PluralRules.select(AR, 2)).isEqualTo(PluralCategory.TWO);
    for (long n : List.of(3L, 7L, 10L, 103L, 110L, 1005L)) {
      assertThat(PluralRules.select(AR, n)).as("%d", n).isEqualTo(PluralCategory.FEW);
    }
    for (long n : List.of(11L, 30L, 99L, 111L, 199L, 1011L)) {
      assertThat(PluralRules.select(AR, n)).as("%d", n).isEqualTo(PluralCategory.MANY);
    }
    for (long n : List.of(100L, 101L, 102L, 200L, 1000L, 1002L)) {
      assertThat(PluralRules.select(AR, n)).as("%d", n).isEqualTo(PluralCategory.OTHER);
    }
  }

  @Test
  void english_has_one_and_other() {
    assertThat(PluralRules.select(Locale.ENGLISH, 1)).isEqualTo(PluralCategory.ONE);
    for (long n : List.of(0L, 2L, 3L, 11L, 21L, 100L, 101L)) {
      assertThat(PluralRules.select(Locale.ENGLISH, n)).as("%d", n).isEqualTo(PluralCategory.OTHER);
    }
  }

  @Test
  void the_table_agrees_with_icu4j_for_every_number_to_100000_and_for_large_ones() {
    com.ibm.icu.text.PluralRules arabic = com.ibm.icu.text.PluralRules.forLocale(new ULocale("ar"));
    com.ibm.icu.text.PluralRules english =
        com.ibm.icu.text.PluralRules.forLocale(new ULocale("en"));
    for (long n = 0; n <= 100_000; n++) {
      check(arabic, AR, n);
      check(english, Locale.ENGLISH, n);
    }
    for (long n :
        List.of(1_000_003L, 1_000_011L, 1_000_100L, 123_456_789_012L, 999_999_999_999_999L)) {
      check(arabic, AR, n);
      check(english, Locale.ENGLISH, n);
    }
  }

  @Test
  void any_arabic_locale_uses_the_arabic_rules() {
    assertThat(PluralRules.select(Locale.forLanguageTag("ar-SA"), 7)).isEqualTo(PluralCategory.FEW);
    assertThat(PluralRules.select(Locale.GERMAN, 7)).isEqualTo(PluralCategory.OTHER);
  }

  private static void check(com.ibm.icu.text.PluralRules icu, Locale locale, long n) {
    assertThat(PluralRules.select(locale, n).keyword())
        .as("%s %d", locale, n)
        .isEqualTo(icu.select((double) n));
  }
}
