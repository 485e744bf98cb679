package org.tatawwu.json;

import java.util.Objects;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.text.Identifiers;

/**
 * An hour policy as a partner exchanges it: the policy's own identifier and version, and the
 * policy. {@link HourPolicyDocuments} reads and writes it as JSON.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the policy's identifier (1 to 64 ASCII letters, digits, {@code . _ : -})
 * @param version the policy's version, 1 or more
 * @param policy the policy, not null
 */
public record HourPolicyDocument(String id, int version, HourPolicy policy) {
  /**
   * Checks the components.
   *
   * @param id the policy's identifier (1 to 64 ASCII letters, digits, {@code . _ : -})
   * @param version the policy's version, 1 or more
   * @param policy the policy, not null
   * @throws org.tatawwu.validation.InvalidValueException if the identifier is malformed
   * @throws IllegalArgumentException if the version is less than 1
   */
  public HourPolicyDocument {
    Identifiers.check(id, "hourPolicyId");
    Objects.requireNonNull(policy, "policy");
    if (version < 1) {
      throw new IllegalArgumentException("a policy's version is 1 or more");
    }
  }
}
