package org.tatawwu.volunteer;

/** A volunteer's account status. */
public enum VolunteerStatus {
  /** Registered; identity not yet verified. */
  REGISTERED,
  /** Identity verified (one-time code and national records). */
  VERIFIED,
  /** Suspended by the platform: may not enrol. */
  SUSPENDED
}
