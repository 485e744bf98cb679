package org.tatawwu.hours;

import java.util.Map;
import java.util.Objects;

/**
 * One rule a submission broke: a stable code ({@code hours.overlap}) and the facts that explain it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the reason code, not null
 * @param arguments named facts, not null
 */
public record HourViolation(String code, Map<String, Object> arguments) {
  /** Copies the arguments. */
  public HourViolation {
    Objects.requireNonNull(code, "code");
    arguments = Map.copyOf(arguments);
  }
}
