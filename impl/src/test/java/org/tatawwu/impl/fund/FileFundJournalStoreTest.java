package org.tatawwu.impl.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.fund.Channel;
import org.tatawwu.fund.Donation;
import org.tatawwu.fund.DonorId;
import org.tatawwu.fund.DonorType;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;

/**
 * The fund journal file under damage: every header field of every block flipped, every cut of the
 * last blocks, a header cut at creation, a second open in this process and from another one. The
 * block layout the test damages is the one documented on {@code BlockFile}: a 16-byte magic text,
 * then per block length (4), count (4), check (4), payload, sum (4).
 */
class FileFundJournalStoreTest {
  static final int MAGIC = 16;

  @TempDir Path dir;

  static JournalEntry entry(long sequence) {
    return new JournalEntry(
        sequence,
        Instant.ofEpochSecond(1_742_460_000L + sequence),
        FundFixture.TODAY,
        Donation.builder()
            .key(IdempotencyKey.of("k" + sequence))
            .fund(FundFixture.COVID)
            .donor(DonorId.of("D"))
            .donorType(DonorType.INDIVIDUAL)
            .channel(Channel.CARD)
            .amount(SarAmount.ofHalalas(sequence))
            .recordedBy("gw")
            .build(),
        SarAmount.ofHalalas(sequence * (sequence + 1) / 2));
  }

  /** Blocks of 1, 3, 1, 2 and 1 entries: returns each block's start offset, and the end. */
  long[] writeBlocks(Path file) {
    int[] sizes = {1, 3, 1, 2, 1};
    long[] starts = new long[sizes.length + 1];
    try (FileFundJournalStore store = FileFundJournalStore.open(file)) {
      long next = 1;
      for (int b = 0; b < sizes.length; b++) {
        starts[b] = store.bytes();
        List<JournalEntry> batch = new ArrayList<>();
        for (int i = 0; i < sizes[b]; i++) {
          batch.add(entry(next + i));
        }
        store.appendAll(batch);
        next += sizes[b];
      }
      starts[sizes.length] = store.bytes();
    }
    return starts;
  }

  static final long[] ENTRIES_BEFORE_BLOCK = {0, 1, 4, 5, 7, 8};

  static List<JournalEntry> read(Path file) {
    try (FileFundJournalStore store = FileFundJournalStore.open(file)) {
      List<JournalEntry> out = new ArrayList<>();
      store.replay(out::add);
      return out;
    }
  }

  static List<JournalEntry> entries(long count) {
    List<JournalEntry> out = new ArrayList<>();
    for (long s = 1; s <= count; s++) {
      out.add(entry(s));
    }
    return out;
  }

  @Test
  void a_flipped_bit_in_any_block_header_refuses_the_file() throws IOException {
    Path original = dir.resolve("journal");
    long[] starts = writeBlocks(original);
    byte[] bytes = Files.readAllBytes(original);
    int tried = 0;
    int refused = 0;
    for (int b = 0; b < starts.length - 1; b++) {
      for (int field = 0; field < 12; field++) {
        for (int bit = 0; bit < 8; bit++) {
          byte[] damaged = bytes.clone();
          damaged[(int) starts[b] + field] ^= (byte) (1 << bit);
          Path copy = dir.resolve("flip-" + b + "-" + field + "-" + bit);
          Files.write(copy, damaged);
          tried++;
          try {
            read(copy);
          } catch (IllegalStateException expected) {
            assertThat(expected).hasMessageContaining("damaged at byte " + starts[b]);
            refused++;
          }
          assertThat(Files.readAllBytes(copy))
              .as("a refused file is left as it was")
              .isEqualTo(damaged);
        }
      }
    }
    assertThat(tried).isEqualTo(5 * 12 * 8);
    assertThat(refused).isEqualTo(tried);
  }

  @Test
  void a_flipped_bit_in_a_payload_before_the_last_block_refuses_the_file() throws IOException {
    Path original = dir.resolve("journal");
    long[] starts = writeBlocks(original);
    byte[] bytes = Files.readAllBytes(original);
    int tried = 0;
    for (int b = 0; b < starts.length - 2; b++) {
      for (long at = starts[b] + 12; at < starts[b + 1]; at++) {
        byte[] damaged = bytes.clone();
        damaged[(int) at] ^= (byte) 0x10;
        Path copy = dir.resolve("payload-" + at);
        Files.write(copy, damaged);
        tried++;
        assertThatThrownBy(() -> read(copy)).isInstanceOf(IllegalStateException.class);
      }
    }
    assertThat(tried).isGreaterThan(100);
  }

