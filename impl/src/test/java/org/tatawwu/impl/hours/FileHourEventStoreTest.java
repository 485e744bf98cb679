package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.tatawwu.impl.hours.LedgerFixture.OMAR;
import static org.tatawwu.impl.hours.LedgerFixture.SARA;
import static org.tatawwu.impl.hours.LedgerFixture.claim;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.Tatawwu;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventFile;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The file store: a ledger over it survives a restart; an append a crash cut short is dropped whole
 * (a roster is all there or not at all); damage elsewhere refuses the file; any log, appended in
 * any batches and across reopenings, replays equal.
 */
class FileHourEventStoreTest {
  @TempDir Path dir;

  static List<HourSubmission> roster(String prefix, VolunteerId v, int day) {
    List<HourSubmission> lines = new ArrayList<>();
    for (int h = 8; h < 12; h++) {
      lines.add(
          claim(
              prefix + h,
              v,
              "2025-03-" + day + "T" + (h < 10 ? "0" + h : "" + h) + ":00",
              "2025-03-" + day + "T" + (h + 1 < 10 ? "0" + (h + 1) : "" + (h + 1)) + ":00"));
    }
    return lines;
  }

  static void assertSameLedger(HourLedger actual, HourLedger expected) {
    assertThat(actual.size()).isEqualTo(expected.size());
    for (VolunteerId v : List.of(SARA, OMAR)) {
      assertThat(actual.entries(v)).isEqualTo(expected.entries(v));
      assertThat(actual.totals(v)).isEqualTo(expected.totals(v));
      for (HourEntry e : expected.entries(v)) {
        assertThat(actual.audit(e.id())).isEqualTo(expected.audit(e.id()));
      }
    }
  }

  @Test
  void a_ledger_over_a_file_survives_a_restart() {
    Path file = dir.resolve("hours.log");
    HourLedger before;
    try (HourEventFile store = Tatawwu.hourEventFile(file)) {
      before = LedgerFixture.ledger(store);
      HourEntry a = before.submit(claim("a", SARA, "2025-03-10T08:00", "2025-03-10T12:00"));
      before.approve(a.id(), "mgr");
      before.reject(
          before.submit(claim("b", OMAR, "2025-03-10T08:00", "2025-03-10T12:00")).id(),
          "mgr",
          "غائب");
      before.approve(
          before
              .correct(a.id(), claim("c", SARA, "2025-03-10T08:00", "2025-03-10T11:00"), "fix")
              .id(),
          "mgr");
      before.importRoster(roster("r", OMAR, 11));
      assertThat(store.size()).isEqualTo(11);
    }
    try (HourEventFile store = Tatawwu.hourEventFile(file)) {
      HourLedger after = LedgerFixture.ledger(store);
      assertSameLedger(after, before);
      HourEntry next = after.submit(claim("d", SARA, "2025-03-12T08:00", "2025-03-12T09:00"));
      assertThat(next.id().value()).isEqualTo("H8");
    }
    try (HourEventFile store = Tatawwu.hourEventFile(file)) {
      assertThat(LedgerFixture.ledger(store).size()).isEqualTo(8);
    }
  }

  @Test
  void a_block_larger_than_the_first_buffer_replays_equal() {
    Path file = dir.resolve("large.log");
    List<HourEvent> appended = new ArrayList<>();
    String note = "ملاحظة ".repeat(3_000); // about 40 KB encoded
    for (int i = 1; i <= 3; i++) {
      appended.add(
          InMemoryHourEventStorePropertiesTest.LedgerEvents.submitted(
              i, "k" + i, java.util.Optional.of(note + i)));
    }
    try (FileHourEventStore store = FileHourEventStore.open(file)) {
      store.appendAll(appended);
    }
    try (FileHourEventStore store = FileHourEventStore.open(file)) {
      List<HourEvent> replayed = new ArrayList<>();
      store.replay(replayed::add);
      assertThat(replayed).isEqualTo(appended);
    }
  }

