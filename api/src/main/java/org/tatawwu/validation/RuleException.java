package org.tatawwu.validation;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Thrown when an operation on a ledger (hours, the Community Fund) breaks one or more rules. It
 * names every violation at once; nothing was applied. {@link #problems(Locale)} gives them in
 * Arabic or English.
 */
public class RuleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every violation found. */
  @SuppressWarnings("serial") // List.copyOf is serialisable
  private final List<Violation> violations;

  @SuppressWarnings("serial") // not serialised in practice; rebuilt from the violations
  private final transient BiFunction<List<Violation>, Locale, List<Problem>> localiser;

  /**
   * Creates the exception.
   *
   * @param violations every violation, not empty
   * @param localiser turns violations into localised problems, not null
   */
  public RuleException(
      List<Violation> violations, BiFunction<List<Violation>, Locale, List<Problem>> localiser) {
    super(
        violations.size()
            + " rule(s) broken: "
            + violations.stream().map(Violation::code).collect(Collectors.joining(", ")));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an RuleException needs a violation");
    }
    this.violations = List.copyOf(violations);
    this.localiser = localiser;
  }

  /**
   * Returns every violation, in the order the rules were checked.
   *
   * @return the violations
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the violations as problems in a language.
   *
   * @param locale Arabic for any {@code ar} locale, English otherwise; not null
   * @return one problem per violation
   */
  public List<Problem> problems(Locale locale) {
    return localiser.apply(violations, locale);
  }

  /**
   * Returns whether a violation with this code is present.
   *
   * @param code the code, not null
   * @return true when present
   */
  public boolean has(String code) {
    return violations.stream().anyMatch(v -> v.code().equals(code));
  }
}
