package org.tatawwu.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tatawwu.internal.BundleWording;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;

/**
 * Collects what the incident records' constructors refuse, and throws every refusal at once as a
 * {@link RuleException} worded from {@code IncidentRecords_en} and {@code IncidentRecords_ar}. Each
 * refusal names the component at fault (the problem's path) and never the rejected value. Not
 * thread-safe; one per constructor call.
 */
final class Refusals {
  private static final String BUNDLE = "org.tatawwu.incident.IncidentRecords";

  private final List<Violation> violations = new ArrayList<>(2);

  /**
   * Records a refusal when a condition holds.
   *
   * @param refused whether the component is refused
   * @param code the code, a key of the bundles
   * @param component the component at fault
   */
  void when(boolean refused, String code, String component) {
    if (refused) {
      violations.add(Violation.of(code, "component", component));
    }
  }

  /** Throws every refusal recorded, if any. */
  void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new RuleException(violations, Refusals::words);
    }
  }

  /** Words refusals in Arabic (any {@code ar} locale) or English, naming the component. */
  private static List<Problem> words(List<Violation> violations, Locale locale) {
    return BundleWording.words(
        BUNDLE,
        violations,
        locale,
        (v, bundle) ->
            new Problem(
                String.valueOf(v.arguments().get("component")),
                v.code(),
                bundle.getString(v.code())));
  }
}
