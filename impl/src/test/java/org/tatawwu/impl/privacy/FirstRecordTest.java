package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.VaultStore;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A new volunteer's key and first record are written as one change: a refused record keeps no key,
 * and a node that lost the race for the key writes with the key the other node kept.
 */
class FirstRecordTest {
  static final Privacy PRIVACY = CryptoShreddingTest.PRIVACY;
  static final VolunteerId SARA = CryptoShreddingTest.SARA;

  @TempDir Path dir;

  @Test
  void a_refused_first_record_keeps_no_key_in_memory_or_in_files() {
    try (VaultStore files = PRIVACY.vaultFiles(dir)) {
      for (VaultStore store : List.of(PRIVACY.inMemoryVaultStore(), files)) {
        assertThatThrownBy(
                () ->
                    store.putKeyAndAppend(
                        SARA, new byte[] {1}, new byte[VaultStore.MAX_SEALED_BYTES + 1]))
            .isInstanceOfSatisfying(
                InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo("privacy.store.record"));
        assertThatThrownBy(
                () ->
                    store.putKeyAndAppend(
                        SARA, new byte[VaultStore.MAX_WRAPPED_KEY_BYTES + 1], new byte[] {2}))
            .isInstanceOfSatisfying(
                InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo("privacy.store.key"));
        assertThat(store.key(SARA)).isEmpty();
        assertThat(store.subjects()).isEmpty();
        store.putKeyAndAppend(SARA, new byte[VaultStore.MAX_WRAPPED_KEY_BYTES], new byte[] {3});
        assertThat(store.sealed(SARA))
            .singleElement()
            .satisfies(r -> assertThat(r).containsExactly(3));
        assertThatThrownBy(() -> store.putKeyAndAppend(SARA, new byte[] {1}, new byte[] {4}))
            .isInstanceOf(IllegalStateException.class);
        assertThat(store.sealed(SARA)).as("nothing kept from the refused second key").hasSize(1);
      }
    }
  }

  @Test
  void a_node_that_lost_the_race_for_the_key_writes_with_the_key_kept() {
    VaultStore shared = PRIVACY.inMemoryVaultStore();
    javax.crypto.SecretKey master = CryptoShreddingTest.aes();
    PersonalDataVault first = PRIVACY.vault(shared, master);
    PersonalDataVault late = PRIVACY.vault(new StaleOnce(shared), master);
    first.put(SARA, CryptoShreddingTest.SARA_DATA);
    late.put(SARA, CryptoShreddingTest.SARA_CORRECTED);
    assertThat(first.versions(SARA))
        .containsExactly(CryptoShreddingTest.SARA_DATA, CryptoShreddingTest.SARA_CORRECTED);
    first.erase(SARA);
    PersonalDataVault erasedLate = PRIVACY.vault(new StaleOnce(shared), master);
    assertThatThrownBy(() -> erasedLate.put(SARA, CryptoShreddingTest.SARA_DATA))
        .isInstanceOfSatisfying(
            RuleException.class,
            e -> assertThat(e.codes()).containsExactly("privacy.subject.erased"));
  }

  /** A store whose first look-ups answer as before another node wrote: no key, not destroyed. */
  private static final class StaleOnce implements VaultStore {
    private final VaultStore store;
    private boolean keySeen;
    private boolean destroyedSeen;

    StaleOnce(VaultStore store) {
      this.store = store;
    }

    @Override
    public void putKey(VolunteerId subject, byte[] wrappedKey) {
      store.putKey(subject, wrappedKey);
    }

    @Override
    public void putKeyAndAppend(VolunteerId subject, byte[] wrappedKey, byte[] sealed) {
      store.putKeyAndAppend(subject, wrappedKey, sealed);
    }

    @Override
    public synchronized Optional<byte[]> key(VolunteerId subject) {
      if (!keySeen) {
        keySeen = true;
        return Optional.empty();
      }
      return store.key(subject);
    }

    @Override
    public boolean destroyKey(VolunteerId subject) {
      return store.destroyKey(subject);
    }

    @Override
    public synchronized boolean destroyed(VolunteerId subject) {
      if (!destroyedSeen) {
        destroyedSeen = true;
        return false;
      }
      return store.destroyed(subject);
    }

    @Override
    public void append(VolunteerId subject, byte[] sealed) {
      store.append(subject, sealed);
    }

    @Override
    public List<byte[]> sealed(VolunteerId subject) {
      return store.sealed(subject);
    }

    @Override
    public Set<VolunteerId> subjects() {
      return store.subjects();
    }

    @Override
    public void close() {
      store.close();
    }
  }
}
