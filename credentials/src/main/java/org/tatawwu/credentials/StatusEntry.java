package org.tatawwu.credentials;

import java.util.Objects;
import org.tatawwu.validation.InvalidValueException;

/**
 * Where a credential's revocation bit lives: a status list credential, by URL, and an index in it.
 * Written into the credential as a {@code BitstringStatusListEntry}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param listCredential the status list credential's URL (its {@code id}), not null, not blank
 * @param index the credential's bit, from 0 to {@link BitstringStatusList#MAX_BITS} - 1
 */
public record StatusEntry(String listCredential, int index) {
  /**
   * Checks the components.
   *
   * @param listCredential the status list credential's URL, not null, not blank
   * @param index the credential's bit, from 0 to {@link BitstringStatusList#MAX_BITS} - 1
   * @throws InvalidValueException with code {@code statusEntry.invalid} if the URL is blank or the
   *     index out of range
   */
  public StatusEntry {
    Objects.requireNonNull(listCredential, "listCredential");
    if (listCredential.isBlank() || index < 0 || index >= BitstringStatusList.MAX_BITS) {
      throw new InvalidValueException(
          "statusEntry.invalid", "a status entry names its list and an index inside it");
    }
  }
}
