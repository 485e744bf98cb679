package org.tatawwu.impl.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.validation.RuleException;

/** Threads donate and disburse at once: the balance never goes negative and nothing is lost. */
class FundLedgerConcurrencyTest {
  @Test
  void concurrent_donations_and_disbursements_keep_the_books_exact() throws Exception {
    FundLedger fund = FundFixture.ledger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    AtomicLong donated = new AtomicLong();
    AtomicLong disbursed = new AtomicLong();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < 500; i++) {
                  if ((i + thread) % 2 == 0) {
                    JournalEntry e =
                        fund.donate(FundFixture.donation("d-" + thread + "-" + i, "10.00"));
                    donated.addAndGet(e.operation().amount().halalas());
                    fund.donate(FundFixture.donation("d-" + thread + "-" + i, "10.00")); // replay
                  } else {
                    try {
                      JournalEntry e =
                          fund.disburse(
                              FundFixture.aid(
                                  "a-" + thread + "-" + i,
                                  "15.00",
                                  "B" + thread + "-" + i,
                                  FundFixture.TODAY));
                      disbursed.addAndGet(e.operation().amount().halalas());
                    } catch (RuleException e) {
                      assertThat(e.has("fund.insufficientBalance")).isTrue();
                    }
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(fund.balance(FundFixture.COVID).halalas())
        .isEqualTo(donated.get() - disbursed.get())
        .isGreaterThanOrEqualTo(0);
    List<JournalEntry> journal = fund.journal(FundFixture.COVID);
    assertThat(journal).hasSize((int) (donated.get() / 1000 + disbursed.get() / 1500));
    assertThat(journal).allMatch(e -> e.balanceAfter().halalas() >= 0);
    for (int i = 0; i < journal.size(); i++) {
      assertThat(journal.get(i).sequence()).isEqualTo(i + 1L);
    }
  }
}
