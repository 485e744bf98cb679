package org.tatawwu.validation;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an operation on a ledger (hours, the Community Fund) breaks one or more rules. It
 * names every violation at once; nothing was applied. {@link #problems(Locale)} gives them in
 * Arabic or English.
 *
 * <p>The localised problems are built on first use from the implementation's message bundles, and
 * both languages are written with the exception when it is serialised: a deserialised exception
 * answers {@link #problems(Locale)} from that data, without the implementation.
 *
 * <p>This class is thread-safe.
 */
public final class RuleException extends TatawwuException {
  private static final long serialVersionUID = 2L;

  /** Every violation found, in the order the rules were checked. */
  @SuppressWarnings("serial") // List.copyOf of serialisable violations
  private final List<Violation> violations;

  @SuppressWarnings("serial") // never serialised: both languages are written instead
  private final transient @Nullable BiFunction<List<Violation>, Locale, List<Problem>> localiser;

  /** The violations as problems in Arabic; built on first use, always written when serialised. */
  @SuppressWarnings("serial") // List.copyOf of serialisable problems
  private @Nullable List<Problem> arabic;

  /** The violations as problems in English; built on first use, always written when serialised. */
  @SuppressWarnings("serial") // as above
  private @Nullable List<Problem> english;

  /** How many codes the message lists; the rest are counted. */
  static final int LISTED_CODES = 20;

  /**
   * Creates the exception. Its message is {@code "<n> rule(s) broken: "} and the codes of the first
   * {@value #LISTED_CODES} violations, separated by commas, followed by {@code ", and <m> more"}
   * when there are more; {@link #violations()} and {@link #codes()} hold them all.
   *
   * @param violations every violation, not null, not empty
   * @param localiser turns violations into localised problems, one per violation, not null; where
   *     it gives a list of another size, {@link #problems(Locale)} falls back to one problem per
   *     violation whose message is the violation's code
   * @throws IllegalArgumentException if there is no violation
   */
  public RuleException(
      List<Violation> violations, BiFunction<List<Violation>, Locale, List<Problem>> localiser) {
    super(message(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a RuleException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
    this.localiser = Objects.requireNonNull(localiser, "localiser");
  }

  private static String message(List<Violation> violations) {
    int n = violations.size();
    String listed =
        violations.stream()
            .limit(LISTED_CODES)
            .map(Violation::code)
            .collect(Collectors.joining(", "));
    return n
        + " rule(s) broken: "
        + listed
        + (n > LISTED_CODES ? ", and " + (n - LISTED_CODES) + " more" : "");
  }

  /**
   * Returns every violation, in the order the rules were checked.
   *
   * @return the violations, not empty
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the violations as problems in a language.
   *
   * @param locale Arabic for any {@code ar} locale, English otherwise; not null
   * @return one problem per violation, in the order of {@link #violations()}: the localiser's, or
   *     when its list does not have one problem per violation, for each violation a problem with an
   *     empty path whose code and message are the violation's code
   */
  @Override
  public synchronized List<Problem> problems(Locale locale) {
    boolean inArabic = arabic(locale);
    List<Problem> held = inArabic ? arabic : english;
    if (held == null) {
      // Only a freshly thrown exception lacks them, and it still has its localiser.
      held = List.copyOf(Objects.requireNonNull(localiser).apply(violations, locale));
      if (held.size() != violations.size()) {
        held = violations.stream().map(v -> new Problem("", v.code(), v.code())).toList();
      }
      if (inArabic) {
        arabic = held;
      } else {
        english = held;
      }
    }
    return held;
  }

  @Override
  public Set<String> codes() {
    Set<String> codes = new LinkedHashSet<>();
    violations.forEach(v -> codes.add(v.code()));
    return codes;
  }

  /**
   * Writes the exception with its problems in both languages, so that a reader without the
   * implementation can localise it.
   *
   * @param out the stream, not null
   * @throws IOException if writing fails
   * @serialData the default fields, with both problem lists built
   */
  private synchronized void writeObject(ObjectOutputStream out) throws IOException {
    problems(Locale.forLanguageTag("ar"));
    problems(Locale.ENGLISH);
    out.defaultWriteObject();
  }
}
