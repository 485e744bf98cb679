package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.Map;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.Tatawwu;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.privacy.VaultStore;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A new volunteer's first write to the file vault is both or neither across a crash: the files are
 * put, by hand, in the state a crash leaves between the steps (the key file's first slot, at byte 8
 * after the magic {@code TTWVKEY1}, starts with its state byte: 1 live, 3 pending; the log holds
 * its magic {@code TTWVLOG1}, 8 bytes, then the records), and opening them completes or undoes it.
 */
class FileVaultCrashTest {
  static final VolunteerId SARA = VolunteerId.of("V-100");
  static final SecretKey MASTER = CryptoShreddingTest.aes();

  @TempDir Path dir;

  static PersonalData sara() {
    Map<PersonalField, String> m = new EnumMap<>(PersonalField.class);
    m.put(PersonalField.NATIONAL_ID, "1000000008");
    m.put(PersonalField.NAME_ENGLISH, "Sara");
    return PersonalData.of(m);
  }

  /** Writes Sara's first record, then sets her slot's state byte. */
  void firstWriteThenSlotState(byte state) throws IOException {
    try (VaultStore files = Tatawwu.privacy().vaultFiles(dir)) {
      Tatawwu.privacy().vault(files, MASTER).put(SARA, sara());
    }
    assertThat(slotState()).isEqualTo((byte) 1);
    try (FileChannel keys =
        FileChannel.open(dir.resolve("vault-keys.bin"), StandardOpenOption.WRITE)) {
      keys.write(ByteBuffer.wrap(new byte[] {state}), 8);
    }
  }

  byte slotState() throws IOException {
    return Files.readAllBytes(dir.resolve("vault-keys.bin"))[8];
  }

  @Test
  void a_crash_before_the_record_leaves_neither_key_nor_record() throws IOException {
    firstWriteThenSlotState((byte) 3);
    try (FileChannel log =
        FileChannel.open(dir.resolve("vault-log.bin"), StandardOpenOption.WRITE)) {
      log.truncate(8); // the record never reached the log
    }
    try (VaultStore files = Tatawwu.privacy().vaultFiles(dir)) {
      assertThat(files.subjects()).isEmpty();
      assertThat(files.key(SARA)).isEmpty();
      PersonalDataVault vault = Tatawwu.privacy().vault(files, MASTER);
      assertThat(vault.subjects()).isEmpty();
      // The write can be made again, with a new key.
      vault.put(SARA, sara());
      assertThat(vault.read(SARA)).contains(sara());
    }
    assertThat(slotState()).isEqualTo((byte) 1);
  }

  @Test
  void a_crash_before_the_slot_is_marked_live_keeps_both() throws IOException {
    firstWriteThenSlotState((byte) 3);
    byte[] slotBefore = Files.readAllBytes(dir.resolve("vault-keys.bin"));
    try (VaultStore files = Tatawwu.privacy().vaultFiles(dir)) {
      assertThat(Tatawwu.privacy().vault(files, MASTER).read(SARA)).contains(sara());
    }
    assertThat(slotState()).as("marked live on opening").isEqualTo((byte) 1);
    byte[] slotAfter = Files.readAllBytes(dir.resolve("vault-keys.bin"));
    slotBefore[8] = 1;
    assertThat(slotAfter).isEqualTo(slotBefore);
  }

  @Test
  void a_freed_slot_is_zeroed_on_the_device() throws IOException {
    firstWriteThenSlotState((byte) 3);
    try (FileChannel log =
        FileChannel.open(dir.resolve("vault-log.bin"), StandardOpenOption.WRITE)) {
      log.truncate(8);
    }
    try (VaultStore files = Tatawwu.privacy().vaultFiles(dir)) {
      assertThat(files.subjects()).isEmpty();
    }
    byte[] keys = Files.readAllBytes(dir.resolve("vault-keys.bin"));
    for (int i = 8; i < keys.length; i++) {
      assertThat(keys[i]).as("byte %d of the freed slot", i).isZero();
    }
  }
}
