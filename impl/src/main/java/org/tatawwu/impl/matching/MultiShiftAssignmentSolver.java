package org.tatawwu.impl.matching;

import java.util.Arrays;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;

/**
 * Maximum-score assignment with up to N shifts per volunteer, never two that overlap: successive
 * shortest paths (Dijkstra on costs reduced by potentials; Ahuja, Magnanti &amp; Orlin, Network
 * Flows, 1993, §9.7) on the network volunteer → (volunteer, time block) → shift → sink, with an
 * "unplaced" arc volunteer → sink of capacity N.
 *
 * <p>Time blocks are the connected components of the overlap relation among all shifts (a sweep by
 * start time). A (volunteer, block) node passes at most one unit, so a volunteer gets at most one
 * shift per block. When every block's shifts pairwise overlap — slotted rosters, the usual case —
 * that is exactly "no two overlapping shifts", and the result is exact. When overlaps chain (A
 * overlaps B, B overlaps C, A and C apart), the block is stricter than needed: the result is still
 * feasible and optimal under "one shift per block", but may miss a combination like A with C (the
 * general problem is an integer programme). {@link #exactFor} tells which case applies.
 *
 * <p>Each volunteer is added with up to N augmentations and stops at the first path that goes
 * straight to the sink (marginal gains never increase). Time O(V · N · (E + B) log(E + B)) worst
 * case for E candidate pairs and B (volunteer, block) nodes; memory O(E + B). Deterministic: the
 * heap breaks ties by node index. Stateless and thread-safe.
 */
final class MultiShiftAssignmentSolver {
  private MultiShiftAssignmentSolver() {}

  /**
   * Time blocks of the shifts: the components of the overlap relation.
   *
   * @param p the problem
   * @return the block of each shift
   */
  static int[] blocks(AssignmentProblem p) {
    int s = p.shifts();
    Integer[] order = new Integer[s];
    for (int j = 0; j < s; j++) {
      order[j] = j;
    }
    Arrays.sort(order, (a, b) -> Long.compare(p.startSecond(a), p.startSecond(b)));
    int[] block = new int[s];
    int current = -1;
    long reach = Long.MIN_VALUE;
    for (int j : order) {
      if (current < 0 || p.startSecond(j) >= reach) {
        current++;
        reach = p.endSecond(j);
      } else {
        reach = Math.max(reach, p.endSecond(j));
      }
      block[j] = current;
    }
    return block;
  }

  /**
   * Tells whether the blocks are cliques, so that "one shift per block" is "no overlap" and the
   * solve is exact.
   *
   * @param p the problem
   * @return true when every block's shifts pairwise overlap
   */
  static boolean exactFor(AssignmentProblem p) {
    int[] block = blocks(p);
    int count = 0;
    for (int b : block) {
      count = Math.max(count, b + 1);
    }
    long[] latestStart = new long[count];
    long[] earliestEnd = new long[count];
    Arrays.fill(latestStart, Long.MIN_VALUE);
    Arrays.fill(earliestEnd, Long.MAX_VALUE);
    for (int j = 0; j < block.length; j++) {
      latestStart[block[j]] = Math.max(latestStart[block[j]], p.startSecond(j));
      earliestEnd[block[j]] = Math.min(earliestEnd[block[j]], p.endSecond(j));
    }
    for (int b = 0; b < count; b++) {
      if (latestStart[b] >= earliestEnd[b]) {
        return false;
      }
    }
    return true;
  }

  static Assignment solve(AssignmentProblem p) {
    return new Network(p).solve();
  }

  /** The residual network in forward-star form; arc e's reverse is e ^ 1. */
  private static final class Network {
    static final int SINK = 0;
    final AssignmentProblem p;
    final int n;
    final int[] first;
    final int[] next;
    final int[] head;
    final int[] cap;
    final long[] cost;
    final int[] volunteerNode;

    /** The (volunteer, block) nodes of volunteer v: blockNodeFrom[v] .. blockNodeFrom[v+1]-1. */
    final int[] blockNodeFrom;

    int arcs;
    final long[] potential;
    final long[] dist;
    final int[] prevArc;
    final int[] visited;
    final int[] done;
    final DistanceHeap heap;
    final int[] touched;
    int touchedCount;
    int stamp;

