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
 * <p>Each column is a list of pages of {@link #PAGE} rows, allocated as rows are needed: growing
 * adds pages and copies no row, so a growing ledger leaves no discarded copy of a column behind for
 * the collector, and no page is larger than 8 KiB.
 *
 * <p>Not thread-safe: the ledger guards it with its lock.
 */
final class EntryColumns {
  private static final int PAGE_BITS = 10;

  /** Rows per page, a power of two. */
  static final int PAGE = 1 << PAGE_BITS;

  private static final int ROW = PAGE - 1;

  /** The most rows the columns hold. */
  private static final int MAX_ROWS = Integer.MAX_VALUE - 8;

  private static final int STATUS_SHIFT = 3;
  private static final int COMPULSORY = 1 << 5;
  private static final int PRESENT = 1 << 6;
  private static final int AWAITS_SEAT = 1 << 7;

  /** Pages allocated in every column. */
  private int pages;

  private int count;

  /** The epoch second the work started. */
  private long[][] startSecond = new long[8][];

  /** The epoch second the work ended (exclusive). */
  private long[][] endSecond = new long[8][];

  /** The nanosecond within {@link #startSecond} the work started. */
  private int[][] startNano = new int[8][];

  /** The nanosecond within {@link #endSecond} the work ended. */
  private int[][] endNano = new int[8][];

  /** Index of the volunteer in the ledger's table. */
  private int[][] volunteer = new int[8][];

  /** Index of the place (opportunity, entity, supervising entity, field, region). */
  private int[][] place = new int[8][];

  /** The local day the work started, as an epoch day in the opportunity's zone. */
  private int[][] day = new int[8][];

  /** The credited minutes. */
  private int[][] minutes = new int[8][];

  /** The sequence of the event that submitted the entry. */
  private int[][] submitted = new int[8][];

  /** The sequence of the event that approved or rejected it, else 0. */
  private int[][] decided = new int[8][];

  /** The entry number it corrects, else 0. */
  private int[][] corrects = new int[8][];

  /** The entry number of the correction that superseded it, else 0. */
  private int[][] supersededBy = new int[8][];

  /** The shift the work was done in: its index in the ledger's shift table + 1, else 0. */
  private int[][] shift = new int[8][];

  /**
   * Attendance evidence that held: a check-in code (bit 0), a location (1), an auto check-out (2).
   */
  private byte[][] evidence = new byte[8][];

  /** Source (bits 0–2), status (3–4), compulsory, present, awaits a seat. */
  private byte[][] flags = new byte[8][];

  /** Makes room for entry {@code n}: adds the pages up to its row's, copying none. */
  void ensure(int n) {
    if (n < rows()) {
      return;
    }
    if (n >= MAX_ROWS) {
      throw new IllegalStateException("the in-memory ledger is full");
    }
    int needed = (n >>> PAGE_BITS) + 1;
    if (needed > flags.length) {
      int to = Math.max(needed, flags.length * 2);
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
    }
    for (; pages < needed; pages++) {
      startSecond[pages] = new long[PAGE];
      endSecond[pages] = new long[PAGE];
      startNano[pages] = new int[PAGE];
      endNano[pages] = new int[PAGE];
      volunteer[pages] = new int[PAGE];
      place[pages] = new int[PAGE];
      day[pages] = new int[PAGE];
      minutes[pages] = new int[PAGE];
      submitted[pages] = new int[PAGE];
      decided[pages] = new int[PAGE];
      corrects[pages] = new int[PAGE];
      supersededBy[pages] = new int[PAGE];
      shift[pages] = new int[PAGE];
      evidence[pages] = new byte[PAGE];
      flags[pages] = new byte[PAGE];
    }
  }

  long startSecond(int n) {
    return startSecond[n >>> PAGE_BITS][n & ROW];
  }

  void startSecond(int n, long value) {
    startSecond[n >>> PAGE_BITS][n & ROW] = value;
  }

  long endSecond(int n) {
    return endSecond[n >>> PAGE_BITS][n & ROW];
  }

  void endSecond(int n, long value) {
    endSecond[n >>> PAGE_BITS][n & ROW] = value;
  }

  int startNano(int n) {
    return startNano[n >>> PAGE_BITS][n & ROW];
  }

  void startNano(int n, int value) {
    startNano[n >>> PAGE_BITS][n & ROW] = value;
  }

  int endNano(int n) {
    return endNano[n >>> PAGE_BITS][n & ROW];
  }

  void endNano(int n, int value) {
    endNano[n >>> PAGE_BITS][n & ROW] = value;
  }

  int volunteer(int n) {
    return volunteer[n >>> PAGE_BITS][n & ROW];
  }

  void volunteer(int n, int value) {
    volunteer[n >>> PAGE_BITS][n & ROW] = value;
  }

  int place(int n) {
    return place[n >>> PAGE_BITS][n & ROW];
  }

  void place(int n, int value) {
    place[n >>> PAGE_BITS][n & ROW] = value;
  }

  int day(int n) {
    return day[n >>> PAGE_BITS][n & ROW];
  }

  void day(int n, int value) {
    day[n >>> PAGE_BITS][n & ROW] = value;
  }

  int minutes(int n) {
    return minutes[n >>> PAGE_BITS][n & ROW];
  }

  void minutes(int n, int value) {
    minutes[n >>> PAGE_BITS][n & ROW] = value;
  }

  int submitted(int n) {
    return submitted[n >>> PAGE_BITS][n & ROW];
  }

  void submitted(int n, int value) {
    submitted[n >>> PAGE_BITS][n & ROW] = value;
  }

  int decided(int n) {
    return decided[n >>> PAGE_BITS][n & ROW];
  }

  void decided(int n, int value) {
    decided[n >>> PAGE_BITS][n & ROW] = value;
  }

  int corrects(int n) {
    return corrects[n >>> PAGE_BITS][n & ROW];
  }

  void corrects(int n, int value) {
    corrects[n >>> PAGE_BITS][n & ROW] = value;
  }

  int supersededBy(int n) {
    return supersededBy[n >>> PAGE_BITS][n & ROW];
  }

  void supersededBy(int n, int value) {
    supersededBy[n >>> PAGE_BITS][n & ROW] = value;
  }

  int shift(int n) {
    return shift[n >>> PAGE_BITS][n & ROW];
  }

  void shift(int n, int value) {
    shift[n >>> PAGE_BITS][n & ROW] = value;
  }

  byte evidence(int n) {
    return evidence[n >>> PAGE_BITS][n & ROW];
  }

  void evidence(int n, byte value) {
    evidence[n >>> PAGE_BITS][n & ROW] = value;
  }

  private byte flags(int n) {
    return flags[n >>> PAGE_BITS][n & ROW];
  }

  private void flags(int n, int value) {
    flags[n >>> PAGE_BITS][n & ROW] = (byte) value;
  }

  /** Marks row {@code n} as an entry, with its source, status and compulsory flag. */
  void mark(int n, HourSource source, HourStatus status, boolean compulsory) {
    if (!present(n)) {
      count++;
    }
    flags(
        n,
        PRESENT
            | Codes.of(source)
            | Codes.of(status) << STATUS_SHIFT
            | (compulsory ? COMPULSORY : 0));
  }

  /**
   * Whether entry {@code n} holds no seat on its shift until it is approved: a submitted walk-in,
   * whose enrollment was not established.
   */
  boolean awaitsSeat(int n) {
    return (flags(n) & AWAITS_SEAT) != 0;
  }

  /** Sets whether entry {@code n} awaits its seat (after {@link #mark}). */
  void awaitsSeat(int n, boolean awaits) {
    flags(n, awaits ? flags(n) | AWAITS_SEAT : flags(n) & ~AWAITS_SEAT);
  }

  /** Whether entry {@code n} exists; any int. */
  boolean present(long n) {
    return n >= 1 && n < rows() && (flags((int) n) & PRESENT) != 0;
  }

  HourSource source(int n) {
    return Codes.SOURCES[flags(n) & 7];
  }

  HourStatus status(int n) {
    return Codes.STATUSES[(flags(n) >> STATUS_SHIFT) & 3];
  }

  /** Whether entry {@code n} is present and has this status. */
  boolean is(int n, HourStatus status) {
    return present(n) && status(n) == status;
  }

  boolean compulsory(int n) {
    return (flags(n) & COMPULSORY) != 0;
  }

  void status(int n, HourStatus status) {
    flags(n, (flags(n) & ~(3 << STATUS_SHIFT)) | Codes.of(status) << STATUS_SHIFT);
  }

  /** Rows holding an entry. */
  int count() {
    return count;
  }

  /** One more than the highest row that can hold an entry. */
  int rows() {
    return pages << PAGE_BITS;
  }
}
