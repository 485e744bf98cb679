package org.tatawwu.fund;

/**
 * An append lost a race: another ledger over the same journal store (another application node)
 * appended an entry at the sequence this one expected to take. The store kept none of the refused
 * entries.
 *
 * <p>A store throws it from {@link org.tatawwu.fund.FundJournalStore#appendAll}; a {@link
 * FundLedger} catches up on the other node's entries, checks the operation again and retries, and
 * throws it on only when the operation lost every one of its bounded number of attempts, having
 * changed nothing. The caller may then retry the operation as a whole: its idempotency key makes
 * that safe.
 *
 * <p>The message names sequences only, never personal data. Instances are not meant to be shared
 * between threads.
 */
public final class FundJournalConflictException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The sequence the refused append expected to take. */
  private final long expectedSequence;

  /**
   * Creates the exception.
   *
   * @param expectedSequence the sequence the refused append expected to take, 1 or more
   * @param message what happened, without personal data; not null
   */
  public FundJournalConflictException(long expectedSequence, String message) {
    super(message);
    this.expectedSequence = expectedSequence;
  }

  /**
   * Returns the sequence the refused append expected to take.
   *
   * @return the sequence, 1 or more
   */
  public long expectedSequence() {
    return expectedSequence;
  }
}
