package org.tatawwu.impl.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tatawwu.impl.fund.FundFixture.BIRR;
import static org.tatawwu.impl.fund.FundFixture.COVID;
import static org.tatawwu.impl.fund.FundFixture.EXPIRED;
import static org.tatawwu.impl.fund.FundFixture.TODAY;
import static org.tatawwu.impl.fund.FundFixture.aid;
import static org.tatawwu.impl.fund.FundFixture.donation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.fund.BeneficiaryRef;
import org.tatawwu.fund.Disbursement;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundReport;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.fund.NeedVerification;
import org.tatawwu.fund.Refund;
import org.tatawwu.fund.SarTotal;
import org.tatawwu.fund.ServiceCategory;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.time.DateRange;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;

class FundLedgerTest {
  final FundLedger fund = FundFixture.ledger();

  static RuleException refused(Runnable r) {
    try {
      r.run();
    } catch (RuleException e) {
      return e;
    }
    throw new AssertionError("expected a RuleException");
  }

  @Test
  void money_in_equals_money_out_plus_the_balance() {
    fund.donate(donation("d1", "1000.00"));
    JournalEntry d2 = fund.donate(donation("d2", "250.50"));
    fund.refund(
        new Refund(
            IdempotencyKey.of("r1"),
            COVID,
            d2.sequence(),
            SarAmount.parse("50.50"),
            "duplicate charge",
            "gateway"));
    fund.disburse(aid("a1", "700.00", "B-1", TODAY));
    assertThat(fund.balance(COVID)).isEqualTo(SarAmount.parse("500.00"));
    FundReport r = fund.report(COVID, DateRange.of(TODAY.minusDays(30), TODAY), Bucket.HIJRI_MONTH);
    assertThat(r.donated().minus(r.refunded()).minus(r.disbursed()))
        .isEqualTo(SarTotal.of(fund.balance(COVID)));
    assertThat(r.byCategory()).containsEntry(ServiceCategory.RELIEF, SarTotal.ofHalalas(70_000));
    assertThat(r.byRegion()).containsEntry(Region.RIYADH, SarTotal.ofHalalas(70_000));
    assertThat(r.byAssociation()).containsEntry(BIRR, SarTotal.ofHalalas(70_000));
    assertThat(r.beneficiariesReached()).isEqualTo(1);
    assertThat(r.volunteersInvolved()).isEqualTo(2);
    assertThat(r.raisedByPeriod()).containsEntry("1446-09", SarTotal.ofHalalas(120_000));
    assertThat(fund.journal(COVID))
        .extracting(JournalEntry::balanceAfter)
        .containsExactly(
            SarAmount.parse("1000.00"),
            SarAmount.parse("1250.50"),
            SarAmount.parse("1200.00"),
            SarAmount.parse("500.00"));
  }

  @Test
  void rejects_negative_zero_and_fractional_halala_amounts() {
    assertThat(refused(() -> fund.donate(donation("z", "0"))).violations())
        .extracting(v -> v.code())
        .containsExactly("fund.amountNotPositive");
    assertThat(refused(() -> fund.donate(donation("n", "-5"))).violations())
        .extracting(v -> v.code())
        .containsExactly("fund.amountNotPositive");
    try {
      donation("f", "10.005");
      throw new AssertionError("a fraction of a halala was accepted");
    } catch (InvalidValueException e) {
      assertThat(e.code()).isEqualTo("money.fractionalHalala");
    }
    assertThat(fund.journal(COVID)).isEmpty();
  }

  @Test
  void detects_overflow_instead_of_wrapping() {
    fund.donate(
        new org.tatawwu.fund.Donation(
            IdempotencyKey.of("big"),
            COVID,
            org.tatawwu.fund.DonorId.of("D"),
            org.tatawwu.fund.DonorType.INSTITUTION,
            org.tatawwu.fund.Channel.BANK_TRANSFER,
            SarAmount.ofHalalas(Long.MAX_VALUE - 10),
            "bank"));
    RuleException e = refused(() -> fund.donate(donation("more", "1.00")));
    assertThat(e.has("fund.overflow")).isTrue();
    assertThat(fund.balance(COVID)).isEqualTo(SarAmount.ofHalalas(Long.MAX_VALUE - 10));
  }

