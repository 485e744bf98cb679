package org.tatawwu.eligibility;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One eligibility criterion, configured from a {@link CriterionSpec}. Implementations must be
 * immutable, thread-safe and deterministic: the answer depends on the query alone (days in the
 * opportunity's zone, time from {@link EligibilityQuery#at()}), never on the machine.
 */
@FunctionalInterface
public interface Criterion {
  /**
   * Checks the query and appends one {@link Unmet} per failure found, nothing when met.
   *
   * @param query the question, not null
   * @param unmet where to append failures, not null
   */
  void check(EligibilityQuery query, List<Unmet> unmet);

  /**
   * Returns whether the query meets this criterion, without explaining. Engines use it on the fast
   * path (bulk filtering, the eligible case); override it to avoid allocation. It must agree with
   * {@link #check}: true exactly when {@code check} appends nothing.
   *
   * @param query the question, not null
   * @return true when met
   */
  default boolean accepts(EligibilityQuery query) {
    List<Unmet> unmet = new java.util.ArrayList<>(1);
    check(query, unmet);
    return unmet.isEmpty();
  }

  /**
   * Explains a failure this criterion reported, for custom criteria whose codes Tatawwu's bundles
   * do not know.
   *
   * @param unmet a failure, not null
   * @param locale the language, not null
   * @return the explanation, or empty to let the engine explain it
   */
  default Optional<Explanation> explain(Unmet unmet, Locale locale) {
    return Optional.empty();
  }
}
