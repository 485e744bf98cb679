package org.tatawwu.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A match's score and its breakdown by component, so that a person sees why: the components sum to
 * the total.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param total the score, the sum of the components
 * @param components points by component, in the order of {@link ScoreComponent}; not null
 */
public record MatchScore(int total, Map<ScoreComponent, Integer> components) {
  /**
   * Copies the components and checks the sum.
   *
   * @param total the score, the sum of the components
   * @param components points by component, not null
   * @throws IllegalArgumentException if the components do not sum to the total
   */
  public MatchScore {
    Map<ScoreComponent, Integer> copy = new EnumMap<>(ScoreComponent.class);
    copy.putAll(components);
    components = Collections.unmodifiableMap(copy);
    int sum = 0;
    for (int points : copy.values()) {
      sum += points;
    }
    if (sum != total) {
      throw new IllegalArgumentException("the components must sum to the total");
    }
  }
}
