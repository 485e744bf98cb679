package org.tatawwu.impl.eligibility;

import java.util.List;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.spi.CriterionProvider;
import org.tatawwu.spi.EligibilityProviderSpi;

/**
 * The reference {@link EligibilityProviderSpi}: engines with the built-in criteria and any found
 * through {@link CriterionProvider}. Stateless and thread-safe.
 */
public final class DefaultEligibilityProvider implements EligibilityProviderSpi {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public DefaultEligibilityProvider() {}

  @Override
  public EligibilityEngine eligibility(EligibilityPolicy policy, List<CriterionProvider> custom) {
    return new DefaultEligibilityEngine(policy, custom);
  }
}
