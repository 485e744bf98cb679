package org.tatawwu.credentials;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tatawwu.validation.InvalidValueException;

/**
 * The JSON Canonicalization Scheme (RFC 8785) over a parsed JSON tree (maps, lists, strings,
 * numbers, booleans and nulls, as jackson-jr reads them).
 *
 * <p>Written here rather than taken from a library: the Java implementations on Maven Central are
 * erdtman's java-json-canonicalization 1.1 (released 2018, no module name, so a named module can
 * only require it by its jar's file name, which Maven warns must not be published) and titanium-jcs
 * 1.0 (no module name either, and it needs a Jakarta JSON-P implementation besides the JSON library
 * this module already uses). The scheme itself is short; its one delicate part, the ECMAScript
 * Number-to-String serialisation of doubles, is done exactly with {@link BigDecimal} and tested
 * against RFC 8785's own samples (Appendix B) and examples (§3.2.2–3.2.4).
 *
 * <p>This class is stateless and thread-safe.
 */
final class Jcs {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Jcs() {}

  /**
   * Canonicalises a JSON tree.
   *
   * @param value a map with string keys, a list, a string, a number, a boolean or null
   * @return the canonical UTF-8 bytes
   * @throws InvalidValueException with code {@code credential.json} if the tree holds what JCS
   *     cannot express: a NaN or infinite number, a lone surrogate, a value of another type
   */
  static byte[] canonicalize(@Nullable Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(@Nullable Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Number n) {
      out.append(number(toDouble(n)));
    } else if (value instanceof Map<?, ?> map) {
      List<String> keys = new ArrayList<>();
      for (Object key : map.keySet()) {
        if (!(key instanceof String k)) {
          throw refused();
        }
        keys.add(k);
      }
      // String.compareTo compares UTF-16 code units, as RFC 8785 §3.2.3 asks.
      keys.sort(String::compareTo);
      out.append('{');
      for (int i = 0; i < keys.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        string(keys.get(i), out);
        out.append(':');
        write(map.get(keys.get(i)), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      throw refused();
    }
  }

  private static double toDouble(Number n) {
    if (n instanceof BigInteger big) {
      return big.doubleValue(); // correctly rounded
    }
    if (n instanceof BigDecimal big) {
      return big.doubleValue(); // correctly rounded
    }
    if (n instanceof Long l) {
      return new BigDecimal(l).doubleValue(); // a long above 2^53 rounds as JSON.parse does
    }
    return n.doubleValue();
  }

  /** JSON.stringify's string serialisation (ECMAScript QuoteJSONString). */
  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
              throw refused();
            }
            out.append(c).append(s.charAt(++i));
          } else if (Character.isLowSurrogate(c)) {
            throw refused();
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * ECMAScript Number::toString for a double (ECMA-262 §6.1.6.1.20): the shortest decimal that
   * reads back to the same double (the closer one when two of that length do, the even one on a
   * tie), written plainly from 1e-6 up to below 1e21 and in exponent form outside.
   *
   * @param x a finite double
   * @return its text
   */
  static String number(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      throw refused();
    }
    if (x == 0) {
      return "0"; // both zeros
    }
    if (x < 0) {
      return "-" + number(-x);
    }
    BigDecimal exact = new BigDecimal(x);
    BigDecimal shortest = exact;
    for (int k = 1; k <= 17; k++) {
      BigDecimal down = exact.round(new MathContext(k, RoundingMode.FLOOR));
      BigDecimal up = exact.round(new MathContext(k, RoundingMode.CEILING));
      boolean downOk = down.doubleValue() == x;
      boolean upOk = up.doubleValue() == x;
      if (downOk || upOk) {
        if (downOk && upOk && down.compareTo(up) != 0) {
          int c = exact.subtract(down).compareTo(up.subtract(exact));
          shortest =
              c < 0 ? down : c > 0 ? up : exact.round(new MathContext(k, RoundingMode.HALF_EVEN));
        } else {
          shortest = downOk ? down : up;
        }
        break;
      }
    }
    BigDecimal stripped = shortest.stripTrailingZeros();
    String digits = stripped.unscaledValue().toString();
    int k = digits.length();
    int n = k - stripped.scale(); // x = 0.digits × 10^n
    StringBuilder b = new StringBuilder();
    if (k <= n && n <= 21) {
      b.append(digits);
      b.append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      b.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      b.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      b.append(digits.charAt(0));
      if (k > 1) {
        b.append('.').append(digits, 1, k);
      }
      b.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
    }
    return b.toString();
  }

  private static InvalidValueException refused() {
    return new InvalidValueException(
        "credential.json", "the document holds a value JSON canonicalisation cannot express");
  }
}
