package org.tatawwu.text;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.tatawwu.validation.InvalidValueException;

/**
 * Text shown to people, in Arabic and in English: names, titles, descriptions.
 *
 * <p>Both parts are normalised with {@link SafeText#normalize(CharSequence)} and must be safe
 * ({@link SafeText#problems(CharSequence)} empty); each part has at most {@link #MAX_LENGTH}
 * characters (UTF-16 units) as given. For user input, validate a request type instead of catching
 * the exception thrown here.
 *
 * <p>{@link #toString()} shows the lengths of the parts, never their text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param arabic the Arabic text, not null, safe, at most {@link #MAX_LENGTH} characters
 * @param english the English text, not null, safe, at most {@link #MAX_LENGTH} characters
 */
public record BilingualText(String arabic, String english) {
  /** The most characters (UTF-16 units) either part may have, as given. */
  public static final int MAX_LENGTH = 10_000;

  /**
   * Normalises and checks both parts.
   *
   * @param arabic the Arabic text, not null, safe, at most {@link #MAX_LENGTH} characters
   * @param english the English text, not null, safe, at most {@link #MAX_LENGTH} characters
   * @throws InvalidValueException with code {@code text.tooLong} if a part is longer than {@link
   *     #MAX_LENGTH}, {@code text.<problem>} with the first {@linkplain TextProblem#code() problem
   *     code} (for example {@code text.blank}) if a part is unsafe
   */
  public BilingualText {
    arabic = checked(Objects.requireNonNull(arabic, "arabic"), "arabic");
    english = checked(Objects.requireNonNull(english, "english"), "english");
  }

  /**
   * Creates a bilingual text.
   *
   * @param arabic the Arabic text, not null, at most {@link #MAX_LENGTH} characters
   * @param english the English text, not null, at most {@link #MAX_LENGTH} characters
   * @return the text
   * @throws InvalidValueException with code {@code text.tooLong} or {@code text.<problem>} if
   *     either part is too long, blank or unsafe
   */
  public static BilingualText of(String arabic, String english) {
    return new BilingualText(arabic, english);
  }

  private static String checked(String text, String part) {
    if (text.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          "text.tooLong", "the " + part + " text has more than " + MAX_LENGTH + " characters");
    }
    String normalized = SafeText.normalize(text);
    Set<TextProblem> problems = SafeText.problems(normalized);
    if (!problems.isEmpty()) {
      throw new InvalidValueException(
          "text." + problems.iterator().next().code(),
          "the " + part + " text is not acceptable: " + problems);
    }
    return normalized;
  }

  /**
   * Returns the text in the language of the locale: Arabic for any {@code ar} locale, English
   * otherwise.
   *
   * @param locale the locale, not null
   * @return the text in that language
   */
  public String in(Locale locale) {
    return "ar".equals(locale.getLanguage()) ? arabic : english;
  }

  /**
   * Returns the lengths of the two parts, never their text: a name is a {@code BilingualText}, and
   * a name is personal data. For example {@code BilingualText[arabic=14 chars, english=17 chars]}.
   * Read the text with {@link #arabic()}, {@link #english()} or {@link #in(Locale)}.
   *
   * @return the lengths (UTF-16 units), without the text
   */
  @Override
  public String toString() {
    return "BilingualText[arabic="
        + arabic.length()
        + " chars, english="
        + english.length()
        + " chars]";
  }
}
