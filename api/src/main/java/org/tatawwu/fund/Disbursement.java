package org.tatawwu.fund;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.text.Identifiers;

/**
 * Money out of a fund, through an accredited association, for a service in a region; for aid to a
 * beneficiary, with the record of the verified need.
 *
 * @param key the caller's idempotency key, not null
 * @param fund the fund, not null
 * @param association the association, not null
 * @param category the service, not null
 * @param region the region served, not null
 * @param amount the amount, positive
 * @param date the day of the disbursement, not in the future
 * @param beneficiary the beneficiary, for aid to a person
 * @param verification the verified need, required with a beneficiary
 * @param volunteersInvolved volunteers who delivered it, zero or more
 * @param recordedBy who records it, an actor id
 */
public record Disbursement(
    IdempotencyKey key,
    FundId fund,
    AssociationId association,
    ServiceCategory category,
    Region region,
    SarAmount amount,
    LocalDate date,
    Optional<BeneficiaryRef> beneficiary,
    Optional<NeedVerification> verification,
    int volunteersInvolved,
    String recordedBy)
    implements FundOperation {
  /**
   * Checks for nulls.
   *
   * @param key the caller's idempotency key, not null
   * @param fund the fund, not null
   * @param association the association, not null
   * @param category the service, not null
   * @param region the region served, not null
   * @param amount the amount, positive, not null
   * @param date the day of the disbursement, not in the future, not null
   * @param beneficiary the beneficiary, for aid to a person, not null
   * @param verification the verified need, required with a beneficiary, not null
   * @param volunteersInvolved volunteers who delivered it, zero or more
   * @param recordedBy who records it, an actor id
   */
  public Disbursement {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fund, "fund");
    Objects.requireNonNull(association, "association");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(beneficiary, "beneficiary");
    Objects.requireNonNull(verification, "verification");
    if (volunteersInvolved < 0) {
      throw new IllegalArgumentException("volunteers involved is zero or more");
    }
    Identifiers.check(recordedBy, "actor");
  }
}
