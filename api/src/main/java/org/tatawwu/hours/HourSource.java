package org.tatawwu.hours;

/** Where an hour entry came from. */
public enum HourSource {
  /** Attendance recorded by the entity: check-in and check-out. */
  ATTENDANCE,
  /** Hours claimed by the volunteer, to be approved by the entity. */
  CLAIM,
  /** A line of a bulk roster import. */
  ROSTER,
  /** A correction that reverses and replaces an approved entry; it keeps the original's mode. */
  CORRECTION,
  /**
   * Direct volunteering, not through an organisation (ILO, 19th ICLS: helping others directly),
   * recorded under an opportunity the platform keeps for it. Reported apart from organisation-based
   * volunteering ({@link Dimension#MODE}).
   */
  DIRECT
}
