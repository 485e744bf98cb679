package org.tatawwu.impl.privacy;

import org.tatawwu.validation.InvalidValueException;

/** The sizes a vault store accepts. */
final class StoreLimits {
  static final int MAX_KEY = 128;
  static final int MAX_SEALED = 1 << 20;

  private StoreLimits() {}

  static void checkKey(byte[] key) {
    if (key.length < 1 || key.length > MAX_KEY) {
      throw new InvalidValueException("privacy.store.key", "a wrapped key has 1 to 128 bytes");
    }
  }

  static void checkSealed(byte[] sealed) {
    if (sealed.length < 1 || sealed.length > MAX_SEALED) {
      throw new InvalidValueException(
          "privacy.store.record", "a sealed record has 1 byte to 1 MiB");
    }
  }
}