    Network(AssignmentProblem p) {
      this.p = p;
      int v = p.volunteers();
      int s = p.shifts();
      int[] block = blocks(p);
      // Count (volunteer, block) nodes: candidates are sorted by shift, so collect blocks per row.
      blockNodeFrom = new int[v + 1];
      int[][] rowBlocks = new int[v][];
      for (int u = 0; u < v; u++) {
        int from = p.firstCandidate(u);
        int to = p.firstCandidate(u + 1);
        int[] bs = new int[to - from];
        for (int i = from; i < to; i++) {
          bs[i - from] = block[p.shiftAt(i)];
        }
        int[] distinct = Arrays.stream(bs).distinct().sorted().toArray();
        rowBlocks[u] = distinct;
        blockNodeFrom[u + 1] = blockNodeFrom[u] + distinct.length;
      }
      volunteerNode = new int[v];
      int firstVolunteer = 1 + s;
      for (int u = 0; u < v; u++) {
        volunteerNode[u] = firstVolunteer + u;
      }
      int firstBlockNode = firstVolunteer + v;
      n = firstBlockNode + blockNodeFrom[v];
      int m = 2 * (s + v + blockNodeFrom[v] + p.pairs());
      first = new int[n];
      Arrays.fill(first, -1);
      next = new int[m];
      head = new int[m];
      cap = new int[m];
      cost = new long[m];
      for (int j = 0; j < s; j++) {
        addArc(1 + j, SINK, p.capacity(j), 0);
      }
      for (int u = 0; u < v; u++) {
        int node = volunteerNode[u];
        addArc(node, SINK, p.shiftsPerVolunteer(), 0);
        for (int b = 0; b < rowBlocks[u].length; b++) {
          addArc(node, firstBlockNode + blockNodeFrom[u] + b, 1, 0);
        }
        for (int i = p.firstCandidate(u); i < p.firstCandidate(u + 1); i++) {
          int j = p.shiftAt(i);
          int b = Arrays.binarySearch(rowBlocks[u], block[j]);
          addArc(firstBlockNode + blockNodeFrom[u] + b, 1 + j, 1, -p.scoreAt(i));
        }
      }
      potential = new long[n];
      dist = new long[n];
      prevArc = new int[n];
      visited = new int[n];
      done = new int[n];
      heap = new DistanceHeap(dist);
      touched = new int[n];
    }

    void addArc(int from, int to, int capacity, long c) {
      head[arcs] = to;
      cap[arcs] = capacity;
      cost[arcs] = c;
      next[arcs] = first[from];
      first[from] = arcs++;
      head[arcs] = from;
      cap[arcs] = 0;
      cost[arcs] = -c;
      next[arcs] = first[to];
      first[to] = arcs++;
    }

    Assignment solve() {
      int v = p.volunteers();
      for (int u = 0; u < v; u++) {
        int node = volunteerNode[u];
        // Potentials that make the new volunteer's arcs' reduced costs non-negative.
        long pu = potential[SINK];
        for (int e = first[node]; e >= 0; e = next[e]) {
          int b = head[e];
          if (b == SINK || (e & 1) == 1) {
            continue;
          }
          long pb = Long.MIN_VALUE;
          for (int f = first[b]; f >= 0; f = next[f]) {
            if ((f & 1) == 0) {
              pb = Math.max(pb, -cost[f] + potential[head[f]]);
            }
          }
          potential[b] = pb;
          pu = Math.max(pu, pb);
        }
        potential[node] = pu;
        for (int unit = 0; unit < p.shiftsPerVolunteer(); unit++) {
          if (augment(node)) {
            break;
          }
        }
      }
      int[][] shiftsOf = new int[v][];
      long total = 0;
      for (int u = 0; u < v; u++) {
        int candidates = p.firstCandidate(u + 1) - p.firstCandidate(u);
        int[] mine = new int[Math.min(p.shiftsPerVolunteer(), candidates)]; // however large n is
        int count = 0;
        for (int e = first[volunteerNode[u]]; e >= 0; e = next[e]) {
          int b = head[e];
          if (b == SINK || (e & 1) == 1 || cap[e] > 0) {
            continue;
          }
          for (int f = first[b]; f >= 0; f = next[f]) {
            if ((f & 1) == 0 && cap[f] == 0) {
              mine[count++] = head[f] - 1;
              total -= cost[f];
            }
          }
        }
        shiftsOf[u] = Arrays.copyOf(mine, count);
      }
      return Assignment.ofShifts(shiftsOf, total);
    }

    /**
     * Sends one unit from {@code start} to the sink along a shortest path.
     *
     * @return true when the path went straight to the sink (the volunteer takes no more shifts)
     */
    boolean augment(int start) {
      stamp++;
      heap.clear();
      touchedCount = 0;
      dist[start] = 0;
      prevArc[start] = -1;
      visited[start] = stamp;
      touched[touchedCount++] = start;
      heap.push(start);
      long best = Long.MAX_VALUE;
      while (!heap.isEmpty()) {
        int x = heap.pop();
        done[x] = stamp;
        if (x == SINK) {
          best = dist[x];
          break;
        }
        for (int e = first[x]; e >= 0; e = next[e]) {
          if (cap[e] <= 0) {
            continue;
          }
          int y = head[e];
          if (done[y] == stamp) {
            continue;
          }
          long d = dist[x] + cost[e] + potential[x] - potential[y];
          boolean fresh = visited[y] != stamp;
          if (fresh || d < dist[y]) {
            dist[y] = d;
            prevArc[y] = e;
            if (fresh) {
              visited[y] = stamp;
              touched[touchedCount++] = y;
              heap.push(y);
            } else {
              heap.decreased(y);
            }
          }
        }
      }
      if (best == Long.MAX_VALUE) {
        throw new IllegalStateException("the sink is always reachable through the unplaced arc");
      }
      for (int t = 0; t < touchedCount; t++) {
        int x = touched[t];
        potential[x] += Math.min(dist[x], best) - best;
      }
      int direct = -1;
      for (int x = SINK; x != start; ) {
        int e = prevArc[x];
        cap[e]--;
        cap[e ^ 1]++;
        direct = e;
        x = head[e ^ 1];
      }
      return head[direct] == SINK && head[direct ^ 1] == start;
    }
  }
}
