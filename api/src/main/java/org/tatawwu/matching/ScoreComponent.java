package org.tatawwu.matching;

/**
 * The parts of a {@link MatchScore}, one per weight of {@link MatchWeights}; each scores from zero
 * up to its weight.
 */
public enum ScoreComponent {
  /** The opportunity's field or sub-field is one of the volunteer's interests. */
  FIELD_INTEREST,
  /** The volunteer's level is above the required one, as a share of the required skills. */
  SKILLS,
  /** Closeness of the volunteer to an on-site opportunity (half the weight for the same region). */
  DISTANCE,
  /** The opportunity is remote. */
  REMOTE,
  /** The volunteer's availability covers the shift (half the weight when not declared). */
  AVAILABILITY,
  /** The volunteer speaks both Arabic and English. */
  LANGUAGES,
  /** Past approved minutes in the field, full weight from 50 hours. */
  EXPERIENCE,
  /** Fewer shifts already ahead of the volunteer: the weight halved for each one. */
  FAIRNESS;

  /**
   * Returns this component's weight, the most points it can score.
   *
   * @param weights the weights, not null
   * @return the weight, 0 to 10,000
   */
  public int weightIn(MatchWeights weights) {
    return switch (this) {
      case FIELD_INTEREST -> weights.fieldInterest();
      case SKILLS -> weights.skills();
      case DISTANCE -> weights.distance();
      case REMOTE -> weights.remote();
      case AVAILABILITY -> weights.availability();
      case LANGUAGES -> weights.languages();
      case EXPERIENCE -> weights.experience();
      case FAIRNESS -> weights.fairness();
    };
  }
}
