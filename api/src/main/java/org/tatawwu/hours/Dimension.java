package org.tatawwu.hours;

/** What totals are grouped by. */
public enum Dimension {
  /** One total for everything. */
  ALL,
  /** Per volunteer. */
  VOLUNTEER,
  /** Per participating entity. */
  ENTITY,
  /** Per supervising entity. */
  SUPERVISING_ENTITY,
  /** Per top-level field. */
  FIELD,
  /** Per region (ISO 3166-2:SA code). */
  REGION,
  /** Per opportunity. */
  OPPORTUNITY,
  /**
   * Organisation-based ({@code organisation}) or direct ({@code direct}) volunteering, as the ILO
   * counts them apart.
   */
  MODE,
  /**
   * Per grade of attendance evidence ({@link EvidenceGrade}, its name in lower case: {@code none},
   * {@code location}, {@code check_in_code}, {@code entity_recorded}).
   */
  EVIDENCE
}
