package org.tatawwu.impl.matching;

import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;

/**
 * Maximum-score assignment (one shift per volunteer at most) by cost-scaling push-relabel for
 * minimum-cost flow (Goldberg &amp; Tarjan, "Finding minimum-cost circulations by successive
 * approximation", Math. of OR 15, 1990; Goldberg, "An efficient implementation of a scaling
 * minimum-cost flow algorithm", J. Algorithms 22, 1997), the method of OR-Tools' {@code
 * SimpleMinCostFlow}. Network: each volunteer supplies one unit, sent to a candidate shift (cost
 * −score) or straight to the sink ("unassigned", cost 0); each shift passes up to its seats to the
 * sink, which takes all V units. Costs are multiplied by N = nodes + 1, so that a flow ε-optimal
 * for ε &lt; 1 in those units is optimal for the integer costs.
 *
 * <p>Each phase divides ε by {@value #ALPHA} and refines: every residual arc of negative reduced
 * cost is saturated, then the nodes with excess are discharged in FIFO order, pushing along
 * admissible arcs (residual, negative reduced cost) and relabelling a node with none (its price
 * drops to the highest that leaves an admissible arc of reduced cost −ε). Before a push into a node
 * with no deficit, the look-ahead of Goldberg (1997) relabels that node if it has no admissible
 * arc, instead of pushing flow it would only send back. A volunteer's price starts at its best
 * score, so the zero flow is 0-optimal and the first phase starts as a forward auction; since the
 * start is 0-optimal, any ε may open the first phase, and it opens at the highest score times N
 * over {@value #ALPHA} × {@value #FIRST_DIVISOR}, which skips the coarsest phases. A shift keeps
 * the list of the arcs back to the volunteers who send it a unit: with its arc to the sink, they
 * are its only residual arcs, so a popular shift's discharge and relabel never scan the thousands
 * of volunteers who merely name it. Time O(n³ log(nC)) for FIFO selection (Goldberg &amp; Tarjan),
 * for n = V + S + 1 nodes and C the highest score; far less in practice. Memory 24 bytes per arc (E
 * + V + S arcs, each with its reverse) plus 29 per node.
 *
 * <p>Deterministic: nodes are scanned in index order and arcs in candidate order, so equal inputs
 * give equal results. Stateless and thread-safe.
 */
final class CostScalingAssignmentSolver {
  /** ε is divided by this factor from one phase to the next. */
  static final int ALPHA = 8;

  /**
   * The first phase's ε is the highest score times N over {@value #ALPHA} times this. Measured on
   * 36 cells of the assignment grid of {@code benchmarks/} (0.5 to 2 seats per volunteer, fixed 1,
   * fixed 5 and mixed seats, 5 and 20 candidates, the same instances each time), against OR-Tools'
   * time: geometric mean 0.53 with 1, 0.46 with 8, 0.41 to 0.43 with 16, 0.45 with 32, 0.47 with
   * 64.
   */
  static final int FIRST_DIVISOR = 16;

  private CostScalingAssignmentSolver() {}

  /**
   * Solves a problem with one shift per volunteer at most.
   *
   * @param p the problem, not null
   * @return an assignment of maximum total score
   */
  static Assignment solve(AssignmentProblem p) {
    OneShift.require(p, "cost scaling");
    return new Network(p).solve();
  }

  /** The residual network, its prices and excesses. */
  private static final class Network {
    final AssignmentProblem p;
    final int volunteers;
    final int shifts;
    final int sink;
    final int nodes;

    /** The arcs of node x are first[x] .. first[x+1]-1. */
    final int[] first;

    final int[] head;
    final int[] residual;
    final int[] rev;

    /** The arc's cost before scaling: −score from a volunteer, +score back to it, else 0. */
    final int[] cost;

    final long scale;
    final long[] price;
    final int[] excess;
    final int[] current;

    /**
     * By shift j (node x = V + j), held[first[x] .. first[x] + heldCount[j]) lists the arcs back to
     * the volunteers who send x a unit; heldAt gives an arc's slot there.
     */
    final int[] held;

    final int[] heldAt;
    final int[] heldCount;
    final int[] queue;
    int queueHead;
    int queueSize;
    final boolean[] queued;
    long epsilon;

