package org.tatawwu.incident;

/** What kind of emergency an incident is. */
public enum IncidentType {
  /** Flood or flash flood (سيول). */
  FLOOD,
  /** Fire. */
  FIRE,
  /** Earthquake. */
  EARTHQUAKE,
  /** Sandstorm or other severe weather. */
  STORM,
  /** Epidemic or pandemic. */
  EPIDEMIC,
  /** A mass gathering needing support, for example the Hajj season. */
  MASS_GATHERING,
  /** Any other emergency. */
  OTHER
}
