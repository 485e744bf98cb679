package org.tatawwu.credential;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a role asks of a volunteer's credentials: a verified, unexpired credential of each listed
 * type, and, when set, at least one verified, unexpired credential at the given verification level
 * or better.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param types the credential types required, each of them; not null
 * @param minimumLevel the verification level required, if any
 */
public record CredentialDemand(
    Set<CredentialTypeId> types, Optional<VerificationLevel> minimumLevel) {
  /** No credential required. */
  public static final CredentialDemand NONE = new CredentialDemand(Set.of(), Optional.empty());

  /**
   * Copies the set.
   *
   * @param types the credential types required, each of them; not null
   * @param minimumLevel the verification level required, if any
   */
  public CredentialDemand {
    types = Set.copyOf(types);
    Objects.requireNonNull(minimumLevel, "minimumLevel");
  }

  /**
   * Returns a demand for credentials of the given types.
   *
   * @param types the types, not null
   * @return the demand, without a minimum level
   */
  public static CredentialDemand of(CredentialTypeId... types) {
    return new CredentialDemand(Set.of(types), Optional.empty());
  }

  /**
   * Returns a copy that also asks for a verification level.
   *
   * @param level the minimum level, not null
   * @return the changed copy
   */
  public CredentialDemand withMinimumLevel(VerificationLevel level) {
    return new CredentialDemand(types, Optional.of(level));
  }

  /**
   * Returns whether nothing is required.
   *
   * @return true when no type and no level is required
   */
  public boolean isEmpty() {
    return types.isEmpty() && minimumLevel.isEmpty();
  }
}
