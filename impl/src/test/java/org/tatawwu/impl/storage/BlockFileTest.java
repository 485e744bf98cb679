package org.tatawwu.impl.storage;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BlockFile} against its documented layout, encoded here on its own: the magic text, then
 * per block length (4), count (4), CRC-32C of length and count (4), payload, CRC-32C of the payload
 * (4), all big-endian. The files are built byte by byte, cut and damaged at the limits that decide
 * between a torn last append (cut off) and damage (refused).
 */
class BlockFileTest {
  static final byte[] MAGIC = "TEST-BLOCKS 1\n".getBytes(US_ASCII);
  static final String KIND = "test block file";

  @TempDir Path dir;

  /** A block read: the number of its first record, its count and its payload as text. */
  record Block(long first, int count, String text) {}

  /** Collects the blocks a {@link BlockFile} hands out. */
  static final class Blocks implements BlockFile.BlockReader {
    final List<Block> got = new ArrayList<>();

    @Override
    public void read(long firstRecord, int count, ByteBuffer payload) {
      byte[] bytes = new byte[payload.remaining()];
      payload.get(bytes);
      got.add(new Block(firstRecord, count, new String(bytes, UTF_8)));
    }
  }

  static int crc(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return (int) crc.getValue();
  }

  /** A block header as documented: length, count and the CRC-32C of those 8 bytes. */
  static byte[] header(int length, int count) {
    byte[] lengthAndCount = ByteBuffer.allocate(8).putInt(length).putInt(count).array();
    return ByteBuffer.allocate(12).put(lengthAndCount).putInt(crc(lengthAndCount)).array();
  }

  static byte[] block(String text, int count) {
    byte[] payload = text.getBytes(UTF_8);
    return concat(
        header(payload.length, count),
        payload,
        ByteBuffer.allocate(4).putInt(crc(payload)).array());
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }

  static List<Block> openAndRead(Path file) {
    Blocks blocks = new Blocks();
    BlockFile f = BlockFile.open(file, MAGIC, KIND, blocks);
    f.close();
    return blocks.got;
  }

