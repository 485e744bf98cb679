package org.tatawwu.validation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Validates request types (a volunteer registration, an opportunity draft) with their Jakarta
 * constraints and reports every problem at once, localised in Arabic or English.
 *
 * <p>Obtain one from {@link org.tatawwu.Tatawwu#validator(java.time.Clock)}. Implementations are
 * thread-safe.
 */
public interface InputValidator {
  /** Arabic, one of the two languages every message is written in. */
  Locale ARABIC = Locale.forLanguageTag("ar");

  /**
   * Validates an object and returns its problems, sorted by path and code.
   *
   * @param input the object to validate, not null
   * @param locale the language of the messages; Arabic for any {@code ar} locale, English
   *     otherwise; not null
   * @return every problem found; empty when the input is valid
   */
  List<Problem> validate(Object input, Locale locale);

  /**
   * Returns the clock this validator judges time by ({@code @Past}, ages, the registration time of
   * {@link org.tatawwu.volunteer.VolunteerRegistration#toVolunteer}).
   *
   * @return the clock, not null
   */
  Clock clock();

  /**
   * Validates an object and throws if it has any problem; the exception holds every problem in
   * Arabic and in English.
   *
   * @param input the object to validate, not null
   * @param locale the language of the messages, not null
   * @throws InvalidInputException listing every problem, when there is at least one
   */
  default void check(Object input, Locale locale) {
    List<Problem> english = validate(input, Locale.ENGLISH);
    if (!english.isEmpty()) {
      throw new InvalidInputException(validate(input, ARABIC), english, locale);
    }
  }
}
