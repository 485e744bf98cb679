package org.tatawwu.impl.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tatawwu.fund.Disbursement;
import org.tatawwu.fund.Donation;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundOperation;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.fund.Refund;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.validation.RuleException;

/**
 * Model-based test: 10,000 random sequences of donations, refunds, disbursements and replays, each
 * step checked against a reference model and the fund's invariants.
 */
class FundLedgerModelPropertiesTest {
  record Op(int kind, int key, int amount, int target, int beneficiary) {
    @Override
    public String toString() {
      return switch (kind) {
        case 0 -> "donate(k" + key + ", " + amount + ")";
        case 1 -> "refund(k" + key + ", entry " + target + ", " + amount + ")";
        case 2 -> "disburse(k" + key + ", " + amount + ", b" + beneficiary + ")";
        default -> "replay(" + target + ")";
      };
    }
  }

  static Gen<Op> ops() {
    // Amounts are mostly small (so that refunds and disbursements meet the exact edges of what
    // remains) and sometimes large (so that the per-disbursement and per-beneficiary limits bite).
    return integers()
        .between(0, 9)
        .zip(
            integers().between(0, 15),
            integers().between(-2, 300_000),
            integers().between(1, 12),
            integers().between(0, 3),
            (k, key, amount, target, b) ->
                new Op(
                    k <= 3 ? 0 : k <= 5 ? 2 : k <= 7 ? 1 : 3,
                    key,
                    amount % 5 == 0 ? amount / 10 : amount % 40 - 2,
                    target,
                    b));
  }

  static void run(List<Op> ops) {
    FundLedger fund = FundFixture.ledger();
    long balance = 0;
    long in = 0;
    long out = 0;
    Map<String, FundOperation> byKey = new HashMap<>();
    Map<Long, Long> donationAmount = new HashMap<>();
    Map<Long, Long> refunded = new HashMap<>();
    Map<Integer, Long> received = new HashMap<>();
    List<FundOperation> done = new ArrayList<>();
    long entries = 0;
    for (Op op : ops) {
      FundOperation operation;
      if (op.kind() == 3) {
        if (done.isEmpty()) {
          continue;
        }
        operation = done.get(op.target() % done.size());
      } else {
        String key = "k" + op.key();
        SarAmount amount = SarAmount.ofHalalas(op.amount() * 100L);
        operation =
            switch (op.kind()) {
              case 0 ->
                  Donation.builder()
                      .key(IdempotencyKey.of(key))
                      .fund(FundFixture.COVID)
                      .donor(org.tatawwu.fund.DonorId.of("D"))
                      .donorType(org.tatawwu.fund.DonorType.COMPANY)
                      .channel(org.tatawwu.fund.Channel.SMS)
                      .amount(amount)
                      .recordedBy("gw")
                      .build();
              case 1 ->
                  new Refund(
                      IdempotencyKey.of(key), FundFixture.COVID, op.target(), amount, "why", "gw");
              default ->
                  FundFixture.aid(
                      key,
                      amount.toRiyals().toPlainString(),
                      "B" + op.beneficiary(),
                      FundFixture.TODAY);
            };
      }
      FundOperation earlier = byKey.get(operation.key().value());
      long amount = operation.amount().halalas();
      boolean expectAccept;
      if (earlier != null) {
        expectAccept = earlier.equals(operation);
        if (expectAccept) {
          // a replay: nothing changes
          JournalEntry e = apply(fund, operation);
          assertThat(e.operation()).isEqualTo(earlier);
          assertThat(fund.journal(FundFixture.COVID)).hasSize((int) entries);
          continue;
        }
        assertConflict(fund, operation);
        continue;
      }
      boolean ok = amount > 0;
      if (operation instanceof Refund r) {
        Long donated = donationAmount.get(r.donation());
        ok &=
            donated != null
                && refunded.getOrDefault(r.donation(), 0L) + amount <= donated
                && balance - amount >= 0;
      } else if (operation instanceof Disbursement d) {
        int b = Integer.parseInt(d.beneficiary().orElseThrow().value().substring(1));
        ok &=
            amount <= 100_000_000L
                && balance - amount >= 0
                && received.getOrDefault(b, 0L) + amount <= 2_000_000L;
      }
      if (ok) {
        JournalEntry e = apply(fund, operation);
        entries++;
        byKey.put(operation.key().value(), operation);
        done.add(operation);
        if (operation instanceof Donation) {
          balance += amount;
          in += amount;
          donationAmount.put(e.sequence(), amount);
        } else if (operation instanceof Refund r) {
          balance -= amount;
          out += amount;
          refunded.merge(r.donation(), amount, Long::sum);
        } else if (operation instanceof Disbursement d) {
          balance -= amount;
          out += amount;
          received.merge(
              Integer.parseInt(d.beneficiary().orElseThrow().value().substring(1)),
              amount,
              Long::sum);
        }
        assertThat(e.balanceAfter().halalas()).isEqualTo(balance);
      } else {
        try {
          apply(fund, operation);
          throw new AssertionError(
              "accepted " + operation.getClass().getSimpleName() + " the model refuses");
        } catch (RuleException expected) {
          assertThat(expected.violations()).isNotEmpty();
        }
      }
      // Invariants after every step.
      assertThat(fund.balance(FundFixture.COVID).halalas())
          .isEqualTo(balance)
          .isGreaterThanOrEqualTo(0);
      assertThat(in).isEqualTo(out + balance);
      assertThat(fund.journal(FundFixture.COVID)).hasSize((int) entries);
    }
  }

  static JournalEntry apply(FundLedger fund, FundOperation op) {
    if (op instanceof Donation d) {
      return fund.donate(d);
    }
    if (op instanceof Refund r) {
      return fund.refund(r);
    }
    return fund.disburse((Disbursement) op);
  }

  static void assertConflict(FundLedger fund, FundOperation op) {
    try {
      apply(fund, op);
      throw new AssertionError("a changed replay was accepted");
    } catch (RuleException e) {
      assertThat(e.has("fund.idempotencyConflict")).isTrue();
    }
  }

  @Test
  void ten_thousand_random_sequences_keep_every_halala_accounted_for() {
    qt().withExamples(10_000)
        .withShrinkCycles(2_000)
        .forAll(lists().of(ops()).ofSizeBetween(1, 30))
        .checkAssert(FundLedgerModelPropertiesTest::run);
  }

  @Test
  void the_limits_in_the_model_are_the_default_policy() {
    assertThat(org.tatawwu.fund.FundPolicy.DEFAULT.maximumDisbursement().halalas())
        .isEqualTo(100_000_000L);
    assertThat(org.tatawwu.fund.FundPolicy.DEFAULT.maximumPerBeneficiary().halalas())
        .isEqualTo(2_000_000L);
  }
}
