package org.tatawwu.volunteer;

import java.util.Locale;
import java.util.Set;
import org.tatawwu.validation.InvalidValueException;

/**
 * A language a volunteer speaks, as an ISO 639-1 code in lower case ({@code ar}, {@code en}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the code, one of {@link Locale#getISOLanguages()}
 */
public record LanguageCode(String code) implements Comparable<LanguageCode> {
  private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

  /** Arabic. */
  public static final LanguageCode ARABIC = new LanguageCode("ar");

  /** English. */
  public static final LanguageCode ENGLISH = new LanguageCode("en");

  /**
   * Normalises and checks the code.
   *
   * @param code the code, one of {@link Locale#getISOLanguages()}
   * @throws InvalidValueException with code {@code language.unknown}
   */
  public LanguageCode {
    code = code.strip().toLowerCase(Locale.ROOT);
    if (!CODES.contains(code)) {
      throw new InvalidValueException("language.unknown", "not an ISO 639-1 language code");
    }
  }

  /**
   * Returns a language code.
   *
   * @param code an ISO 639-1 code, any case
   * @return the code
   * @throws InvalidValueException if unknown
   */
  public static LanguageCode of(String code) {
    return new LanguageCode(code);
  }

  @Override
  public int compareTo(LanguageCode other) {
    return code.compareTo(other.code);
  }
}
