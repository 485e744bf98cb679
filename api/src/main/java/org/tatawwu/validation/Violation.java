package org.tatawwu.validation;

import java.util.Map;
import java.util.Objects;

/**
 * One rule an operation broke: a stable code ({@code hours.overlap}, {@code
 * fund.insufficientBalance}) and the facts that explain it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the reason code, not null
 * @param arguments named facts, not null
 */
public record Violation(String code, Map<String, Object> arguments) {
  /**
   * Copies the arguments.
   *
   * @param code the reason code, not null
   * @param arguments named facts, not null
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    arguments = Map.copyOf(arguments);
  }

  /**
   * Creates a violation.
   *
   * @param code the reason code, not null
   * @param arguments alternating names and values, not null
   * @return the violation
   */
  public static Violation of(String code, Object... arguments) {
    if (arguments.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name-value pairs");
    }
    Map<String, Object> map = new java.util.HashMap<>();
    for (int i = 0; i < arguments.length; i += 2) {
      map.put((String) arguments[i], arguments[i + 1]);
    }
    return new Violation(code, map);
  }
}
