package org.tatawwu.spi;

import java.time.Clock;
import java.util.List;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.validation.InputValidator;

/**
 * Creates Tatawwu's engines. {@link org.tatawwu.Tatawwu} finds the implementation with {@link
 * java.util.ServiceLoader}: {@code tatawwu-impl} provides one, on the class path and the module
 * path. Implementations must be thread-safe.
 */
public interface TatawwuProvider {
  /**
   * Creates a validator for request types.
   *
   * @param clock the clock for time-dependent constraints ({@code @Past}, age rules), not null
   * @return a thread-safe validator
   */
  InputValidator validator(Clock clock);

  /**
   * Creates an eligibility engine.
   *
   * @param policy the policy, not null
   * @param custom providers of custom criterion types, besides those found with ServiceLoader; not
   *     null
   * @return a thread-safe engine
   * @throws org.tatawwu.validation.InvalidValueException if the policy names an unknown type or has
   *     an invalid parameter
   */
  EligibilityEngine eligibility(EligibilityPolicy policy, List<CriterionProvider> custom);
}
