package org.tatawwu.impl.matching;

import java.util.Arrays;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;

/**
 * Maximum-score assignment by successive shortest paths. Network: each volunteer sends one unit
 * either to a candidate shift (cost −score) or straight to the sink ("unassigned", cost 0); each
 * shift passes up to its seats to the sink. Volunteers are added one at a time; each addition is a
 * shortest path from the new volunteer to the sink in the residual network, found with Dijkstra on
 * costs reduced by potentials (valid from the start: volunteers 0, shifts and sink −maxScore).
 * After each path, potentials grow by the distances found, capped at the sink's, so reduced costs
 * stay non-negative. The result is optimal because every augmentation is along a shortest path
 * (Ahuja, Magnanti &amp; Orlin, Network Flows, 1993, §9.7).
 *
 * <p>Deterministic: the heap breaks ties by node index. Stateless and thread-safe.
 */
public final class ExactAssignmentSolver implements AssignmentSolver {
  /** Creates the solver. */
  public ExactAssignmentSolver() {}

  @Override
  public Assignment solve(AssignmentProblem p) {
    return new Run(p).solve();
  }

  /** One solve: node ids are volunteers 0..V-1, shifts V..V+S-1, sink V+S. */
  private static final class Run {
    final AssignmentProblem p;
    final int v;
    final int s;
    final int sink;
    final long[] potential;
    final long[] dist;
    final int[] prev;
    final int[] prevEdge;
    final int[] shiftOf;
    final int[] edgeOf;
    final int[] load;
    final int[][] seated;
    final int[] heap;
    final int[] heapPos;
    final int[] visited;
    final int[] done;
    int heapSize;
    int stamp;

    Run(AssignmentProblem p) {
      this.p = p;
      this.v = p.volunteers();
      this.s = p.shifts();
      this.sink = v + s;
      int n = v + s + 1;
      long max = 0;
      for (int i = 0; i < p.pairs(); i++) {
        max = Math.max(max, p.scoreAt(i));
      }
      potential = new long[n];
      Arrays.fill(potential, v, n, -max);
      dist = new long[n];
      prev = new int[n];
      prevEdge = new int[n];
      shiftOf = new int[v];
      Arrays.fill(shiftOf, -1);
      edgeOf = new int[v];
      Arrays.fill(edgeOf, -1);
      load = new int[s];
      seated = new int[s][];
      for (int j = 0; j < s; j++) {
        seated[j] = new int[Math.min(p.capacity(j), 4)];
      }
      heap = new int[n];
      heapPos = new int[n];
      visited = new int[n];
      done = new int[n];
    }

    Assignment solve() {
      for (int u = 0; u < v; u++) {
        augment(u);
      }
      long total = 0;
      for (int u = 0; u < v; u++) {
        if (edgeOf[u] >= 0) {
          total += p.scoreAt(edgeOf[u]);
        }
      }
      return new Assignment(shiftOf, total);
    }

    /** Shortest path from the new volunteer u to the sink, then flips it. */
    void augment(int u) {
      stamp++;
      heapSize = 0;
      dist[u] = 0;
      prev[u] = -1;
      push(u);
      long best = Long.MAX_VALUE;
      while (heapSize > 0) {
        int x = pop();
        done[x] = stamp;
        if (x == sink) {
          best = dist[x];
          break;
        }
        if (x < v) {
          // Volunteer: to its candidate shifts other than its own, or straight to the sink if
          // seated.
          for (int i = p.firstCandidate(x), end = p.firstCandidate(x + 1); i < end; i++) {
            if (i != edgeOf[x]) {
              relax(x, v + p.shiftAt(i), -p.scoreAt(i), i);
            }
          }
          if (shiftOf[x] >= 0 || x == u) {
            relax(x, sink, 0, -1);
          }
        } else {
          int j = x - v;
          if (load[j] < p.capacity(j)) {
            relax(x, sink, 0, -1);
          }
          for (int k = 0; k < load[j]; k++) {
            int w = seated[j][k];
            relax(x, w, p.scoreAt(edgeOf[w]), -2 - k);
          }
        }
      }
      // Potentials: add the distance found, capped at the sink's.
      for (int x = 0; x < potential.length; x++) {
        if (visited[x] == stamp) {
          potential[x] += Math.min(dist[x], best);
        } else {
          potential[x] += best;
        }
      }
      // Walk back from the sink and flip the path.
      int x = sink;
      int viaShift = -1;
      while (x != u) {
        int from = prev[x];
        if (from < v) {
          // volunteer `from` moves to shift x (or to the sink: becomes unassigned)
          if (x == sink) {
            unseat(from);
          } else {
            unseat(from);
            seat(from, x - v, prevEdge[x]);
          }
        }
        viaShift = x;
        x = from;
      }
      if (viaShift < 0) {
        throw new IllegalStateException("no path");
      }
    }

    void relax(int from, int to, long cost, int edge) {
      if (done[to] == stamp) {
        return;
      }
      long d = dist[from] + cost + potential[from] - potential[to];
      if (visited[to] != stamp || d < dist[to] || (d == dist[to] && from < prev[to])) {
        boolean fresh = visited[to] != stamp;
        visited[to] = stamp;
        dist[to] = d;
        prev[to] = from;
        prevEdge[to] = edge;
        if (fresh) {
          push(to);
        } else {
          siftUp(heapPos[to]);
        }
      }
    }

    void seat(int w, int j, int edge) {
      if (load[j] == seated[j].length) {
        seated[j] = Arrays.copyOf(seated[j], Math.max(4, seated[j].length * 2));
      }
      seated[j][load[j]++] = w;
      shiftOf[w] = j;
      edgeOf[w] = edge;
    }

    void unseat(int w) {
      int j = shiftOf[w];
      if (j < 0) {
        return;
      }
      for (int k = 0; k < load[j]; k++) {
        if (seated[j][k] == w) {
          seated[j][k] = seated[j][--load[j]];
          break;
        }
      }
      shiftOf[w] = -1;
      edgeOf[w] = -1;
    }

    // --- a binary heap on dist, ties by node index ---
    boolean less(int a, int b) {
      return dist[a] < dist[b] || (dist[a] == dist[b] && a < b);
    }

    void push(int x) {
      heap[heapSize] = x;
      heapPos[x] = heapSize;
      siftUp(heapSize++);
    }

    int pop() {
      int top = heap[0];
      heap[0] = heap[--heapSize];
      heapPos[heap[0]] = 0;
      siftDown(0);
      heapPos[top] = -1;
      return top;
    }

    void siftUp(int i) {
      if (i < 0) {
        return;
      }
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (!less(heap[i], heap[parent])) {
          break;
        }
        swap(i, parent);
        i = parent;
      }
    }

    void siftDown(int i) {
      while (true) {
        int l = 2 * i + 1;
        int r = l + 1;
        int m = i;
        if (l < heapSize && less(heap[l], heap[m])) {
          m = l;
        }
        if (r < heapSize && less(heap[r], heap[m])) {
          m = r;
        }
        if (m == i) {
          return;
        }
        swap(i, m);
        i = m;
      }
    }

    void swap(int a, int b) {
      int t = heap[a];
      heap[a] = heap[b];
      heap[b] = t;
      heapPos[heap[a]] = a;
      heapPos[heap[b]] = b;
    }
  }
}
