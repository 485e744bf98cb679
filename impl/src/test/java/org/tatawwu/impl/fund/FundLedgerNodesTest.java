package org.tatawwu.impl.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tatawwu.impl.fund.FundFixture.COVID;
import static org.tatawwu.impl.fund.FundFixture.TODAY;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tatawwu.fund.FundJournalConflictException;
import org.tatawwu.fund.FundJournalStore;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundPolicy;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.fund.Refund;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.validation.RuleException;

/**
 * Two ledgers (nodes) over one journal, with another node's append slipped in exactly between a
 * node's decision and its append: the append conflicts, the node catches up and decides again.
 */
class FundLedgerNodesTest {
  /** A store that runs a hook once, inside the next append, before appending. */
  static final class Interleaving implements FundJournalStore {
    final InMemoryFundJournalStore inner = new InMemoryFundJournalStore();
    Runnable hook = () -> {};
    int conflicts;

    @Override
    public void appendAll(List<JournalEntry> entries) {
      Runnable run = hook;
      hook = () -> {};
      run.run();
      try {
        inner.appendAll(entries);
      } catch (FundJournalConflictException e) {
        conflicts++;
        throw e;
      }
    }

    @Override
    public void replayAfter(long after, Consumer<JournalEntry> consumer) {
      inner.replayAfter(after, consumer);
    }

    @Override
    public long size() {
      return inner.size();
    }
  }

  final Interleaving store = new Interleaving();
  final FundLedger a = ledger();
  final FundLedger b = ledger();

  FundLedger ledger() {
    return new DefaultFundLedger(
        FundFixture.associations(), FundPolicy.DEFAULT, store, FundFixture.CLOCK);
  }

  @Test
  void a_node_that_lost_the_race_for_the_balance_is_refused_after_catching_up() {
    a.donate(FundFixture.donation("d1", "100.00"));
    // a decides on a balance of 100.00; before its append lands, b spends 60.00 of it
    store.hook = () -> b.disburse(FundFixture.aid("b-aid", "60.00", "B-2", TODAY));

    RuleException e =
        catchThrowableOfType(
            RuleException.class, () -> a.disburse(FundFixture.aid("a-aid", "70.00", "B-1", TODAY)));

    assertThat(e).isNotNull();
    assertThat(e.has("fund.insufficientBalance")).isTrue();
    assertThat(store.conflicts).isEqualTo(1);
    assertThat(a.balance(COVID)).isEqualTo(SarAmount.parse("40.00"));
    assertThat(b.balance(COVID)).isEqualTo(SarAmount.parse("40.00"));
    assertThat(a.journal(COVID)).hasSize(2).isEqualTo(b.journal(COVID));
  }

  @Test
  void a_node_that_lost_the_race_but_still_fits_appends_after_the_other() {
    a.donate(FundFixture.donation("d1", "100.00"));
    store.hook = () -> b.disburse(FundFixture.aid("b-aid", "60.00", "B-2", TODAY));

    JournalEntry mine = a.disburse(FundFixture.aid("a-aid", "40.00", "B-1", TODAY));

    assertThat(mine.sequence()).isEqualTo(3);
    assertThat(mine.balanceAfter()).isEqualTo(SarAmount.ZERO);
    assertThat(store.conflicts).isEqualTo(1);
    assertThat(b.balance(COVID)).isEqualTo(SarAmount.ZERO);
  }

  @Test
  void the_same_key_submitted_to_two_nodes_is_recorded_once() {
    store.hook = () -> b.donate(FundFixture.donation("same", "10.00"));

    JournalEntry fromA = a.donate(FundFixture.donation("same", "10.00"));

    assertThat(fromA.sequence()).isEqualTo(1);
    assertThat(a.journal(COVID)).containsExactly(fromA);
    assertThat(b.journal(COVID)).containsExactly(fromA);
    assertThat(store.conflicts).isEqualTo(1);
  }

  @Test
  void a_changed_operation_under_a_key_another_node_used_is_a_conflict() {
    store.hook = () -> b.donate(FundFixture.donation("same", "10.00"));

    RuleException e =
        catchThrowableOfType(
            RuleException.class, () -> a.donate(FundFixture.donation("same", "11.00")));

    assertThat(e).isNotNull();
    assertThat(e.has("fund.idempotencyConflict")).isTrue();
    assertThat(a.balance(COVID)).isEqualTo(SarAmount.parse("10.00"));
  }

