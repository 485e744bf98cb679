package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.Tatawwu;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.VaultStore;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

class CryptoShreddingTest {
  static final Privacy PRIVACY = Tatawwu.privacy();
  static final VolunteerId SARA = VolunteerId.of("V-100");
  static final VolunteerId OMAR = VolunteerId.of("V-200");
  static final VolunteerId HIND = VolunteerId.of("V-300");

  @TempDir Path dir;

  static SecretKey aes() {
    try {
      KeyGenerator g = KeyGenerator.getInstance("AES");
      g.init(256);
      return g.generateKey();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static PersonalData data(String nationalId, String ar, String en, String mobile, String email) {
    Map<PersonalField, String> m = new EnumMap<>(PersonalField.class);
    m.put(PersonalField.NATIONAL_ID, nationalId);
    m.put(PersonalField.NAME_ARABIC, ar);
    m.put(PersonalField.NAME_ENGLISH, en);
    m.put(PersonalField.MOBILE, mobile);
    m.put(PersonalField.EMAIL, email);
    m.put(PersonalField.BIRTH_DATE, "1410-02-15 AH");
    m.put(PersonalField.HOME_LOCATION, "24.7136,46.6753");
    m.put(PersonalField.GUARDIAN_ID, "2123456788");
    return PersonalData.of(m);
  }

  static final PersonalData SARA_DATA =
      data("1000000008", "سارة العتيبي", "Sara Al-Otaibi", "+966501234567", "sara@example.sa");
  static final PersonalData SARA_CORRECTED =
      SARA_DATA.with(PersonalField.MOBILE, "+966559876543").with(PersonalField.EMAIL, null);
  static final PersonalData OMAR_DATA =
      data("1234567897", "عمر القحطاني", "Omar Al-Qahtani", "+966561112222", "omar@example.sa");

  /** Every personal value written in {@link #fill}, to look for in the stores' bytes. */
  static List<String> written() {
    List<String> out = new ArrayList<>();
    for (PersonalData d : List.of(SARA_DATA, SARA_CORRECTED, OMAR_DATA)) {
      out.addAll(d.values().values());
    }
    return out;
  }

  static void fill(PersonalDataVault vault) {
    vault.put(SARA, SARA_DATA);
    vault.put(OMAR, OMAR_DATA);
    vault.put(SARA, SARA_CORRECTED);
  }

  /** Fails if a value is found in the bytes, in UTF-8 or UTF-16 (either order). */
  static void assertNoneReadable(byte[] held, List<String> values) {
    for (String v : values) {
      for (java.nio.charset.Charset cs :
          List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
        assertThat(indexOf(held, v.getBytes(cs))).as("a personal value in %s", cs).isEqualTo(-1);
      }
    }
  }

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static byte[] filesBytes(Path dir) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        out.writeBytes(Files.readAllBytes(f));
      }
    }
    return out.toByteArray();
  }

  @Test
  void the_memory_store_never_holds_a_readable_value_and_erasure_destroys_the_key() {
    InMemoryVaultStore store = (InMemoryVaultStore) PRIVACY.inMemoryVaultStore();
    PersonalDataVault vault = PRIVACY.vault(store, aes());
    fill(vault);
    assertThat(vault.read(SARA)).contains(SARA_CORRECTED);
    assertThat(vault.versions(SARA)).containsExactly(SARA_DATA, SARA_CORRECTED);
    assertNoneReadable(store.heldBytes(), written());
    byte[] saraKey = store.key(SARA).orElseThrow();

    assertThat(vault.erase(SARA)).isTrue();

    assertThat(vault.read(SARA)).isEmpty();
    assertThat(vault.versions(SARA)).isEmpty();
    assertThat(vault.erased(SARA)).isTrue();
    assertThat(vault.erase(SARA)).isFalse();
    assertThat(indexOf(store.heldBytes(), saraKey)).isEqualTo(-1);
    assertNoneReadable(store.heldBytes(), written());
    // The append-only log is not rewritten: Sara's two sealed records are still there, unreadable.
    assertThat(store.sealed(SARA)).hasSize(2);
    assertThat(vault.read(OMAR)).contains(OMAR_DATA);
    assertThatThrownBy(() -> vault.put(SARA, SARA_DATA))
        .isInstanceOfSatisfying(
            RuleException.class,
            e -> assertThat(e.codes()).containsExactly("privacy.subject.erased"));
  }

  @Test
  void the_file_store_never_holds_a_readable_value_and_erasure_survives_a_restart()
      throws IOException {
    SecretKey master = aes();
    byte[] saraKey;
    try (VaultStore store = PRIVACY.vaultFiles(dir)) {
      PersonalDataVault vault = PRIVACY.vault(store, master);
      fill(vault);
      assertNoneReadable(filesBytes(dir), written());
      saraKey = store.key(SARA).orElseThrow();
      assertThat(indexOf(filesBytes(dir), saraKey)).isNotEqualTo(-1);
      assertThat(vault.erase(SARA)).isTrue();
      assertThat(indexOf(filesBytes(dir), saraKey)).isEqualTo(-1);
      assertNoneReadable(filesBytes(dir), written());
    }
    try (VaultStore store = PRIVACY.vaultFiles(dir)) {
      PersonalDataVault vault = PRIVACY.vault(store, master);
      assertThat(vault.erased(SARA)).isTrue();
      assertThat(vault.read(SARA)).isEmpty();
      assertThat(vault.read(OMAR)).contains(OMAR_DATA);
      assertThat(store.sealed(SARA)).hasSize(2);
      vault.put(HIND, OMAR_DATA.with(PersonalField.NAME_ENGLISH, "Hind"));
      assertThat(vault.read(HIND).flatMap(d -> d.get(PersonalField.NAME_ENGLISH))).contains("Hind");
    }
    assertThat(indexOf(filesBytes(dir), saraKey)).isEqualTo(-1);
  }

  @Test
  void a_second_store_on_the_same_files_is_refused() {
    try (VaultStore store = PRIVACY.vaultFiles(dir)) {
      assertThat(store.subjects()).isEmpty();
      assertThatThrownBy(() -> PRIVACY.vaultFiles(dir)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void a_record_moved_to_another_volunteer_or_read_with_another_master_key_is_refused() {
    VaultStore store = PRIVACY.inMemoryVaultStore();
    PersonalDataVault vault = PRIVACY.vault(store, aes());
    fill(vault);
    store.append(OMAR, store.sealed(SARA).get(0));
    assertThatThrownBy(() -> vault.read(OMAR)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> PRIVACY.vault(store, aes()).read(SARA))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_torn_last_record_is_dropped_on_opening() throws IOException {
    SecretKey master = aes();
    try (VaultStore store = PRIVACY.vaultFiles(dir)) {
      PersonalDataVault vault = PRIVACY.vault(store, master);
      vault.put(SARA, SARA_DATA);
      vault.put(SARA, SARA_CORRECTED);
    }
    Path log = dir.resolve("vault-log.bin");
    byte[] bytes = Files.readAllBytes(log);
    Files.write(log, java.util.Arrays.copyOf(bytes, bytes.length - 5));
    try (VaultStore store = PRIVACY.vaultFiles(dir)) {
      assertThat(PRIVACY.vault(store, master).versions(SARA)).containsExactly(SARA_DATA);
    }
  }

  @Test
  void a_last_record_whose_end_was_never_written_is_dropped_but_a_damaged_one_refuses_the_file()
      throws IOException {
    SecretKey master = aes();
    try (VaultStore store = PRIVACY.vaultFiles(dir)) {
      PersonalDataVault vault = PRIVACY.vault(store, master);
      vault.put(SARA, SARA_DATA);
      vault.put(SARA, SARA_CORRECTED);
    }
    Path log = dir.resolve("vault-log.bin");
    byte[] whole = Files.readAllBytes(log);

    byte[] flipped = whole.clone();
    flipped[flipped.length - 40] ^= 0x01;
    Files.write(log, flipped);
    assertThatThrownBy(() -> PRIVACY.vaultFiles(dir))
        .as("a full-length last record with a flipped bit is damage, not a torn append")
        .isInstanceOf(IllegalStateException.class);
    assertThat(Files.readAllBytes(log)).as("the refused file is left as it was").isEqualTo(flipped);

    byte[] unwritten = whole.clone();
    java.util.Arrays.fill(unwritten, unwritten.length - 20, unwritten.length, (byte) 0);
    Files.write(log, unwritten);
    try (VaultStore store = PRIVACY.vaultFiles(dir)) {
      assertThat(PRIVACY.vault(store, master).versions(SARA)).containsExactly(SARA_DATA);
    }
  }

  @Test
  void personal_data_shows_no_value_in_its_string_form() {
    assertThat(SARA_DATA.toString())
        .doesNotContain("1000000008")
        .doesNotContain("Sara")
        .doesNotContain("966");
    VaultStore store = PRIVACY.inMemoryVaultStore();
    PersonalDataVault vault = PRIVACY.vault(store, aes());
    fill(vault);
    assertThat(vault.toString() + store).doesNotContain("Sara").doesNotContain("1000000008");
  }
}
