package org.tatawwu.volunteer;

/** Whether a person is a Saudi citizen or a resident, read from the first digit of the ID. */
public enum Residency {
  /** A Saudi citizen: national ID starting with 1. */
  CITIZEN,
  /** A resident: Iqama number starting with 2. */
  RESIDENT
}
