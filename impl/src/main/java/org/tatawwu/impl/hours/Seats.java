package org.tatawwu.impl.hours;

import java.util.Arrays;

/**
 * The seats taken on each shift, by shift index ({@link LedgerIds#internShift}): by the volunteers
 * holding one (a submitted or approved entry on it), by those holding one through an entry that is
 * not a walk-in (its enrollment established, or not checked), and, during a roster's import, by the
 * roster's accepted lines beyond the ledger's. A shift no entry has taken a seat on has none.
 *
 * <p>Not thread-safe: the ledger guards it with its lock.
 */
final class Seats {
  /** Per shift index: the volunteers holding a seat (with a submitted or approved entry on it). */
  private int[] taken = new int[64];

  /**
   * Per shift index: the volunteers holding a seat through an entry that is not a walk-in. An
   * enrolled volunteer's claim is checked against these: a walk-in never takes an enrolled
   * volunteer's seat.
   */
  private int[] enrolled = new int[64];

  /** During a roster's import, the seats its accepted lines take beyond the ledger's. */
  private int[] roster = new int[64];

  /** The shift indexes whose {@link #roster} seats the roster being imported made nonzero. */
  private int[] touched = new int[16];

  private int touchedCount;

  /** The seats taken on shift {@code index}. */
  int taken(int index) {
    return index < taken.length ? taken[index] : 0;
  }

  /** The seats taken on shift {@code index} through entries that are not walk-ins. */
  int enrolled(int index) {
    return index < enrolled.length ? enrolled[index] : 0;
  }

  /** The seats the roster being imported takes on shift {@code index}. */
  int inRoster(int index) {
    return index < roster.length ? roster[index] : 0;
  }

  /** Counts a seat taken ({@code by} 1) or freed ({@code by} -1) on shift {@code index}. */
  void take(int index, int by) {
    fit(index);
    taken[index] += by;
  }

  /** Counts a seat taken or freed on shift {@code index} through an entry that is not a walk-in. */
  void takeEnrolled(int index, int by) {
    fit(index);
    enrolled[index] += by;
  }

  /** Counts a seat on shift {@code index} taken by a line of the roster being imported. */
  void takeInRoster(int index) {
    fit(index);
    if (roster[index]++ == 0) {
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, touchedCount * 2);
      }
      touched[touchedCount++] = index;
    }
  }

  /** Forgets the seats of the roster being imported. */
  void clearRoster() {
    for (int t = 0; t < touchedCount; t++) {
      roster[touched[t]] = 0;
    }
    touchedCount = 0;
  }

  private void fit(int index) {
    if (index >= taken.length) {
      int n = Math.max(index + 1, taken.length * 2);
      taken = Arrays.copyOf(taken, n);
      enrolled = Arrays.copyOf(enrolled, n);
      roster = Arrays.copyOf(roster, n);
    }
  }
}