  static String stderrDuring(Runnable action) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(saved);
    }
    return err.toString(UTF_8);
  }

  static byte[] withByte(byte[] content, int index, int value) {
    byte[] copy = content.clone();
    copy[index] = (byte) value;
    return copy;
  }

  @Test
  void appends_are_laid_out_as_documented_and_read_back_after_reopening() throws IOException {
    Path file = dir.resolve("blocks");
    try (BlockFile f = BlockFile.open(file, MAGIC, KIND, new Blocks())) {
      f.append(bytes("alpha"), 5, 2);
      f.append(new byte[0], 0, 1);
      f.append(bytes("gammaXYZ"), 3, 4);
      assertThat(f.records()).isEqualTo(7);
      // 14 + (16 + 5) + (16 + 0) + (16 + 3)
      assertThat(f.bytes()).isEqualTo(70);
      assertThat(f.path()).isEqualTo(file);
    }
    byte[] expected = concat(MAGIC, block("alpha", 2), block("", 1), block("gam", 4));
    assertThat(Files.readAllBytes(file)).isEqualTo(expected);

    Blocks blocks = new Blocks();
    try (BlockFile f = BlockFile.open(file, MAGIC, KIND, blocks)) {
      assertThat(f.records()).isEqualTo(7);
      assertThat(f.bytes()).isEqualTo(70);
      f.append(bytes("delta"), 5, 1);
      assertThat(f.records()).isEqualTo(8);
      assertThat(f.bytes()).isEqualTo(91);
    }
    assertThat(blocks.got)
        .containsExactly(new Block(1, 2, "alpha"), new Block(3, 1, ""), new Block(4, 4, "gam"));
    assertThat(Files.readAllBytes(file)).isEqualTo(concat(expected, block("delta", 1)));
    assertThat(openAndRead(file)).last().isEqualTo(new Block(8, 1, "delta"));
  }

  @Test
  void a_new_or_empty_file_gets_the_magic_text_and_no_block() throws IOException {
    Path fresh = dir.resolve("fresh");
    Path empty = write("empty", new byte[0]);
    for (Path file : List.of(fresh, empty)) {
      Blocks blocks = new Blocks();
      String log =
          stderrDuring(
              () -> {
                try (BlockFile f = BlockFile.open(file, MAGIC, KIND, blocks)) {
                  assertThat(f.records()).isZero();
                  assertThat(f.bytes()).isEqualTo(MAGIC.length);
                }
              });
      assertThat(blocks.got).isEmpty();
      assertThat(Files.readAllBytes(file)).isEqualTo(MAGIC);
      assertThat(log).doesNotContain("recovered").doesNotContain("dropped");
    }
  }

  @Test
  void a_file_holding_a_prefix_of_the_magic_text_or_zeros_is_recovered_as_empty()
      throws IOException {
    List<byte[]> torn = new ArrayList<>();
    for (int cut = 1; cut < MAGIC.length; cut++) {
      torn.add(Arrays.copyOf(MAGIC, cut));
    }
    torn.add(new byte[1]);
    torn.add(new byte[MAGIC.length - 1]);
    for (byte[] content : torn) {
      Path file = write("torn-header", content);
      String log = stderrDuring(() -> assertThat(openAndRead(file)).isEmpty());
      assertThat(Files.readAllBytes(file)).isEqualTo(MAGIC);
      assertThat(log)
          .contains(KIND + " " + file + ": recovered a header cut short as an empty file");
    }
  }

  @Test
  void a_short_file_that_is_neither_a_prefix_nor_zeros_is_refused_and_left_alone()
      throws IOException {
    for (byte[] content :
        List.of(
            bytes("X"),
            bytes("TEST-BLOCKX"),
            Arrays.copyOf(bytes("TEST-B"), 7), // a prefix, then a zero
            new byte[] {0, 0, 'T'})) {
      Path file = write("short", content);
      for (int attempt = 0; attempt < 2; attempt++) {
        assertThatThrownBy(() -> BlockFile.open(file, MAGIC, KIND, new Blocks()))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage(file + " is not a " + KIND);
      }
      assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }
  }

  @Test
  void a_file_with_another_magic_text_is_refused() throws IOException {
    byte[] other = withByte(MAGIC, MAGIC.length - 1, '2');
    for (byte[] content :
        List.of(other, concat(other, block("alpha", 1)), bytes("TEST-BLOCKS 1" + " but longer"))) {
      Path file = write("other", content);
      assertThatThrownBy(() -> BlockFile.open(file, MAGIC, KIND, new Blocks()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(file + " is not a " + KIND);
      assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }
  }

  @Test
  void a_magic_text_is_required() {
    Path file = dir.resolve("nomagic");
    assertThatThrownBy(() -> BlockFile.open(file, new byte[0], KIND, new Blocks()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(file).doesNotExist();
  }

  @Test
  void every_cut_inside_the_last_block_drops_it_and_keeps_the_whole_blocks_before()
      throws IOException {
    byte[] whole = concat(MAGIC, block("one", 1), block("two", 2));
    byte[] last = block("three-three", 3);
    for (int kept = 1; kept < last.length; kept++) {
      byte[] content = concat(whole, Arrays.copyOf(last, kept));
      Path file = write("cut", content);
      Blocks blocks = new Blocks();
      String log =
          stderrDuring(
              () -> {
                try (BlockFile f = BlockFile.open(file, MAGIC, KIND, blocks)) {
                  assertThat(f.records()).isEqualTo(3);
                  assertThat(f.bytes()).isEqualTo(whole.length);
                }
              });
      assertThat(blocks.got)
          .as("kept %d bytes of the last block", kept)
          .containsExactly(new Block(1, 1, "one"), new Block(2, 2, "two"));
      assertThat(Files.readAllBytes(file)).isEqualTo(whole);
      assertThat(log)
          .contains(
              KIND
                  + " "
                  + file
                  + ": dropped "
                  + kept
                  + " bytes of an append that did not complete");
    }
  }

  @Test
  void a_cut_file_accepts_appends_where_the_whole_blocks_end() throws IOException {
    byte[] whole = concat(MAGIC, block("one", 1));
    Path file = write("cut-append", concat(whole, Arrays.copyOf(block("torn", 1), 9)));
    try (BlockFile f = BlockFile.open(file, MAGIC, KIND, new Blocks())) {
      f.append(bytes("two"), 3, 2);
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(concat(whole, block("two", 2)));
  }

  @Test
  void a_whole_header_failing_its_check_at_the_end_is_damage_but_a_shorter_tail_is_torn()
      throws IOException {
    byte[] whole = concat(MAGIC, block("one", 1));
    byte[] garbage = bytes("0123456789AB");
    Path damaged = write("damaged-header", concat(whole, garbage));
    assertThatThrownBy(() -> BlockFile.open(damaged, MAGIC, KIND, new Blocks()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the "
                + KIND
                + " "
                + damaged
                + " is damaged at byte "
                + whole.length
                + " (a block header fails its check): refused");
    assertThat(Files.readAllBytes(damaged)).isEqualTo(concat(whole, garbage));

    Path torn = write("torn-tail", concat(whole, Arrays.copyOf(garbage, 11)));
    assertThat(openAndRead(torn)).containsExactly(new Block(1, 1, "one"));
    assertThat(Files.readAllBytes(torn)).isEqualTo(whole);
  }

  @Test
  void a_header_failing_its_check_before_the_last_block_is_damage() throws IOException {
    byte[] first = block("one", 1);
    byte[] content = concat(MAGIC, first, block("two", 1), block("three", 1));
    // the count of the second block: 1 -> 3, its check left as it was
    int at = MAGIC.length + first.length + 7;
    Path file = write("damaged-middle", withByte(content, at, 3));
    assertThatThrownBy(() -> BlockFile.open(file, MAGIC, KIND, new Blocks()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is damaged at byte " + (MAGIC.length + first.length))
        .hasMessageContaining("a block header fails its check");
  }

  @Test
  void zeros_to_the_end_where_a_header_should_be_are_an_append_cut_short() throws IOException {
    byte[] whole = concat(MAGIC, block("one", 1));
    for (int zeros : new int[] {12, 40, 4096, 4097, 10_000}) {
      Path file = write("zeros", concat(whole, new byte[zeros]));
      assertThat(openAndRead(file)).as("%d zeros", zeros).containsExactly(new Block(1, 1, "one"));
      assertThat(Files.readAllBytes(file)).isEqualTo(whole);
    }
  }

  @Test
  void zeros_with_anything_after_them_are_damage() throws IOException {
    byte[] whole = concat(MAGIC, block("one", 1));
    for (int[] zerosAndOne :
        new int[][] {{40, 39}, {40, 20}, {40, 0}, {10_000, 4500}, {10_000, 9999}, {8192, 4096}}) {
      byte[] tail = new byte[zerosAndOne[0]];
      tail[zerosAndOne[1]] = 1;
      Path file = write("zeros-then-data", concat(whole, tail));
      assertThatThrownBy(() -> BlockFile.open(file, MAGIC, KIND, new Blocks()))
          .as("%d zeros, a one at %d", zerosAndOne[0], zerosAndOne[1])
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is damaged at byte " + whole.length)
          .hasMessageContaining("a block header fails its check");
      assertThat(Files.size(file)).isEqualTo(whole.length + zerosAndOne[0]);
    }
  }

  @Test
  void a_last_block_failing_its_sum_and_ending_the_file_is_cut_off() throws IOException {
    byte[] whole = concat(MAGIC, block("one", 1));
    byte[] last = block("two", 2);
    // a payload byte, then the sum itself
    for (int at : new int[] {12, 13, 14, last.length - 1}) {
      Path file = write("bad-sum-last", concat(whole, withByte(last, at, last[at] ^ 0x40)));
      assertThat(openAndRead(file)).containsExactly(new Block(1, 1, "one"));
      assertThat(Files.readAllBytes(file)).isEqualTo(whole);
    }
  }

  @Test
  void a_block_failing_its_sum_with_data_after_it_is_damage() throws IOException {
    byte[] first = block("one", 1);
    byte[] second = block("two", 2);
    byte[] badSecond = withByte(second, 13, second[13] ^ 1);
    for (byte[] after : List.of(block("three", 1), new byte[1], new byte[] {7})) {
      byte[] content = concat(MAGIC, first, badSecond, after);
      Path file = write("bad-sum-middle", content);
      assertThatThrownBy(() -> BlockFile.open(file, MAGIC, KIND, new Blocks()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "the "
                  + KIND
                  + " "
                  + file
                  + " is damaged at byte "
                  + (MAGIC.length + first.length)
                  + " (a block fails its checksum): refused");
      assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }
  }

  @Test
  void a_header_out_of_range_is_damage_even_with_a_good_check() throws IOException {
    byte[] whole = concat(MAGIC, block("one", 1));
    for (byte[] bad :
        List.of(header(-1, 1), header(3, 0), header(3, -2), header(Integer.MIN_VALUE, 1))) {
      byte[] content = concat(whole, bad, bytes("abc"), new byte[4]);
      Path file = write("out-of-range", content);
      assertThatThrownBy(() -> BlockFile.open(file, MAGIC, KIND, new Blocks()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is damaged at byte " + whole.length)
          .hasMessageContaining("a block header is out of range");
      assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }
  }

  @Test
  void a_header_announcing_more_bytes_than_the_file_holds_is_an_append_cut_short()
      throws IOException {
    byte[] whole = concat(MAGIC, block("one", 1));
    for (int length : new int[] {5, 100, Integer.MAX_VALUE}) {
      Path file = write("long", concat(whole, header(length, 1), bytes("abcd")));
      assertThat(openAndRead(file)).containsExactly(new Block(1, 1, "one"));
      assertThat(Files.readAllBytes(file)).isEqualTo(whole);
    }
  }

  @Test
  void a_block_the_caller_cannot_decode_is_damage() throws IOException {
    byte[] first = block("one", 1);
    byte[] content = concat(MAGIC, first, block("two", 2));
    Path file = write("undecodable", content);
    BlockFile.BlockReader reader =
        (firstRecord, count, payload) -> {
          if (firstRecord == 2) {
            throw new IllegalArgumentException("no such record type");
          }
        };
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> BlockFile.open(file, MAGIC, KIND, reader))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "the "
                  + KIND
                  + " "
                  + file
                  + " is damaged at byte "
                  + (MAGIC.length + first.length)
                  + " (a block cannot be read: no such record type): refused");
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(content);
  }

  /** Counts 1, 2, 3, 1, 2, 3 ... for block i; payload "block-i", some of them over 4 KiB. */
  static int countOf(int i) {
    return i % 3 + 1;
  }

  static String payloadOf(int i) {
    return i % 50 == 7 ? "block-" + i + "-".repeat(5000 + i) : "block-" + i;
  }

  static List<Block> model(int blocks) {
    List<Block> out = new ArrayList<>();
    long first = 1;
    for (int i = 0; i < blocks; i++) {
      out.add(new Block(first, countOf(i), payloadOf(i)));
      first += countOf(i);
    }
    return out;
  }

  static List<Block> readAfter(BlockFile f, long after) {
    Blocks blocks = new Blocks();
    f.read(after, blocks);
    return blocks.got;
  }

  @Test
  void reading_after_any_record_starts_at_the_block_holding_the_next_one() throws IOException {
    int n = 150;
    List<Block> model = model(n);
    long total = 0;
    for (Block b : model) {
      total += b.count();
    }
    Path file = dir.resolve("many");
    try (BlockFile f = BlockFile.open(file, MAGIC, KIND, new Blocks())) {
      for (int i = 0; i < n; i++) {
        byte[] payload = bytes(payloadOf(i));
        f.append(payload, payload.length, countOf(i));
      }
      assertThat(f.records()).isEqualTo(total);
      checkReads(f, model, total);
    }
    Blocks scanned = new Blocks();
    try (BlockFile f = BlockFile.open(file, MAGIC, KIND, scanned)) {
      assertThat(f.records()).isEqualTo(total);
      assertThat(f.bytes()).isEqualTo(Files.size(file));
      checkReads(f, model, total);
    }
    assertThat(scanned.got).isEqualTo(model);
  }

  private static void checkReads(BlockFile f, List<Block> model, long total) {
    for (long after = 0; after <= total + 1; after++) {
      long a = after;
      // the blocks whose last record comes after `after`
      List<Block> expected = model.stream().filter(b -> b.first() + b.count() - 1 > a).toList();
      assertThat(readAfter(f, after)).as("after %d", after).isEqualTo(expected);
    }
  }

  @Test
  void reading_after_a_negative_record_is_refused() {
    try (BlockFile f = BlockFile.open(dir.resolve("neg"), MAGIC, KIND, new Blocks())) {
      f.append(bytes("one"), 3, 1);
      assertThatThrownBy(() -> f.read(-1, new Blocks()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(readAfter(f, 0)).containsExactly(new Block(1, 1, "one"));
      assertThat(readAfter(f, 1)).isEmpty();
    }
  }

  /** Opens a file of three blocks (1, 2 and 1 records), changes it underneath, reads it all. */
  void readChanged(String name, long at, byte[] replacement, Class<? extends Exception> expected)
      throws IOException {
    Path file = dir.resolve(name);
    try (BlockFile f = BlockFile.open(file, MAGIC, KIND, new Blocks())) {
      f.append(bytes("one"), 3, 1);
      f.append(bytes("two"), 3, 2);
      f.append(bytes("three"), 5, 1);
      try (FileChannel other = FileChannel.open(file, StandardOpenOption.WRITE)) {
        other.write(ByteBuffer.wrap(replacement), at);
      }
      Blocks blocks = new Blocks();
      assertThatThrownBy(() -> f.read(0, blocks))
          .isInstanceOf(expected)
          .hasMessageContaining(KIND + " " + file);
      assertThat(blocks.got).first().isEqualTo(new Block(1, 1, "one"));
    }
  }

  @Test
  void a_read_notices_a_file_changed_underneath() throws IOException {
    long second = MAGIC.length + 19L;
    long third = second + 19;
    // the second block's count with a matching check: 2 -> 1 and 2 -> 3
    readChanged("count-down", second, header(3, 1), IllegalStateException.class);
    readChanged("count-up", second, header(3, 3), IllegalStateException.class);
    // the last block's count, with a matching check
    readChanged("last-count", third, header(5, 2), IllegalStateException.class);
    // the check of the second block
    readChanged("check", second + 8, new byte[] {1, 2, 3, 4}, IllegalStateException.class);
    // a payload byte of the second block and of the last block
    readChanged("payload", second + 12, bytes("T"), IllegalStateException.class);
    readChanged("last-payload", third + 16, bytes("E"), IllegalStateException.class);
    // the sum of the last block
    readChanged("sum", third + 17, new byte[] {0, 0, 0, 0}, IllegalStateException.class);
  }

  @Test
  void a_read_of_a_file_cut_underneath_fails_as_an_io_error() throws IOException {
    Path file = dir.resolve("cut-underneath");
    try (BlockFile f = BlockFile.open(file, MAGIC, KIND, new Blocks())) {
      f.append(bytes("one"), 3, 1);
      f.append(bytes("two"), 3, 2);
      try (FileChannel other = FileChannel.open(file, StandardOpenOption.WRITE)) {
        other.truncate(MAGIC.length + 19 + 14);
      }
      assertThatThrownBy(() -> f.read(1, new Blocks()))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessage("cannot read the " + KIND + " " + file);
    }
  }

  @Test
  void appends_take_whole_payloads_and_refuse_wrong_lengths_and_counts() throws IOException {
    Path file = dir.resolve("args");
    try (BlockFile f = BlockFile.open(file, MAGIC, KIND, new Blocks())) {
      byte[] payload = bytes("abc");
      assertThatThrownBy(() -> f.append(payload, 3, 0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> f.append(payload, -1, 1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> f.append(payload, 4, 1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(f.records()).isZero();
      assertThat(Files.readAllBytes(file)).isEqualTo(MAGIC);
      f.append(payload, 3, 1);
      byte[] big = bytes("x".repeat(10_000));
      f.append(big, big.length, 1);
      f.append(payload, 2, 1);
      assertThat(readAfter(f, 0))
          .containsExactly(
              new Block(1, 1, "abc"), new Block(2, 1, "x".repeat(10_000)), new Block(3, 1, "ab"));
    }
    assertThat(openAndRead(file))
        .extracting(Block::text)
        .containsExactly("abc", "x".repeat(10_000), "ab");
  }

  @Test
  void a_closed_file_refuses_every_call_and_closing_again_does_nothing() {
    Path file = dir.resolve("closed");
    BlockFile f = BlockFile.open(file, MAGIC, KIND, new Blocks());
    f.append(bytes("one"), 3, 1);
    f.close();
    f.close();
    String closed = "the " + KIND + " " + file + " is closed";
    assertThatThrownBy(() -> f.append(bytes("two"), 3, 1)).hasMessage(closed);
    assertThatThrownBy(() -> f.read(0, new Blocks())).hasMessage(closed);
    assertThatThrownBy(f::records).hasMessage(closed);
    assertThat(f.bytes()).isEqualTo(MAGIC.length + 19);
    assertThat(f.path()).isEqualTo(file);
    assertThat(openAndRead(file)).containsExactly(new Block(1, 1, "one"));
  }

  @Test
  void a_second_open_in_this_process_is_refused_by_any_spelling_of_the_path() throws IOException {
    Path real = Files.createDirectory(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    Path file = link.resolve("f");
    String elsewhere = " is open elsewhere";
    try (BlockFile first = BlockFile.open(file, MAGIC, KIND, new Blocks())) {
      for (Path other :
          List.of(
              file, real.resolve("f"), real.resolve("../real/./f"), link.resolve("../link/f"))) {
        assertThatThrownBy(() -> BlockFile.open(other, MAGIC, KIND, new Blocks()))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("the " + KIND + " " + other + elsewhere);
      }
      first.append(bytes("one"), 3, 1);
      assertThat(first.records()).isEqualTo(1);
    }
    // released on closing
    try (BlockFile again = BlockFile.open(real.resolve("f"), MAGIC, KIND, new Blocks())) {
      assertThat(again.records()).isEqualTo(1);
    }
  }

  @Test
  void a_new_file_is_kept_from_a_second_open_through_its_real_directory() throws IOException {
    Path real = Files.createDirectory(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    // the first open creates the file, through the link; the second names the real directory
    try (BlockFile first = BlockFile.open(link.resolve("new"), MAGIC, KIND, new Blocks())) {
      assertThat(first.records()).isZero();
      assertThatThrownBy(() -> BlockFile.open(real.resolve("new"), MAGIC, KIND, new Blocks()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageEndingWith(" is open elsewhere");
    }
  }

  @Test
  void a_file_locked_through_another_channel_is_refused_and_released() throws IOException {
    Path file = dir.resolve("locked");
    Files.write(file, MAGIC);
    try (FileChannel other = FileChannel.open(file, StandardOpenOption.WRITE);
        FileLock lock = other.lock()) {
      assertThat(lock.isValid()).isTrue();
      assertThatThrownBy(() -> BlockFile.open(file, MAGIC, KIND, new Blocks()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the " + KIND + " " + file + " is open elsewhere");
    }
    assertThat(openAndRead(file)).isEmpty();
  }

  @Test
  void a_file_that_cannot_be_opened_fails_as_an_io_error_and_is_released() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("a-directory"));
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> BlockFile.open(directory, MAGIC, KIND, new Blocks()))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessage("cannot open the " + KIND + " " + directory);
    }
    Path nowhere = dir.resolve("missing").resolve("f");
    assertThatThrownBy(() -> BlockFile.open(nowhere, MAGIC, KIND, new Blocks()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot resolve " + nowhere);
  }
}
