package org.tatawwu.hours;

import java.util.Objects;
import java.util.Optional;

/**
 * The attendance evidence that held for an entry beyond its source, as the ledger keeps it. (The
 * entity's own attendance is the entry's source, {@link HourSource#ATTENDANCE} or {@link
 * HourSource#ROSTER}: {@link HourEntry#evidenceGrade()} grades both together.)
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param checkInCode the id of the verified check-in code, if one came (a code is used once)
 * @param locationVerified a device location within the policy's radius of the shift's place came
 *     (the location itself is not kept)
 * @param autoCheckOut the check-out was made by the system at the shift's end, not by a person
 */
public record HourEvidence(
    Optional<String> checkInCode, boolean locationVerified, boolean autoCheckOut) {

  /** No evidence. */
  public static final HourEvidence NONE = new HourEvidence(Optional.empty(), false, false);

  /**
   * Checks for nulls.
   *
   * @param checkInCode the id of the verified check-in code, if one came, not null
   * @param locationVerified a device location within the radius came
   * @param autoCheckOut the check-out was made by the system at the shift's end
   */
  public HourEvidence {
    Objects.requireNonNull(checkInCode, "checkInCode");
  }

  /**
   * Returns the grade of this evidence alone: the strongest piece that held.
   *
   * @return {@link EvidenceGrade#CHECK_IN_CODE}, {@link EvidenceGrade#LOCATION} or {@link
   *     EvidenceGrade#NONE}
   */
  public EvidenceGrade grade() {
    if (checkInCode.isPresent()) {
      return EvidenceGrade.CHECK_IN_CODE;
    }
    return locationVerified ? EvidenceGrade.LOCATION : EvidenceGrade.NONE;
  }
}
