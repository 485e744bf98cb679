package org.tatawwu.fund;

import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;

/** An operation on a fund: a donation, a refund or a disbursement. */
public sealed interface FundOperation permits Donation, Refund, Disbursement {
  /**
   * Returns the caller's idempotency key.
   *
   * @return the key
   */
  IdempotencyKey key();

  /**
   * Returns the fund.
   *
   * @return the fund
   */
  FundId fund();

  /**
   * Returns the amount.
   *
   * @return the amount
   */
  SarAmount amount();
}
