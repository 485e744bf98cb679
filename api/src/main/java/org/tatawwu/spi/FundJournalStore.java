package org.tatawwu.spi;

import java.util.List;
import java.util.function.Consumer;
import org.tatawwu.fund.JournalEntry;

/**
 * Append-only storage for the Community Fund's journal, the one source of truth for every fund
 * ledger that keeps the same books. A ledger keeps no state of its own that the journal does not
 * hold: it rebuilds itself by replaying the journal, and before it decides anything it catches up
 * on what other ledgers (nodes) appended.
 *
 * <p><b>Optimistic concurrency.</b> Every append names the number of entries its caller has seen
 * ({@code expected}); the store appends only if the journal holds exactly that many, so a decision
 * taken on an out-of-date journal is never stored. On a conflict the caller replays the entries
 * after {@code expected}, checks its rules again and retries. Two nodes therefore never both spend
 * the same balance or both accept the same idempotency key.
 *
 * <p><b>What a store promises.</b>
 *
 * <ul>
 *   <li>Entries are numbered 1, 2, 3, ... without gaps and never edited, reordered or dropped.
 *   <li>An append that returns {@code true} is durable (for a persistent store: on the device or
 *       committed in the database) before it returns.
 *   <li>An append is all-or-nothing: an operation's entries are stored together or not at all, also
 *       when the append fails or the process dies during it; a later replay shows which.
 *   <li>A replay returns every entry appended (acknowledged) before the replay began, in order,
 *       each equal to the entry appended.
 * </ul>
 *
 * <p>A store may be shared by several ledgers in one process and must be thread-safe. A partner
 * implementing a store for another database runs the contract suite {@code
 * org.tatawwu.testkit.FundJournalStoreContract} from the {@code tatawwu-testkit} artifact.
 */
public interface FundJournalStore {
  /**
   * Appends one operation's entries if the journal holds exactly {@code expected} entries.
   *
   * @param expected the number of entries the caller has seen, 0 or more
   * @param entries the operation's entries, not empty, numbered {@code expected + 1}, {@code
   *     expected + 2}, ... in order
   * @return {@code true} once the entries are stored; {@code false}, with nothing stored, if the
   *     journal already holds more than {@code expected} entries (another node appended first)
   * @throws IllegalArgumentException if {@code entries} is empty or not numbered from {@code
   *     expected + 1} in order, or {@code expected} is negative
   * @throws IllegalStateException if the journal holds fewer than {@code expected} entries, or the
   *     store is closed
   * @throws java.io.UncheckedIOException if the store fails (a device, a lost connection, a
   *     timeout): the entries are then stored wholly or not at all, and a replay shows which
   */
  boolean append(long expected, List<JournalEntry> entries);

  /**
   * Replays, in order, the entries numbered after {@code after}.
   *
   * @param after the last entry the caller holds, 0 or more ({@code 0} replays every entry)
   * @param consumer receives the entries, not null
   * @throws IllegalArgumentException if {@code after} is negative
   * @throws IllegalStateException if the store is closed or its content is damaged
   * @throws java.io.UncheckedIOException if the store cannot be read
   */
  void replay(long after, Consumer<JournalEntry> consumer);

  /**
   * Returns the number of stored entries, the sequence of the last one.
   *
   * @return the count, 0 or more
   * @throws IllegalStateException if the store is closed
   * @throws java.io.UncheckedIOException if the store cannot be read
   */
  long size();
}
