package org.tatawwu.volunteer;

import org.tatawwu.text.Identifiers;

/**
 * A skill's stable code, chosen by the platform ({@code first-aid}, {@code sign-language}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record SkillCode(String value) implements Comparable<SkillCode> {
  /**
   * Checks the code.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public SkillCode {
    Identifiers.check(value, "skillCode");
  }

  /**
   * Returns a skill code.
   *
   * @param value the code, not null
   * @return the code
   */
  public static SkillCode of(String value) {
    return new SkillCode(value);
  }

  @Override
  public int compareTo(SkillCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
