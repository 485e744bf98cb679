package org.tatawwu.hours;

/** Where an hour entry came from. */
public enum HourSource {
  /** Attendance recorded by the entity: check-in and check-out. */
  ATTENDANCE,
  /** Hours claimed by the volunteer, to be approved by the entity. */
  CLAIM,
  /** A line of a bulk roster import. */
  ROSTER,
  /** A correction that reverses and replaces an approved entry. */
  CORRECTION
}