  @Test
  void two_nodes_never_refund_more_than_remains_of_a_donation() {
    JournalEntry d = a.donate(FundFixture.donation("d1", "100.00"));
    a.donate(FundFixture.donation("d2", "500.00"));
    store.hook =
        () ->
            b.refund(
                new Refund(
                    IdempotencyKey.of("rb"),
                    COVID,
                    d.sequence(),
                    SarAmount.parse("80.00"),
                    "why",
                    "gw"));

    RuleException e =
        catchThrowableOfType(
            RuleException.class,
            () ->
                a.refund(
                    new Refund(
                        IdempotencyKey.of("ra"),
                        COVID,
                        d.sequence(),
                        SarAmount.parse("30.00"),
                        "why",
                        "gw")));

    assertThat(e).isNotNull();
    assertThat(e.has("fund.refundExceedsDonation")).isTrue();
    assertThat(e.violations().get(0).arguments())
        .containsEntry("remaining", SarAmount.parse("20.00"));
  }

  @Test
  void a_node_that_loses_every_attempt_throws_the_conflict_having_changed_nothing() {
    a.donate(FundFixture.donation("d1", "100.00"));
    int[] slipped = {0};
    Runnable[] again = new Runnable[1];
    again[0] =
        () -> {
          b.donate(FundFixture.donation("b-" + slipped[0]++, "1.00"));
          store.hook = again[0];
        };
    store.hook = again[0];

    FundJournalConflictException e =
        catchThrowableOfType(
            FundJournalConflictException.class,
            () -> a.disburse(FundFixture.aid("a-aid", "1.00", "B-1", TODAY)));

    assertThat(e).isNotNull();
    assertThat(slipped[0]).isEqualTo(DefaultFundLedger.ATTEMPTS);
    assertThat(store.conflicts).isEqualTo(DefaultFundLedger.ATTEMPTS);
    store.hook = () -> {};
    assertThat(a.journal(COVID))
        .hasSize(1 + DefaultFundLedger.ATTEMPTS)
        .noneMatch(j -> j.operation().key().value().equals("a-aid"));
    // repeated, it goes through
    assertThat(a.disburse(FundFixture.aid("a-aid", "1.00", "B-1", TODAY)).sequence())
        .isEqualTo(2L + DefaultFundLedger.ATTEMPTS);
  }

  @Test
  void a_node_reads_what_another_node_appended() {
    b.donate(FundFixture.donation("d1", "5.00"));
    assertThat(a.balance(COVID)).isEqualTo(SarAmount.parse("5.00"));
    assertThat(a.journal(COVID)).hasSize(1);
  }

  @Test
  void a_ledger_rebuilt_from_the_journal_equals_the_live_one_and_carries_on() {
    a.donate(FundFixture.donation("d1", "100.00"));
    JournalEntry d2 = b.donate(FundFixture.donation("d2", "50.00"));
    a.disburse(FundFixture.aid("x", "20.00", "B-1", TODAY));
    b.refund(
        new Refund(
            IdempotencyKey.of("r"), COVID, d2.sequence(), SarAmount.parse("5.00"), "w", "g"));

    FundLedger rebuilt = ledger();

    assertThat(rebuilt.journal(COVID)).isEqualTo(a.journal(COVID));
    assertThat(rebuilt.balance(COVID)).isEqualTo(SarAmount.parse("125.00"));
    assertThat(
            rebuilt.report(
                COVID, org.tatawwu.time.DateRange.of(TODAY, TODAY), org.tatawwu.hours.Bucket.DAY))
        .isEqualTo(
            a.report(
                COVID, org.tatawwu.time.DateRange.of(TODAY, TODAY), org.tatawwu.hours.Bucket.DAY));
    // what was refunded of a donation was rebuilt too: 45.00 remains of d2
    assertThat(
            catchThrowableOfType(
                    RuleException.class,
                    () ->
                        rebuilt.refund(
                            new Refund(
                                IdempotencyKey.of("r2"),
                                COVID,
                                d2.sequence(),
                                SarAmount.parse("45.01"),
                                "w",
                                "g")))
                .has("fund.refundExceedsDonation"))
        .isTrue();
    List<JournalEntry> before = new ArrayList<>(rebuilt.journal(COVID));
    assertThat(rebuilt.donate(FundFixture.donation("d1", "100.00"))).isEqualTo(before.get(0));
  }
}
