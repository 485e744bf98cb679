package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.hours.HourEvent;

/**
 * Faults injected into the hour event file: every bit of every block header flipped, every cut in
 * the last blocks, a header cut short, zeros after the last block, an old format; and a refused
 * second open (in this process) that leaves the first store's lock in force against another
 * process. Each test prints what it tried and what held.
 */
class FileHourEventStoreFaultTest {
  static final int BLOCKS = 6;

  @TempDir Path dir;

  /** A file of {@link #BLOCKS} appends of 1, 2, ... events; returns the events and block ends. */
  private static final class Log {
    final byte[] bytes;
    final List<HourEvent> events;
    final long[] ends;
    final int[] counts;

    Log(byte[] bytes, List<HourEvent> events, long[] ends, int[] counts) {
      this.bytes = bytes;
      this.events = events;
      this.ends = ends;
      this.counts = counts;
    }
  }

  private Log log(String name) throws IOException {
    Path file = dir.resolve(name);
    List<HourEvent> events = new ArrayList<>();
    long[] ends = new long[BLOCKS + 1];
    int[] counts = new int[BLOCKS + 1];
    try (FileHourEventStore store = FileHourEventStore.open(file)) {
      ends[0] = store.bytes();
      for (int b = 1; b <= BLOCKS; b++) {
        List<HourEvent> block = new ArrayList<>();
        for (int i = 0; i < b; i++) {
          long s = events.size() + block.size() + 1L;
          block.add(
              InMemoryHourEventStorePropertiesTest.LedgerEvents.submitted(
                  s, "k" + s, s % 2 == 0 ? Optional.of("ملاحظة " + s) : Optional.empty()));
        }
        store.appendAll(block);
        events.addAll(block);
        ends[b] = store.bytes();
        counts[b] = events.size();
      }
    }
    return new Log(Files.readAllBytes(file), events, ends, counts);
  }

  private static List<HourEvent> replay(FileHourEventStore store) {
    List<HourEvent> out = new ArrayList<>();
    store.replay(out::add);
    return out;
  }

  @Test
  void a_flipped_bit_in_any_block_header_refuses_the_file_and_leaves_it_as_it_was()
      throws IOException {
    Log log = log("hours.events");
    Path damaged = dir.resolve("damaged.events");
    int tried = 0;
    int refused = 0;
    for (int b = 1; b <= BLOCKS; b++) {
      long start = log.ends[b - 1];
      // length, count and header checksum: 12 bytes, each bit; the payload checksum of every
      // block but the last (a last block failing it is an append cut short)
      List<Long> offsets = new ArrayList<>();
      for (long o = start; o < start + 12; o++) {
        offsets.add(o);
      }
      if (b < BLOCKS) {
        for (long o = log.ends[b] - 4; o < log.ends[b]; o++) {
          offsets.add(o);
        }
      }
      for (long offset : offsets) {
        for (int bit = 0; bit < 8; bit++) {
          byte[] bytes = log.bytes.clone();
          bytes[(int) offset] ^= (byte) (1 << bit);
          Files.write(damaged, bytes);
          tried++;
          long at = offset;
          assertThatThrownBy(() -> FileHourEventStore.open(damaged).close())
              .as("bit %d of byte %d", bit, at)
              .isInstanceOf(IllegalStateException.class)
              .hasMessageContaining("is damaged at byte " + start);
          assertThat(Files.readAllBytes(damaged)).as("left as it was").isEqualTo(bytes);
          refused++;
        }
      }
    }
    System.out.printf("header flips: %d tried, %d refused the file untouched%n", tried, refused);
    assertThat(refused).isEqualTo(tried).isEqualTo(8 * (12 * BLOCKS + 4 * (BLOCKS - 1)));
  }

