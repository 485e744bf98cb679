package org.tatawwu.credential;

import org.tatawwu.text.Identifiers;

/**
 * The identifier of one volunteer's credential.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record CredentialId(String value) implements Comparable<CredentialId> {
  /**
   * Checks the identifier.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public CredentialId {
    Identifiers.check(value, "credentialId");
  }

  /**
   * Returns the identifier.
   *
   * @param value the text, not null
   * @return the identifier
   * @throws org.tatawwu.validation.InvalidValueException if the text is not an identifier
   */
  public static CredentialId of(String value) {
    return new CredentialId(value);
  }

  @Override
  public int compareTo(CredentialId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
