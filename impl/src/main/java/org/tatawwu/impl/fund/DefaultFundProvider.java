package org.tatawwu.impl.fund;

import java.time.Clock;
import java.util.List;
import org.tatawwu.fund.Association;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundPolicy;
import org.tatawwu.spi.FundProviderSpi;

/** The reference {@link FundProviderSpi}: in-memory fund ledgers. Stateless and thread-safe. */
public final class DefaultFundProvider implements FundProviderSpi {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public DefaultFundProvider() {}

  @Override
  public FundLedger fundLedger(List<Association> associations, FundPolicy policy, Clock clock) {
    return new DefaultFundLedger(associations, policy, clock);
  }
}
