package org.tatawwu.benchmarks;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tatawwu.Tatawwu;
import org.tatawwu.hours.HourLedger;

/**
 * Measures the heap the aggregation index of a ledger retains per approved entry: a ledger made by
 * {@link Tatawwu#hourLedger} imports and approves 20,000,000 entries (by default) of 1,000,000
 * volunteers, 20 each ({@link BenchmarkData#approvedLedger}); then only its index is kept (reached
 * by reflection: the benchmarks run on the class path, and the index is a private part of the
 * implementation) and the ledger dropped; the used heap after full collections with the index
 * alone, less the used heap before the ledger was made, is what the index retains: its columns, the
 * entry-to-row table and the running totals.
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
   * Prints bytes per approved entry.
   *
   * @param args optional entry count
   * @throws Exception if interrupted, or the ledger holds no index
   */
  @SuppressWarnings("SystemOut")
  public static void main(String[] args) throws Exception {
    int entries = args.length > 0 ? Integer.parseInt(args[0]) : 20_000_000;
    int volunteers = entries / BenchmarkData.ENTRIES_PER_VOLUNTEER;
    long before = usedAfterGc();
    HourLedger ledger = BenchmarkData.approvedLedger(entries, approved -> {});
    long withLedger = usedAfterGc();
    Object index = find(ledger, "HourIndex");
    if (index == null) {
      throw new IllegalStateException("no index found in " + ledger.getClass().getName());
    }
    ledger = null; // only the index stays reachable
    long withIndex = usedAfterGc();
    System.out.printf(
        "entries=%d volunteers=%d: ledger, store and index retain %.1f bytes/entry (%.0f MB)%n",
        entries, volunteers, (withLedger - before) / (double) entries, (withLedger - before) / 1e6);
    System.out.printf(
        "the index alone retains %.1f bytes per approved entry (%.0f MB)%n",
        (withIndex - before) / (double) entries, (withIndex - before) / 1e6);
    System.out.println(index.getClass().getSimpleName()); // keeps the index reachable until here
  }

  /**
   * The first object of the class named {@code simpleName} reachable from {@code root} through
   * fields of the implementation's objects (breadth first; JDK objects are not entered).
   */
  static @Nullable Object find(Object root, String simpleName) throws IllegalAccessException {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    ArrayDeque<Object> queue = new ArrayDeque<>();
    queue.add(root);
    seen.add(root);
    while (!queue.isEmpty()) {
      Object o = queue.poll();
      if (o.getClass().getSimpleName().equals(simpleName)) {
        return o;
      }
      for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
        if (!c.getName().startsWith("org.tatawwu.")) {
          break;
        }
        for (Field f : c.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
            continue;
          }
          f.setAccessible(true);
          Object value = f.get(o);
          if (value != null
              && value.getClass().getName().startsWith("org.tatawwu.")
              && seen.add(value)) {
            queue.add(value);
          }
        }
      }
    }
    return null;
  }
}
