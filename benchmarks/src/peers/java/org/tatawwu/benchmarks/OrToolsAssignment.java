package org.tatawwu.benchmarks;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;

/**
 * The OR-Tools peer: Google's {@code SimpleMinCostFlow} (cost-scaling push-relabel, C++ through
 * JNI) on the network volunteer → shift (cost −score) → sink, with an "unassigned" arc per
 * volunteer. Building the network is part of the solve, as it is for Tatawwu's solvers.
 */
final class OrToolsAssignment {
  static {
    Loader.loadNativeLibraries();
  }

  private OrToolsAssignment() {}

  /** A solved network, kept alive so that its memory can be measured. */
  static final class Solved {
    final MinCostFlow flow;
    final Assignment assignment;

    Solved(MinCostFlow flow, Assignment assignment) {
      this.flow = flow;
      this.assignment = assignment;
    }
  }

  static Assignment solve(AssignmentProblem p) {
    Solved s = solveKeeping(p);
    s.flow.delete();
    return s.assignment;
  }

  static Solved solveKeeping(AssignmentProblem p) {
    int volunteers = p.volunteers();
    int shifts = p.shifts();
    int sink = volunteers + shifts;
    MinCostFlow f = new MinCostFlow(sink + 1, p.pairs() + volunteers + shifts);
    for (int v = 0; v < volunteers; v++) {
      for (int i = p.firstCandidate(v); i < p.firstCandidate(v + 1); i++) {
        f.addArcWithCapacityAndUnitCost(v, volunteers + p.shiftAt(i), 1, -p.scoreAt(i));
      }
    }
    for (int v = 0; v < volunteers; v++) {
      f.addArcWithCapacityAndUnitCost(v, sink, 1, 0);
      f.setNodeSupply(v, 1);
    }
    for (int j = 0; j < shifts; j++) {
      f.addArcWithCapacityAndUnitCost(volunteers + j, sink, p.capacity(j), 0);
    }
    f.setNodeSupply(sink, -volunteers);
    MinCostFlowBase.Status status = f.solve();
    if (status != MinCostFlowBase.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools: " + status);
    }
    int[] shiftOf = new int[volunteers];
    for (int v = 0; v < volunteers; v++) {
      shiftOf[v] = -1;
      for (int i = p.firstCandidate(v); i < p.firstCandidate(v + 1); i++) {
        if (f.getFlow(i) > 0) {
          shiftOf[v] = p.shiftAt(i);
        }
      }
    }
    return new Solved(f, new Assignment(shiftOf, -f.getOptimalCost()));
  }
}
