package org.tatawwu.impl.matching;

import java.util.Arrays;

/**
 * A binary min-heap of node indices ordered by their tentative distance (ties by the lower index,
 * so searches are deterministic), with decrease-key: the heap of the Dijkstra searches in the
 * successive-shortest-path solvers. Distances are read from the caller's array. O(log n) per
 * operation; 8 bytes per node. Not thread-safe.
 */
final class DistanceHeap {
  private long[] dist;
  private int[] heap;
  private int[] position;
  private int size;

  DistanceHeap(long[] dist) {
    this.dist = dist;
    this.heap = new int[dist.length];
    this.position = new int[dist.length];
  }

  /** Follows the caller's distance array after it grew. */
  void resize(long[] grown) {
    this.dist = grown;
    heap = Arrays.copyOf(heap, grown.length);
    position = Arrays.copyOf(position, grown.length);
  }

  void clear() {
    size = 0;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Adds a node with its current distance. */
  void push(int x) {
    heap[size] = x;
    position[x] = size;
    siftUp(size++);
  }

  /** Restores order after a queued node's distance fell. */
  void decreased(int x) {
    siftUp(position[x]);
  }

  int pop() {
    int top = heap[0];
    heap[0] = heap[--size];
    position[heap[0]] = 0;
    siftDown(0);
    return top;
  }

  private boolean less(int a, int b) {
    return dist[a] < dist[b] || (dist[a] == dist[b] && a < b);
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!less(heap[i], heap[parent])) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void siftDown(int i) {
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int m = i;
      if (l < size && less(heap[l], heap[m])) {
        m = l;
      }
      if (r < size && less(heap[r], heap[m])) {
        m = r;
      }
      if (m == i) {
        return;
      }
      swap(i, m);
      i = m;
    }
  }

  private void swap(int a, int b) {
    int t = heap[a];
    heap[a] = heap[b];
    heap[b] = t;
    position[heap[a]] = a;
    position[heap[b]] = b;
  }
}