    Network(AssignmentProblem p) {
      this.p = p;
      volunteers = p.volunteers();
      shifts = p.shifts();
      sink = volunteers + shifts;
      nodes = sink + 1;
      int pairs = p.pairs();
      int arcs = 2 * (pairs + volunteers + shifts);
      first = new int[nodes + 1];
      head = new int[arcs];
      residual = new int[arcs];
      rev = new int[arcs];
      cost = new int[arcs];
      // Out-degrees: a volunteer's candidates and its sink arc; a shift's candidates (reverse)
      // and its sink arc; the sink's reverse arcs from every volunteer and shift.
      int[] degree = new int[nodes];
      for (int v = 0; v < volunteers; v++) {
        degree[v] = p.firstCandidate(v + 1) - p.firstCandidate(v) + 1;
      }
      for (int i = 0; i < pairs; i++) {
        degree[volunteers + p.shiftAt(i)]++;
      }
      for (int j = 0; j < shifts; j++) {
        degree[volunteers + j]++;
      }
      degree[sink] = volunteers + shifts;
      for (int x = 0; x < nodes; x++) {
        first[x + 1] = first[x] + degree[x];
      }
      int[] fill = new int[nodes];
      System.arraycopy(first, 0, fill, 0, nodes);
      for (int v = 0; v < volunteers; v++) {
        for (int i = p.firstCandidate(v); i < p.firstCandidate(v + 1); i++) {
          link(fill, v, volunteers + p.shiftAt(i), 1, -p.scoreAt(i));
        }
        link(fill, v, sink, 1, 0);
      }
      for (int j = 0; j < shifts; j++) {
        link(fill, volunteers + j, sink, p.capacity(j), 0);
      }
      scale = nodes + 1L;
      price = new long[nodes];
      excess = new int[nodes];
      current = new int[nodes];
      held = new int[arcs];
      heldAt = new int[arcs];
      heldCount = new int[shifts];
      queue = new int[nodes];
      queued = new boolean[nodes];
    }

    /** Adds the arc from → to and its reverse. */
    private void link(int[] fill, int from, int to, int capacity, int unitCost) {
      int a = fill[from]++;
      int b = fill[to]++;
      head[a] = to;
      residual[a] = capacity;
      cost[a] = unitCost;
      rev[a] = b;
      head[b] = from;
      residual[b] = 0;
      cost[b] = -unitCost;
      rev[b] = a;
    }

    Assignment solve() {
      for (int v = 0; v < volunteers; v++) {
        excess[v] = 1;
      }
      excess[sink] = -volunteers;
      int maxScore = 1;
      for (int i = 0; i < p.pairs(); i++) {
        maxScore = Math.max(maxScore, p.scoreAt(i));
      }
      epsilon = maxScore * scale / FIRST_DIVISOR;
      // Each volunteer's price starts at its best arc's cost, so that no arc has a negative reduced
      // cost: the zero flow is then 0-optimal and the first phase need not saturate every pair.
      for (int v = 0; v < volunteers; v++) {
        long best = 0;
        for (int a = first[v]; a < first[v + 1]; a++) {
          best = Math.max(best, -cost[a] * scale);
        }
        price[v] = best;
      }
      do {
        epsilon = Math.max(1, epsilon / ALPHA);
        refine();
      } while (epsilon > 1);
      int[] shiftOf = new int[volunteers];
      long total = 0;
      for (int v = 0; v < volunteers; v++) {
        shiftOf[v] = -1;
        for (int a = first[v]; a < first[v + 1]; a++) {
          if (head[a] != sink && residual[a] == 0) {
            shiftOf[v] = head[a] - volunteers;
            total -= cost[a];
          }
        }
      }
      return new Assignment(shiftOf, total);
    }

    long reduced(int x, int a) {
      return cost[a] * scale + price[x] - price[head[a]];
    }

    /** Turns an ε-optimal flow for the previous ε into one for the current ε. */
    void refine() {
      for (int x = 0; x < nodes; x++) {
        for (int a = first[x], end = first[x + 1]; a < end; a++) {
          int r = residual[a];
          if (r > 0 && reduced(x, a) < 0) {
            move(x, a, r);
          }
        }
      }
      for (int x = 0; x < nodes; x++) {
        current[x] = first[x];
        if (excess[x] > 0) {
          enqueue(x);
        }
      }
      while (queueSize > 0) {
        int x = queue[queueHead];
        queueHead = queueHead + 1 == nodes ? 0 : queueHead + 1;
        queueSize--;
        queued[x] = false;
        discharge(x);
      }
    }

    void enqueue(int x) {
      queued[x] = true;
      int tail = queueHead + queueSize;
      queue[tail >= nodes ? tail - nodes : tail] = x;
      queueSize++;
    }

