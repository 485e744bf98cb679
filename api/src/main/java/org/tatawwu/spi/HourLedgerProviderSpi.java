package org.tatawwu.spi;

import java.nio.file.Path;
import java.time.Clock;
import org.tatawwu.hours.HourEventFile;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.privacy.PersonalDataVault;

/**
 * Provides the hour capability: hour ledgers and their event stores. Found with {@link
 * java.util.ServiceLoader}.
 *
 * <p>Implementations are stateless and thread-safe and have a public no-argument constructor.
 */
public interface HourLedgerProviderSpi {
  /**
   * Creates an hour ledger over an event store, replaying what the store holds.
   *
   * @param policy the hour rules, not null
   * @param directory where opportunities and entities are looked up, not null
   * @param store the append-only event store, not null
   * @param clock the ledger's clock, not null
   * @return a thread-safe ledger, not null
   */
  HourLedger hourLedger(
      HourPolicy policy, OpportunityDirectory directory, HourEventStore store, Clock clock);

  /**
   * Creates an hour ledger over an event store, replaying what the store holds, that seals every
   * free-text note of an entry or event (rejection and correction reasons) with {@link
   * PersonalDataVault#seal} under the volunteer's key before it reaches the store or the ledger's
   * memory, and opens it on reading; once the volunteer is erased the note reads {@link
   * PersonalDataVault#ERASED_TEXT}. Notes stored plain before (by a ledger without a vault) read as
   * they are.
   *
   * @param policy the hour rules, not null
   * @param directory where opportunities and entities are looked up, not null
   * @param store the append-only event store, not null
   * @param clock the ledger's clock, not null
   * @param notes the vault that seals the notes, not null
   * @return a thread-safe ledger, not null
   */
  HourLedger hourLedger(
      HourPolicy policy,
      OpportunityDirectory directory,
      HourEventStore store,
      Clock clock,
      PersonalDataVault notes);

  /**
   * Creates an empty in-memory event store: the embedded default, lost when the JVM stops.
   *
   * @return the store, not null
   */
  HourEventStore inMemoryHourEventStore();

  /**
   * Opens an event store kept in a file, creating the file if there is none.
   *
   * @param file the file, not null
   * @return the store, to be closed, not null
   * @throws java.io.UncheckedIOException if the file cannot be read or written
   * @throws IllegalStateException if the file is not an hour event file or is damaged
   */
  HourEventFile hourEventFile(Path file);
}
