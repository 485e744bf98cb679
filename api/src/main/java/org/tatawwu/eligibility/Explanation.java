package org.tatawwu.eligibility;

import java.util.Objects;

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
   * Returns {@code Explanation[age.belowMinimum]}: the code only. The message and remedy are for
   * the person concerned and can show dates derived from a birth date.
   */
  @Override
  public String toString() {
    return "Explanation[" + code + "]";
  }
}
