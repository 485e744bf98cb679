package org.tatawwu.recognition;

import java.util.Objects;

/**
 * An award given or taken back by one ledger operation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type awarded or revoked, not null
 * @param award the award, not null
 */
public record AwardChange(Type type, Award award) {
  /** What happened to the award. */
  public enum Type {
    /** The volunteer now meets the rule. */
    AWARDED,
    /** A correction took the volunteer below the rule. */
    REVOKED
  }

  /**
   * Checks for nulls.
   *
   * @param type awarded or revoked, not null
   * @param award the award, not null
   */
  public AwardChange {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(award, "award");
  }
}