  @Test
  void a_disbursement_breaking_many_rules_names_them_all_in_both_languages_and_applies_nothing() {
    fund.donate(donation("d", "100.00"));
    Disbursement bad =
        Disbursement.builder()
            .key(IdempotencyKey.of("bad"))
            .fund(COVID)
            .association(EXPIRED)
            .category(ServiceCategory.RELIEF)
            .region(Region.JAZAN)
            .amount(SarAmount.parse("2000000.00"))
            .date(TODAY)
            .beneficiary(BeneficiaryRef.of("B-9"))
            .volunteersInvolved(0)
            .recordedBy("x")
            .build();
    RuleException e = refused(() -> fund.disburse(bad));
    assertThat(e.violations())
        .extracting(v -> v.code())
        .containsExactly(
            "fund.notAccredited",
            "fund.regionNotServed",
            "fund.categoryNotServed",
            "fund.overDisbursementLimit",
            "fund.needNotVerified",
            "fund.overBeneficiaryLimit",
            "fund.insufficientBalance");
    assertThat(e.problems(Locale.ENGLISH))
        .extracting(Problem::message)
        .contains(
            "the association old-association is not accredited on that date (accredited until 2025-03-15)",
            "aid to a beneficiary needs a recorded verification of need");
    assertThat(e.problems(Locale.forLanguageTag("ar")))
        .extracting(Problem::message)
        .contains("المساعدة المقدمة لمستفيد تتطلب تسجيل التحقق من الاحتياج");
    assertThat(fund.balance(COVID)).isEqualTo(SarAmount.parse("100.00"));
    assertThat(fund.journal(COVID)).hasSize(1);
    assertThat(e.getMessage()).doesNotContain("B-9");
  }

  @Test
  void an_unknown_association_a_future_date_and_a_late_verification_are_refused() {
    fund.donate(donation("d", "100.00"));
    Disbursement unknown =
        Disbursement.builder()
            .key(IdempotencyKey.of("u"))
            .fund(COVID)
            .association(org.tatawwu.fund.AssociationId.of("nobody"))
            .category(ServiceCategory.RELIEF)
            .region(Region.RIYADH)
            .amount(SarAmount.parse("10"))
            .date(TODAY.plusDays(1))
            .volunteersInvolved(0)
            .recordedBy("x")
            .build();
    assertThat(refused(() -> fund.disburse(unknown)).violations())
        .extracting(v -> v.code())
        .containsExactly("fund.futureDate", "fund.unknownAssociation");
    Disbursement late =
        Disbursement.builder()
            .key(IdempotencyKey.of("late"))
            .fund(COVID)
            .association(BIRR)
            .category(ServiceCategory.RELIEF)
            .region(Region.RIYADH)
            .amount(SarAmount.parse("10"))
            .date(LocalDate.of(2025, 3, 1))
            .beneficiary(BeneficiaryRef.of("B-1"))
            .verification(
                new NeedVerification(
                    "officer-7",
                    Instant.parse("2025-03-10T08:00:00Z"),
                    NeedVerification.Evidence.DOCUMENTS))
            .volunteersInvolved(0)
            .recordedBy("x")
            .build();
    assertThat(refused(() -> fund.disburse(late)).violations())
        .extracting(v -> v.code())
        .containsExactly("fund.verifiedAfterAid");
  }

