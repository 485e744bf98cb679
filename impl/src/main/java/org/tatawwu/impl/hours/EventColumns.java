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
 * <p>Not thread-safe: the ledger guards it with its lock.
 */
final class EventColumns {
  private int rows = 16;
  private byte[] type = new byte[rows];
  private int[] entry = new int[rows];
  private long[] atSecond = new long[rows];
  private int[] atNano = new int[rows];
  private @Nullable String[] actor = new String[rows];
  private @Nullable String[] note = new String[rows];

  /** The same volunteer's previous event: each volunteer's events form a chain. */
  private int[] previous = new int[rows];

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
    if (s >= rows) {
      int to = EntryColumns.grownRows(rows, s);
      type = Arrays.copyOf(type, to);
      entry = Arrays.copyOf(entry, to);
      atSecond = Arrays.copyOf(atSecond, to);
      atNano = Arrays.copyOf(atNano, to);
      actor = Arrays.copyOf(actor, to);
      note = Arrays.copyOf(note, to);
      previous = Arrays.copyOf(previous, to);
      rows = to;
    }
    type[s] = (byte) Codes.of(t);
    entry[s] = entryNumber;
    atSecond[s] = at.getEpochSecond();
    atNano[s] = at.getNano();
    actor[s] = shared(by);
    note[s] = why;
    previous[s] = previousOfVolunteer;
  }

  /** The same volunteer's event before event {@code s}, else 0. */
  int previousOfVolunteer(int s) {
    return previous[s];
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
    return Codes.TYPES[type[s]];
  }

  int entry(int s) {
    return entry[s];
  }

  Instant at(int s) {
    return Instant.ofEpochSecond(atSecond[s], atNano[s]);
  }

  String actor(int s) {
    return java.util.Objects.requireNonNull(actor[s]);
  }

  @Nullable String note(int s) {
    return note[s];
  }
}
