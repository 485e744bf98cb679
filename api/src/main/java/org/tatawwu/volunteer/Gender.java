package org.tatawwu.volunteer;

/** Gender, as recorded at registration and used by opportunities reserved to one gender. */
public enum Gender {
  /** Male. */
  MALE,
  /** Female. */
  FEMALE
}