  @Test
  void limits_what_one_beneficiary_receives_in_a_period() {
    fund.donate(donation("d", "100000.00"));
    fund.disburse(aid("a1", "15000.00", "B-1", TODAY.minusDays(10)));
    assertThat(
            refused(() -> fund.disburse(aid("a2", "5000.01", "B-1", TODAY)))
                .has("fund.overBeneficiaryLimit"))
        .isTrue();
    fund.disburse(aid("a3", "5000.00", "B-1", TODAY));
    assertThat(
            refused(() -> fund.disburse(aid("a4", "0.01", "B-1", TODAY)))
                .has("fund.overBeneficiaryLimit"))
        .isTrue();
    fund.disburse(aid("a5", "1.00", "B-2", TODAY));
    assertThat(fund.balance(COVID)).isEqualTo(SarAmount.parse("79999.00"));
  }

  @Test
  void replays_return_the_existing_entry_and_changed_replays_are_conflicts() {
    JournalEntry first = fund.donate(donation("d", "100.00"));
    assertThat(fund.donate(donation("d", "100.00"))).isEqualTo(first);
    assertThat(refused(() -> fund.donate(donation("d", "100.01"))).has("fund.idempotencyConflict"))
        .isTrue();
    assertThat(fund.journal(COVID)).hasSize(1);
  }

  @Test
  void refunds_reverse_but_never_exceed_the_donation_and_never_edit_it() {
    JournalEntry d = fund.donate(donation("d", "100.00"));
    fund.refund(
        new Refund(
            IdempotencyKey.of("r1"), COVID, d.sequence(), SarAmount.parse("60"), "error", "ops"));
    assertThat(
            refused(
                    () ->
                        fund.refund(
                            new Refund(
                                IdempotencyKey.of("r2"),
                                COVID,
                                d.sequence(),
                                SarAmount.parse("40.01"),
                                "error",
                                "ops")))
                .has("fund.refundExceedsDonation"))
        .isTrue();
    assertThat(
            refused(
                    () ->
                        fund.refund(
                            new Refund(
                                IdempotencyKey.of("r3"),
                                COVID,
                                99,
                                SarAmount.parse("1"),
                                "error",
                                "ops")))
                .has("fund.unknownDonation"))
        .isTrue();
    assertThat(fund.journal(COVID).get(0)).isEqualTo(d);
    assertThat(fund.balance(COVID)).isEqualTo(SarAmount.parse("40.00"));
  }

  @Test
  void beneficiaries_are_redacted() {
    assertThat(BeneficiaryRef.of("B-12345").toString()).doesNotContain("12345");
    assertThat(List.of(aid("a", "1", "B-12345", TODAY)).toString()).doesNotContain("B-12345");
  }

  /** A donation as a donor types it. */
  record DonationForm(@org.tatawwu.constraints.SarAmountText String amount) {}

  @Test
  void typed_amounts_are_checked_with_localised_messages_before_reaching_the_books() {
    var validator = org.tatawwu.Tatawwu.validator(FundFixture.CLOCK);
    assertThat(validator.validate(new DonationForm("150.50"), Locale.ENGLISH)).isEmpty();
    assertThat(validator.validate(new DonationForm("10.005"), Locale.ENGLISH))
        .extracting(Problem::message)
        .containsExactly("an amount has at most two decimals (halalas)");
    assertThat(validator.validate(new DonationForm("10.005"), Locale.forLanguageTag("ar")))
        .extracting(Problem::message)
        .containsExactly("لا يجوز أن يتجاوز المبلغ خانتين عشريتين (الهللات)");
    assertThat(validator.validate(new DonationForm("-5"), Locale.ENGLISH))
        .extracting(Problem::code)
        .containsExactly("constraints.money.notPositive");
    assertThat(validator.validate(new DonationForm("92233720368547758.08"), Locale.ENGLISH))
        .extracting(Problem::code)
        .containsExactly("constraints.money.overflow");
    assertThat(validator.validate(new DonationForm("1e400"), Locale.ENGLISH))
        .extracting(Problem::code)
        .containsExactly("constraints.money.format");
    assertThat(validator.validate(new DonationForm("ten"), Locale.ENGLISH))
        .extracting(Problem::code)
        .containsExactly("constraints.money.format");
  }
}
