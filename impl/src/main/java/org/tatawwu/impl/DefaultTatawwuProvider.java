package org.tatawwu.impl;

import java.time.Clock;
import java.util.List;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.impl.eligibility.DefaultEligibilityEngine;
import org.tatawwu.impl.validation.HibernateInputValidator;
import org.tatawwu.spi.CriterionProvider;
import org.tatawwu.spi.TatawwuProvider;
import org.tatawwu.validation.InputValidator;

/** The reference implementation of {@link TatawwuProvider}. Thread-safe. */
public final class DefaultTatawwuProvider implements TatawwuProvider {
  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public DefaultTatawwuProvider() {}

  @Override
  public InputValidator validator(Clock clock) {
    return new HibernateInputValidator(clock);
  }

  @Override
  public EligibilityEngine eligibility(EligibilityPolicy policy, List<CriterionProvider> custom) {
    return new DefaultEligibilityEngine(policy, custom);
  }
}
