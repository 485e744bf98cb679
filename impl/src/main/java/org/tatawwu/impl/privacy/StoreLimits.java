package org.tatawwu.impl.privacy;

import org.tatawwu.privacy.VaultStore;
import org.tatawwu.validation.InvalidValueException;

/**
 * The checks of {@link VaultStore#MAX_WRAPPED_KEY_BYTES} and {@link VaultStore#MAX_SEALED_BYTES}.
 */
final class StoreLimits {
  private StoreLimits() {}

  static void checkKey(byte[] key) {
    if (key.length < 1 || key.length > VaultStore.MAX_WRAPPED_KEY_BYTES) {
      throw new InvalidValueException(
          "privacy.store.key",
          "a wrapped key has 1 to " + VaultStore.MAX_WRAPPED_KEY_BYTES + " bytes");
    }
  }

  static void checkSealed(byte[] sealed) {
    if (sealed.length < 1 || sealed.length > VaultStore.MAX_SEALED_BYTES) {
      throw new InvalidValueException(
          "privacy.store.record", "a sealed record has 1 byte to 1 MiB");
    }
  }
}
