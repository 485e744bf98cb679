package org.tatawwu.credential;

import java.time.Instant;
import java.util.Objects;
import org.tatawwu.text.Identifiers;

/**
 * Who verified a credential and when.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param verifiedBy the verifier's identifier in the caller's system; an identifier
 * @param at when the verification was recorded, not null
 */
public record Verification(String verifiedBy, Instant at) {
  /**
   * Checks the components.
   *
   * @param verifiedBy the verifier's identifier in the caller's system; an identifier
   * @param at when the verification was recorded, not null
   */
  public Verification {
    Identifiers.check(verifiedBy, "verifiedBy");
    Objects.requireNonNull(at, "at");
  }
}
