package org.tatawwu.privacy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Where a {@link PersonalDataVault} keeps its bytes: per volunteer, one wrapped key that can be
 * destroyed, and an append-only log of sealed (encrypted) records that is never rewritten.
 * Destroying a volunteer's key makes every sealed record of theirs unreadable, wherever it was
 * copied (crypto-shredding). The store sees only ciphertext and wrapped keys, never personal
 * values. The library provides one kept in memory and one kept in files ({@link
 * Privacy#inMemoryVaultStore()}, {@link Privacy#vaultFiles(java.nio.file.Path)}); the {@code
 * tatawwu-postgres} module provides one in PostgreSQL ({@code PostgresVaultStore}).
 *
 * <p>Implementations are thread-safe.
 */
public interface VaultStore extends AutoCloseable {
  /**
   * The longest wrapped key a store accepts, in bytes: {@value}. Every store refuses a longer one
   * (or an empty one) with an {@link org.tatawwu.validation.InvalidValueException} of code {@code
   * privacy.store.key}.
   */
  int MAX_WRAPPED_KEY_BYTES = 128;

  /**
   * The longest sealed record a store accepts, in bytes: {@value} (1 MiB). Every store refuses a
   * longer one (or an empty one) with an {@link org.tatawwu.validation.InvalidValueException} of
   * code {@code privacy.store.record}.
   */
  int MAX_SEALED_BYTES = 1 << 20;

  /**
   * Keeps a volunteer's wrapped key, for a volunteer who has none.
   *
   * @param subject the volunteer, not null
   * @param wrappedKey the wrapped key, not null, 1 to {@link #MAX_WRAPPED_KEY_BYTES} bytes
   * @throws IllegalStateException if the volunteer already has a key or had one destroyed
   * @throws java.io.UncheckedIOException if the store cannot be written
   */
  void putKey(VolunteerId subject, byte[] wrappedKey);

  /**
   * Keeps a new volunteer's wrapped key and their first sealed record as one change, so that a
   * failure never leaves a sealed record without the key that opens it. Every store keeps both or
   * neither: in memory and in PostgreSQL in one transaction; in files the key is forced to the
   * device as pending before the record, then marked live, and opening the files completes or
   * undoes a write a crash interrupted.
   *
   * @param subject the volunteer, not null
   * @param wrappedKey the wrapped key, not null, 1 to {@link #MAX_WRAPPED_KEY_BYTES} bytes
   * @param sealed the first sealed record, not null, 1 to {@link #MAX_SEALED_BYTES} bytes
   * @throws IllegalStateException if the volunteer already has a key or had one destroyed; nothing
   *     is kept
   * @throws java.io.UncheckedIOException if the store cannot be written
   */
  void putKeyAndAppend(VolunteerId subject, byte[] wrappedKey, byte[] sealed);

  /**
   * Returns a volunteer's wrapped key.
   *
   * @param subject the volunteer, not null
   * @return a copy of the key, or empty if there is none or it was destroyed
   */
  Optional<byte[]> key(VolunteerId subject);

  /**
   * Destroys a volunteer's key: its bytes are overwritten where they were kept, and the volunteer
   * is remembered as erased.
   *
   * @param subject the volunteer, not null
   * @return true if a key was destroyed, false if there was none
   * @throws java.io.UncheckedIOException if the store cannot be written
   */
  boolean destroyKey(VolunteerId subject);

  /**
   * Returns whether a volunteer's key was destroyed.
   *
   * @param subject the volunteer, not null
   * @return true once {@link #destroyKey} destroyed it
   */
  boolean destroyed(VolunteerId subject);

  /**
   * Appends a sealed record of a volunteer's.
   *
   * @param subject the volunteer, not null
   * @param sealed the sealed record, not null, 1 to {@link #MAX_SEALED_BYTES} bytes
   * @throws java.io.UncheckedIOException if the store cannot be written
   */
  void append(VolunteerId subject, byte[] sealed);

  /**
   * Returns a volunteer's sealed records, oldest first.
   *
   * @param subject the volunteer, not null
   * @return copies of the records, possibly empty
   */
  List<byte[]> sealed(VolunteerId subject);

  /**
   * Returns every volunteer with a key or a destroyed key.
   *
   * @return the volunteers
   */
  Set<VolunteerId> subjects();

  /**
   * Releases the store's resources (files, locks).
   *
   * @throws java.io.UncheckedIOException if closing fails
   */
  @Override
  void close();
}
