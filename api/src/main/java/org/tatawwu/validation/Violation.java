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
  /** Copies the arguments. */
  public Violation {
    Objects.requireNonNull(code, "code");
    arguments = Map.copyOf(arguments);
  }
}
