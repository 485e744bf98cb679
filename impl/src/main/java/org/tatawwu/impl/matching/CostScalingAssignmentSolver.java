package org.tatawwu.impl.matching;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;

/**
 * Maximum-score assignment (one shift per volunteer at most) by cost-scaling push-relabel for
 * minimum-cost flow (Goldberg &amp; Tarjan, "Finding minimum-cost circulations by successive
 * approximation", Math. of OR 15, 1990; Goldberg, "An efficient implementation of a scaling
 * minimum-cost flow algorithm", J. Algorithms 22, 1997), the method of OR-Tools' {@code
 * SimpleMinCostFlow}. Network: each volunteer supplies one unit, sent to a candidate shift (cost
 * −score) or straight to the sink ("unassigned", cost 0); each shift passes up to its seats to the
 * sink (at most its number of candidates, so that "unlimited" seats saturated at once stay within
 * an {@code int}), which takes all V units. Costs are multiplied by one more than the longest
 * simple cycle of the residual network ({@link #scale}), so that a flow ε-optimal for ε = 1 in
 * those units is optimal for the integer costs.
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
 * of volunteers who merely name it. The list has a current arc like any other node's (the arcs
 * before it are not admissible until the shift is relabelled), so a shift holding many volunteers
 * is not rescanned from the start at each push into it.
 *
 * <p>Global price updates (Goldberg 1997, §5): at the start of each phase and after every {@value
 * #UPDATE_FACTOR} relabels per node, a Dijkstra search with buckets runs backwards from the nodes
 * with a deficit over the residual arcs, each arc of length ⌊reduced cost / ε⌋ + 1, until every
 * node with excess is reached, and raises each reached node's price by ε times (the last distance
 * reached − its distance). The flow stays ε-optimal, and every node with excess then has an
 * admissible path to a deficit; O(E + n) per update. On the grid's near-perfect matchings they cut
 * the first phase's pushes and relabels about fourfold.
 *
 * <p>Pruning (sparsification with a pricing check): where some volunteer names {@value #PRUNE_FROM}
 * or more shifts, the first solve keeps only each volunteer's {@value #PRUNE} best candidates by
 * score and, given an auction's prices, its {@value #PRUNE} best by score minus price. Its final
 * prices are then checked on every pair left out: if each has a reduced cost of at least −1 (ε = 1
 * in scaled units), the flow, which sends nothing there, is ε-optimal on the whole problem with the
 * same n nodes, hence optimal. Otherwise those pairs are added, the kept count triples, and the
 * solve repeats once; after that the whole problem is solved. A check costs O(E).
 *
 * <p>Time O(n³ log(nC)) for FIFO selection (Goldberg &amp; Tarjan), for n = V + S + 1 nodes and C
 * the highest score; far less in practice (at most two pruned solves and a whole one on top).
 * Memory 24 bytes per arc (E + V + S arcs, each with its reverse) plus about 57 per node, and a
 * flag per pair while pruning.
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

  /** Candidates per volunteer kept in the first, pruned solve. */
  static final int PRUNE = 16;

  /** The widest candidate list from which the pruned solve is tried first. */
  static final int PRUNE_FROM = 32;

  /** A global price update runs after this many relabels per node. */
  static final int UPDATE_FACTOR = 2;

  /**
   * The most that the highest score × {@link #scale} × nodes may be: prices stay far inside a long.
   */
  static final long PRICE_RANGE = 1_000_000_000_000_000_000L;

  private CostScalingAssignmentSolver() {}

  /**
   * The factor costs are multiplied by: one more than the longest simple cycle of the residual
   * network. Every arc joins a volunteer to a shift or to the sink, or a shift to the sink, so a
   * simple cycle passes through at most S shifts and the sink and, between them, at most min(V, S +
   * 1) volunteers. A flow whose reduced costs are all at least −1 in these units then has no cycle
   * of negative integer cost, so is optimal. O(1).
   *
   * @param volunteers V, at least 0
   * @param shifts S, at least 0
   * @return S + 2 + min(V, S + 1)
   */
  static long scale(long volunteers, long shifts) {
    return shifts + 2 + Math.min(volunteers, shifts + 1);
  }

  /**
   * Whether cost scaling may solve a problem: its highest score × {@link #scale} × nodes is at most
   * {@value #PRICE_RANGE}. Within a phase at ε a node's price moves by O(nodes × ε) (Goldberg &amp;
   * Tarjan), and the first ε is the highest score × scale / ({@value #ALPHA} × {@value
   * #FIRST_DIVISOR}), so prices stay orders of magnitude inside a {@code long}. O(E).
   *
   * @param p the problem
   * @return whether {@link #solve(AssignmentProblem)} may be called on it
   */
  static boolean fits(AssignmentProblem p) {
    long nodes = (long) p.volunteers() + p.shifts() + 1;
    return (long) maxScore(p) * scale(p.volunteers(), p.shifts()) <= PRICE_RANGE / nodes;
  }

  /** The highest score of any pair, or 1 where there is none. O(E). */
  static int maxScore(AssignmentProblem p) {
    int maxScore = 1;
    for (int i = 0; i < p.pairs(); i++) {
      maxScore = Math.max(maxScore, p.scoreAt(i));
    }
    return maxScore;
  }

  /**
   * Solves a problem with one shift per volunteer at most.
   *
   * @param p the problem, not null
   * @return an assignment of maximum total score
   */
  static Assignment solve(AssignmentProblem p) {
    return solve(p, null);
  }

  /**
   * Solves a problem with one shift per volunteer at most, pruning by score and by the given shift
   * prices.
   *
   * @param p the problem, not null
   * @param shiftPrice a price by shift (an auction's), or null: candidates are also ranked by score
   *     minus price
   * @return an assignment of maximum total score
   */
  static Assignment solve(AssignmentProblem p, long @Nullable [] shiftPrice) {
    return solve(p, shiftPrice, PRUNE, PRUNE_FROM);
  }

  /**
   * {@link #solve(AssignmentProblem, long[])} with the pruning's parameters.
   *
   * @param p the problem
   * @param shiftPrice a price by shift, or null
   * @param prune candidates kept per volunteer and ranking in the first pruned solve
   * @param pruneFrom the widest candidate list from which pruning is tried
   * @return an assignment of maximum total score
   */
  static Assignment solve(
      AssignmentProblem p, long @Nullable [] shiftPrice, int prune, int pruneFrom) {
    OneShift.require(p, "cost scaling");
    int widest = 0;
    for (int v = 0; v < p.volunteers(); v++) {
      widest = Math.max(widest, p.firstCandidate(v + 1) - p.firstCandidate(v));
    }
    boolean[] keep = new boolean[p.pairs()];
    for (int k = prune; widest >= pruneFrom && k * 2 <= widest && k <= 3 * prune; k *= 3) {
      bestCandidates(p, k, null, keep);
      if (shiftPrice != null) {
        bestCandidates(p, k, shiftPrice, keep);
      }
      Network net = new Network(p, keep);
      Assignment a = net.solve();
      int added = net.addViolators(keep);
      if (added == 0) {
        return a;
      }
    }
    return new Network(p, null).solve();
  }

  /**
   * Marks each volunteer's {@code k} best candidate pairs by score minus the shift's price (ties:
   * the first ones).
   */
  static void bestCandidates(
      AssignmentProblem p, int k, long @Nullable [] shiftPrice, boolean[] keep) {
    int[] scratch = new int[16];
    for (int v = 0; v < p.volunteers(); v++) {
      int from = p.firstCandidate(v);
      int to = p.firstCandidate(v + 1);
      int d = to - from;
      if (d <= k) {
        Arrays.fill(keep, from, to, true);
        continue;
      }
      if (scratch.length < d) {
        scratch = new int[d];
      }
      for (int i = 0; i < d; i++) {
        scratch[i] = value(p, from + i, shiftPrice);
      }
      int threshold = select(scratch, d, d - k); // the k-th highest
      int above = 0;
      for (int i = from; i < to; i++) {
        if (value(p, i, shiftPrice) > threshold) {
          keep[i] = true;
          above++;
        }
      }
      for (int i = from; i < to && above < k; i++) {
        if (value(p, i, shiftPrice) == threshold) {
          keep[i] = true;
          above++;
        }
      }
    }
  }

  /** A pair's score less its shift's price. */
  private static int value(AssignmentProblem p, int i, long @Nullable [] shiftPrice) {
    return shiftPrice == null ? p.scoreAt(i) : (int) (p.scoreAt(i) - shiftPrice[p.shiftAt(i)]);
  }

  /** The value of rank {@code r} (0-based, ascending) among a[0..n), reordering a (Hoare). */
  static int select(int[] a, int n, int r) {
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      int pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          int t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (r <= j) {
        hi = j;
      } else if (r >= i) {
        lo = i;
      } else {
        return a[r];
      }
    }
    return a[lo];
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

    /** Relabels since the last global price update. */
    long relabels;

    /** Relabels after which a global price update runs. */
    final long updateEvery;

    /** The global update's distances (in units of ε) and bucket lists. */
    final int[] distance;

    final int[] bucketNext;
    final int[] bucketPrev;
    final int[] bucketHead;

    /** By node: 2·round when labelled by the current global update, 2·round+1 once scanned. */
    final int[] labelled;

    int round;
    final int[] scannedList;

    /** The solved flow: each volunteer's shift, or -1. */
    final int[] shiftOf;

    Network(AssignmentProblem p, boolean @Nullable [] keep) {
      this.p = p;
      volunteers = p.volunteers();
      shifts = p.shifts();
      sink = volunteers + shifts;
      nodes = sink + 1;
      int pairs = 0;
      for (int i = 0; i < p.pairs(); i++) {
        if (keep == null || keep[i]) {
          pairs++;
        }
      }
      int arcs = 2 * (pairs + volunteers + shifts);
      first = new int[nodes + 1];
      head = new int[arcs];
      residual = new int[arcs];
      rev = new int[arcs];
      cost = new int[arcs];
      // Out-degrees: a volunteer's candidates and its sink arc; a shift's candidates (reverse)
      // and its sink arc; the sink's reverse arcs from every volunteer and shift.
      int[] degree = new int[nodes];
      int[] named = new int[shifts]; // candidates of each shift, all pairs counted
      for (int v = 0; v < volunteers; v++) {
        degree[v] = 1;
        for (int i = p.firstCandidate(v); i < p.firstCandidate(v + 1); i++) {
          named[p.shiftAt(i)]++;
          if (keep == null || keep[i]) {
            degree[v]++;
            degree[volunteers + p.shiftAt(i)]++;
          }
        }
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
          if (keep == null || keep[i]) {
            link(fill, v, volunteers + p.shiftAt(i), 1, -p.scoreAt(i));
          }
        }
        link(fill, v, sink, 1, 0);
      }
      for (int j = 0; j < shifts; j++) {
        // Seats past the shift's candidates change nothing; capped, every excess stays within the
        // pairs (at most 2^30), where "unlimited" seats saturated at once would overflow an int.
        // All its candidates count, not only those a pruned solve keeps: its check of the pairs
        // left out holds only on the same arcs to the sink.
        link(fill, volunteers + j, sink, Math.min(p.capacity(j), named[j]), 0);
      }
      scale = scale(volunteers, shifts);
      price = new long[nodes];
      excess = new int[nodes];
      current = new int[nodes];
      held = new int[arcs];
      heldAt = new int[arcs];
      heldCount = new int[shifts];
      queue = new int[nodes];
      queued = new boolean[nodes];
      updateEvery = (long) UPDATE_FACTOR * nodes;
      distance = new int[nodes];
      bucketNext = new int[nodes];
      bucketPrev = new int[nodes];
      bucketHead = new int[nodes + 1];
      Arrays.fill(bucketHead, -1);
      labelled = new int[nodes];
      scannedList = new int[nodes];
      shiftOf = new int[volunteers];
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

    /** Solves from the zero flow. */
    Assignment solve() {
      for (int v = 0; v < volunteers; v++) {
        excess[v] = 1;
      }
      excess[sink] = -volunteers;
      epsilon = maxScore(p) * scale / FIRST_DIVISOR;
      // Each volunteer's price starts at its best arc's cost, so that no arc has a negative reduced
      // cost: the zero flow is then 0-optimal and the first phase need not saturate every pair.
      for (int v = 0; v < volunteers; v++) {
        long best = 0;
        for (int a = first[v]; a < first[v + 1]; a++) {
          best = Math.max(best, -cost[a] * scale);
        }
        price[v] = best;
      }
      return phases();
    }

    /** Refines with ε divided by {@value #ALPHA} each time, down to 1. */
    Assignment phases() {
      do {
        epsilon = Math.max(1, epsilon / ALPHA);
        refine();
      } while (epsilon > 1);
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
      return new Assignment(shiftOf.clone(), total);
    }

    /**
     * Whether the final prices also leave every pair left out at a reduced cost of at least −1 (ε =
     * 1 in scaled units): the flow, which sends nothing there, is then ε-optimal, hence optimal, on
     * the whole problem too (the same nodes, so the same longest cycle).
     */
    int addViolators(boolean[] keep) {
      int added = 0;
      for (int v = 0; v < volunteers; v++) {
        for (int i = p.firstCandidate(v), end = p.firstCandidate(v + 1); i < end; i++) {
          if (!keep[i]
              && -p.scoreAt(i) * scale + price[v] - price[volunteers + p.shiftAt(i)] < -1) {
            keep[i] = true;
            added++;
          }
        }
      }
      return added;
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
      globalUpdate();
      while (queueSize > 0) {
        if (relabels >= updateEvery) {
          globalUpdate();
        }
        int x = queue[queueHead];
        queueHead = queueHead + 1 == nodes ? 0 : queueHead + 1;
        queueSize--;
        queued[x] = false;
        discharge(x);
      }
    }

    /**
     * Goldberg's global price update: a Dijkstra search with buckets, backwards from the nodes with
     * a deficit over the residual arcs, each of length ⌊reduced cost / ε⌋ + 1 (never negative in an
     * ε-optimal flow), until every node with excess is scanned. A scanned node's price rises by ε
     * times (the last distance scanned − its distance); the others keep theirs. The flow stays
     * ε-optimal, and every node with excess gets an admissible path to a deficit. O(E + N) time.
     */
    void globalUpdate() {
      relabels = 0;
      int active = 0;
      for (int x = 0; x < nodes; x++) {
        if (excess[x] > 0) {
          active++;
        }
      }
      if (active == 0) {
        return;
      }
      round++;
      int label = 2 * round;
      int top = nodes; // the highest bucket; a node further away keeps its price
      for (int x = 0; x < nodes; x++) {
        if (excess[x] < 0) {
          labelled[x] = label;
          distance[x] = 0;
          bucketInsert(x, 0);
        }
      }
      int scanned = 0;
      int d = 0;
      scan:
      for (; d <= top; d++) {
        int w;
        while ((w = bucketHead[d]) >= 0) {
          int next = bucketNext[w];
          bucketHead[d] = next;
          if (next >= 0) {
            bucketPrev[next] = -1 - d;
          }
          labelled[w] = label + 1;
          scannedList[scanned++] = w;
          if (excess[w] > 0 && --active == 0) {
            break scan;
          }
          // The arc b = rev[a] into w: its cost is −cost[a], and for every pair but a shift's
          // with the sink (the sink's last S arcs, a shift's last one) residual[b] is 1 minus
          // residual[a], so both are read in order rather than at b.
          int end = first[w + 1];
          int unit = w == sink ? end - shifts : w >= volunteers ? end - 1 : end;
          long pw = price[w];
          long reach = (top - d) * epsilon; // a reduced cost from here on puts v beyond top
          for (int a = first[w]; a < end; a++) {
            if ((a < unit ? 1 - residual[a] : residual[rev[a]]) == 0) {
              continue;
            }
            int v = head[a];
            int m = labelled[v];
            if (m == label + 1) {
              continue;
            }
            long reduced = -cost[a] * scale + price[v] - pw;
            if (reduced >= reach) {
              continue;
            }
            long nd = d + Math.max(0, Math.floorDiv(reduced, epsilon) + 1);
            if (m != label) {
              labelled[v] = label;
              distance[v] = (int) nd;
              bucketInsert(v, (int) nd);
            } else if (nd < distance[v]) {
              bucketRemove(v);
              distance[v] = (int) nd;
              bucketInsert(v, (int) nd);
            }
          }
        }
      }
      int last = Math.min(d, top);
      for (int k = 0; k < scanned; k++) {
        int x = scannedList[k];
        price[x] += epsilon * (last - distance[x]);
      }
      // Empty the buckets still holding labelled nodes.
      for (int k = d; k <= top; k++) {
        bucketHead[k] = -1;
      }
      for (int x = 0; x < nodes; x++) {
        current[x] = first[x];
      }
    }

    void bucketInsert(int x, int d) {
      int h = bucketHead[d];
      bucketNext[x] = h;
      bucketPrev[x] = -1 - d;
      if (h >= 0) {
        bucketPrev[h] = x;
      }
      bucketHead[d] = x;
    }

    void bucketRemove(int x) {
      int n = bucketNext[x];
      int pr = bucketPrev[x];
      if (pr < 0) {
        bucketHead[-1 - pr] = n;
      } else {
        bucketNext[pr] = n;
      }
      if (n >= 0) {
        bucketPrev[n] = pr;
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
        int scanned = current[x];
        if (slot < scanned) {
          // keep the list's scanned part (before current) free of arcs not yet scanned
          hold(slot, held[scanned - 1]);
          hold(scanned - 1, held[last]);
          current[x] = scanned - 1;
        } else {
          hold(slot, held[last]);
        }
      }
    }

    /** Puts arc b at slot k of its shift's list. */
    private void hold(int k, int b) {
      held[k] = b;
      heldAt[b] = k;
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
        int k;
        while ((k = current[x]) < base + heldCount[j] && excess[x] > 0) {
          int b = held[k];
          if (reduced(x, b) < 0) {
            int w = head[b];
            if (excess[w] >= 0 && !hasAdmissible(w)) {
              relabel(w);
              if (reduced(x, b) >= 0) {
                current[x] = k + 1;
                continue;
              }
            }
            move(x, b, 1); // the list's last arc takes slot k
            if (excess[w] > 0 && !queued[w]) {
              enqueue(w);
            }
          } else {
            current[x] = k + 1;
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
        int end = first[w] + heldCount[w - volunteers];
        for (int k = current[w]; k < end; k++) {
          if (reduced(w, held[k]) < 0) {
            current[w] = k;
            return true;
          }
        }
        current[w] = end;
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
      relabels++;
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
      current[x] = first[x];
    }
  }
}
