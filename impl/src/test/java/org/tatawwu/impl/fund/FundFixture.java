package org.tatawwu.impl.fund;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.tatawwu.Tatawwu;
import org.tatawwu.fund.Association;
import org.tatawwu.fund.AssociationId;
import org.tatawwu.fund.BeneficiaryRef;
import org.tatawwu.fund.Channel;
import org.tatawwu.fund.Disbursement;
import org.tatawwu.fund.Donation;
import org.tatawwu.fund.DonorId;
import org.tatawwu.fund.DonorType;
import org.tatawwu.fund.FundId;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundPolicy;
import org.tatawwu.fund.NeedVerification;
import org.tatawwu.fund.ServiceCategory;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;

/** Two associations (one accredited until 2025-03-15) and a clock on 2025-03-20 in Riyadh. */
final class FundFixture {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-20T09:00:00Z"), ZoneId.of("Asia/Riyadh"));
  static final LocalDate TODAY = LocalDate.of(2025, 3, 20);
  static final FundId COVID = FundId.of("covid-19");
  static final AssociationId BIRR = AssociationId.of("birr-riyadh");
  static final AssociationId EXPIRED = AssociationId.of("old-association");

  private FundFixture() {}

  static List<Association> associations() {
    return List.of(
        new Association(
            BIRR,
            BilingualText.of("جمعية البر", "Al-Birr Society"),
            new Accreditation(
                "A-1", DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2027, 1, 1))),
            Set.of(Region.RIYADH, Region.AL_QASSIM),
            Set.of(ServiceCategory.RELIEF, ServiceCategory.HEALTH)),
        new Association(
            EXPIRED,
            BilingualText.of("جمعية قديمة", "Old Association"),
            new Accreditation(
                "A-2", DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 3, 15))),
            Set.of(Region.MAKKAH),
            Set.of(ServiceCategory.AWARENESS)));
  }

  static FundLedger ledger() {
    return Tatawwu.fundLedger(associations(), FundPolicy.DEFAULT, CLOCK);
  }

  static Donation donation(String key, String amount) {
    return Donation.builder()
        .key(IdempotencyKey.of(key))
        .fund(COVID)
        .donor(DonorId.of("D-1"))
        .donorType(DonorType.INDIVIDUAL)
        .channel(Channel.CARD)
        .amount(SarAmount.parse(amount))
        .recordedBy("gateway")
        .build();
  }

  static Disbursement aid(String key, String amount, String beneficiary, LocalDate date) {
    return Disbursement.builder()
        .key(IdempotencyKey.of(key))
        .fund(COVID)
        .association(BIRR)
        .category(ServiceCategory.RELIEF)
        .region(Region.RIYADH)
        .amount(SarAmount.parse(amount))
        .date(date)
        .beneficiary(BeneficiaryRef.of(beneficiary))
        .verification(
            new NeedVerification(
                "officer-7",
                Instant.parse("2025-03-01T08:00:00Z"),
                NeedVerification.Evidence.HOME_VISIT))
        .volunteersInvolved(2)
        .recordedBy("birr-finance")
        .build();
  }
}
