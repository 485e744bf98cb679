package org.tatawwu.fund;

import java.util.Objects;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.text.Identifiers;

/**
 * A donation into a fund.
 *
 * @param key the caller's idempotency key, not null
 * @param fund the fund, not null
 * @param donor the donor, not null
 * @param donorType who the donor is, not null
 * @param channel how it arrived, not null
 * @param amount the amount, positive
 * @param recordedBy who records it, an actor id
 */
public record Donation(
    IdempotencyKey key,
    FundId fund,
    DonorId donor,
    DonorType donorType,
    Channel channel,
    SarAmount amount,
    String recordedBy)
    implements FundOperation {
  /**
   * Checks for nulls.
   *
   * @param key the caller's idempotency key, not null
   * @param fund the fund, not null
   * @param donor the donor, not null
   * @param donorType who the donor is, not null
   * @param channel how it arrived, not null
   * @param amount the amount, positive, not null
   * @param recordedBy who records it, an actor id
   */
  public Donation {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fund, "fund");
    Objects.requireNonNull(donor, "donor");
    Objects.requireNonNull(donorType, "donorType");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(amount, "amount");
    Identifiers.check(recordedBy, "actor");
  }
}
