package org.tatawwu.spi;

import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;
import org.tatawwu.matching.IncrementalAssignment;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;

/**
 * Provides the matching capability: rankers and assignment solvers. Found with {@link
 * java.util.ServiceLoader}.
 *
 * <p>Implementations are stateless and thread-safe and have a public no-argument constructor.
 */
public interface MatchingProviderSpi {
  /**
   * Returns an assignment solver.
   *
   * @param mode which solver, not null
   * @return a thread-safe solver, not null
   */
  AssignmentSolver assignmentSolver(AssignmentSolver.Mode mode);

  /**
   * Creates a ranker.
   *
   * @param eligibility the engine deciding which pairs may be ranked, not null
   * @param weights the component weights, not null
   * @param experience past approved minutes by volunteer and field, not null
   * @return a thread-safe ranker, not null
   */
  Ranker ranker(EligibilityEngine eligibility, MatchWeights weights, Ranker.Experience experience);

  /**
   * Solves a problem exactly and keeps the solution optimal as volunteers are added.
   *
   * @param initial the problem so far, not null
   * @return the session, not null
   */
  IncrementalAssignment incrementalAssignment(AssignmentProblem initial);
}
