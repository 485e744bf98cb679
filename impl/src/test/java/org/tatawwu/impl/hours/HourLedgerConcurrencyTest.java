package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.VolunteerId;

/** Many threads submit, replay and approve the same work: nothing is lost or duplicated. */
class HourLedgerConcurrencyTest {
  static final int THREADS = 8;
  static final int VOLUNTEERS = 40;
  static final int SHIFTS = 25;

  /** The submission for a volunteer's n-th one-hour shift: every thread builds the same ones. */
  static HourSubmission shift(int volunteer, int n) {
    Instant start = LedgerFixture.riyadh("2025-03-02T06:00").plus(Duration.ofHours(2L * n));
    return HourSubmission.builder()
        .key(IdempotencyKey.of("v" + volunteer + "-s" + n))
        .volunteer(VolunteerId.of("V" + volunteer))
        .opportunity(LedgerFixture.RELIEF)
        .time(TimeRange.of(start, start.plus(Duration.ofHours(1))))
        .source(HourSource.ATTENDANCE)
        .compulsory(false)
        .submittedBy("gate")
        .build();
  }

  @Test
  void concurrent_submissions_replays_and_approvals_lose_and_duplicate_nothing() throws Exception {
    run(new InMemoryHourEventStore());
  }

  @Test
  void the_same_over_the_file_store_and_its_file_rebuilds_the_same_ledger(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("hours.events");
    HourLedger ledger;
    try (FileHourEventStore store = FileHourEventStore.open(file)) {
      ledger = run(store);
    }
    try (FileHourEventStore store = FileHourEventStore.open(file)) {
      HourLedger rebuilt = LedgerFixture.ledger(store);
      for (int v = 0; v < VOLUNTEERS; v++) {
        VolunteerId id = VolunteerId.of("V" + v);
        assertThat(rebuilt.entries(id)).isEqualTo(ledger.entries(id));
        assertThat(rebuilt.totals(id)).isEqualTo(ledger.totals(id));
      }
    }
  }

  static HourLedger run(org.tatawwu.hours.HourEventStore store) throws Exception {
    HourLedger ledger = LedgerFixture.ledger(store);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    Set<HourEntryId> seen = ConcurrentHashMap.newKeySet();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < VOLUNTEERS * SHIFTS; i++) {
                  // Each thread walks the same work in a different order, so that every submission
                  // is
                  // raced by all threads: one wins, the others replay.
                  int k = (i * 7 + thread * 13) % (VOLUNTEERS * SHIFTS);
                  HourEntry e = ledger.recordAttendance(shift(k / SHIFTS, k % SHIFTS));
                  seen.add(e.id());
                  if ((k + thread) % 3 == 0) {
                    ledger.approve(e.id(), "mgr" + thread);
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
    int expected = VOLUNTEERS * SHIFTS;
    assertThat(ledger.size()).isEqualTo(expected);
    assertThat(seen).hasSize(expected);
    long approved = 0;
    Set<String> keys = new HashSet<>();
    for (int v = 0; v < VOLUNTEERS; v++) {
      List<HourEntry> mine = ledger.entries(VolunteerId.of("V" + v));
      assertThat(mine).hasSize(SHIFTS);
      for (HourEntry e : mine) {
        assertThat(keys.add(e.key().value())).isTrue();
        if (e.status() == HourStatus.APPROVED) {
          approved++;
        }
      }
      long approvedMinutes =
          mine.stream()
              .filter(e -> e.status() == HourStatus.APPROVED)
              .mapToLong(HourEntry::creditedMinutes)
              .sum();
      long pendingMinutes =
          mine.stream()
              .filter(e -> e.status() == HourStatus.SUBMITTED)
              .mapToLong(HourEntry::creditedMinutes)
              .sum();
      assertThat(ledger.totals(VolunteerId.of("V" + v)).approvedMinutes())
          .isEqualTo(approvedMinutes);
      assertThat(ledger.totals(VolunteerId.of("V" + v)).pendingMinutes()).isEqualTo(pendingMinutes);
    }
    // Every submission once, every approval once: the store holds exactly those events.
    assertThat(store.size()).isEqualTo(expected + approved);
    assertThat(approved).isPositive();
    return ledger;
  }
}
