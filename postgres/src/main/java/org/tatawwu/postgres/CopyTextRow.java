package org.tatawwu.postgres;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one row of {@code COPY ... TO STDOUT (FORMAT text)} in order, straight from
 * its bytes: fields are separated by tabs, {@code \N} is null, and a backslash escapes a backslash,
 * tab, line feed, carriage return, backspace, form feed or vertical tab. Numbers are parsed without
 * building text; a column whose bytes repeat those of the previous row (an opportunity, an entity,
 * an actor) yields the object parsed for that row again.
 *
 * <p>Not thread-safe: one reader per replay.
 */
final class CopyTextRow {
  private byte[] row = new byte[0];
  private int at;
  private int end;

  /** Per cached column: the bytes last seen and what they were parsed to. */
  private final byte[][] lastBytes;

  private final @Nullable Object[] lastValues;

  /**
   * Creates a reader.
   *
   * @param cachedColumns how many columns may be read with {@link #cached}, 0 or more
   */
  CopyTextRow(int cachedColumns) {
    lastBytes = new byte[cachedColumns][];
    lastValues = new Object[cachedColumns];
  }

  /**
   * Starts reading a row.
   *
   * @param bytes the row as the server sent it, its line feed included or not
   */
  void start(byte[] bytes) {
    row = bytes;
    at = 0;
    end = bytes.length > 0 && bytes[bytes.length - 1] == '\n' ? bytes.length - 1 : bytes.length;
  }

  /** Whether every field of the row has been read. */
  boolean finished() {
    return at > end;
  }

  /** The end of the current field (a tab or the end of the row), refusing a row that ended. */
  private int fieldEnd() {
    if (at > end) {
      throw new IllegalStateException("a stored row has fewer columns than expected");
    }
    int i = at;
    while (i < end && row[i] != '\t') {
      i++;
    }
    return i;
  }

  private boolean isNull(int from, int to) {
    return to - from == 2 && row[from] == '\\' && row[from + 1] == 'N';
  }

  /** The next field as a {@code long}; null or not a number is an {@link IllegalStateException}. */
  long nextLong() {
    int to = fieldEnd();
    long value = parseLong(to);
    at = to + 1;
    return value;
  }

  /** The next field as a {@code long}, or {@code fallback} for null. */
  long nextLong(long fallback) {
    int to = fieldEnd();
    long value = isNull(at, to) ? fallback : parseLong(to);
    at = to + 1;
    return value;
  }

  private long parseLong(int to) {
    int i = at;
    boolean negative = i < to && row[i] == '-';
    if (negative) {
      i++;
    }
    if (i == to || to - i > 19) {
      throw new IllegalStateException("a stored number is not a number");
    }
    long value = 0;
    for (; i < to; i++) {
      int digit = row[i] - '0';
      if (digit < 0 || digit > 9) {
        throw new IllegalStateException("a stored number is not a number");
      }
      long next = value * 10 - digit; // accumulated negatively: reaches Long.MIN_VALUE exactly
      if (value < Long.MIN_VALUE / 10 || next > value) {
        throw new IllegalStateException("a stored number is out of range");
      }
      value = next;
    }
    if (!negative) {
      if (value == Long.MIN_VALUE) {
        throw new IllegalStateException("a stored number is out of range");
      }
      value = -value;
    }
    return value;
  }

  /** The next field as an {@code int}. */
  int nextInt() {
    long value = nextLong();
    if (value != (int) value) {
      throw new IllegalStateException("a stored number is out of range");
    }
    return (int) value;
  }

  /** The next field as a boolean ({@code t} or {@code f}). */
  boolean nextBoolean() {
    int to = fieldEnd();
    if (to - at != 1 || (row[at] != 't' && row[at] != 'f')) {
      throw new IllegalStateException("a stored flag is not t or f");
    }
    boolean value = row[at] == 't';
    at = to + 1;
    return value;
  }

  /**
   * The next field as a date in the server's ISO style: {@code yyyy-MM-dd}, a year of more digits
   * after 9999, and a {@code " BC"} suffix before year 1.
   */
  LocalDate nextDate() {
    int to = fieldEnd();
    boolean bc = to - at > 3 && row[to - 3] == ' ' && row[to - 2] == 'B' && row[to - 1] == 'C';
    int last = bc ? to - 3 : to;
    if (last - at < 10 || row[last - 6] != '-' || row[last - 3] != '-' || last - at > 16) {
      throw new IllegalStateException("a stored date is not an ISO date");
    }
    int year = digits(at, last - 6);
    int month = digits(last - 5, last - 3);
    int day = digits(last - 2, last);
    at = to + 1;
    try {
      return LocalDate.of(bc ? 1 - year : year, month, day);
    } catch (java.time.DateTimeException e) {
      throw new IllegalStateException("a stored date is not a date", e);
    }
  }

  private int digits(int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      int digit = row[i] - '0';
      if (digit < 0 || digit > 9) {
        throw new IllegalStateException("a stored date is not an ISO date");
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /** The next field as text, or null. */
  @Nullable String nextText() {
    int to = fieldEnd();
    String value = isNull(at, to) ? null : decode(at, to);
    at = to + 1;
    return value;
  }

  /**
   * The next field parsed, reusing the previous row's object when the bytes are the same.
   *
   * @param column which cached column, 0 to the count given at construction
   * @param parse turns the text into the object, not null
   * @return the object; null for a null field
   */
  <T> @Nullable T cached(int column, Function<String, T> parse) {
    int to = fieldEnd();
    if (isNull(at, to)) {
      at = to + 1;
      return null;
    }
    byte[] last = lastBytes[column];
    if (last != null && Arrays.equals(last, 0, last.length, row, at, to)) {
      at = to + 1;
      @SuppressWarnings("unchecked")
      T same = (T) lastValues[column];
      return same;
    }
    T value = parse.apply(decode(at, to));
    lastBytes[column] = Arrays.copyOfRange(row, at, to);
    lastValues[column] = value;
    at = to + 1;
    return value;
  }

  private String decode(int from, int to) {
    int slash = from;
    while (slash < to && row[slash] != '\\') {
      slash++;
    }
    if (slash == to) {
      return new String(row, from, to - from, StandardCharsets.UTF_8);
    }
    byte[] out = new byte[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      byte b = row[i];
      if (b == '\\') {
        if (++i == to) {
          throw new IllegalStateException("a stored text ends in an escape");
        }
        b =
            switch (row[i]) {
              case '\\' -> (byte) '\\';
              case 't' -> (byte) '\t';
              case 'n' -> (byte) '\n';
              case 'r' -> (byte) '\r';
              case 'b' -> (byte) '\b';
              case 'f' -> (byte) '\f';
              case 'v' -> (byte) 0x0B;
              default -> throw new IllegalStateException("a stored text has an unknown escape");
            };
      }
      out[n++] = b;
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }
}
