package org.tatawwu.spi;

import java.time.Clock;
import java.util.List;
import org.tatawwu.fund.Association;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundPolicy;

/**
 * Provides the Community Fund capability: a {@link FundLedger}. Found with {@link
 * java.util.ServiceLoader}.
 *
 * <p>Implementations are stateless and thread-safe and have a public no-argument constructor.
 */
public interface FundProviderSpi {
  /**
   * Creates a Community Fund ledger.
   *
   * @param associations the accredited associations, not null
   * @param policy the limits, not null
   * @param clock the clock, not null
   * @return a thread-safe ledger, not null
   */
  FundLedger fundLedger(List<Association> associations, FundPolicy policy, Clock clock);
}
