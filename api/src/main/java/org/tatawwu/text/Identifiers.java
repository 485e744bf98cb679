package org.tatawwu.text;

import java.util.Objects;
import org.tatawwu.validation.InvalidValueException;

/**
 * The one rule for identifiers and codes chosen by a platform (volunteer ids, entity ids, skill and
 * field codes): 1 to 64 characters among ASCII letters, digits, {@code . _ : -}.
 */
public final class Identifiers {
  private Identifiers() {}

  /**
   * Checks an identifier.
   *
   * @param value the identifier, not null
   * @param kind what it identifies, used in the error, for example {@code volunteerId}
   * @return the identifier, unchanged
   * @throws InvalidValueException with code {@code <kind>.format} if the rule is broken
   */
  public static String check(String value, String kind) {
    Objects.requireNonNull(value, kind);
    int n = value.length();
    boolean ok = n >= 1 && n <= 64;
    for (int i = 0; ok && i < n; i++) {
      char c = value.charAt(i);
      ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == ':'
              || c == '-';
    }
    if (!ok) {
      throw new InvalidValueException(
          kind + ".format",
          "a " + kind + " has 1 to 64 ASCII letters, digits, '.', '_', ':' or '-'");
    }
    return value;
  }
}
