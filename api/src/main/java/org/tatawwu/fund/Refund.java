package org.tatawwu.fund;

import java.util.Objects;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.text.Identifiers;

/**
 * A refund of (part of) a donation: a reversing entry; the donation itself is never edited.
 *
 * @param key the caller's idempotency key, not null
 * @param fund the donation's fund, not null
 * @param donation the journal sequence of the donation refunded, 1 or more
 * @param amount the amount, positive, at most what remains of the donation
 * @param reason why, not blank
 * @param recordedBy who records it, an actor id
 */
public record Refund(
    IdempotencyKey key,
    FundId fund,
    long donation,
    SarAmount amount,
    String reason,
    String recordedBy)
    implements FundOperation {
  /**
   * Checks for nulls.
   *
   * @param key the caller's idempotency key, not null
   * @param fund the donation's fund, not null
   * @param donation the journal sequence of the donation refunded, 1 or more
   * @param amount the amount, positive, at most what remains of the donation, not null
   * @param reason why, not blank, not null
   * @param recordedBy who records it, an actor id
   */
  public Refund {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fund, "fund");
    Objects.requireNonNull(amount, "amount");
    if (Objects.requireNonNull(reason, "reason").isBlank()) {
      throw new IllegalArgumentException("a refund needs a reason");
    }
    Identifiers.check(recordedBy, "actor");
  }
}
