package org.tatawwu.volunteer;

import java.util.Locale;
import java.util.Set;
import org.tatawwu.validation.InvalidValueException;

/**
 * A nationality as an ISO 3166-1 alpha-2 country code, upper case ({@code SA}, {@code EG}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the two-letter code, one of {@link Locale#getISOCountries()}
 */
public record Nationality(String code) {
  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  /** Saudi Arabia. */
  public static final Nationality SAUDI = new Nationality("SA");

  /**
   * Normalises and checks the code.
   *
   * @param code the two-letter code, one of {@link Locale#getISOCountries()}
   * @throws InvalidValueException with code {@code nationality.unknown}
   */
  public Nationality {
    code = code.strip().toUpperCase(Locale.ROOT);
    if (!CODES.contains(code)) {
      throw new InvalidValueException(
          "nationality.unknown", "not an ISO 3166-1 alpha-2 country code");
    }
  }

  /**
   * Returns a nationality.
   *
   * @param code an ISO 3166-1 alpha-2 code, any case
   * @return the nationality
   * @throws InvalidValueException if the code is unknown
   */
  public static Nationality of(String code) {
    return new Nationality(code);
  }
}
