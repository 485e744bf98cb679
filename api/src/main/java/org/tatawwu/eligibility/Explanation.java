package org.tatawwu.eligibility;

import java.util.Objects;
import org.tatawwu.text.SafeText;

/**
 * An unmet criterion in words: what is wrong and what would fix it, in one language.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the reason code, not null
 * @param message what is wrong, not null
 * @param remedy what would change the verdict, not null
 */
public record Explanation(String code, String message, String remedy) {
  /**
   * Checks for nulls.
   *
   * @param code the reason code, not null
   * @param message what is wrong, not null
   * @param remedy what would change the verdict, not null
   */
  public Explanation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(remedy, "remedy");
  }

  /**
   * Returns the message without the invisible direction isolates (U+2068 … U+2069) that Arabic
   * explanations put around inserted values: for logs, JSON and machine use.
   *
   * @return the plain message, not null
   */
  public String plainMessage() {
    return SafeText.withoutIsolates(message);
  }

  /**
   * Returns the remedy without the invisible direction isolates (U+2068 … U+2069).
   *
   * @return the plain remedy, not null
   */
  public String plainRemedy() {
    return SafeText.withoutIsolates(remedy);
  }

  /**
   * Returns {@code Explanation[age.belowMinimum]}: the code only. The message and remedy are for
   * the person concerned and can show dates derived from a birth date.
   */
  @Override
  public String toString() {
    return "Explanation[" + code + "]";
  }
}
