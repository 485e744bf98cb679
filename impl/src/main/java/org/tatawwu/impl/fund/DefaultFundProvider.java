package org.tatawwu.impl.fund;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.tatawwu.fund.Association;
import org.tatawwu.fund.FundJournalFile;
import org.tatawwu.fund.FundJournalStore;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundPolicy;
import org.tatawwu.spi.FundProviderSpi;

/**
 * The reference {@link FundProviderSpi}: fund ledgers in memory or over a journal store. Stateless
 * and thread-safe.
 */
public final class DefaultFundProvider implements FundProviderSpi {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public DefaultFundProvider() {}

  @Override
  public FundLedger fundLedger(List<Association> associations, FundPolicy policy, Clock clock) {
    return new DefaultFundLedger(associations, policy, clock);
  }

  @Override
  public FundLedger fundLedger(
      List<Association> associations, FundPolicy policy, FundJournalStore store, Clock clock) {
    return new DefaultFundLedger(associations, policy, store, clock);
  }

  @Override
  public FundJournalFile fundJournalFile(Path file) {
    return FileFundJournalStore.open(file);
  }
}
