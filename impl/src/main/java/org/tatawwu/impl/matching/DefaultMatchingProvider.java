package org.tatawwu.impl.matching;

import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;
import org.tatawwu.matching.IncrementalAssignment;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;
import org.tatawwu.spi.MatchingProviderSpi;

/**
 * The reference {@link MatchingProviderSpi}: the ranker and the exact, greedy, auction and stable
 * assignment solvers. Stateless and thread-safe.
 */
public final class DefaultMatchingProvider implements MatchingProviderSpi {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public DefaultMatchingProvider() {}

  @Override
  public AssignmentSolver assignmentSolver(AssignmentSolver.Mode mode) {
    return switch (mode) {
      case EXACT -> new ExactAssignmentSolver();
      case GREEDY -> new GreedyAssignmentSolver();
      case FAST -> new AuctionAssignmentSolver();
      case STABLE -> new StableAssignmentSolver();
    };
  }

  @Override
  public Ranker ranker(
      EligibilityEngine eligibility, MatchWeights weights, Ranker.Experience experience) {
    return new DefaultRanker(eligibility, weights, experience);
  }

  @Override
  public IncrementalAssignment incrementalAssignment(AssignmentProblem initial) {
    return ExactAssignmentSolver.session(initial);
  }
}
