package org.tatawwu.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Thrown when a value can never be valid: a malformed identifier, an out-of-range coordinate, an
 * end before a start, text longer than a parser's documented cap. The message names the rule that
 * failed and never the offending value, so that personal data cannot leak through logs; {@link
 * #code()} is a stable, machine-readable reason.
 *
 * <p>User input should go through a request type and {@link InputValidator}, which reports every
 * problem at once and localised; this exception is for values built in code, and its one problem is
 * described in English whatever the locale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidValueException extends TatawwuException {
  private static final long serialVersionUID = 2L;

  /** Stable reason code, for example {@code nationalId.checksum}. */
  private final String code;

  /**
   * Creates the exception.
   *
   * @param code stable reason code, not null
   * @param message English description of the rule that failed, without the value; not null
   */
  public InvalidValueException(String code, String message) {
    super(Objects.requireNonNull(message, "message"));
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

  /**
   * Returns the one problem: no path, the code, the English message.
   *
   * @param locale ignored: the message is English; not null
   * @return a list of one problem
   */
  @Override
  public List<Problem> problems(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return List.of(new Problem("", code, String.valueOf(getMessage())));
  }

  /**
   * Returns the code as a set of one.
   *
   * @return a set holding {@link #code()}
   */
  @Override
  public Set<String> codes() {
    return Set.of(code);
  }
}
