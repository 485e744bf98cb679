package org.tatawwu.impl.hours;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Every volunteer's totals as one unmodifiable snapshot: the ids and four primitive columns, side
 * by side by volunteer index, of which the first {@code size} slots are read. The arrays may be
 * longer, and are shared with the ledger, which never changes these slots once given here (it
 * copies the columns before its next change). Totals objects are made when read. {@link #get} and
 * {@link #containsKey} use an open-addressing table of the ids' indexes, built on their first call
 * in O(n).
 *
 * <p>Immutable once made, and thread-safe: the look-up table is computed from final arrays, so two
 * threads racing to build it build equal tables.
 */
final class VolunteerTotalsMap extends AbstractMap<VolunteerId, HourTotals> {
  private final VolunteerId[] ids;
  private final int size;
  private final long[] approved;
  private final long[] compulsory;
  private final long[] pending;
  private final long[] entries;

  /** Index + 1 of the id at each slot, 0 for an empty slot; length a power of two. */
  private volatile int @Nullable [] table;

  private @Nullable Set<Map.Entry<VolunteerId, HourTotals>> entrySet;

  VolunteerTotalsMap(
      VolunteerId[] ids,
      int size,
      long[] approved,
      long[] compulsory,
      long[] pending,
      long[] entries) {
    this.ids = ids;
    this.size = size;
    this.approved = approved;
    this.compulsory = compulsory;
    this.pending = pending;
    this.entries = entries;
  }

  private HourTotals totals(int v) {
    return new HourTotals(approved[v], compulsory[v], pending[v], entries[v]);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public @Nullable HourTotals get(@Nullable Object key) {
    int v = indexOf(key);
    return v < 0 ? null : totals(v);
  }

  @Override
  public void forEach(BiConsumer<? super VolunteerId, ? super HourTotals> action) {
    for (int v = 0; v < size; v++) {
      action.accept(ids[v], totals(v));
    }
  }

  @Override
  public Set<Map.Entry<VolunteerId, HourTotals>> entrySet() {
    Set<Map.Entry<VolunteerId, HourTotals>> s = entrySet;
    if (s == null) {
      s = new Entries();
      entrySet = s;
    }
    return s;
  }

  private int indexOf(@Nullable Object key) {
    if (!(key instanceof VolunteerId id)) {
      return -1;
    }
    int[] t = table;
    if (t == null) {
      t = buildTable();
      table = t;
    }
    int mask = t.length - 1;
    for (int slot = spread(id.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      int v = t[slot] - 1;
      if (v < 0) {
        return -1;
      }
      if (ids[v].equals(id)) {
        return v;
      }
    }
  }

  private int[] buildTable() {
    int capacity = Integer.highestOneBit(Math.max(2, size) * 2 - 1) << 1;
    int[] t = new int[capacity];
    int mask = capacity - 1;
    for (int v = 0; v < size; v++) {
      int slot = spread(ids[v].hashCode()) & mask;
      while (t[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      t[slot] = v + 1;
    }
    return t;
  }

  /** Mixes the high bits of a hash into the low ones (the table's mask keeps only those). */
  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private final class Entries extends AbstractSet<Map.Entry<VolunteerId, HourTotals>> {
    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<Map.Entry<VolunteerId, HourTotals>> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public Map.Entry<VolunteerId, HourTotals> next() {
          if (next >= size) {
            throw new NoSuchElementException();
          }
          int v = next++;
          return Map.entry(ids[v], totals(v));
        }
      };
    }
  }
}
