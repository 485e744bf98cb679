package org.tatawwu.recognition;

import java.util.Objects;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A level or badge held by a volunteer.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param volunteer the volunteer, not null
 * @param ruleId the rule's id, not null
 * @param policyVersion the version of the policy that awarded it, 1 or more
 */
public record Award(VolunteerId volunteer, String ruleId, int policyVersion) {
  /**
   * Checks for nulls.
   *
   * @param volunteer the volunteer, not null
   * @param ruleId the rule's id, not null
   * @param policyVersion the version of the policy that awarded it, 1 or more
   */
  public Award {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(ruleId, "ruleId");
  }
}
