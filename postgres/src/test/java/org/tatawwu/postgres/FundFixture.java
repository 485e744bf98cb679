package org.tatawwu.postgres;

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
import org.tatawwu.fund.FundJournalStore;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundPolicy;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.fund.NeedVerification;
import org.tatawwu.fund.Refund;
import org.tatawwu.fund.ServiceCategory;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;

/** One accredited association, one fund, a fixed clock on 2025-03-20 in Riyadh. */
final class FundFixture {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-20T09:00:00Z"), ZoneId.of("Asia/Riyadh"));
  static final LocalDate TODAY = LocalDate.of(2025, 3, 20);
  static final FundId FUND = FundId.of("relief-2025");
  static final AssociationId BIRR = AssociationId.of("birr-riyadh");

  private FundFixture() {}

  static List<Association> associations() {
    return List.of(
        new Association(
            BIRR,
            BilingualText.of("جمعية البر", "Al-Birr Society"),
            new Accreditation(
                "A-1", DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2027, 1, 1))),
            Set.of(Region.RIYADH),
            Set.of(ServiceCategory.RELIEF)));
  }

  static FundLedger ledger(FundJournalStore store) {
    return Tatawwu.fundLedger(associations(), FundPolicy.DEFAULT, store, CLOCK);
  }

  static FundLedger inMemory() {
    return Tatawwu.fundLedger(associations(), FundPolicy.DEFAULT, CLOCK);
  }

  static Donation donation(String key, long halalas) {
    return Donation.builder()
        .key(IdempotencyKey.of(key))
        .fund(FUND)
        .donor(DonorId.of("D-" + Math.floorMod(key.hashCode(), 50)))
        .donorType(DonorType.INDIVIDUAL)
        .channel(Channel.CARD)
        .amount(SarAmount.ofHalalas(halalas))
        .recordedBy("gateway")
        .build();
  }

  static Disbursement aid(String key, long halalas, String beneficiary) {
    return Disbursement.builder()
        .key(IdempotencyKey.of(key))
        .fund(FUND)
        .association(BIRR)
        .category(ServiceCategory.RELIEF)
        .region(Region.RIYADH)
        .amount(SarAmount.ofHalalas(halalas))
        .date(TODAY)
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

  static Refund refund(String key, long donation, long halalas) {
    return new Refund(
        IdempotencyKey.of(key),
        FUND,
        donation,
        SarAmount.ofHalalas(halalas),
        "returned",
        "gateway");
  }

  /**
   * The single-node model: the journal's operations, replayed one by one as calls on a fresh ledger
   * in memory in the journal's order. Each must be accepted again with an equal entry.
   */
  static FundLedger singleNodeModel(List<JournalEntry> journal) {
    FundLedger model = inMemory();
    for (JournalEntry e : journal) {
      JournalEntry again;
      if (e.operation() instanceof Donation d) {
        again = model.donate(d);
      } else if (e.operation() instanceof Refund r) {
        again = model.refund(r);
      } else {
        again = model.disburse((Disbursement) e.operation());
      }
      if (!again.equals(e)) {
        throw new AssertionError("the model disagrees at entry " + e.sequence());
      }
    }
    return model;
  }
}
