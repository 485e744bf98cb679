package org.tatawwu.validation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown when user input has one or more problems. It carries <em>every</em> problem found, each
 * localised in {@link #locale()}; nothing was applied.
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every problem found, in {@link #locale}. */
  @SuppressWarnings("serial") // List.copyOf returns a serialisable list
  private final List<Problem> problems;

  /** The language of the problems' messages. */
  private final Locale locale;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not null, not empty
   * @param locale the language of the messages, not null
   */
  public InvalidInputException(List<Problem> problems, Locale locale) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
    this.locale = locale;
  }

  private static String describe(List<Problem> problems) {
    return problems.size()
        + " problem(s): "
        + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }

  /**
   * Returns every problem found, in a stable order (by path, then code).
   *
   * @return the problems, not empty
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the language of the messages.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }
}