  @Test
  void a_cut_at_any_offset_of_the_last_blocks_recovers_the_whole_blocks_before_it()
      throws IOException {
    Log log = log("hours.events");
    Path cut = dir.resolve("cut.events");
    int tried = 0;
    int held = 0;
    for (long at = log.ends[BLOCKS - 3]; at < log.ends[BLOCKS]; at++) {
      int whole = 0;
      while (whole < BLOCKS && log.ends[whole + 1] <= at) {
        whole++;
      }
      Files.write(cut, Arrays.copyOf(log.bytes, (int) at));
      tried++;
      try (FileHourEventStore store = FileHourEventStore.open(cut)) {
        assertThat(replay(store))
            .as("cut at %d", at)
            .isEqualTo(log.events.subList(0, log.counts[whole]));
        assertThat(store.bytes()).isEqualTo(log.ends[whole]);
      }
      assertThat(Files.size(cut)).isEqualTo(log.ends[whole]);
      held++;
    }
    System.out.printf(
        "cuts: %d tried, %d recovered the whole appends before the cut%n", tried, held);
    assertThat(held).isEqualTo(tried);
  }

  @Test
  void a_file_cut_inside_its_header_is_recovered_as_empty() throws IOException {
    byte[] header = Arrays.copyOf(log("hours.events").bytes, 16);
    for (int size = 0; size < 16; size++) {
      Path cut = dir.resolve("header-" + size + ".events");
      Files.write(cut, Arrays.copyOf(header, size));
      try (FileHourEventStore store = FileHourEventStore.open(cut)) {
        assertThat(store.size()).isZero();
        store.append(
            InMemoryHourEventStorePropertiesTest.LedgerEvents.submitted(1, "k", Optional.empty()));
      }
      try (FileHourEventStore store = FileHourEventStore.open(cut)) {
        assertThat(store.size()).isEqualTo(1);
      }
    }
    Path other = dir.resolve("other.events");
    Files.write(other, "TATAWWU-X".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> FileHourEventStore.open(other))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not an hour event file");
    assertThat(Files.size(other)).isEqualTo(9);
  }

  @Test
  void zeros_after_the_last_block_are_dropped_and_an_old_format_is_refused() throws IOException {
    Log log = log("hours.events");
    Path padded = dir.resolve("padded.events");
    byte[] bytes = Arrays.copyOf(log.bytes, log.bytes.length + 4096);
    Files.write(padded, bytes);
    try (FileHourEventStore store = FileHourEventStore.open(padded)) {
      assertThat(replay(store)).isEqualTo(log.events);
    }
    assertThat(Files.size(padded)).isEqualTo(log.bytes.length);
    Path old = dir.resolve("old.events");
    byte[] format1 = log.bytes.clone();
    format1[14] = '1';
    Files.write(old, format1);
    assertThatThrownBy(() -> FileHourEventStore.open(old))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("format 1");
  }

  @Test
  void a_refused_second_open_leaves_the_first_lock_in_force_against_another_process()
      throws Exception {
    Path file = dir.resolve("locked.events");
    try (FileHourEventStore first = FileHourEventStore.open(file)) {
      first.append(
          InMemoryHourEventStorePropertiesTest.LedgerEvents.submitted(1, "a", Optional.empty()));
      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> FileHourEventStore.open(file))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("is open elsewhere");
        // the same file by another path
        assertThatThrownBy(() -> FileHourEventStore.open(dir.resolve(".").resolve("locked.events")))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("is open elsewhere");
      }
      assertThat(probe(file)).as("another process, while the first store is open").isEqualTo(3);
      first.append(
          InMemoryHourEventStorePropertiesTest.LedgerEvents.submitted(2, "b", Optional.empty()));
      assertThat(replay(first)).hasSize(2);
    }
    assertThat(probe(file)).as("another process, once the first store is closed").isZero();
    try (FileHourEventStore again = FileHourEventStore.open(file)) {
      assertThat(again.size()).isEqualTo(2);
    }
  }

  /** Runs {@link FileLockProbe} in another JVM; returns its exit status. */
  private static int probe(Path file) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path") + File.pathSeparator,
                FileLockProbe.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    byte[] output = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    if (p.exitValue() == 1) {
      System.out.println(new String(output, StandardCharsets.UTF_8));
    }
    return p.exitValue();
  }
}
