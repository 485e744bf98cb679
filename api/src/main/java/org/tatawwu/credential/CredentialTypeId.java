package org.tatawwu.credential;

import org.tatawwu.text.Identifiers;

/**
 * The identifier of a credential type, for example {@code paramedic-licence}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record CredentialTypeId(String value) implements Comparable<CredentialTypeId> {
  /**
   * Checks the identifier.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public CredentialTypeId {
    Identifiers.check(value, "credentialTypeId");
  }

  /**
   * Returns the identifier.
   *
   * @param value the text, not null
   * @return the identifier
   * @throws org.tatawwu.validation.InvalidValueException if the text is not an identifier
   */
  public static CredentialTypeId of(String value) {
    return new CredentialTypeId(value);
  }

  @Override
  public int compareTo(CredentialTypeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
