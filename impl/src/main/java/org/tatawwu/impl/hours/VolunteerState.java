package org.tatawwu.impl.hours;

import java.util.Arrays;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The per-volunteer state: one volunteer's part of the ledger: its last event (the events chain
 * back through {@link EventColumns}; its entries in submission order are those of its SUBMITTED
 * events), its counted (submitted or approved) entries sorted by start for the overlap and
 * daily-cap checks. A counted entry is four longs side by side — start and end second, number and
 * credited minutes, local day and shift column — so the overlap, daily-cap and seat checks read
 * this volunteer's one array and not the ledger's columns.
 */
final class VolunteerState {
  private static final int STRIDE = 4;

  final VolunteerId id;
  final int index;
  int lastEvent;
  int eventCount;
  private long[] counted = new long[4 * STRIDE];
  int countedSize;

  /**
   * The longest span, in seconds rounded up, of any entry this volunteer has had counted: the
   * overlap check looks back this far, whatever the policy's maximum entry is now (a policy lowered
   * between restarts leaves longer entries behind). It never shrinks.
   */
  long longestSeconds;

  /** This volunteer's last row in the roster being imported ({@link RosterRows}), else -1. */
  int lastRow = -1;

  VolunteerState(VolunteerId id, int index) {
    this.id = id;
    this.index = index;
  }

  long startSecond(int i) {
    return counted[i * STRIDE];
  }

  long endSecond(int i) {
    return counted[i * STRIDE + 1];
  }

  int number(int i) {
    return (int) (counted[i * STRIDE + 2] >>> 32);
  }

  int minutes(int i) {
    return (int) counted[i * STRIDE + 2];
  }

  long day(int i) {
    return counted[i * STRIDE + 3] >> 32;
  }

  /** The shift column of counted entry {@code i}: kept here, so a seat check reads no column. */
  int shift(int i) {
    return (int) counted[i * STRIDE + 3];
  }

  /**
   * Index of the first counted entry starting at or after the epoch second {@code t}. The last
   * entry is read first: entries mostly come in order of time, and then none starts that late.
   */
  int firstFromSecond(long t) {
    int hi = countedSize;
    if (hi == 0 || counted[(hi - 1) * STRIDE] < t) {
      return hi;
    }
    int lo = 0;
    hi--;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (counted[mid * STRIDE] < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Counts entry {@code n}, kept in order of start (second, then nanosecond). */
  void count(int n, EntryColumns c) {
    long second = c.startSecond(n);
    int at = firstFromSecond(second);
    while (at < countedSize
        && startSecond(at) == second
        && c.startNano(number(at)) < c.startNano(n)) {
      at++;
    }
    if ((countedSize + 1) * STRIDE > counted.length) {
      counted = Arrays.copyOf(counted, counted.length * 2);
    }
    int from = at * STRIDE;
    System.arraycopy(counted, from, counted, from + STRIDE, (countedSize - at) * STRIDE);
    counted[from] = second;
    counted[from + 1] = c.endSecond(n);
    counted[from + 2] = (long) n << 32 | (c.minutes(n) & 0xFFFFFFFFL);
    counted[from + 3] = (long) c.day(n) << 32 | (c.shift(n) & 0xFFFFFFFFL);
    countedSize++;
    long span = c.endSecond(n) - second + 1;
    if (span > longestSeconds) {
      longestSeconds = span;
    }
  }

  /** Stops counting entry {@code n}, if counted. */
  void uncount(int n, EntryColumns c) {
    for (int at = firstFromSecond(c.startSecond(n)); at < countedSize; at++) {
      if (number(at) == n) {
        int from = at * STRIDE;
        System.arraycopy(counted, from + STRIDE, counted, from, (countedSize - at - 1) * STRIDE);
        countedSize--;
        return;
      }
    }
  }
}
