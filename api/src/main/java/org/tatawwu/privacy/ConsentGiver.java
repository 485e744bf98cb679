package org.tatawwu.privacy;

/**
 * Who gave or withdrew a consent.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ConsentGiver {
  /** The volunteer, an adult. */
  VOLUNTEER,
  /** The guardian of a volunteer under 18. */
  GUARDIAN
}
