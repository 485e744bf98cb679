package org.tatawwu.fund;

import java.time.Instant;
import java.util.Objects;
import org.tatawwu.text.Identifiers;

/**
 * The record that a beneficiary's need was verified: who, when, on what evidence.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param verifiedBy the verifying officer's actor id, not personal data
 * @param verifiedAt when, not null
 * @param evidence the kind of evidence, not null
 */
public record NeedVerification(String verifiedBy, Instant verifiedAt, Evidence evidence) {
  /** The kind of evidence a need was verified on. */
  public enum Evidence {
    /** A home visit. */
    HOME_VISIT,
    /** Documents (income, medical reports). */
    DOCUMENTS,
    /** The national social-support record. */
    SOCIAL_RECORD,
    /** A referral from a public body. */
    REFERRAL
  }

  /**
   * Checks the components.
   *
   * @param verifiedBy the verifying officer's actor id, not personal data
   * @param verifiedAt when, not null
   * @param evidence the kind of evidence, not null
   */
  public NeedVerification {
    Identifiers.check(verifiedBy, "actor");
    Objects.requireNonNull(verifiedAt, "verifiedAt");
    Objects.requireNonNull(evidence, "evidence");
  }
}
