package org.tatawwu.spi;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.tatawwu.fund.Association;
import org.tatawwu.fund.FundJournalFile;
import org.tatawwu.fund.FundJournalStore;
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

  /**
   * Creates a Community Fund ledger over a journal store, replaying the entries it holds.
   *
   * @param associations the accredited associations, not null
   * @param policy the limits, not null
   * @param store the journal, possibly shared with other ledgers (nodes), not null
   * @param clock the clock, not null
   * @return a thread-safe ledger, not null
   */
  FundLedger fundLedger(
      List<Association> associations, FundPolicy policy, FundJournalStore store, Clock clock);

  /**
   * Opens a fund journal store kept in a file, creating the file if there is none.
   *
   * @param file the file, not null
   * @return the store; close it when done
   */
  FundJournalFile fundJournalFile(Path file);
}
