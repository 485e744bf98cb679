package org.tatawwu.fund;

import java.util.Objects;
import org.tatawwu.impact.SarAmount;

/**
 * Limits on disbursements ({@link #DEFAULT}: SAR 1,000,000 per disbursement; SAR 20,000 per
 * beneficiary in any 30 days).
 *
 * @param maximumDisbursement the most one disbursement may be, positive
 * @param maximumPerBeneficiary the most one beneficiary may receive within {@code periodDays}
 * @param periodDays the length of the per-beneficiary window in days, 1 or more
 */
public record FundPolicy(
    SarAmount maximumDisbursement, SarAmount maximumPerBeneficiary, int periodDays) {
  /** The defaults above. */
  public static final FundPolicy DEFAULT =
      new FundPolicy(SarAmount.parse("1000000"), SarAmount.parse("20000"), 30);

  /**
   * Checks the ranges.
   *
   * @param maximumDisbursement the most one disbursement may be, positive, not null
   * @param maximumPerBeneficiary the most one beneficiary may receive within {@code periodDays},
   *     not null
   * @param periodDays the length of the per-beneficiary window in days, 1 or more
   */
  public FundPolicy {
    Objects.requireNonNull(maximumDisbursement, "maximumDisbursement");
    Objects.requireNonNull(maximumPerBeneficiary, "maximumPerBeneficiary");
    if (maximumDisbursement.halalas() <= 0
        || maximumPerBeneficiary.halalas() <= 0
        || periodDays < 1) {
      throw new IllegalArgumentException("fund limits are positive");
    }
  }
}
