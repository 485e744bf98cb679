package org.tatawwu.benchmarks;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;

/**
 * The JGraphT peer: its only algorithm that takes shift capacities, {@link
 * CapacityScalingMinimumCostFlow} (capacity scaling with successive shortest paths), on a {@link
 * DefaultDirectedWeightedGraph} (the compact sparse graphs are in {@code jgrapht-opt}, which Maven
 * Central does not serve here; JGraphT's {@code MaximumWeightBipartiteMatching} would need every
 * shift split into 5 seats, 25 edges per pair instead of one). Edge weights are the costs: −score
 * on a candidate arc. Building the graph is part of the solve.
 */
final class JGraphTAssignment {
  private JGraphTAssignment() {}

  /** A solved network, kept alive so that its memory can be measured. */
  static final class Solved {
    final Graph<Integer, DefaultWeightedEdge> graph;
    final CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge> algorithm;
    final Assignment assignment;

    Solved(
        Graph<Integer, DefaultWeightedEdge> graph,
        CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge> algorithm,
        Assignment assignment) {
      this.graph = graph;
      this.algorithm = algorithm;
      this.assignment = assignment;
    }
  }

  static Assignment solve(AssignmentProblem p) {
    return solveKeeping(p).assignment;
  }

  static Solved solveKeeping(AssignmentProblem p) {
    return solve(p, network(p));
  }

  /** The flow network of a problem: volunteers, shifts, then the sink. */
  static Graph<Integer, DefaultWeightedEdge> network(AssignmentProblem p) {
    int volunteers = p.volunteers();
    int shifts = p.shifts();
    int sink = volunteers + shifts;
    Graph<Integer, DefaultWeightedEdge> g =
        new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (int n = 0; n <= sink; n++) {
      g.addVertex(n);
    }
    for (int v = 0; v < volunteers; v++) {
      for (int i = p.firstCandidate(v); i < p.firstCandidate(v + 1); i++) {
        DefaultWeightedEdge e = g.addEdge(v, volunteers + p.shiftAt(i));
        g.setEdgeWeight(e, -p.scoreAt(i));
      }
      g.setEdgeWeight(g.addEdge(v, sink), 0);
    }
    for (int j = 0; j < shifts; j++) {
      g.setEdgeWeight(g.addEdge(volunteers + j, sink), 0);
    }
    return g;
  }

  /** Solves a problem on its network, built by {@link #network}. */
  static Solved solve(AssignmentProblem p, Graph<Integer, DefaultWeightedEdge> g) {
    int volunteers = p.volunteers();
    int shifts = p.shifts();
    int sink = volunteers + shifts;
    MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
        new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
            g,
            node -> node < volunteers ? 1 : node == sink ? -volunteers : 0,
            edge -> {
              int from = g.getEdgeSource(edge);
              return from < volunteers ? 1 : p.capacity(from - volunteers);
            });
    CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge> algorithm =
        new CapacityScalingMinimumCostFlow<>();
    MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
        algorithm.getMinimumCostFlow(problem);
    Map<DefaultWeightedEdge, Double> flows = flow.getFlowMap();
    int[] shiftOf = new int[volunteers];
    long total = 0;
    for (int v = 0; v < volunteers; v++) {
      shiftOf[v] = -1;
      for (DefaultWeightedEdge e : g.outgoingEdgesOf(v)) {
        Double f = flows.get(e);
        int to = g.getEdgeTarget(e);
        if (f != null && f > 0.5 && to != sink) {
          shiftOf[v] = to - volunteers;
          total += p.score(v, to - volunteers);
        }
      }
    }
    return new Solved(g, algorithm, new Assignment(shiftOf, total));
  }
}
