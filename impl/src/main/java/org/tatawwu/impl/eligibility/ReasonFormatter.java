package org.tatawwu.impl.eligibility;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.tatawwu.eligibility.Explanation;
import org.tatawwu.eligibility.Unmet;
import org.tatawwu.geo.Region;
import org.tatawwu.impl.validation.MessageTemplate;
import org.tatawwu.impl.validation.Messages;
import org.tatawwu.impl.validation.RuleMessages;

/**
 * Explains unmet criteria from the {@code Reasons_en} and {@code Reasons_ar} bundles with {@link
 * MessageTemplate}: arguments are substituted by name ({@code {minimumAge}}), counts take the words
 * of their plural form and {@code select} blocks the words of a value; dates show in Hijri (Umm
 * al-Qura) and Gregorian; in Arabic each value is wrapped in first-strong isolates (U+2068 …
 * U+2069) so that Latin text and digits keep their order.
 */
final class ReasonFormatter {
  static final String BASE_NAME = "org.tatawwu.impl.eligibility.Reasons";

  Explanation explain(Unmet unmet, Locale requested) {
    Locale locale = Messages.supported(requested);
    ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale);
    String code = unmet.code();
    String message;
    String remedy;
    try {
      message = bundle.getString(code + ".message");
      remedy = bundle.getString(code + ".remedy");
    } catch (MissingResourceException e) {
      message = bundle.getString("criterion.unknown.message");
      remedy = bundle.getString("criterion.unknown.remedy");
    }
    Map<String, Object> args = new java.util.HashMap<>(unmet.arguments());
    args.put("code", code);
    return new Explanation(
        code, substitute(message, args, bundle, locale), substitute(remedy, args, bundle, locale));
  }

  private static String substitute(
      String template, Map<String, Object> args, ResourceBundle bundle, Locale locale) {
    return MessageTemplate.format(
        template,
        args,
        locale,
        (name, value) -> format(name, value, bundle, locale),
        "ar".equals(locale.getLanguage()));
  }

  private static String format(String name, Object value, ResourceBundle bundle, Locale locale) {
    String text;
    if (value instanceof LocalDate d) {
      text = RuleMessages.date(d, bundle);
    } else if ("region".equals(name)) {
      text = Region.parse(value.toString()).displayName().in(locale);
    } else if ("language".equals(name)) {
      text = Locale.forLanguageTag(value.toString()).getDisplayLanguage(locale);
    } else if (bundle.containsKey("value." + value)) {
      text = bundle.getString("value." + value);
    } else {
      text = value.toString();
    }
    return text;
  }
}
