package org.tatawwu.benchmarks;

import java.util.SplittableRandom;
import org.tatawwu.impl.hours.HourIndex;

/**
 * Measures the heap retained by the aggregation index for 20,000,000 approved entries: used heap
 * after full collections, before and after building it. Run: {@code mvn -q -pl benchmarks exec:exec
 * -Dexec.mainClass=...} or see README.
 */
public final class HourIndexFootprint {
  private HourIndexFootprint() {}

  static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      best = Math.min(best, rt.totalMemory() - rt.freeMemory());
    }
    return best;
  }

  /**
   * Prints bytes per entry.
   *
   * @param args optional entry count
   * @throws InterruptedException if interrupted
   */
  @SuppressWarnings("SystemOut")
  public static void main(String[] args) throws InterruptedException {
    int entries = args.length > 0 ? Integer.parseInt(args[0]) : 20_000_000;
    int volunteers = 1_000_000;
    SplittableRandom r = new SplittableRandom(42);
    long before = usedAfterGc();
    HourIndex index = new HourIndex();
    for (int v = 0; v < volunteers; v++) {
      index.internVolunteer("V" + v);
    }
    long afterVolunteers = usedAfterGc();
    for (int i = 0; i < entries; i++) {
      index.add(
          r.nextInt(volunteers), 0, 20_000 + r.nextInt(365), 15 * (1 + r.nextInt(32)), false, i);
    }
    long after = usedAfterGc();
    System.out.printf("entries=%d rows=%d%n", entries, index.rows());
    System.out.printf(
        "per-entry columns: %.1f bytes/entry (%.0f MB)%n",
        (after - afterVolunteers) / (double) entries, (after - afterVolunteers) / 1e6);
    System.out.printf(
        "including the 1M-volunteer dictionary and totals: %.1f bytes/entry%n",
        (after - before) / (double) entries);
    if (index.approvedMinutesByVolunteer().length != volunteers) {
      throw new IllegalStateException("index lost volunteers");
    }
  }
}
