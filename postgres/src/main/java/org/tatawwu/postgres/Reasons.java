package org.tatawwu.postgres;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tatawwu.validation.Violation;

/**
 * An hour entry's review reasons as the text of one column: one reason a line, its code then each
 * argument (in name order) as a tab, its name, a tab, and its value after a letter naming its kind
 * ({@code s} text, {@code l} a {@code long}, {@code i} an {@code int}, {@code d} an ISO date). A
 * backslash, tab, line feed or carriage return inside a code, name or value is written {@code \\},
 * {@code \t}, {@code \n} or {@code \r}. Reading the text gives reasons equal to those written.
 *
 * <p>Stateless and thread-safe.
 */
final class Reasons {
  private Reasons() {}

  /**
   * Writes reasons as text.
   *
   * @param reasons the reasons, not null, not empty
   * @return the text
   * @throws IllegalArgumentException if an argument is of another kind than the four above
   */
  static String write(List<Violation> reasons) {
    StringBuilder out = new StringBuilder();
    for (Violation v : reasons) {
      if (out.length() > 0) {
        out.append('\n');
      }
      escape(out, v.code());
      for (Map.Entry<String, Object> a : new TreeMap<>(v.arguments()).entrySet()) {
        out.append('\t');
        escape(out, a.getKey());
        out.append('\t');
        Object value = a.getValue();
        if (value instanceof String text) {
          out.append('s');
          escape(out, text);
        } else if (value instanceof Long n) {
          out.append('l').append(n);
        } else if (value instanceof Integer n) {
          out.append('i').append(n);
        } else if (value instanceof LocalDate day) {
          out.append('d').append(day);
        } else {
          throw new IllegalArgumentException("a review reason's argument of an unstored kind");
        }
      }
    }
    return out.toString();
  }

  /**
   * Reads reasons written by {@link #write}.
   *
   * @param text the text, not null
   * @return the reasons, in order
   * @throws IllegalStateException if the text is not reasons
   */
  static List<Violation> read(String text) {
    List<Violation> reasons = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String[] parts = line.split("\t", -1);
      if (parts.length % 2 != 1) {
        throw new IllegalStateException("a stored review reason is malformed");
      }
      Map<String, Object> arguments = new LinkedHashMap<>();
      for (int i = 1; i < parts.length; i += 2) {
        String value = parts[i + 1];
        if (value.isEmpty()) {
          throw new IllegalStateException("a stored review reason is malformed");
        }
        String rest = value.substring(1);
        Serializable read =
            switch (value.charAt(0)) {
              case 's' -> unescape(rest);
              case 'l' -> Long.parseLong(rest);
              case 'i' -> Integer.parseInt(rest);
              case 'd' -> LocalDate.parse(rest);
              default -> throw new IllegalStateException("a stored review reason is malformed");
            };
        arguments.put(unescape(parts[i]), read);
      }
      reasons.add(new Violation(unescape(parts[0]), arguments));
    }
    return List.copyOf(reasons);
  }

  private static void escape(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(ch);
      }
    }
  }

  private static String unescape(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch != '\\') {
        out.append(ch);
        continue;
      }
      if (++i >= value.length()) {
        throw new IllegalStateException("a stored review reason is malformed");
      }
      char next = value.charAt(i);
      out.append(
          switch (next) {
            case '\\' -> '\\';
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            default -> throw new IllegalStateException("a stored review reason is malformed");
          });
    }
    return out.toString();
  }
}
