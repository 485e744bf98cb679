package org.tatawwu.impl.hours;

import java.util.Arrays;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;

/**
 * The ledger's entries by number, in primitive columns (row {@code n} holds entry {@code n}): 62
 * bytes per entry and no object, where an {@link org.tatawwu.hours.HourEntry} with its id, key and
 * time range holds about 250 bytes in eight objects, each of which a collector copies. The entry's
 * texts live elsewhere: its key in {@link KeyIndex}, its volunteer and place in the ledger's tables
 * (by index), the actors, times and notes of its submission and decision in {@link EventColumns}
 * (by event sequence).
 *
 * <p>Not thread-safe: the ledger guards it with its lock.
 */
final class EntryColumns {
  private static final int STATUS_SHIFT = 3;
  private static final int COMPULSORY = 1 << 5;
  private static final int PRESENT = 1 << 6;
  private static final int AWAITS_SEAT = 1 << 7;

  private int rows = 16;
  private int count;

  long[] startSecond = new long[rows];
  long[] endSecond = new long[rows];
  int[] startNano = new int[rows];
  int[] endNano = new int[rows];

  /** Index of the volunteer in the ledger's table. */
  int[] volunteer = new int[rows];

  /** Index of the place (opportunity, entity, supervising entity, field, region). */
  int[] place = new int[rows];

  /** The local day the work started, as an epoch day in the opportunity's zone. */
  int[] day = new int[rows];

  int[] minutes = new int[rows];

  /** The sequence of the event that submitted the entry. */
  int[] submitted = new int[rows];

  /** The sequence of the event that approved or rejected it, else 0. */
  int[] decided = new int[rows];

  /** The entry number it corrects, else 0. */
  int[] corrects = new int[rows];

  /** The entry number of the correction that superseded it, else 0. */
  int[] supersededBy = new int[rows];

  /** The shift the work was done in: its index in the ledger's shift table + 1, else 0. */
  int[] shift = new int[rows];

  /**
   * Attendance evidence that held: a check-in code (bit 0), a location (1), an auto check-out (2).
   */
  byte[] evidence = new byte[rows];

  /** Source (bits 0–2), status (3–4), compulsory, present, awaits a seat. */
  private byte[] flags = new byte[rows];

  /** Makes room for entry {@code n}. */
  void ensure(int n) {
    if (n < rows) {
      return;
    }
    int to = grownRows(rows, n);
    startSecond = Arrays.copyOf(startSecond, to);
    endSecond = Arrays.copyOf(endSecond, to);
    startNano = Arrays.copyOf(startNano, to);
    endNano = Arrays.copyOf(endNano, to);
    volunteer = Arrays.copyOf(volunteer, to);
    place = Arrays.copyOf(place, to);
    day = Arrays.copyOf(day, to);
    minutes = Arrays.copyOf(minutes, to);
    submitted = Arrays.copyOf(submitted, to);
    decided = Arrays.copyOf(decided, to);
    corrects = Arrays.copyOf(corrects, to);
    supersededBy = Arrays.copyOf(supersededBy, to);
    shift = Arrays.copyOf(shift, to);
    evidence = Arrays.copyOf(evidence, to);
    flags = Arrays.copyOf(flags, to);
    rows = to;
  }

  /**
   * The rows columns grow to so that row {@code n} fits: twice as many, or more if needed.
   *
   * @throws IllegalStateException past the largest array
   */
  static int grownRows(int rows, int n) {
    int to = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(n + 1L, rows * 2L));
    if (n >= to) {
      throw new IllegalStateException("the in-memory ledger is full");
    }
    return to;
  }

  /** Marks row {@code n} as an entry, with its source, status and compulsory flag. */
  void mark(int n, HourSource source, HourStatus status, boolean compulsory) {
    if (!present(n)) {
      count++;
    }
    flags[n] =
        (byte)
            (PRESENT
                | Codes.of(source)
                | Codes.of(status) << STATUS_SHIFT
                | (compulsory ? COMPULSORY : 0));
  }

  /**
   * Whether entry {@code n} holds no seat on its shift until it is approved: a submitted walk-in,
   * whose enrollment was not established.
   */
  boolean awaitsSeat(int n) {
    return (flags[n] & AWAITS_SEAT) != 0;
  }

  /** Sets whether entry {@code n} awaits its seat (after {@link #mark}). */
  void awaitsSeat(int n, boolean awaits) {
    flags[n] = (byte) (awaits ? flags[n] | AWAITS_SEAT : flags[n] & ~AWAITS_SEAT);
  }

  /** Whether entry {@code n} exists; any int. */
  boolean present(long n) {
    return n >= 1 && n < rows && (flags[(int) n] & PRESENT) != 0;
  }

  HourSource source(int n) {
    return Codes.SOURCES[flags[n] & 7];
  }

  HourStatus status(int n) {
    return Codes.STATUSES[(flags[n] >> STATUS_SHIFT) & 3];
  }

  /** Whether entry {@code n} is present and has this status. */
  boolean is(int n, HourStatus status) {
    return present(n) && status(n) == status;
  }

  boolean compulsory(int n) {
    return (flags[n] & COMPULSORY) != 0;
  }

  void status(int n, HourStatus status) {
    flags[n] = (byte) ((flags[n] & ~(3 << STATUS_SHIFT)) | Codes.of(status) << STATUS_SHIFT);
  }

  /** Rows holding an entry. */
  int count() {
    return count;
  }

  /** One more than the highest row that can hold an entry. */
  int rows() {
    return rows;
  }
}
