package org.tatawwu.credentials;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tatawwu.validation.InvalidValueException;

/**
 * A W3C Bitstring Status List (v1.0) for revocation: one bit per issued credential, 1 when revoked,
 * published gzip-compressed and multibase base64url-encoded inside a status list credential. Index
 * 0 is the most significant bit of the first byte. The list has at least {@value #MIN_BITS} bits
 * (16 KiB), as the specification asks, so that a list does not tell who holds which credential.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BitstringStatusList {
  /** The smallest list: 131,072 bits. */
  public static final int MIN_BITS = 131_072;

  /** The largest list read or made: 16 Mi bits (2 MiB), to bound decompression. */
  public static final int MAX_BITS = 1 << 24;

  private final byte[] bits;

  private BitstringStatusList(byte[] bits) {
    this.bits = bits;
  }

  /**
   * Returns a list of a given size with no credential revoked.
   *
   * @param size the number of entries: a multiple of 8 from {@value #MIN_BITS} to {@value
   *     #MAX_BITS}
   * @return the list
   * @throws InvalidValueException with code {@code statusList.size} if the size breaks the rule
   */
  public static BitstringStatusList ofSize(int size) {
    if (size < MIN_BITS || size > MAX_BITS || size % 8 != 0) {
      throw new InvalidValueException(
          "statusList.size", "a status list has a multiple of 8 bits from 131072 to 16777216");
    }
    return new BitstringStatusList(new byte[size / 8]);
  }

  /**
   * Returns the number of entries.
   *
   * @return the size in bits
   */
  public int size() {
    return bits.length * 8;
  }

  /**
   * Returns whether the credential at an index is revoked.
   *
   * @param index from 0 to {@code size() - 1}
   * @return true when its bit is set
   * @throws InvalidValueException with code {@code statusList.index} if it is out of range
   */
  public boolean isRevoked(int index) {
    check(index);
    return (bits[index >>> 3] & (0x80 >>> (index & 7))) != 0;
  }

  /**
   * Returns a copy with the credential at an index revoked (revoking twice changes nothing).
   *
   * @param index from 0 to {@code size() - 1}
   * @return the new list
   * @throws InvalidValueException with code {@code statusList.index} if it is out of range
   */
  public BitstringStatusList revoke(int index) {
    check(index);
    byte[] copy = bits.clone();
    copy[index >>> 3] |= (byte) (0x80 >>> (index & 7));
    return new BitstringStatusList(copy);
  }

  /**
   * Returns the {@code encodedList}: multibase base64url (no padding) of the gzip-compressed bits.
   *
   * @return the text
   */
  public String encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bits);
    } catch (IOException e) {
      throw new IllegalStateException("gzip into memory failed", e);
    }
    return Multibase.base64url(out.toByteArray());
  }

  /**
   * Reads an {@code encodedList}.
   *
   * @param encodedList multibase base64url of gzip-compressed bits, not null
   * @return the list
   * @throws InvalidValueException with code {@code statusList.encoding} if it is not such text, or
   *     {@code statusList.size} if the list is smaller than {@value #MIN_BITS} or larger than
   *     {@value #MAX_BITS} bits
   */
  public static BitstringStatusList decode(String encodedList) {
    byte[] compressed;
    try {
      compressed = Multibase.decodeBase64url(encodedList);
    } catch (InvalidValueException e) {
      throw new InvalidValueException("statusList.encoding", "not a multibase base64url list");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_BITS / 8) {
          throw new InvalidValueException("statusList.size", "the status list is too large");
        }
      }
    } catch (IOException e) {
      throw new InvalidValueException("statusList.encoding", "the status list is not gzip data");
    }
    byte[] bits = out.toByteArray();
    if (bits.length * 8 < MIN_BITS) {
      throw new InvalidValueException("statusList.size", "the status list is too small");
    }
    return new BitstringStatusList(bits);
  }

  private void check(int index) {
    if (index < 0 || index >= size()) {
      throw new InvalidValueException("statusList.index", "the index is outside the status list");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BitstringStatusList other && Arrays.equals(bits, other.bits);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bits);
  }

  @Override
  public String toString() {
    return "BitstringStatusList[size=" + size() + "]";
  }
}