  @Test
  void an_append_cut_short_is_dropped_whole_at_every_cut() throws IOException {
    Path file = dir.resolve("hours.log");
    long afterFirst;
    long afterSecond;
    HourLedger expected = LedgerFixture.ledger();
    try (HourEventFile store = Tatawwu.hourEventFile(file)) {
      HourLedger ledger = LedgerFixture.ledger(store);
      ledger.importRoster(roster("r", SARA, 10));
      expected.importRoster(roster("r", SARA, 10));
      afterFirst = store.bytes();
      ledger.importRoster(roster("s", OMAR, 10));
      afterSecond = store.bytes();
    }
    byte[] whole = Files.readAllBytes(file);
    assertThat((long) whole.length).isEqualTo(afterSecond);
    for (long cut = afterFirst + 1; cut < afterSecond; cut++) {
      Path torn = dir.resolve("torn-" + cut + ".log");
      Files.write(torn, java.util.Arrays.copyOf(whole, (int) cut));
      try (HourEventFile store = Tatawwu.hourEventFile(torn)) {
        assertThat(store.size()).as("cut at " + cut).isEqualTo(4);
        assertThat(store.bytes()).isEqualTo(afterFirst);
        assertThat(Files.size(torn)).as("the torn append is cut off").isEqualTo(afterFirst);
        HourLedger ledger = LedgerFixture.ledger(store);
        assertSameLedger(ledger, expected);
        ledger.importRoster(roster("s", OMAR, 10)); // the lost roster, sent again
      }
      assertThat(Files.size(torn)).isEqualTo(afterSecond);
      assertThat(Files.readAllBytes(torn)).isEqualTo(whole);
    }
  }

  @Test
  void damage_before_the_last_append_refuses_the_file() throws IOException {
    Path file = dir.resolve("hours.log");
    long afterFirst;
    try (HourEventFile store = Tatawwu.hourEventFile(file)) {
      HourLedger ledger = LedgerFixture.ledger(store);
      ledger.importRoster(roster("r", SARA, 10));
      afterFirst = store.bytes();
      ledger.importRoster(roster("s", OMAR, 10));
    }
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      raw.seek(afterFirst - 10);
      int b = raw.read();
      raw.seek(afterFirst - 10);
      raw.write(b ^ 0x20);
    }
    assertThatThrownBy(() -> Tatawwu.hourEventFile(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is damaged at byte 16");
    assertThat(Files.size(file)).as("a refused file is left as it was").isGreaterThan(afterFirst);
  }

  @Test
  void another_file_an_owned_file_and_a_closed_store_are_refused() throws IOException {
    Path other = dir.resolve("other.txt");
    Files.write(other, "volunteer,hours\n".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> Tatawwu.hourEventFile(other))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not an hour event file");
    HourEventFile store = Tatawwu.hourEventFile(dir.resolve("hours.log"));
    assertThatThrownBy(() -> Tatawwu.hourEventFile(dir.resolve("hours.log")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is open elsewhere");
    store.close();
    Tatawwu.hourEventFile(dir.resolve("hours.log")).close(); // free again once closed
    store.close();
    assertThatThrownBy(() -> store.size())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is closed");
    HourEvent event =
        InMemoryHourEventStorePropertiesTest.LedgerEvents.submitted(
            1, "k", java.util.Optional.empty());
    assertThatThrownBy(() -> store.append(event)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.replay(e -> {})).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void any_log_in_any_batches_replays_equal_across_reopenings() {
    qt().withExamples(300)
        .forAll(
            lists().of(InMemoryHourEventStorePropertiesTest.logs()).ofSizeBetween(1, 4),
            integers().between(1, 7))
        .checkAssert(
            (sessions, batch) -> {
              Path file;
              try {
                file = Files.createTempFile(dir, "log", ".hours");
                Files.delete(file);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              List<HourEvent> appended = new ArrayList<>();
              for (List<InMemoryHourEventStorePropertiesTest.PendingEvent> session : sessions) {
                try (FileHourEventStore store = FileHourEventStore.open(file)) {
                  List<HourEvent> pending = new ArrayList<>();
                  for (InMemoryHourEventStorePropertiesTest.PendingEvent p : session) {
                    pending.add(p.at(appended.size() + pending.size() + 1L));
                    if (pending.size() == batch) {
                      store.appendAll(pending);
                      appended.addAll(pending);
                      pending.clear();
                    }
                  }
                  store.appendAll(pending);
                  appended.addAll(pending);
                  List<HourEvent> replayed = new ArrayList<>();
                  store.replay(replayed::add);
                  assertThat(replayed).isEqualTo(appended);
                }
              }
              try (FileHourEventStore store = FileHourEventStore.open(file)) {
                List<HourEvent> replayed = new ArrayList<>();
                store.replay(replayed::add);
                assertThat(replayed).isEqualTo(appended);
              }
            });
  }
}