  @Test
  void a_cut_anywhere_in_the_last_two_blocks_recovers_the_whole_blocks_before_it()
      throws IOException {
    Path original = dir.resolve("journal");
    long[] starts = writeBlocks(original);
    byte[] bytes = Files.readAllBytes(original);
    int tried = 0;
    for (long cut = starts[3]; cut < starts[5]; cut++) {
      Path copy = dir.resolve("cut-" + cut);
      Files.write(copy, java.util.Arrays.copyOf(bytes, (int) cut));
      int wholeBlocks = cut < starts[4] ? 3 : 4;
      assertThat(read(copy)).isEqualTo(entries(ENTRIES_BEFORE_BLOCK[wholeBlocks]));
      assertThat(Files.size(copy)).isEqualTo(starts[wholeBlocks]);
      tried++;
    }
    assertThat(tried).isEqualTo((int) (starts[5] - starts[3]));
    // and a file recovered so takes the next append where the cut one was
    Path copy = dir.resolve("cut-" + (starts[5] - 1));
    try (FileFundJournalStore store = FileFundJournalStore.open(copy)) {
      store.append(entry(8));
    }
    assertThat(read(copy)).isEqualTo(entries(8));
  }

  @Test
  void zeros_where_the_last_block_should_be_are_an_append_cut_short() throws IOException {
    Path file = dir.resolve("journal");
    long[] starts = writeBlocks(file);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.allocate(40), starts[5]);
    }
    assertThat(read(file)).isEqualTo(entries(8));
    assertThat(Files.size(file)).isEqualTo(starts[5]);
  }

  @Test
  void a_file_cut_inside_its_header_is_recovered_as_empty() throws IOException {
    Path original = dir.resolve("journal");
    writeBlocks(original);
    byte[] bytes = Files.readAllBytes(original);
    for (int cut = 0; cut < MAGIC; cut++) {
      Path copy = dir.resolve("header-" + cut);
      Files.write(copy, java.util.Arrays.copyOf(bytes, cut));
      try (FileFundJournalStore store = FileFundJournalStore.open(copy)) {
        assertThat(store.size()).isZero();
        store.append(entry(1));
      }
      assertThat(read(copy)).isEqualTo(entries(1));
    }
  }

  @Test
  void a_file_of_another_kind_is_refused_and_left_alone() throws IOException {
    Path other = dir.resolve("other");
    Files.writeString(other, "TATAWWU-HOURS 1\nsomething else");
    assertThatThrownBy(() -> FileFundJournalStore.open(other))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not a fund journal file");
    Path shortOther = dir.resolve("short");
    Files.writeString(shortOther, "HELLO");
    assertThatThrownBy(() -> FileFundJournalStore.open(shortOther))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Files.readString(shortOther)).isEqualTo("HELLO");
  }

  @Test
  void a_refused_second_open_in_this_process_leaves_the_first_lock_in_force() throws Exception {
    Path file = dir.resolve("journal");
    try (FileFundJournalStore first = FileFundJournalStore.open(file)) {
      first.append(entry(1));
      assertThatThrownBy(() -> FileFundJournalStore.open(file))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("open elsewhere");
      assertThatThrownBy(() -> FileFundJournalStore.open(dir.resolve(".").resolve("journal")))
          .isInstanceOf(IllegalStateException.class);
      assertThat(otherProcessCanLock(file)).isFalse();
      first.append(entry(2));
    }
    assertThat(otherProcessCanLock(file)).isTrue();
    assertThat(read(file)).isEqualTo(entries(2));
  }

  @Test
  void a_file_another_process_holds_is_refused_and_its_lock_kept() throws Exception {
    Path file = dir.resolve("journal");
    writeBlocks(file);
    Process holder = lockHolder(file);
    try {
      assertThatThrownBy(() -> FileFundJournalStore.open(file))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("open elsewhere");
      assertThat(holder.isAlive()).isTrue();
    } finally {
      holder.destroy();
      holder.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(read(file)).isEqualTo(entries(8));
  }

  @Test
  void a_closed_store_refuses_every_call() {
    FileFundJournalStore store = FileFundJournalStore.open(dir.resolve("journal"));
    store.close();
    store.close();
    assertThatThrownBy(() -> store.append(entry(1))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.replay(e -> {})).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(store::size).isInstanceOf(IllegalStateException.class);
  }

  /** Runs {@link LockProbe} in another JVM: whether it could take the file's lock. */
  static boolean otherProcessCanLock(Path file) throws Exception {
    Process p = java(LockProbe.class.getName(), file.toString(), "probe");
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    int code = p.exitValue();
    assertThat(code).as("probe exit code").isIn(0, 3);
    return code == 0;
  }

  /** Starts a JVM that takes the file's lock and holds it until destroyed. */
  static Process lockHolder(Path file) throws Exception {
    Process p = java(LockProbe.class.getName(), file.toString(), "hold");
    // it prints a line once it holds the lock
    int c = p.getInputStream().read();
    assertThat(c).as("the holder took the lock").isEqualTo('L');
    return p;
  }

  static Process java(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }
}
