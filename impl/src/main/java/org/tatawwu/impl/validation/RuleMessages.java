package org.tatawwu.impl.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.tatawwu.time.HijriTable;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.Violation;

/**
 * Turns rule violations into localised problems from a bundle pair ({@code <base>_en}, {@code
 * <base>_ar}) with {@link MessageTemplate}: {@code {name}} is replaced by the argument of that name
 * and counts take the words of their plural form; dates show in Hijri and Gregorian ({@code
 * date.pattern}); an enum constant {@code X} shows as the bundle's {@code value.X} when it has one;
 * in Arabic each value is wrapped in first-strong isolates (U+2068 … U+2069); an argument {@code
 * line} becomes the problem's path. Thread-safe.
 */
public final class RuleMessages {
  private final String baseName;

  /**
   * Creates the localiser.
   *
   * @param baseName the bundles' base name
   */
  public RuleMessages(String baseName) {
    this.baseName = baseName;
  }

  /**
   * Localises violations.
   *
   * @param violations the violations, not null
   * @param requested the language, not null
   * @return one problem per violation
   */
  public List<Problem> problems(List<Violation> violations, Locale requested) {
    Locale locale = Messages.supported(requested);
    ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale);
    boolean arabic = "ar".equals(locale.getLanguage());
    List<Problem> out = new ArrayList<>();
    for (Violation v : violations) {
      String message;
      try {
        message = bundle.getString(v.code());
      } catch (MissingResourceException e) {
        message = v.code();
      }
      message =
          MessageTemplate.format(
              message, v.arguments(), locale, (name, value) -> format(value, bundle), arabic);
      Object line = v.arguments().get("line");
      out.add(new Problem(line == null ? "" : "line " + line, v.code(), message));
    }
    return out;
  }

  private static String format(Object value, ResourceBundle bundle) {
    if (value instanceof LocalDate d && bundle.containsKey("date.pattern")) {
      return date(d, bundle);
    }
    if (value instanceof Enum<?> e && bundle.containsKey("value." + e.name())) {
      return bundle.getString("value." + e.name());
    }
    if (value instanceof Double d && d == Math.rint(d)) {
      return Long.toString(d.longValue());
    }
    return value.toString();
  }

  /**
   * Formats a day with the bundle's {@code date.pattern} ({@code {hijri}} in Umm al-Qura, {@code
   * {gregorian}}); outside the Hijri table, the Gregorian date alone.
   *
   * @param d the day, not null
   * @param bundle a bundle with a {@code date.pattern}, not null
   * @return the text
   */
  public static String date(LocalDate d, ResourceBundle bundle) {
    try {
      String hijri = HijriTable.ummAlQura().toHijri(d).toString();
      return bundle
          .getString("date.pattern")
          .replace("{hijri}", hijri)
          .replace("{gregorian}", d.toString());
    } catch (InvalidValueException e) {
      return d.toString();
    }
  }
}
