package org.tatawwu.eligibility;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answer of an {@link EligibilityEngine}: eligible, or every unmet criterion, in policy order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param unmet the unmet criteria; empty when eligible
 */
public record Verdict(List<Unmet> unmet) {
  /** The eligible verdict, shared. */
  public static final Verdict ELIGIBLE = new Verdict(List.of());

  /**
   * Copies the list.
   *
   * @param unmet the unmet criteria; empty when eligible
   */
  public Verdict {
    unmet = List.copyOf(unmet);
  }

  /**
   * Returns whether every criterion is met.
   *
   * @return true when eligible
   */
  public boolean isEligible() {
    return unmet.isEmpty();
  }

  /**
   * Returns the reason codes, sorted.
   *
   * @return the codes; empty when eligible
   */
  public Set<String> codes() {
    Set<String> codes = new TreeSet<>();
    unmet.forEach(u -> codes.add(u.code()));
    return codes;
  }

  /**
   * Returns {@code Verdict[eligible]} or {@code Verdict[unmet=[age.belowMinimum, ...]]}: the codes
   * only, never the arguments (they can be derived from a birth date).
   */
  @Override
  public String toString() {
    return unmet.isEmpty()
        ? "Verdict[eligible]"
        : "Verdict[unmet=" + unmet.stream().map(Unmet::code).toList() + "]";
  }
}
