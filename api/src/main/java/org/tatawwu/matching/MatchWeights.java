package org.tatawwu.matching;

/**
 * The weights of a match score's components, each the most points that component can give (0 to
 * 10,000). {@link #DEFAULT} favours interest in the field, then distance, experience and fairness.
 *
 * @param fieldInterest the volunteer named the opportunity's field among their interests
 * @param skills the volunteer exceeds the minimum level of the required skills
 * @param distance closeness of an on-site shift: full within 5 km, nothing beyond 100 km
 * @param remote a remote opportunity
 * @param availability the volunteer's declared availability covers the shift (eligibility requires
 *     it; volunteers who declared no window get half)
 * @param languages the volunteer speaks Arabic and English
 * @param experience past approved hours in the field: full from 50 hours
 * @param fairness fewer accepted shifts: full with none, halving with each
 */
public record MatchWeights(
    int fieldInterest,
    int skills,
    int distance,
    int remote,
    int availability,
    int languages,
    int experience,
    int fairness) {
  /** The default weights. */
  public static final MatchWeights DEFAULT = new MatchWeights(300, 150, 200, 100, 50, 50, 150, 100);

  /**
   * Checks the ranges.
   *
   * @param fieldInterest the volunteer named the opportunity's field among their interests
   * @param skills the volunteer exceeds the minimum level of the required skills
   * @param distance closeness of an on-site shift: full within 5 km, nothing beyond 100 km
   * @param remote a remote opportunity
   * @param availability the volunteer's declared availability covers the shift (eligibility
   *     requires it; volunteers who declared no window get half)
   * @param languages the volunteer speaks Arabic and English
   * @param experience past approved hours in the field: full from 50 hours
   * @param fairness fewer accepted shifts: full with none, halving with each
   */
  public MatchWeights {
    for (int w :
        new int[] {
          fieldInterest, skills, distance, remote, availability, languages, experience, fairness
        }) {
      if (w < 0 || w > 10_000) {
        throw new IllegalArgumentException("a weight is 0 to 10,000");
      }
    }
  }
}
