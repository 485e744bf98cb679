package org.tatawwu.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Thrown when user input has one or more problems. It carries <em>every</em> problem found, in
 * Arabic and in English; nothing was applied. {@link InputValidator#check(Object, Locale)} throws
 * it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidInputException extends TatawwuException {
  private static final long serialVersionUID = 2L;

  /** Every problem found, in Arabic. */
  @SuppressWarnings("serial") // List.copyOf returns a serialisable list of serialisable problems
  private final List<Problem> arabic;

  /** The same problems, in English, in the same order. */
  @SuppressWarnings("serial") // as above
  private final List<Problem> english;

  /** The language the caller asked for. */
  private final Locale locale;

  /**
   * Creates the exception.
   *
   * @param arabic the problems in Arabic, not null, not empty
   * @param english the same problems in English, in the same order, not null, same size
   * @param locale the language the caller asked for, returned by {@link #locale()}; not null
   * @throws IllegalArgumentException if there is no problem or the two lists differ in size or
   *     codes
   */
  public InvalidInputException(List<Problem> arabic, List<Problem> english, Locale locale) {
    super(describe(english));
    if (english.isEmpty()
        || arabic.size() != english.size()
        || !codesOf(arabic).equals(codesOf(english))) {
      throw new IllegalArgumentException(
          "an InvalidInputException needs the same problems, at least one, in both languages");
    }
    this.arabic = List.copyOf(arabic);
    this.english = List.copyOf(english);
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  private static String describe(List<Problem> problems) {
    return problems.size()
        + " problem(s): "
        + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }

  private static List<String> codesOf(List<Problem> problems) {
    return problems.stream().map(p -> p.path() + "\u0000" + p.code()).toList();
  }

  /**
   * Returns every problem in the language the caller asked for, in a stable order (by path, then
   * code).
   *
   * @return the problems in {@link #locale()}'s language, not empty
   */
  public List<Problem> problems() {
    return problems(locale);
  }

  @Override
  public List<Problem> problems(Locale locale) {
    return arabic(locale) ? arabic : english;
  }

  @Override
  public Set<String> codes() {
    Set<String> codes = new LinkedHashSet<>();
    english.forEach(p -> codes.add(p.code()));
    return codes;
  }

  /**
   * Returns the language the caller asked for.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }
}
