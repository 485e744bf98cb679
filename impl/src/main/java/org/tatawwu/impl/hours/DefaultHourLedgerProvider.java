package org.tatawwu.impl.hours;

import java.nio.file.Path;
import java.time.Clock;
import org.tatawwu.hours.HourEventFile;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.spi.HourLedgerProviderSpi;

/**
 * The reference {@link HourLedgerProviderSpi}: the columnar hour ledger, the in-memory event store
 * and the file event store. Stateless and thread-safe.
 */
public final class DefaultHourLedgerProvider implements HourLedgerProviderSpi {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public DefaultHourLedgerProvider() {}

  @Override
  public HourLedger hourLedger(
      HourPolicy policy, OpportunityDirectory directory, HourEventStore store, Clock clock) {
    return new DefaultHourLedger(policy, directory, store, clock);
  }

  @Override
  public HourLedger hourLedger(
      HourPolicy policy,
      OpportunityDirectory directory,
      HourEventStore store,
      Clock clock,
      PersonalDataVault notes) {
    return new DefaultHourLedger(policy, directory, store, clock, NoteSeal.with(notes));
  }

  @Override
  public HourEventStore inMemoryHourEventStore() {
    return new InMemoryHourEventStore();
  }

  @Override
  public HourEventFile hourEventFile(Path file) {
    return FileHourEventStore.open(file);
  }
}
