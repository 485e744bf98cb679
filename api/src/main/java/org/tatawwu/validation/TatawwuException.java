package org.tatawwu.validation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The family of exceptions Tatawwu throws for what it refuses by its rules: a value that can never
 * be valid, refused by a parser, a factory or a value type's checks ({@link
 * InvalidValueException}), user input with problems, refused by the validator ({@link
 * InvalidInputException}), and an operation that breaks the rules of a ledger or of another rule
 * engine ({@link RuleException}). Each names every problem at once, with stable codes; nothing was
 * applied.
 *
 * <p>It does not cover programming errors. A model type's invariants (a record's compact
 * constructor or wither, such as an hour entry that credits fewer than one minute or a negative
 * count), broken by code that builds the model from values already typed, throw {@link
 * IllegalArgumentException} or {@link NullPointerException} as each type documents; so do a null
 * argument documented "not null" and an argument outside a method's documented domain (a negative
 * {@code k}, for example). Refusals of data from people or partners go through the types and
 * methods that throw this family.
 *
 * <p>It extends {@link IllegalArgumentException}, so callers that already treat bad arguments as
 * one case keep working. Its {@link #getMessage() message} is English and never contains personal
 * data (a national ID, a name, a mobile number, an e-mail address, a birth date or anything derived
 * from them) nor the rejected text. Every member of the family is serialisable: its problems are
 * kept as data, so {@link #problems(Locale)} works the same after deserialisation.
 *
 * <p>Instances are immutable once thrown and thread-safe.
 */
public abstract sealed class TatawwuException extends IllegalArgumentException
    permits InvalidValueException, InvalidInputException, RuleException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message English description without personal data, not null
   */
  TatawwuException(String message) {
    super(message);
  }

  /**
   * Returns every problem, in the language of a locale.
   *
   * @param locale Arabic for any {@code ar} locale, English otherwise; not null
   * @return the problems, not empty, in a stable order
   */
  public abstract List<Problem> problems(Locale locale);

  /**
   * Returns the stable codes of every problem, for programs that branch on the reason.
   *
   * @return the codes, not empty, in a stable order
   */
  public abstract Set<String> codes();

  /**
   * Returns whether a problem with this code is present.
   *
   * @param code the code, not null
   * @return true when present
   */
  public final boolean has(String code) {
    return codes().contains(code);
  }

  static boolean arabic(Locale locale) {
    return "ar".equals(locale.getLanguage());
  }
}
