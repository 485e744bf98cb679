package org.tatawwu.validation;

import java.util.Objects;

/**
 * Thrown when a value can never be valid: a malformed identifier, an out-of-range coordinate, an
 * end before a start. The message names the rule that failed and never the offending value, so that
 * personal data cannot leak through logs; {@link #code()} is a stable, machine-readable reason.
 *
 * <p>User input should go through a request type and {@link InputValidator}, which reports every
 * problem at once and localised; this exception is for values built in code.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Stable reason code, for example {@code nationalId.checksum}. */
  private final String code;

  /**
   * Creates the exception.
   *
   * @param code stable reason code, not null
   * @param message English description of the rule that failed, without the value; not null
   */
  public InvalidValueException(String code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * Returns the stable reason code, for example {@code mobile.prefix}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }
}
