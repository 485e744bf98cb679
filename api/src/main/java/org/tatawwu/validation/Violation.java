package org.tatawwu.validation;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

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
   * Copies the arguments.
   *
   * @param code the reason code, not null
   * @param arguments named facts, not null; each value serialisable
   * @throws IllegalArgumentException if an argument's value is not serialisable
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    arguments = Map.copyOf(arguments);
    for (Object value : arguments.values()) {
      if (!(value instanceof Serializable)) {
        throw new IllegalArgumentException("a violation's arguments are serialisable values");
      }
    }
  }

  /**
   * Creates a violation.
   *
   * @param code the reason code, not null
   * @param arguments alternating names and values, not null; each value serialisable
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
