package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.privacy.VaultStore;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The file vault's two files, byte for byte as its documentation lays them out, and how opening
 * them treats every kind of damage. The expected bytes are written out here by hand: {@code
 * vault-keys.bin} is {@code TTWVKEY1} then slots of 195 bytes (state, id length, 64 bytes of id,
 * key length, 128 bytes of key); {@code vault-log.bin} is {@code TTWVLOG1} then records {@code
 * [length 4][CRC-32C 4][id length 1][id][sealed]}.
 */
class FileVaultFormatTest {
  static final VolunteerId SARA = VolunteerId.of("V-100");
  static final VolunteerId OMAR = VolunteerId.of("V-200");
  static final VolunteerId HIND = VolunteerId.of("V-300");
  static final int SLOT = 195;
  static final byte[] KEY_MAGIC = ascii("TTWVKEY1");
  static final byte[] LOG_MAGIC = ascii("TTWVLOG1");

  @TempDir Path dir;

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] bytes(int n, int first) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (first + i);
    }
    return b;
  }

  /** One slot as laid out by hand. */
  static byte[] slot(int state, String id, byte[] key) {
    byte[] s = new byte[SLOT];
    s[0] = (byte) state;
    s[1] = (byte) id.length();
    System.arraycopy(ascii(id), 0, s, 2, id.length());
    s[66] = (byte) key.length;
    System.arraycopy(key, 0, s, 67, key.length);
    return s;
  }

  /** One log record as laid out by hand: length, CRC-32C of the body, body. */
  static byte[] record(byte[] body) {
    CRC32C crc = new CRC32C();
    crc.update(body);
    return ByteBuffer.allocate(8 + body.length)
        .putInt(body.length)
        .putInt((int) crc.getValue())
        .put(body)
        .array();
  }

  static byte[] body(String id, byte[] sealed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(id.length());
    out.writeBytes(ascii(id));
    out.writeBytes(sealed);
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  Path keys() {
    return dir.resolve("vault-keys.bin");
  }

  Path log() {
    return dir.resolve("vault-log.bin");
  }

  void writeFiles(byte[] keyFile, byte[] logFile) throws IOException {
    Files.createDirectories(dir);
    Files.write(keys(), keyFile);
    Files.write(log(), logFile);
  }

  void assertRefused(String message) {
    assertThatThrownBy(() -> FileVaultStore.open(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(message);
  }

  @Test
  void new_files_hold_only_their_magic() throws IOException {
    try (VaultStore store = FileVaultStore.open(dir.resolve("new"))) {
      assertThat(store.subjects()).isEmpty();
      assertThat(store.toString()).isEqualTo("FileVaultStore[keys=0, destroyed=0]");
    }
    assertThat(Files.readAllBytes(dir.resolve("new/vault-keys.bin"))).isEqualTo(KEY_MAGIC);
    assertThat(Files.readAllBytes(dir.resolve("new/vault-log.bin"))).isEqualTo(LOG_MAGIC);
  }

  @Test
  void keys_are_written_in_fixed_slots_and_read_back_after_a_restart() throws IOException {
    byte[] longest = bytes(128, 1);
    try (VaultStore store = FileVaultStore.open(dir)) {
      store.putKey(SARA, longest);
      store.putKey(OMAR, new byte[] {7});
      store.putKey(HIND, bytes(3, 40));
      assertThat(store.toString()).isEqualTo("FileVaultStore[keys=3, destroyed=0]");
    }
    assertThat(Files.readAllBytes(keys()))
        .isEqualTo(
            concat(
                KEY_MAGIC,
                slot(1, "V-100", longest),
                slot(1, "V-200", new byte[] {7}),
                slot(1, "V-300", bytes(3, 40))));
    assertThat(Files.readAllBytes(log())).isEqualTo(LOG_MAGIC);
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThat(store.subjects()).containsExactlyInAnyOrder(SARA, OMAR, HIND);
      assertThat(store.key(SARA)).hasValueSatisfying(k -> assertThat(k).isEqualTo(longest));
      assertThat(store.key(OMAR)).hasValueSatisfying(k -> assertThat(k).containsExactly(7));
      assertThat(store.key(HIND))
          .hasValueSatisfying(k -> assertThat(k).containsExactly(40, 41, 42));
      assertThat(store.destroyed(SARA)).isFalse();
      assertThat(store.toString()).isEqualTo("FileVaultStore[keys=3, destroyed=0]");
    }
  }

  @Test
  void a_destroyed_key_is_zeroed_in_its_slot_and_its_volunteer_remembered() throws IOException {
    try (VaultStore store = FileVaultStore.open(dir)) {
      store.putKey(SARA, bytes(32, 1));
      store.putKey(OMAR, bytes(32, 100));
      assertThat(store.destroyKey(SARA)).isTrue();
      assertThat(store.destroyKey(SARA)).isFalse();
      assertThat(store.destroyKey(HIND)).as("no key to destroy").isFalse();
      assertThat(store.key(SARA)).isEmpty();
      assertThat(store.destroyed(SARA)).isTrue();
      assertThat(store.destroyed(HIND)).isFalse();
      assertThat(store.subjects()).containsExactlyInAnyOrder(SARA, OMAR);
      assertThat(store.toString()).isEqualTo("FileVaultStore[keys=1, destroyed=1]");
    }
    assertThat(Files.readAllBytes(keys()))
        .isEqualTo(
            concat(KEY_MAGIC, slot(2, "V-100", new byte[0]), slot(1, "V-200", bytes(32, 100))));
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThat(store.destroyed(SARA)).isTrue();
      assertThat(store.key(SARA)).isEmpty();
      assertThat(store.destroyed(OMAR)).isFalse();
      assertThat(store.subjects()).containsExactlyInAnyOrder(SARA, OMAR);
      assertThat(store.toString()).isEqualTo("FileVaultStore[keys=1, destroyed=1]");
      assertThatThrownBy(() -> store.putKey(SARA, bytes(4, 1)))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> store.putKeyAndAppend(SARA, bytes(4, 1), bytes(4, 1)))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(Files.readAllBytes(log()))
        .as("nothing appended for a refused first write")
        .isEqualTo(LOG_MAGIC);
  }

  @Test
  void a_second_key_for_a_volunteer_is_refused_and_nothing_is_written() throws IOException {
    try (VaultStore store = FileVaultStore.open(dir)) {
      store.putKeyAndAppend(SARA, bytes(8, 1), bytes(20, 1));
      byte[] keysBefore = Files.readAllBytes(keys());
      byte[] logBefore = Files.readAllBytes(log());
      assertThatThrownBy(() -> store.putKey(SARA, bytes(8, 50)))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> store.putKeyAndAppend(SARA, bytes(8, 50), bytes(20, 50)))
          .isInstanceOf(IllegalStateException.class);
      assertThat(Files.readAllBytes(keys())).isEqualTo(keysBefore);
      assertThat(Files.readAllBytes(log())).isEqualTo(logBefore);
      assertThat(store.key(SARA)).hasValueSatisfying(k -> assertThat(k).isEqualTo(bytes(8, 1)));
      assertThat(store.sealed(SARA)).hasSize(1);
    }
  }

  @Test
  void a_first_write_puts_the_key_live_and_the_record_in_the_log() throws IOException {
    try (VaultStore store = FileVaultStore.open(dir)) {
      store.putKeyAndAppend(SARA, bytes(8, 1), bytes(20, 1));
      store.putKeyAndAppend(OMAR, bytes(9, 2), bytes(21, 2));
      store.append(SARA, new byte[] {9, 8, 7});
      assertThat(store.sealed(SARA))
          .satisfiesExactly(
              r -> assertThat(r).isEqualTo(bytes(20, 1)),
              r -> assertThat(r).containsExactly(9, 8, 7));
      assertThat(store.sealed(OMAR)).singleElement().isEqualTo(bytes(21, 2));
    }
    assertThat(Files.readAllBytes(keys()))
        .isEqualTo(concat(KEY_MAGIC, slot(1, "V-100", bytes(8, 1)), slot(1, "V-200", bytes(9, 2))));
    assertThat(Files.readAllBytes(log()))
        .isEqualTo(
            concat(
                LOG_MAGIC,
                record(body("V-100", bytes(20, 1))),
                record(body("V-200", bytes(21, 2))),
                record(body("V-100", new byte[] {9, 8, 7}))));
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThat(store.sealed(SARA))
          .satisfiesExactly(
              r -> assertThat(r).isEqualTo(bytes(20, 1)),
              r -> assertThat(r).containsExactly(9, 8, 7));
      assertThat(store.sealed(OMAR)).singleElement().isEqualTo(bytes(21, 2));
      assertThat(store.sealed(HIND)).isEmpty();
      assertThat(store.key(OMAR)).hasValueSatisfying(k -> assertThat(k).isEqualTo(bytes(9, 2)));
    }
  }

  @Test
  void a_free_slot_is_reused_before_the_file_grows() throws IOException {
    writeFiles(
        concat(KEY_MAGIC, new byte[SLOT], slot(1, "V-200", bytes(5, 1)), new byte[SLOT]),
        LOG_MAGIC);
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThat(store.subjects()).containsExactly(OMAR);
      store.putKey(SARA, bytes(6, 10));
      store.putKeyAndAppend(HIND, bytes(7, 20), bytes(17, 1));
      store.putKey(VolunteerId.of("V-400"), bytes(2, 30));
    }
    assertThat(Files.readAllBytes(keys()))
        .isEqualTo(
            concat(
                KEY_MAGIC,
                slot(1, "V-100", bytes(6, 10)),
                slot(1, "V-200", bytes(5, 1)),
                slot(1, "V-300", bytes(7, 20)),
                slot(1, "V-400", bytes(2, 30))));
  }

  @Test
  void the_stores_arrays_are_its_own() throws IOException {
    try (VaultStore store = FileVaultStore.open(dir)) {
      byte[] key = bytes(8, 1);
      byte[] sealed = bytes(20, 1);
      store.putKeyAndAppend(SARA, key, sealed);
      byte[] more = bytes(3, 1);
      store.append(SARA, more);
      byte[] omarKey = bytes(4, 1);
      store.putKey(OMAR, omarKey);
      Arrays.fill(key, (byte) 0);
      Arrays.fill(sealed, (byte) 0);
      Arrays.fill(more, (byte) 0);
      Arrays.fill(omarKey, (byte) 0);
      Arrays.fill(store.key(SARA).orElseThrow(), (byte) 0);
      store.sealed(SARA).forEach(r -> Arrays.fill(r, (byte) 0));

      assertThat(store.key(SARA)).hasValueSatisfying(k -> assertThat(k).isEqualTo(bytes(8, 1)));
      assertThat(store.key(OMAR)).hasValueSatisfying(k -> assertThat(k).isEqualTo(bytes(4, 1)));
      assertThat(store.sealed(SARA))
          .satisfiesExactly(
              r -> assertThat(r).isEqualTo(bytes(20, 1)),
              r -> assertThat(r).isEqualTo(bytes(3, 1)));
    }
  }

  @Test
  void a_file_that_is_not_a_vault_file_is_refused_and_left_as_it_was() throws IOException {
    byte[] wrongKeys = concat(ascii("TTWVKEY2"), slot(1, "V-100", bytes(5, 1)));
    writeFiles(wrongKeys, LOG_MAGIC);
    assertRefused("not a vault file");
    assertThat(Files.readAllBytes(keys())).isEqualTo(wrongKeys);

    writeFiles(KEY_MAGIC, ascii("TTWVKEY1"));
    assertRefused("not a vault file");
    assertThat(Files.readAllBytes(log())).isEqualTo(ascii("TTWVKEY1"));

    writeFiles(ascii("TTWVKEY"), LOG_MAGIC);
    assertRefused("not a vault file");
    writeFiles(KEY_MAGIC, ascii("TTWVLOG"));
    assertRefused("not a vault file");
    assertThat(Files.readAllBytes(log())).isEqualTo(ascii("TTWVLOG"));

    // Once refused, the files are not held: a store can open them when they are repaired.
    writeFiles(KEY_MAGIC, LOG_MAGIC);
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThat(store.subjects()).isEmpty();
    }
  }

  @Test
  void a_damaged_key_slot_refuses_the_files() throws IOException {
    writeFiles(concat(KEY_MAGIC, slot(4, "V-100", bytes(5, 1))), LOG_MAGIC);
    assertRefused("the vault key file is damaged");

    byte[] tooLong = slot(1, "V-100", new byte[0]);
    tooLong[66] = (byte) 129;
    writeFiles(concat(KEY_MAGIC, tooLong), LOG_MAGIC);
    assertRefused("the vault key file is damaged");

    byte[] noId = slot(1, "V-100", bytes(5, 1));
    noId[1] = 0;
    writeFiles(concat(KEY_MAGIC, noId), LOG_MAGIC);
    assertRefused("the vault files are damaged");

    byte[] longId = slot(1, "V-100", bytes(5, 1));
    longId[1] = 65;
    writeFiles(concat(KEY_MAGIC, longId), LOG_MAGIC);
    assertRefused("the vault files are damaged");

    writeFiles(concat(KEY_MAGIC, slot(1, "V 100", bytes(5, 1))), LOG_MAGIC);
    assertRefused("the vault files are damaged");
  }

  @Test
  void a_one_character_identifier_is_read_back_from_both_files() throws IOException {
    VolunteerId v = VolunteerId.of("V");
    try (VaultStore store = FileVaultStore.open(dir)) {
      store.putKeyAndAppend(v, bytes(4, 1), bytes(20, 1));
    }
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThat(store.key(v)).hasValueSatisfying(k -> assertThat(k).isEqualTo(bytes(4, 1)));
      assertThat(store.sealed(v)).singleElement().isEqualTo(bytes(20, 1));
    }
  }

  @Test
  void the_longest_identifier_and_key_fill_their_slot() throws IOException {
    VolunteerId longest = VolunteerId.of("V".repeat(64));
    writeFiles(concat(KEY_MAGIC, slot(1, "V".repeat(64), bytes(128, 3))), LOG_MAGIC);
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThat(store.key(longest))
          .hasValueSatisfying(k -> assertThat(k).isEqualTo(bytes(128, 3)));
      store.append(longest, new byte[] {1});
    }
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThat(store.sealed(longest)).singleElement().isEqualTo(new byte[] {1});
    }
  }

  @Test
  void a_pending_slot_is_kept_only_with_its_record_whichever_slot_it_is() throws IOException {
    writeFiles(
        concat(
            KEY_MAGIC,
            slot(1, "V-100", bytes(5, 1)),
            slot(3, "V-200", bytes(6, 2)),
            slot(3, "V-300", bytes(7, 3))),
        concat(LOG_MAGIC, record(body("V-200", bytes(20, 9)))));
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThat(store.subjects()).containsExactlyInAnyOrder(SARA, OMAR);
      assertThat(store.key(OMAR)).hasValueSatisfying(k -> assertThat(k).isEqualTo(bytes(6, 2)));
      assertThat(store.key(HIND)).isEmpty();
      assertThat(store.destroyed(HIND)).isFalse();
      store.putKey(VolunteerId.of("V-400"), bytes(2, 30)); // into Hind's freed slot
    }
    assertThat(Files.readAllBytes(keys()))
        .isEqualTo(
            concat(
                KEY_MAGIC,
                slot(1, "V-100", bytes(5, 1)),
                slot(1, "V-200", bytes(6, 2)),
                slot(1, "V-400", bytes(2, 30))));
  }

  /** Two records of Sara's, then whatever is appended to the log. */
  void twoRecordsThen(byte[] tail) throws IOException {
    writeFiles(
        concat(KEY_MAGIC, slot(1, "V-100", bytes(5, 1))),
        concat(
            LOG_MAGIC,
            record(body("V-100", bytes(30, 1))),
            record(body("V-100", bytes(30, 2))),
            tail));
  }

  static final int TWO_RECORDS = 8 + 2 * (8 + 1 + 5 + 30);

  void assertOpensWithTwoRecordsAndCutsTheRest() throws IOException {
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThat(store.sealed(SARA))
          .satisfiesExactly(
              r -> assertThat(r).isEqualTo(bytes(30, 1)),
              r -> assertThat(r).isEqualTo(bytes(30, 2)));
      assertThat(Files.size(log())).as("the cut record is truncated away").isEqualTo(TWO_RECORDS);
      store.append(SARA, bytes(30, 3));
    }
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThat(store.sealed(SARA))
          .satisfiesExactly(
              r -> assertThat(r).isEqualTo(bytes(30, 1)),
              r -> assertThat(r).isEqualTo(bytes(30, 2)),
              r -> assertThat(r).isEqualTo(bytes(30, 3)));
    }
  }

  @Test
  void a_log_ending_in_a_header_cut_short_drops_it() throws IOException {
    for (int n = 1; n <= 7; n++) {
      byte[] header = Arrays.copyOf(record(body("V-100", bytes(30, 3))), n);
      twoRecordsThen(header);
      assertOpensWithTwoRecordsAndCutsTheRest();
    }
  }

  @Test
  void a_log_ending_in_a_record_shorter_than_its_length_drops_it() throws IOException {
    byte[] third = record(body("V-100", bytes(30, 3)));
    for (int keep : new int[] {8, 9, third.length - 1}) {
      twoRecordsThen(Arrays.copyOf(third, keep));
      assertOpensWithTwoRecordsAndCutsTheRest();
    }
  }

  @Test
  void a_last_record_whose_bytes_never_reached_the_file_is_dropped() throws IOException {
    // The length reached the file; the checksum and every byte of the body read as zeros.
    byte[] torn = ByteBuffer.allocate(8 + 16).putInt(16).array();
    twoRecordsThen(torn);
    assertOpensWithTwoRecordsAndCutsTheRest();

    byte[] tornEnd = record(body("V-100", bytes(30, 3)));
    Arrays.fill(tornEnd, tornEnd.length - 16, tornEnd.length, (byte) 0);
    twoRecordsThen(tornEnd);
    assertOpensWithTwoRecordsAndCutsTheRest();
  }

  @Test
  void a_wrong_checksum_without_sixteen_zero_bytes_at_the_end_is_damage() throws IOException {
    // Fifteen zero bytes cannot be the unwritten end of a sealed record, which ends in a 16-byte
    // tag.
    twoRecordsThen(ByteBuffer.allocate(8 + 15).putInt(15).array());
    byte[] before = Files.readAllBytes(log());
    assertRefused("the vault log is damaged");
    assertThat(Files.readAllBytes(log())).isEqualTo(before);

    byte[] almost = record(body("V-100", bytes(30, 3)));
    Arrays.fill(almost, almost.length - 16, almost.length - 1, (byte) 0);
    twoRecordsThen(almost);
    assertRefused("the vault log is damaged");
  }

  @Test
  void a_damaged_record_before_the_last_refuses_the_log_even_if_it_ends_in_zeros()
      throws IOException {
    byte[] first = record(body("V-100", bytes(30, 1)));
    Arrays.fill(first, first.length - 16, first.length, (byte) 0);
    writeFiles(
        concat(KEY_MAGIC, slot(1, "V-100", bytes(5, 1))),
        concat(LOG_MAGIC, first, record(body("V-100", bytes(30, 2)))));
    byte[] before = Files.readAllBytes(log());
    assertRefused("the vault log is damaged");
    assertThat(Files.readAllBytes(log())).isEqualTo(before);
  }

  @Test
  void a_record_length_no_record_can_have_is_damage_even_at_the_end() throws IOException {
    // The longest body the store writes: the id's length, 64 bytes of id, 1 MiB sealed.
    for (int length : new int[] {-1, 0, 1, 1 + 64 + VaultStore.MAX_SEALED_BYTES + 1}) {
      twoRecordsThen(ByteBuffer.allocate(8).putInt(length).array());
      byte[] before = Files.readAllBytes(log());
      assertRefused("the vault log is damaged");
      assertThat(Files.readAllBytes(log())).isEqualTo(before);
    }
  }

  @Test
  void a_record_whose_identifier_does_not_fit_is_damage() throws IOException {
    byte[] noId = body("V-100", bytes(30, 3));
    noId[0] = 0;
    twoRecordsThen(record(noId));
    assertRefused("the vault files are damaged");

    byte[] longId = body("V-100", bytes(70, 3));
    longId[0] = 65;
    twoRecordsThen(record(longId));
    assertRefused("the vault files are damaged");

    byte[] pastTheEnd = body("V-100", new byte[0]);
    pastTheEnd[0] = 6;
    twoRecordsThen(record(pastTheEnd));
    assertRefused("the vault files are damaged");

    twoRecordsThen(record(body("V 100", bytes(30, 3))));
    assertRefused("the vault files are damaged");
  }

  @Test
  void a_whole_record_whose_sealed_part_the_store_would_have_refused_is_damage()
      throws IOException {
    twoRecordsThen(record(body("V-100", new byte[0])));
    byte[] before = Files.readAllBytes(log());
    assertRefused("the vault log is damaged");
    assertThat(Files.readAllBytes(log())).isEqualTo(before);

    twoRecordsThen(record(body("V", new byte[VaultStore.MAX_SEALED_BYTES + 1])));
    assertRefused("the vault log is damaged");

    twoRecordsThen(record(body("V-100", new byte[VaultStore.MAX_SEALED_BYTES + 1])));
    assertRefused("the vault log is damaged");
  }

  @Test
  void the_longest_record_the_store_writes_is_read_back() throws IOException {
    VolunteerId longest = VolunteerId.of("V".repeat(64));
    byte[] sealed = new byte[VaultStore.MAX_SEALED_BYTES];
    sealed[0] = 1;
    sealed[sealed.length - 1] = 2;
    try (VaultStore store = FileVaultStore.open(dir)) {
      store.putKeyAndAppend(longest, bytes(128, 1), sealed);
    }
    assertThat(Files.size(log())).isEqualTo(8 + 8 + 1 + 64 + VaultStore.MAX_SEALED_BYTES);
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThat(store.sealed(longest)).singleElement().isEqualTo(sealed);
    }
  }

  @Test
  void records_of_volunteers_without_a_key_are_still_read() throws IOException {
    writeFiles(
        KEY_MAGIC,
        concat(
            LOG_MAGIC,
            record(body("V-200", bytes(20, 1))),
            record(body("V-300", bytes(20, 2))),
            record(body("V-200", bytes(20, 3)))));
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThat(store.subjects()).isEmpty();
      assertThat(store.sealed(OMAR))
          .satisfiesExactly(
              r -> assertThat(r).isEqualTo(bytes(20, 1)),
              r -> assertThat(r).isEqualTo(bytes(20, 3)));
      assertThat(store.sealed(HIND)).singleElement().isEqualTo(bytes(20, 2));
    }
  }

  @Test
  void a_partial_slot_at_the_end_of_the_key_file_is_overwritten_by_the_next_key()
      throws IOException {
    writeFiles(
        concat(
            KEY_MAGIC,
            slot(1, "V-100", bytes(5, 1)),
            Arrays.copyOf(slot(1, "V-200", bytes(5, 2)), SLOT - 5)),
        LOG_MAGIC);
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThat(store.subjects()).containsExactly(SARA);
      store.putKey(HIND, bytes(3, 3));
    }
    assertThat(Files.readAllBytes(keys()))
        .isEqualTo(concat(KEY_MAGIC, slot(1, "V-100", bytes(5, 1)), slot(1, "V-300", bytes(3, 3))));
  }

  @Test
  void the_limits_are_checked_before_anything_is_written() throws IOException {
    try (VaultStore store = FileVaultStore.open(dir)) {
      assertThatThrownBy(() -> store.putKeyAndAppend(SARA, new byte[0], bytes(20, 1)))
          .isInstanceOf(org.tatawwu.validation.InvalidValueException.class);
      assertThatThrownBy(() -> store.putKeyAndAppend(SARA, bytes(8, 1), new byte[0]))
          .isInstanceOf(org.tatawwu.validation.InvalidValueException.class);
      assertThatThrownBy(() -> store.putKey(SARA, new byte[129]))
          .isInstanceOf(org.tatawwu.validation.InvalidValueException.class);
      assertThatThrownBy(() -> store.append(SARA, new byte[0]))
          .isInstanceOf(org.tatawwu.validation.InvalidValueException.class);
      assertThat(store.subjects()).isEmpty();
      store.putKey(SARA, bytes(8, 1)); // the slot was not taken by a refused write
    }
    assertThat(Files.readAllBytes(keys()))
        .isEqualTo(concat(KEY_MAGIC, slot(1, "V-100", bytes(8, 1))));
    assertThat(Files.readAllBytes(log())).isEqualTo(LOG_MAGIC);
  }

  @Test
  void closing_releases_the_directory() throws IOException {
    VaultStore first = FileVaultStore.open(dir);
    first.putKey(SARA, bytes(4, 1));
    first.close();
    try (VaultStore second = FileVaultStore.open(dir)) {
      assertThat(second.subjects()).containsExactly(SARA);
    }
    assertThat(List.of(Files.size(keys()), Files.size(log()))).containsExactly(8L + SLOT, 8L);
  }
}
