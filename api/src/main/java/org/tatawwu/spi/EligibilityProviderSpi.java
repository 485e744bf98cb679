package org.tatawwu.spi;

import java.util.List;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;

/**
 * Provides the eligibility capability: an {@link EligibilityEngine} applying a policy. Found with
 * {@link java.util.ServiceLoader}. Custom criterion types come from {@link CriterionProvider}s.
 *
 * <p>Implementations are stateless and thread-safe and have a public no-argument constructor.
 */
public interface EligibilityProviderSpi {
  /**
   * Creates an eligibility engine.
   *
   * @param policy the policy, not null
   * @param custom providers of custom criterion types, besides those found with ServiceLoader; not
   *     null
   * @return a thread-safe engine, not null
   * @throws org.tatawwu.validation.InvalidValueException if the policy names an unknown type or has
   *     an invalid parameter
   */
  EligibilityEngine eligibility(EligibilityPolicy policy, List<CriterionProvider> custom);
}
