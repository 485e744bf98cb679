package org.tatawwu.impl.storage;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The pause a ledger takes after losing an append race to another node, before it catches up and
 * decides again: none after the first loss, then a random wait up to a ceiling that doubles per
 * loss (1, 2, 4 … 64 ms). Random waits break the lockstep in which the same nodes keep winning, so
 * a node that lost many times in a row is not starved. Stateless; thread-safe.
 */
public final class ContentionBackoff {
  /** The largest ceiling of one wait, in milliseconds. */
  static final long MAX_CEILING_MILLIS = 64;

  private ContentionBackoff() {}

  /**
   * The ceiling of the wait after a given number of lost attempts.
   *
   * @param lost the attempts lost so far, at least 1
   * @return the ceiling in milliseconds: 0 after one loss, then 1, 2, 4 … at most 64
   */
  static long ceilingMillis(int lost) {
    if (lost <= 1) {
      return 0;
    }
    return Math.min(MAX_CEILING_MILLIS, 1L << Math.min(lost - 2, 30));
  }

  /**
   * Waits after a lost attempt; an interrupt ends the wait early and stays set.
   *
   * @param lost the attempts lost so far, at least 1
   * @return {@code false} if the thread was interrupted (the caller should stop retrying)
   */
  public static boolean pause(int lost) {
    long ceiling = ceilingMillis(lost);
    if (ceiling == 0) {
      return !Thread.currentThread().isInterrupted();
    }
    long micros = ThreadLocalRandom.current().nextLong(ceiling * 1000 + 1);
    try {
      TimeUnit.MICROSECONDS.sleep(micros);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
