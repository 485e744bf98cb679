package org.tatawwu.impl.validation;

import java.util.Locale;

/**
 * CLDR plural rules for whole numbers in the two languages Tatawwu writes: Arabic (six categories)
 * and English (two).
 *
 * <ul>
 *   <li>Arabic: {@code zero} for 0, {@code one} for 1, {@code two} for 2, {@code few} when {@code n
 *       % 100} is 3 to 10, {@code many} when {@code n % 100} is 11 to 99, {@code other} for the
 *       rest (100, 101, 102, 200, ...).
 *   <li>English: {@code one} for 1, {@code other} for the rest.
 * </ul>
 *
 * <p>A small table rather than ICU4J: ICU4J (about 14 MB) would triple the size of what an
 * embedding application takes in, for two rules of a few lines that change rarely. The test suite
 * checks this table against ICU4J's {@code PluralRules} for every number from 0 to 100,000 and for
 * large ones, so that a disagreement with CLDR fails the build. This class is stateless and
 * thread-safe.
 */
public final class PluralRules {
  private PluralRules() {}

  /**
   * Returns the plural category of a whole number in a language: Arabic for any {@code ar} locale,
   * English otherwise.
   *
   * @param locale the language, not null
   * @param n the number; negative numbers take the category of their absolute value, as in CLDR
   * @return the category, never null
   */
  public static PluralCategory select(Locale locale, long n) {
    long abs = n == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(n);
    if ("ar".equals(locale.getLanguage())) {
      if (abs == 0) {
        return PluralCategory.ZERO;
      }
      if (abs == 1) {
        return PluralCategory.ONE;
      }
      if (abs == 2) {
        return PluralCategory.TWO;
      }
      long mod100 = abs % 100;
      if (mod100 >= 3 && mod100 <= 10) {
        return PluralCategory.FEW;
      }
      if (mod100 >= 11) {
        return PluralCategory.MANY;
      }
      return PluralCategory.OTHER;
    }
    return abs == 1 ? PluralCategory.ONE : PluralCategory.OTHER;
  }
}