    /**
     * Sends {@code delta} units along arc a out of x, keeping each shift's list of the arcs back to
     * the volunteers who send it a unit.
     */
    void move(int x, int a, int delta) {
      int w = head[a];
      residual[a] -= delta;
      residual[rev[a]] += delta;
      excess[x] -= delta;
      excess[w] += delta;
      if (x < volunteers) {
        if (w != sink) {
          int b = rev[a];
          int slot = first[w] + heldCount[w - volunteers]++;
          held[slot] = b;
          heldAt[b] = slot;
        }
      } else if (x != sink && w < volunteers) {
        int last = first[x] + --heldCount[x - volunteers];
        int slot = heldAt[a];
        held[slot] = held[last];
        heldAt[held[slot]] = slot;
      }
    }

    /** Pushes x's excess out, relabelling x whenever it has no admissible arc left. */
    void discharge(int x) {
      if (x >= volunteers && x != sink) {
        dischargeShift(x);
        return;
      }
      int end = first[x + 1];
      while (excess[x] > 0) {
        int a = current[x];
        for (; a < end; a++) {
          if (residual[a] > 0 && reduced(x, a) < 0) {
            int w = head[a];
            if (excess[w] >= 0 && !hasAdmissible(w)) {
              relabel(w); // look-ahead: w would send it back; lower its price instead
              if (reduced(x, a) >= 0) {
                continue;
              }
            }
            move(x, a, Math.min(excess[x], residual[a]));
            if (excess[w] > 0 && !queued[w]) {
              enqueue(w);
            }
            if (excess[x] == 0) {
              break;
            }
          }
        }
        if (excess[x] > 0) {
          relabel(x);
        } else {
          current[x] = a;
        }
      }
    }

    /**
     * Discharges a shift: its residual arcs are the ones back to the volunteers who send it a unit
     * (its list) and the one to the sink while seats are left, so only those are scanned.
     */
    void dischargeShift(int x) {
      int base = first[x];
      int toSink = first[x + 1] - 1;
      int j = x - volunteers;
      while (excess[x] > 0) {
        for (int k = 0; k < heldCount[j] && excess[x] > 0; ) {
          int b = held[base + k];
          if (reduced(x, b) < 0) {
            int w = head[b];
            if (excess[w] >= 0 && !hasAdmissible(w)) {
              relabel(w);
              if (reduced(x, b) >= 0) {
                k++;
                continue;
              }
            }
            move(x, b, 1); // the list's last arc takes slot k
            if (excess[w] > 0 && !queued[w]) {
              enqueue(w);
            }
          } else {
            k++;
          }
        }
        if (excess[x] > 0 && residual[toSink] > 0 && reduced(x, toSink) < 0) {
          move(x, toSink, Math.min(excess[x], residual[toSink]));
          if (excess[sink] > 0 && !queued[sink]) {
            enqueue(sink);
          }
        }
        if (excess[x] > 0) {
          relabel(x);
        }
      }
    }

    /** Whether node w has an admissible arc, moving its current arc to the first one. */
    boolean hasAdmissible(int w) {
      if (w >= volunteers && w != sink) {
        int j = w - volunteers;
        for (int k = first[w], end = first[w] + heldCount[j]; k < end; k++) {
          if (reduced(w, held[k]) < 0) {
            return true;
          }
        }
        int toSink = first[w + 1] - 1;
        return residual[toSink] > 0 && reduced(w, toSink) < 0;
      }
      for (int a = current[w], end = first[w + 1]; a < end; a++) {
        if (residual[a] > 0 && reduced(w, a) < 0) {
          current[w] = a;
          return true;
        }
      }
      current[w] = first[w + 1];
      return false;
    }

    /**
     * Lowers x's price to the highest at which its cheapest residual arc has reduced cost −ε, and
     * points its current arc at the first such arc.
     */
    void relabel(int x) {
      if (x >= volunteers && x != sink) {
        relabelShift(x);
        return;
      }
      long best = Long.MIN_VALUE;
      int at = first[x];
      for (int a = first[x], end = first[x + 1]; a < end; a++) {
        if (residual[a] > 0) {
          long candidate = price[head[a]] - cost[a] * scale;
          if (candidate > best) {
            best = candidate;
            at = a;
          }
        }
      }
      if (best != Long.MIN_VALUE) { // a node without a residual arc (a shift with no seat) stays
        price[x] = best - epsilon;
      }
      current[x] = at;
    }

    /** {@link #relabel} for a shift, over its list and its arc to the sink. */
    void relabelShift(int x) {
      long best = Long.MIN_VALUE;
      for (int k = first[x], end = first[x] + heldCount[x - volunteers]; k < end; k++) {
        int b = held[k];
        best = Math.max(best, price[head[b]] - cost[b] * scale);
      }
      int toSink = first[x + 1] - 1;
      if (residual[toSink] > 0) {
        best = Math.max(best, price[sink]);
      }
      if (best != Long.MIN_VALUE) {
        price[x] = best - epsilon;
      }
    }
  }
}
