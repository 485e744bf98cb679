package org.tatawwu.impl.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Fills a message template from Tatawwu's bundles with named arguments, choosing the words for a
 * count by the language's CLDR plural rules ({@link PluralRules}).
 *
 * <p>The syntax is the named-argument subset of ICU's MessageFormat:
 *
 * <ul>
 *   <li>{@code {name}} is replaced by the argument's text;
 *   <li>{@code {name, plural, zero {…} one {…} two {…} few {…} many {…} other {…}}} picks the
 *       branch for the argument's plural category ({@code =N {…}} for an exact number wins over the
 *       category; {@code other} is the fallback and is required), and inside the branch {@code #}
 *       stands for the number;
 *   <li>{@code {name, select, KEY {…} other {…}}} picks the branch named by the argument's text,
 *       for words that depend on a value (Arabic «للإناث», «للمقيمين»).
 * </ul>
 *
 * <p>Arabic has six forms: «يوم واحد», «يومين», «7 أيام», «30 يومًا», «100 يوم»; English two.
 *
 * <p><b>Direction isolates.</b> When asked to, every inserted value (and every {@code #}) is
 * wrapped in FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069), so that a Latin
 * code or a number inside Arabic text keeps its place and order on screen (Unicode Bidirectional
 * Algorithm, UAX #9). Tatawwu does so for Arabic messages. The characters are invisible; for logs,
 * JSON and comparisons, {@link org.tatawwu.text.SafeText#withoutIsolates(CharSequence)} gives the
 * plain text.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class MessageTemplate {
  /** The longest count given as text that is read as a number (longer text takes "other"). */
  private static final int MAX_COUNT_DIGITS = 1_000;

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  /** FIRST STRONG ISOLATE, opening every inserted value in Arabic messages. */
  public static final char FIRST_STRONG_ISOLATE = '\u2068';

  /** POP DIRECTIONAL ISOLATE, closing every inserted value in Arabic messages. */
  public static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

  private MessageTemplate() {}

  /**
   * Fills a template.
   *
   * @param template the template, not null
   * @param arguments the arguments by name, not null; a placeholder without an argument is kept as
   *     written
   * @param locale the language whose plural rules apply, not null
   * @param text turns an argument (name, value) into its text, not null
   * @param isolate whether to wrap every inserted value in direction isolates
   * @return the message
   */
  public static String format(
      String template,
      Map<String, ?> arguments,
      Locale locale,
      BiFunction<String, Object, String> text,
      boolean isolate) {
    return render(template, arguments, locale, text, isolate, false, null);
  }

  /**
   * Expands only the plural blocks of a template, leaving every simple {@code {name}} placeholder
   * as written, for an interpolator that fills those itself (Hibernate Validator's).
   *
   * @param template the template, not null
   * @param arguments the arguments by name (a constraint's attributes), not null
   * @param locale the language whose plural rules apply, not null
   * @return the template with its plural blocks resolved
   */
  public static String expandPlurals(String template, Map<String, ?> arguments, Locale locale) {
    return render(template, arguments, locale, (n, v) -> String.valueOf(v), false, true, null);
  }

  /**
   * Tells whether a template has a plural block.
   *
   * @param template the template, not null
   * @return true if some placeholder is {@code {name, plural, ...}}
   */
  public static boolean hasPlural(String template) {
    return template.contains(", plural,") || template.contains(",plural,");
  }

  /**
   * Returns the branches of every plural block in a template, by argument name, for checks on the
   * bundles.
   *
   * @param template the template, not null
   * @return the branch keywords ({@code one}, {@code few}, {@code =0}, ...) of each plural block,
   *     by argument name, in order of appearance
   */
  public static Map<String, Map<String, String>> pluralBlocks(String template) {
    return blocks(template, "plural");
  }

  /**
   * Returns the names of every argument a template uses, in plural and select blocks and their
   * branches included, for checks on the bundles.
   *
   * @param template the template, not null
   * @return the argument names, in order of first appearance
   */
  public static Set<String> argumentNames(String template) {
    Set<String> out = new LinkedHashSet<>();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        break;
      }
      int close = matching(template, open);
      if (close < 0) {
        break;
      }
      String[] head = template.substring(open + 1, close).split(",", 3);
      out.add(head[0].strip());
      if (head.length == 3) {
        for (String branch : branches(head[2]).values()) {
          out.addAll(argumentNames(branch));
        }
      }
      i = close + 1;
    }
    return out;
  }

  private static Map<String, Map<String, String>> blocks(String template, String type) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        break;
      }
      int close = matching(template, open);
      if (close < 0) {
        break;
      }
      String inner = template.substring(open + 1, close);
      String[] head = inner.split(",", 3);
      if (head.length == 3 && type.equals(head[1].strip())) {
        out.put(head[0].strip(), branches(head[2]));
      }
      i = close + 1;
    }
    return out;
  }

  private static String render(
      String t,
      Map<String, ?> args,
      Locale locale,
      BiFunction<String, Object, String> text,
      boolean isolate,
      boolean pluralOnly,
      @Nullable String hash) {
    StringBuilder out = new StringBuilder(t.length() + 32);
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '#' && hash != null) {
        out.append(hash);
        i++;
        continue;
      }
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int close = matching(t, i);
      if (close < 0) {
        out.append(t, i, t.length());
        break;
      }
      String inner = t.substring(i + 1, close);
      String[] head = inner.split(",", 3);
      String name = head[0].strip();
      Object value = args.get(name);
      if (head.length == 3 && "plural".equals(head[1].strip()) && value != null) {
        Map<String, String> branches = branches(head[2]);
        String number = numberText(value);
        String branch = branches.get("=" + number);
        if (branch == null) {
          branch = branches.get(category(locale, value).keyword());
        }
        if (branch == null) {
          branch = branches.getOrDefault("other", "#");
        }
        String shown = isolate ? wrap(number) : number;
        out.append(render(branch, args, locale, text, isolate, pluralOnly, shown));
      } else if (head.length == 3 && "select".equals(head[1].strip()) && value != null) {
        Map<String, String> branches = branches(head[2]);
        String branch = branches.get(String.valueOf(value));
        if (branch == null) {
          branch = branches.getOrDefault("other", "");
        }
        out.append(render(branch, args, locale, text, isolate, pluralOnly, hash));
      } else if (head.length == 1 && value != null && !pluralOnly) {
        String shown = text.apply(name, value);
        out.append(isolate ? wrap(shown) : shown);
      } else {
        out.append(t, i, close + 1);
      }
      i = close + 1;
    }
    return out.toString();
  }

  private static String wrap(String s) {
    return FIRST_STRONG_ISOLATE + s + POP_DIRECTIONAL_ISOLATE;
  }

  /** The index of the brace closing the one at {@code open}, or -1. */
  private static int matching(String t, int open) {
    int depth = 0;
    for (int k = open; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return k;
        }
      }
    }
    return -1;
  }

  /** Parses {@code key {text} key {text} ...}. */
  private static Map<String, String> branches(String s) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    while (i < s.length()) {
      int open = s.indexOf('{', i);
      if (open < 0) {
        break;
      }
      int close = matching(s, open);
      if (close < 0) {
        break;
      }
      out.put(s.substring(i, open).strip(), s.substring(open + 1, close));
      i = close + 1;
    }
    return out;
  }

  private static String numberText(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
      return Long.toString(d.longValue());
    }
    return value.toString();
  }

  private static PluralCategory category(Locale locale, Object value) {
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return PluralRules.select(locale, ((Number) value).longValue());
    }
    if (value instanceof BigInteger b) {
      return category(locale, b);
    }
    if (value instanceof BigDecimal b) {
      BigDecimal whole = b.stripTrailingZeros();
      if (whole.scale() < -2) {
        // a multiple of 1,000 (zero keeps scale 0 when stripped): its remainder modulo 100 is 0
        return PluralRules.select(locale, 100);
      }
      if (whole.scale() <= 0) {
        return category(locale, whole.toBigIntegerExact());
      }
    }
    if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
      return category(locale, new BigDecimal(d).toBigIntegerExact());
    }
    if (value instanceof CharSequence cs) {
      String digits = cs.toString().strip();
      if (digits.length() <= MAX_COUNT_DIGITS) {
        try {
          return category(locale, new BigInteger(digits));
        } catch (NumberFormatException e) {
          return PluralCategory.OTHER;
        }
      }
      return PluralCategory.OTHER;
    }
    return PluralCategory.OTHER;
  }

  /**
   * The category of any whole number. Beyond a long's range only the last two digits can decide
   * (the CLDR rules of both languages test the number itself only against 0, 1 and 2, and otherwise
   * its remainder modulo 100), so such a number takes the category of 100 plus that remainder.
   */
  private static PluralCategory category(Locale locale, BigInteger n) {
    if (n.bitLength() < 64) {
      return PluralRules.select(locale, n.longValue());
    }
    return PluralRules.select(locale, 100 + n.abs().mod(HUNDRED).longValueExact());
  }
}
