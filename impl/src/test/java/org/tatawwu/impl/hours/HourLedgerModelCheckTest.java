package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourEvidence;
import org.tatawwu.testkit.HourLedgerModelCheck;
import org.tatawwu.testkit.ModelStep;

/**
 * The test kit's model check over the in-memory store (2,000 sequences drawn from seeds, and 500
 * drawn by QuickTheories) and over the file store (300 sequences: every append is forced to the
 * device, so fewer), each sequence on a new store; the check fails a store that acknowledges an
 * append it does not keep, and a failure found by QuickTheories shrinks to the shortest sequence.
 */
class HourLedgerModelCheckTest {
  @TempDir Path dir;

  /** Steps as QuickTheories draws them: small numbers first, so that a failure shrinks. */
  static Gen<ModelStep> steps() {
    return integers()
        .between(0, 19)
        .zip(
            integers().between(0, 999),
            integers().between(0, 431),
            integers().between(1, 100),
            integers().between(0, 999),
            HourLedgerModelCheck::step);
  }

  @Test
  void a_ledger_over_memory_agrees_with_the_model() {
    HourLedgerModelCheck.Summary s =
        HourLedgerModelCheck.over(InMemoryHourEventStore::new).run(2_000, 1L);
    assertThat(s.sequences()).isEqualTo(2_000);
    assertThat(s.accepted()).isPositive();
    assertThat(s.refused()).isPositive();
  }

  @Test
  void sequences_quicktheories_draws_agree_with_the_model_over_memory() {
    HourLedgerModelCheck check = HourLedgerModelCheck.over(InMemoryHourEventStore::new);
    qt().withExamples(500)
        .withShrinkCycles(500)
        .forAll(lists().of(steps()).ofSizeBetween(1, 24))
        .checkAssert(check::check);
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

  /** A store that keeps every event but loses an entry's attendance evidence when read back. */
  static final class EvidenceLosing implements HourEventStore {
    private final InMemoryHourEventStore kept = new InMemoryHourEventStore();

    @Override
    public void appendAll(List<HourEvent> events) {
      kept.appendAll(events);
    }

    @Override
    public void replayAfter(long sequence, Consumer<HourEvent> consumer) {
      kept.replayAfter(
          sequence,
          e ->
              consumer.accept(
                  new HourEvent(
                      e.sequence(),
                      e.at(),
                      e.actor(),
                      e.type(),
                      e.entry().withEvidence(HourEvidence.NONE),
                      e.note())));
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
        .hasMessageContaining("disagrees with the model after");
  }

  @Test
  void a_store_that_loses_evidence_fails_and_the_failure_shrinks_to_one_claim_with_evidence() {
    HourLedgerModelCheck check = HourLedgerModelCheck.over(EvidenceLosing::new);
    List<List<ModelStep>> failing = new ArrayList<>();
    assertThatThrownBy(
            () ->
                qt().withExamples(500)
                    .withShrinkCycles(2_000)
                    .forAll(lists().of(steps()).ofSizeBetween(1, 24))
                    .checkAssert(
                        steps -> {
                          try {
                            check.check(steps);
                          } catch (AssertionError e) {
                            failing.add(steps);
                            throw e;
                          }
                        }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Smallest found falsifying value");
    // The smallest failure: one claim on a shift (alone or in a roster) whose evidence held (which
    // a rebuilt ledger no
    // longer has); every other step shrank to the simplest, a one-slot claim without evidence.
    // (QuickTheories shortens a list from its end, so the steps before the claim stay.)
    List<ModelStep> smallest = failing.get(failing.size() - 1);
    ModelStep simplest = HourLedgerModelCheck.step(0, 0, 0, 1, 0);
    assertThat(failing).hasSizeGreaterThan(1);
    assertThat(smallest).filteredOn(st -> !st.equals(simplest)).hasSize(1);
    ModelStep claim =
        smallest.stream().filter(st -> !st.equals(simplest)).findFirst().orElseThrow();
    // An operation that can carry evidence: a roster (kind 6, whose odd lines are shift claims)
    // or a claim on a shift (14-17, 19); kinds are taken modulo 20.
    assertThat(Math.floorMod(claim.kind(), 20)).isIn(6, 14, 15, 16, 17, 19);
    assertThat(failing.get(0)).filteredOn(st -> !st.equals(simplest)).hasSizeGreaterThan(1);
  }
}
