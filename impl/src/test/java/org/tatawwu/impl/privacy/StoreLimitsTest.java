package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.privacy.VaultStore;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

/** Both stores take wrapped keys of 1 to 128 bytes and sealed records of 1 byte to 1 MiB. */
class StoreLimitsTest {
  static final int MIB = 1024 * 1024;

  @TempDir Path dir;

  static void refusedKey(Runnable r) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("privacy.store.key");
              assertThat(e.getMessage()).contains("a wrapped key has 1 to 128 bytes");
            });
  }

  static void refusedRecord(Runnable r) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("privacy.store.record");
              assertThat(e.getMessage()).contains("a sealed record has 1 byte to 1 MiB");
            });
  }

  static void checkLimits(VaultStore store) {
    VolunteerId a = VolunteerId.of("V-1");
    VolunteerId b = VolunteerId.of("V-2");
    VolunteerId c = VolunteerId.of("V-3");
    refusedKey(() -> store.putKey(a, new byte[0]));
    refusedKey(() -> store.putKey(a, new byte[129]));
    refusedKey(() -> store.putKeyAndAppend(a, new byte[129], new byte[1]));
    refusedRecord(() -> store.putKeyAndAppend(a, new byte[1], new byte[0]));
    refusedRecord(() -> store.putKeyAndAppend(a, new byte[1], new byte[MIB + 1]));
    refusedRecord(() -> store.append(a, new byte[0]));
    refusedRecord(() -> store.append(a, new byte[MIB + 1]));
    assertThat(store.subjects()).as("nothing kept from a refused write").isEmpty();
    assertThat(store.sealed(a)).isEmpty();

    store.putKey(a, new byte[1]);
    store.putKey(b, new byte[128]);
    store.putKeyAndAppend(c, new byte[128], new byte[MIB]);
    store.append(a, new byte[1]);
    store.append(a, new byte[MIB]);
    assertThat(store.subjects()).containsExactlyInAnyOrder(a, b, c);
    assertThat(store.key(a).orElseThrow()).hasSize(1);
    assertThat(store.key(b).orElseThrow()).hasSize(128);
    assertThat(store.sealed(a)).extracting(r -> r.length).containsExactly(1, MIB);
    assertThat(store.sealed(c)).extracting(r -> r.length).isEqualTo(List.of(MIB));
  }

  @Test
  void the_memory_store_checks_the_limits() {
    checkLimits(new InMemoryVaultStore());
  }

  @Test
  void the_file_store_checks_the_limits() {
    try (VaultStore store = FileVaultStore.open(dir)) {
      checkLimits(store);
    }
  }
}
