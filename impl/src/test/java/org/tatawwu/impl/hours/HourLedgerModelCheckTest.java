package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.testkit.HourLedgerModelCheck;

/**
 * The test kit's model check over the in-memory store (2,000 sequences) and over the file store
 * (300 sequences: every append is forced to the device, so fewer), each sequence on a new store;
 * and the check fails a store that acknowledges an append it does not keep.
 */
class HourLedgerModelCheckTest {
  @TempDir Path dir;

  @Test
  void a_ledger_over_memory_agrees_with_the_model() {
    HourLedgerModelCheck.Summary s =
        HourLedgerModelCheck.over(InMemoryHourEventStore::new).run(2_000, 1L);
    assertThat(s.sequences()).isEqualTo(2_000);
    assertThat(s.accepted()).isPositive();
    assertThat(s.refused()).isPositive();
  }

  @Test
  void a_ledger_over_a_file_agrees_with_the_model() {
    AtomicInteger files = new AtomicInteger();
    HourLedgerModelCheck.Summary s =
        HourLedgerModelCheck.over(
                () -> FileHourEventStore.open(dir.resolve("model-" + files.incrementAndGet())))
            .run(300, 50_000L);
    assertThat(s.sequences()).isEqualTo(300);
    assertThat(s.accepted()).isPositive();
    assertThat(s.refused()).isPositive();
    System.out.printf(
        "model check over files: %d sequences, %d operations (%d accepted, %d refused)%n",
        s.sequences(), s.operations(), s.accepted(), s.refused());
  }

  /** A store that acknowledges its third append without keeping it. */
  static final class Forgetful implements HourEventStore {
    private final InMemoryHourEventStore kept = new InMemoryHourEventStore();
    private int appends;

    @Override
    public synchronized void appendAll(List<HourEvent> events) {
      if (++appends != 3) {
        kept.appendAll(events);
      }
    }

    @Override
    public void replayAfter(long sequence, Consumer<HourEvent> consumer) {
      kept.replayAfter(sequence, consumer);
    }

    @Override
    public long size() {
      return kept.size();
    }
  }

  @Test
  void a_store_that_loses_an_acknowledged_append_fails_the_check() {
    assertThatThrownBy(() -> HourLedgerModelCheck.over(Forgetful::new).run(50, 1L))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("disagrees with the model; seed");
  }
}
