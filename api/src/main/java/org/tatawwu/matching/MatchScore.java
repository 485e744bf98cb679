package org.tatawwu.matching;

import java.util.Map;

/**
 * A match's score and its breakdown by component, so that a person sees why: the components sum to
 * the total.
 *
 * @param total the score, the sum of the components
 * @param components points by component name ({@code fieldInterest}, {@code distance}, ...), in a
 *     stable order
 */
public record MatchScore(int total, Map<String, Integer> components) {
  /**
   * Copies the components and checks the sum.
   *
   * @param total the score, the sum of the components
   * @param components points by component name ({@code fieldInterest}, {@code distance}, ...), in a
   *     stable order
   */
  public MatchScore {
    components = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(components));
    if (components.values().stream().mapToInt(Integer::intValue).sum() != total) {
      throw new IllegalArgumentException("the components must sum to the total");
    }
  }
}
