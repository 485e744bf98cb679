package org.tatawwu.impl.hours;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.tatawwu.impl.validation.Messages;
import org.tatawwu.time.HijriTable;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.Violation;

/** Localises hour-rule violations from the {@code Hours_en} and {@code Hours_ar} bundles. */
final class HourMessages {
  static final String BASE_NAME = "org.tatawwu.impl.hours.Hours";

  List<Problem> problems(List<Violation> violations, Locale requested) {
    Locale locale = Messages.supported(requested);
    ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale);
    boolean arabic = "ar".equals(locale.getLanguage());
    List<Problem> out = new ArrayList<>();
    for (Violation v : violations) {
      String template;
      try {
        template = bundle.getString(v.code());
      } catch (MissingResourceException e) {
        template = v.code();
      }
      Map<String, Object> args = v.arguments();
      String message = template;
      for (Map.Entry<String, Object> a : args.entrySet()) {
        String value = format(a.getValue(), bundle);
        message =
            message.replace("{" + a.getKey() + "}", arabic ? "\u2068" + value + "\u2069" : value);
      }
      Object line = args.get("line");
      out.add(new Problem(line == null ? "" : "line " + line, v.code(), message));
    }
    return out;
  }

  private static String format(Object value, ResourceBundle bundle) {
    if (value instanceof LocalDate d) {
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
    if (value instanceof Double d && d == Math.rint(d)) {
      return Long.toString(d.longValue());
    }
    return value.toString();
  }
}
