package org.tatawwu.impl.hours;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tatawwu.hours.HourEvent;

/**
 * What the ledger keeps of each event, by sequence (row {@code s} holds event {@code s}): its type,
 * entry number, time, actor, note and its volunteer's previous event — 29 bytes and no object of
 * its own (actors are shared, a roster's events share one actor). The audit trail and the entries'
 * submission and decision details are read from here.
 *
 * <p>Each column is a list of pages of 1,024 rows, allocated as events come: growing copies no row.
 *
 * <p>Not thread-safe: the ledger guards it with its lock.
 */
final class EventColumns {
  private static final int PAGE_BITS = 10;
  private static final int PAGE = 1 << PAGE_BITS;
  private static final int ROW = PAGE - 1;

  /** Pages allocated in every column. */
  private int pages;

  private byte[][] type = new byte[8][];
  private int[][] entry = new int[8][];
  private long[][] atSecond = new long[8][];
  private int[][] atNano = new int[8][];
  private @Nullable String[][] actor = new String[8][];
  private @Nullable String[][] note = new String[8][];

  /** The same volunteer's previous event: each volunteer's events form a chain. */
  private int[][] previous = new int[8][];

  /** One instance per actor text: events replayed from a store bring a string each. */
  private final Map<String, String> actors = new HashMap<>();

  private @Nullable String lastActor;

  /** Records event {@code s}. */
  void add(
      int s,
      HourEvent.Type t,
      int entryNumber,
      Instant at,
      String by,
      @Nullable String why,
      int previousOfVolunteer) {
    if (s >= pages << PAGE_BITS) {
      grow(s);
    }
    int p = s >>> PAGE_BITS;
    int r = s & ROW;
    type[p][r] = (byte) Codes.of(t);
    entry[p][r] = entryNumber;
    atSecond[p][r] = at.getEpochSecond();
    atNano[p][r] = at.getNano();
    actor[p][r] = shared(by);
    note[p][r] = why;
    previous[p][r] = previousOfVolunteer;
  }

  /** Adds the pages up to row {@code s}'s, copying none. */
  private void grow(int s) {
    if (s >= Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("the in-memory ledger is full");
    }
    int needed = (s >>> PAGE_BITS) + 1;
    if (needed > type.length) {
      int to = Math.max(needed, type.length * 2);
      type = Arrays.copyOf(type, to);
      entry = Arrays.copyOf(entry, to);
      atSecond = Arrays.copyOf(atSecond, to);
      atNano = Arrays.copyOf(atNano, to);
      actor = Arrays.copyOf(actor, to);
      note = Arrays.copyOf(note, to);
      previous = Arrays.copyOf(previous, to);
    }
    for (; pages < needed; pages++) {
      type[pages] = new byte[PAGE];
      entry[pages] = new int[PAGE];
      atSecond[pages] = new long[PAGE];
      atNano[pages] = new int[PAGE];
      actor[pages] = new String[PAGE];
      note[pages] = new String[PAGE];
      previous[pages] = new int[PAGE];
    }
  }

  /** The same volunteer's event before event {@code s}, else 0. */
  int previousOfVolunteer(int s) {
    return previous[s >>> PAGE_BITS][s & ROW];
  }

  private String shared(String by) {
    String last = lastActor;
    if (last == null || !last.equals(by)) {
      last = actors.computeIfAbsent(by, k -> k);
      lastActor = last;
    }
    return last;
  }

  HourEvent.Type type(int s) {
    return Codes.TYPES[type[s >>> PAGE_BITS][s & ROW]];
  }

  int entry(int s) {
    return entry[s >>> PAGE_BITS][s & ROW];
  }

  Instant at(int s) {
    return Instant.ofEpochSecond(
        atSecond[s >>> PAGE_BITS][s & ROW], atNano[s >>> PAGE_BITS][s & ROW]);
  }

  String actor(int s) {
    return java.util.Objects.requireNonNull(actor[s >>> PAGE_BITS][s & ROW]);
  }

  @Nullable String note(int s) {
    return note[s >>> PAGE_BITS][s & ROW];
  }
}
