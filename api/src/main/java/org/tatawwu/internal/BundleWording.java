package org.tatawwu.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.Violation;

/**
 * Words the violations of an API record's refusal from the record's own message bundle, in Arabic
 * for any {@code ar} locale and in English otherwise: the localiser of the {@link
 * org.tatawwu.validation.RuleException}s that records throw without an implementation at hand. Not
 * part of the API. Thread-safe; {@link ResourceBundle} caches the bundles.
 */
public final class BundleWording {
  private BundleWording() {}

  /** Words one violation, given the bundle of the chosen language. */
  @FunctionalInterface
  public interface Worder {
    /**
     * Returns the problem a violation words to.
     *
     * @param violation the violation
     * @param bundle the bundle of the chosen language
     * @return the problem
     */
    Problem word(Violation violation, ResourceBundle bundle);
  }

  /**
   * Words violations, one problem each, in their order.
   *
   * @param bundle the bundle's base name, in this module
   * @param violations the violations
   * @param locale Arabic for any {@code ar} locale, English otherwise
   * @param worder words one violation
   * @return the problems
   */
  public static List<Problem> words(
      String bundle, List<Violation> violations, Locale locale, Worder worder) {
    Locale language =
        "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
    ResourceBundle messages = ResourceBundle.getBundle(bundle, language);
    List<Problem> out = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      out.add(worder.word(v, messages));
    }
    return out;
  }
}
