package org.tatawwu.validation;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One rule an operation broke: a stable code ({@code hours.overlap}, {@code
 * fund.insufficientBalance}) and the facts that explain it.
 *
 * <p>This class is immutable, thread-safe and serialisable. Its arguments are facts about the
 * operation (limits, dates of the work, entry numbers), never personal data. Its serialised form is
 * its components.
 *
 * @serial exclude
 * @param code the reason code, not null
 * @param arguments named facts, not null; each value serialisable (text, numbers, dates, amounts)
 */
@SuppressWarnings("InvalidBlockTag") // "@serial exclude" on a type is standard Javadoc
public record Violation(String code, Map<String, Object> arguments) implements Serializable {
  /**
   * How deeply {@link Collection}s, {@link Map}s and object arrays may nest in an argument's value:
   * 8 (a list of lists is depth 2).
   */
  public static final int MAX_NESTING = 8;

  /**
   * Copies the arguments (the map, not the values) and checks that each value is serialisable:
   * {@link Serializable}, and for a {@link Collection}, a {@link Map} (keys and values) or an
   * object array, each element too, recursively, at most {@link #MAX_NESTING} levels deep. A null
   * element is serialisable.
   *
   * @param code the reason code, not null
   * @param arguments named facts, not null; each value serialisable
   * @throws IllegalArgumentException if an argument's value, or an element of one, is not
   *     serialisable, or if collections nest more than {@link #MAX_NESTING} levels deep
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    arguments = Map.copyOf(arguments);
    for (Object value : arguments.values()) {
      checkSerialisable(value, 1);
    }
  }

  private static void checkSerialisable(@Nullable Object value, int depth) {
    if (value == null) {
      return;
    }
    if (!(value instanceof Serializable)) {
      throw new IllegalArgumentException("a violation's arguments are serialisable values");
    }
    boolean container =
        value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Object[];
    if (!container) {
      return;
    }
    if (depth > MAX_NESTING) {
      throw new IllegalArgumentException(
          "a violation's argument nests collections more than " + MAX_NESTING + " levels deep");
    }
    if (value instanceof Collection<?> c) {
      for (Object element : c) {
        checkSerialisable(element, depth + 1);
      }
    } else if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        checkSerialisable(e.getKey(), depth + 1);
        checkSerialisable(e.getValue(), depth + 1);
      }
    } else {
      for (Object element : (Object[]) value) {
        checkSerialisable(element, depth + 1);
      }
    }
  }

  /**
   * Creates a violation.
   *
   * @param code the reason code, not null
   * @param arguments alternating names and values, not null; each value serialisable, as the
   *     {@linkplain #Violation(String, Map) constructor} checks
   * @return the violation
   * @throws IllegalArgumentException if the arguments are not name-value pairs of that kind
   */
  public static Violation of(String code, Object... arguments) {
    if (arguments.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name-value pairs");
    }
    Map<String, Object> map = new java.util.HashMap<>();
    for (int i = 0; i < arguments.length; i += 2) {
      if (!(arguments[i] instanceof String name)) {
        throw new IllegalArgumentException("an argument's name is text");
      }
      map.put(name, arguments[i + 1]);
    }
    return new Violation(code, map);
  }
}
