package org.tatawwu.impl.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tatawwu.impl.fund.FundFixture.BIRR;
import static org.tatawwu.impl.fund.FundFixture.CLOCK;
import static org.tatawwu.impl.fund.FundFixture.COVID;
import static org.tatawwu.impl.fund.FundFixture.TODAY;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.fund.Channel;
import org.tatawwu.fund.Disbursement;
import org.tatawwu.fund.Donation;
import org.tatawwu.fund.DonorId;
import org.tatawwu.fund.DonorType;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundPolicy;
import org.tatawwu.fund.FundReport;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.fund.Refund;
import org.tatawwu.fund.SarTotal;
import org.tatawwu.fund.ServiceCategory;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.time.DateRange;
import org.tatawwu.validation.RuleException;

/**
 * The fund's arithmetic at {@code Long.MAX_VALUE} halalas (9,223,372,036,854,775,807). Every
 * expected figure below is worked out by hand in the comments, not by the ledger's own sums.
 */
class FundLedgerOverflowTest {
  static final long MAX = Long.MAX_VALUE;

  /** No disbursement or per-beneficiary limit short of the largest amount. */
  static final FundPolicy UNLIMITED =
      new FundPolicy(SarAmount.ofHalalas(MAX), SarAmount.ofHalalas(MAX), 30);

  final FundLedger fund = new DefaultFundLedger(FundFixture.associations(), UNLIMITED, CLOCK);

  static Donation give(String key, long halalas) {
    return Donation.builder()
        .key(IdempotencyKey.of(key))
        .fund(COVID)
        .donor(DonorId.of("D-1"))
        .donorType(DonorType.COMPANY)
        .channel(Channel.BANK_TRANSFER)
        .amount(SarAmount.ofHalalas(halalas))
        .recordedBy("gateway")
        .build();
  }

  static Refund refund(String key, long donation, long halalas) {
    return new Refund(
        IdempotencyKey.of(key), COVID, donation, SarAmount.ofHalalas(halalas), "why", "gateway");
  }

  static Disbursement aid(String key, long halalas, Optional<String> beneficiary) {
    Disbursement template = FundFixture.aid(key, "1", "B-1", TODAY);
    return Disbursement.builder()
        .key(template.key())
        .fund(COVID)
        .association(BIRR)
        .category(ServiceCategory.RELIEF)
        .region(Region.RIYADH)
        .amount(SarAmount.ofHalalas(halalas))
        .date(TODAY)
        .beneficiary(beneficiary.map(org.tatawwu.fund.BeneficiaryRef::of))
        .verification(beneficiary.isPresent() ? template.verification() : Optional.empty())
        .volunteersInvolved(0)
        .recordedBy("birr-finance")
        .build();
  }

