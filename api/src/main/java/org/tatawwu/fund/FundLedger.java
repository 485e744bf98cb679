package org.tatawwu.fund;

import java.util.List;
import org.tatawwu.hours.Bucket;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.time.DateRange;
import org.tatawwu.validation.RuleException;

/**
 * The Community Fund's books. Obtain one from {@link org.tatawwu.Tatawwu#fundLedger}.
 *
 * <p>Invariants, at every point: a fund's balance is never negative; donations in equal refunds and
 * disbursements out plus the balance, exactly. Every operation applies whole or not at all: a
 * broken rule throws {@link RuleException} naming every violation (codes {@code fund.*}, localised
 * in Arabic and English); a replay with the same key and content returns the existing entry.
 * Implementations are thread-safe.
 *
 * <p>A ledger keeps its books in a journal store ({@link org.tatawwu.fund.FundJournalStore}): in
 * memory, in a file or in a database. Several ledgers over one store (application nodes) keep one
 * set of books: each catches up on the others' entries before it decides or answers, so every
 * invariant above holds across them, and a read reflects every operation any node acknowledged
 * before the read began. If the store fails during an operation, its outcome is unknown and the
 * operation is stored wholly or not at all: repeat it with the same idempotency key.
 */
public interface FundLedger {
  /**
   * Records a donation.
   *
   * @param donation not null
   * @return the journal entry
   * @throws RuleException for a non-positive amount, an overflow or a conflicting replay
   * @throws FundJournalConflictException if other nodes took the journal's next sequence on every
   *     attempt; nothing was recorded and the operation may be repeated
   */
  JournalEntry donate(Donation donation);

  /**
   * Records a refund of a donation, as a reversing entry.
   *
   * @param refund not null
   * @return the journal entry
   * @throws RuleException for an unknown donation, more than remains of it, a balance that would go
   *     negative, or a conflicting replay
   * @throws FundJournalConflictException if other nodes took the journal's next sequence on every
   *     attempt; nothing was recorded and the operation may be repeated
   */
  JournalEntry refund(Refund refund);

  /**
   * Records a disbursement through an association.
   *
   * @param disbursement not null
   * @return the journal entry
   * @throws RuleException for an unknown or unaccredited association, a region or service it does
   *     not cover, aid without a verified need, a limit exceeded, an insufficient balance, a date
   *     in the future, or a conflicting replay
   * @throws FundJournalConflictException if other nodes took the journal's next sequence on every
   *     attempt; nothing was recorded and the operation may be repeated
   */
  JournalEntry disburse(Disbursement disbursement);

  /**
   * Returns a fund's balance.
   *
   * @param fund not null
   * @return the balance, zero for an unknown fund
   */
  SarAmount balance(FundId fund);

  /**
   * Returns a fund's journal in order.
   *
   * @param fund not null
   * @return the entries
   */
  List<JournalEntry> journal(FundId fund);

  /**
   * Reports a fund over days, by period.
   *
   * @param fund not null
   * @param range the days, not null
   * @param bucket the period of the by-period totals (Gregorian or Hijri), not null
   * @return the report
   */
  FundReport report(FundId fund, DateRange range, Bucket bucket);
}
