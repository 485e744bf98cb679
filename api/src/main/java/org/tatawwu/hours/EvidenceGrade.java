package org.tatawwu.hours;

/** How strongly an entry's attendance is evidenced, weakest first. */
public enum EvidenceGrade {
  /** Nothing but the claim. */
  NONE,
  /** A device location within the policy's radius of the shift's place. */
  LOCATION,
  /** The volunteer's signed check-in code for the shift, verified. */
  CHECK_IN_CODE,
  /** The entity's own attendance: its kiosk, coordinator or roster. */
  ENTITY_RECORDED
}
