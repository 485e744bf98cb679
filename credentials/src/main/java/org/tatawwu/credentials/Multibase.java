package org.tatawwu.credentials;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import org.tatawwu.validation.InvalidValueException;

/**
 * The two multibase encodings credentials use: base58btc (prefix {@code z}, the Bitcoin alphabet)
 * for keys and proof values, and base64url without padding (prefix {@code u}) for status lists.
 * Written here because each is a few lines and no small, maintained Java library for them is
 * published on Maven Central.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Multibase {
  private static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger FIFTY_EIGHT = BigInteger.valueOf(58);

  /** The longest base58 text decoded: far above any key, signature or did:key. */
  private static final int MAX_BASE58 = 512;

  private Multibase() {}

  /**
   * Encodes bytes in base58btc with the {@code z} prefix.
   *
   * @param bytes not null
   * @return the multibase text
   */
  static String base58btc(byte[] bytes) {
    StringBuilder b = new StringBuilder();
    BigInteger n = new BigInteger(1, bytes);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(FIFTY_EIGHT);
      b.append(ALPHABET.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
      b.append('1');
    }
    return "z" + b.reverse();
  }

  /**
   * Decodes base58btc text with the {@code z} prefix.
   *
   * @param text not null
   * @return the bytes
   * @throws InvalidValueException with code {@code multibase.format} if it is not such text
   */
  static byte[] decodeBase58btc(String text) {
    if (text.length() < 2 || text.length() > MAX_BASE58 || text.charAt(0) != 'z') {
      throw malformed();
    }
    BigInteger n = BigInteger.ZERO;
    int zeros = 0;
    boolean leading = true;
    for (int i = 1; i < text.length(); i++) {
      int digit = ALPHABET.indexOf(text.charAt(i));
      if (digit < 0) {
        throw malformed();
      }
      if (leading && digit == 0) {
        zeros++;
      } else {
        leading = false;
      }
      n = n.multiply(FIFTY_EIGHT).add(BigInteger.valueOf(digit));
    }
    byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
    int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
    byte[] out = new byte[zeros + magnitude.length - skip];
    System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
    return out;
  }

  /**
   * Encodes bytes in base64url without padding, with the {@code u} prefix.
   *
   * @param bytes not null
   * @return the multibase text
   */
  static String base64url(byte[] bytes) {
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Decodes base64url text without padding, with the {@code u} prefix.
   *
   * @param text not null
   * @return the bytes
   * @throws InvalidValueException with code {@code multibase.format} if it is not such text
   */
  static byte[] decodeBase64url(String text) {
    if (text.isEmpty() || text.charAt(0) != 'u' || text.indexOf('=') >= 0) {
      throw malformed();
    }
    try {
      byte[] out = Base64.getUrlDecoder().decode(text.substring(1));
      if (!base64url(out).equals(text)) {
        throw malformed();
      }
      return out;
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
  }

  static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
  }

  private static InvalidValueException malformed() {
    return new InvalidValueException("multibase.format", "not multibase text of the expected base");
  }
}
