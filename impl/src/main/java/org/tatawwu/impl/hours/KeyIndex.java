package org.tatawwu.impl.hours;

import java.util.Arrays;

/**
 * Idempotency keys to entry numbers, without an object per key: the keys' characters (ASCII, as
 * {@link org.tatawwu.text.Identifiers} requires) side by side in one byte array, and an
 * open-addressing table (linear probing, at most half full) of entry numbers beside their keys'
 * hashes, so a probe reads one array and compares characters only when the hashes are equal.
 *
 * <p>About 5 bytes per key for its place and its text's length, plus 16 to 32 bytes of table: 31 to
 * 47 bytes for a 10-character key, where a hash map holds a 32-byte node and the key's three
 * objects (about 64 bytes). Look-up and insertion take expected O(1) time and O(key length) for the
 * comparison.
 *
 * <p>Not thread-safe: the ledger guards it with its lock.
 */
final class KeyIndex {
  private static final int MAX_TABLE = 1 << 30;

  /** The keys' characters. */
  private byte[] chars = new byte[1 << 12];

  private int used;

  /** By entry number: where its key starts in {@link #chars}, and its length (1 to 64). */
  private int[] start = new int[256];

  private byte[] length = new byte[256];

  /**
   * Slots: a key's hash in the high 32 bits, its entry number in the low (0: empty), so a probe
   * reads one array.
   */
  private long[] slots = new long[1 << 10];

  private int size;

  /**
   * Returns the entry number stored under a key.
   *
   * @param key the key's text
   * @return the number, or 0 if the key is not stored
   */
  int get(String key) {
    int h = key.hashCode();
    int mask = slots.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      long slot = slots[i];
      int n = (int) slot;
      if (n == 0) {
        return 0;
      }
      if ((int) (slot >>> 32) == h && matches(n, key)) {
        return n;
      }
    }
  }

  /**
   * Stores a key for an entry number not stored before.
   *
   * @param key the key's text, ASCII, not already stored
   * @param number the entry number, 1 or more
   * @throws IllegalStateException if the number already has a key
   */
  void put(String key, int number) {
    if (number < length.length && length[number] != 0) {
      throw new IllegalStateException("entry " + number + " already has a key");
    }
    if (size + 1 > slots.length / 2) {
      grow();
    }
    int h = key.hashCode();
    int mask = slots.length - 1;
    int i = spread(h) & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = (long) h << 32 | (number & 0xFFFFFFFFL);
    size++;
    store(number, key);
  }

  /**
   * Returns the key of an entry number.
   *
   * @param number a number stored with {@link #put}
   * @return its key's text
   */
  String key(int number) {
    return new String(
        chars, start[number], length[number], java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** Keys stored. */
  int size() {
    return size;
  }

  private void store(int number, String key) {
    int n = key.length();
    if (n < 1 || n > 64) {
      throw new IllegalArgumentException("an idempotency key has 1 to 64 characters");
    }
    if (number >= start.length) {
      int capacity = Math.max(number + 1, start.length * 2);
      start = Arrays.copyOf(start, capacity);
      length = Arrays.copyOf(length, capacity);
    }
    if (used + n > chars.length) {
      long capacity = Math.max((long) used + n, chars.length * 2L);
      if (capacity > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("the in-memory key index is full");
      }
      chars = Arrays.copyOf(chars, (int) capacity);
    }
    for (int i = 0; i < n; i++) {
      chars[used + i] = (byte) key.charAt(i);
    }
    start[number] = used;
    length[number] = (byte) n;
    used += n;
  }

  private boolean matches(int number, String key) {
    int n = length[number];
    if (n != key.length()) {
      return false;
    }
    int at = start[number];
    for (int i = 0; i < n; i++) {
      if ((chars[at + i] & 0xff) != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    if (slots.length >= MAX_TABLE) {
      throw new IllegalStateException("the in-memory key index is full");
    }
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long slot : old) {
      if ((int) slot != 0) {
        int i = spread((int) (slot >>> 32)) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = slot;
      }
    }
  }

  /** Fibonacci hashing: the multiplication carries every bit of the hash into the low bits. */
  static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