  static RuleException refused(Runnable r) {
    RuleException e = catchThrowableOfType(RuleException.class, r::run);
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  @Test
  void a_refund_whose_sum_with_the_refunded_part_overflows_is_refused() {
    // donation #1 of 2 halalas, 1 refunded: 1 remains. A second donation of MAX - 1 brings the
    // balance to 1 + (MAX - 1) = MAX, so the balance covers a refund of MAX; 1 + MAX overflows a
    // long to Long.MIN_VALUE, which must not pass for "within the donation".
    JournalEntry first = fund.donate(give("d1", 2));
    fund.refund(refund("r1", first.sequence(), 1));
    fund.donate(give("d2", MAX - 1));
    assertThat(fund.balance(COVID).halalas()).isEqualTo(MAX);

    RuleException e = refused(() -> fund.refund(refund("r2", first.sequence(), MAX)));

    assertThat(e.has("fund.refundExceedsDonation")).isTrue();
    assertThat(e.has("fund.insufficientBalance")).isFalse();
    assertThat(e.violations().get(0).arguments())
        .containsEntry("remaining", SarAmount.ofHalalas(1));
    assertThat(fund.balance(COVID).halalas()).isEqualTo(MAX);
    assertThat(fund.journal(COVID)).hasSize(3);
  }

  @Test
  void the_whole_of_a_donation_of_the_largest_amount_can_be_refunded_and_no_more() {
    JournalEntry d = fund.donate(give("d1", MAX));
    fund.refund(refund("r1", d.sequence(), MAX - 1));
    assertThat(
            refused(() -> fund.refund(refund("r2", d.sequence(), 2)))
                .has("fund.refundExceedsDonation"))
        .isTrue();
    assertThat(fund.refund(refund("r3", d.sequence(), 1)).balanceAfter().halalas()).isZero();
  }

  @Test
  void a_donation_past_the_largest_balance_is_refused_as_an_overflow() {
    fund.donate(give("d1", MAX));
    assertThat(refused(() -> fund.donate(give("d2", 1))).has("fund.overflow")).isTrue();
    assertThat(fund.balance(COVID).halalas()).isEqualTo(MAX);
  }

  @Test
  void aid_whose_sum_with_what_the_beneficiary_received_overflows_is_refused() {
    // B-1 receives MAX (the whole balance); the fund is refilled with MAX; one more halala to
    // B-1 would make MAX + 1, which overflows a long to Long.MIN_VALUE, below the limit MAX.
    fund.donate(give("d1", MAX));
    fund.disburse(aid("a1", MAX, Optional.of("B-1")));
    fund.donate(give("d2", MAX));

    RuleException e = refused(() -> fund.disburse(aid("a2", 1, Optional.of("B-1"))));

    assertThat(e.has("fund.overBeneficiaryLimit")).isTrue();
    assertThat(fund.balance(COVID).halalas()).isEqualTo(MAX);
    // another beneficiary is not affected
    assertThat(fund.disburse(aid("a3", 1, Optional.of("B-2"))).balanceAfter().halalas())
        .isEqualTo(MAX - 1);
  }

  @Test
  void a_report_sums_donations_past_the_largest_long_exactly() {
    // MAX in, MAX refunded, 5 in: donated MAX + 5 = 9,223,372,036,854,775,812 halalas,
    // refunded 9,223,372,036,854,775,807, raised in the month 5 halalas; balance 5.
    JournalEntry d = fund.donate(give("d1", MAX));
    fund.refund(refund("r1", d.sequence(), MAX));
    fund.donate(give("d2", 5));

    FundReport r = fund.report(COVID, DateRange.of(TODAY, TODAY), Bucket.HIJRI_MONTH);

    assertThat(r.donated().halalas()).isEqualTo(new BigInteger("9223372036854775812"));
    assertThat(r.donated().toRiyals()).isEqualTo(new BigDecimal("92233720368547758.12"));
    assertThat(r.refunded().halalas()).isEqualTo(new BigInteger("9223372036854775807"));
    assertThat(r.raisedByPeriod())
        .containsExactly(java.util.Map.entry("1446-09", SarTotal.ofHalalas(5)));
    assertThat(r.donated().toString()).isEqualTo("SAR 92,233,720,368,547,758.12");
    assertThat(fund.balance(COVID).halalas()).isEqualTo(5);
  }

  @Test
  void a_report_sums_disbursements_past_the_largest_long_exactly() {
    // MAX in, MAX out, twice: disbursed 2 * MAX = 18,446,744,073,709,551,614 halalas, in every
    // breakdown; donated the same; raised in the month the same.
    for (int i = 1; i <= 2; i++) {
      fund.donate(give("d" + i, MAX));
      fund.disburse(aid("a" + i, MAX, Optional.empty()));
    }

    FundReport r = fund.report(COVID, DateRange.of(TODAY, TODAY), Bucket.HIJRI_MONTH);

    SarTotal twice = new SarTotal(new BigInteger("18446744073709551614"));
    assertThat(r.disbursed()).isEqualTo(twice);
    assertThat(r.donated()).isEqualTo(twice);
    assertThat(r.refunded()).isEqualTo(SarTotal.ZERO);
    assertThat(r.byCategory()).containsExactly(java.util.Map.entry(ServiceCategory.RELIEF, twice));
    assertThat(r.byRegion()).containsExactly(java.util.Map.entry(Region.RIYADH, twice));
    assertThat(r.byAssociation()).containsExactly(java.util.Map.entry(BIRR, twice));
    assertThat(r.disbursedByPeriod()).containsExactly(java.util.Map.entry("1446-09", twice));
    assertThat(r.raisedByPeriod()).containsExactly(java.util.Map.entry("1446-09", twice));
    assertThat(fund.balance(COVID).halalas()).isZero();
  }

  @Test
  void a_period_whose_refunds_exceed_its_donations_reports_a_negative_total() {
    // MAX donated in Rajab 1446 (2025-02-18), all of it refunded in Ramadan 1446 (2025-03-20):
    // raised +MAX in 1446-08 and -MAX in 1446-09, donated MAX, refunded MAX over both.
    MovingClock moving = new MovingClock(CLOCK.instant().minus(java.time.Duration.ofDays(30)));
    FundLedger books = new DefaultFundLedger(FundFixture.associations(), UNLIMITED, moving);
    JournalEntry d = books.donate(give("d1", MAX));
    moving.now = CLOCK.instant();
    books.refund(refund("r1", d.sequence(), MAX));

    FundReport r =
        books.report(COVID, DateRange.of(TODAY.minusDays(30), TODAY), Bucket.HIJRI_MONTH);

    assertThat(d.day()).isEqualTo(java.time.LocalDate.of(2025, 2, 18));
    assertThat(r.raisedByPeriod())
        .containsOnly(
            java.util.Map.entry("1446-08", SarTotal.ofHalalas(MAX)),
            java.util.Map.entry("1446-09", SarTotal.ofHalalas(-MAX)));
    assertThat(r.donated()).isEqualTo(r.refunded()).isEqualTo(SarTotal.ofHalalas(MAX));
  }

  /** A clock the test moves. */
  static final class MovingClock extends java.time.Clock {
    java.time.Instant now;

    MovingClock(java.time.Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return CLOCK.getZone();
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }
}
