package org.tatawwu.impact;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import org.tatawwu.text.SafeText;
import org.tatawwu.validation.InvalidValueException;

/**
 * An amount of Saudi riyals, held exactly as a whole number of halalas (SAR 1 = 100 halalas). Never
 * floating point; every operation is exact or throws on overflow.
 *
 * <p>This class is immutable, thread-safe and serialisable (its serialised form is its halalas).
 *
 * @serial exclude
 * @param halalas the amount in halalas, any sign
 */
@SuppressWarnings("InvalidBlockTag") // "@serial exclude" on a type is standard Javadoc
public record SarAmount(long halalas) implements Comparable<SarAmount>, Serializable {
  /** Zero riyals. */
  public static final SarAmount ZERO = new SarAmount(0);

  /**
   * Returns an amount in halalas.
   *
   * @param halalas the halalas
   * @return the amount
   */
  public static SarAmount ofHalalas(long halalas) {
    return new SarAmount(halalas);
  }

  /** The longest text {@link #parse(String)} reads, surrounding white space included. */
  public static final int MAX_TEXT_LENGTH = 64;

  private static final BigDecimal MAX_RIYALS = BigDecimal.valueOf(Long.MAX_VALUE, 2);
  private static final BigDecimal MIN_RIYALS = BigDecimal.valueOf(Long.MIN_VALUE, 2);
  private static final BigDecimal ONE_HALALA = BigDecimal.valueOf(1, 2);

  /**
   * Parses an amount in riyals: an optional minus sign, digits, and optionally a point followed by
   * decimals ({@code "20"}, {@code "20.5"}, {@code "-3.25"}, {@code "1200000000.00"}). Digits are
   * ASCII, Eastern Arabic-Indic (U+0660–U+0669) or Persian (U+06F0–U+06F9), the digit policy of
   * every Tatawwu parser; any other digit, a plus sign, an exponent, grouping separators or an
   * empty part are refused. Decimals beyond the second must be zeros. Runs in time linear in the
   * text's length, which is at most {@link #MAX_TEXT_LENGTH}.
   *
   * @param riyals the text, not null; surrounding white space is ignored
   * @return the amount
   * @throws InvalidValueException with code {@code money.fractionalHalala} for a non-zero third
   *     decimal, {@code money.overflow} beyond a {@code long} of halalas, {@code money.format} for
   *     anything else (including text longer than {@link #MAX_TEXT_LENGTH}); the message never
   *     contains the text
   */
  public static SarAmount parse(String riyals) {
    if (riyals.length() > MAX_TEXT_LENGTH) {
      throw format();
    }
    String s = SafeText.strip(SafeText.toAsciiDigits(riyals));
    int i = 0;
    int n = s.length();
    boolean negative = i < n && s.charAt(i) == '-';
    if (negative) {
      i++;
    }
    int wholeStart = i;
    while (i < n && isAsciiDigit(s.charAt(i))) {
      i++;
    }
    int wholeEnd = i;
    int fractionStart = n;
    if (i < n && s.charAt(i) == '.') {
      fractionStart = ++i;
      while (i < n && isAsciiDigit(s.charAt(i))) {
        i++;
      }
      if (i == fractionStart) {
        throw format();
      }
    }
    if (i != n || wholeEnd == wholeStart) {
      throw format();
    }
    for (int k = fractionStart + 2; k < n; k++) {
      if (s.charAt(k) != '0') {
        throw new InvalidValueException(
            "money.fractionalHalala", "an amount has at most two decimals (halalas)");
      }
    }
    // Accumulated negatively: Long.MIN_VALUE halalas is representable, its opposite is not.
    long halalas = 0;
    for (int k = wholeStart; k < wholeEnd; k++) {
      halalas = accumulate(halalas, s.charAt(k));
    }
    for (int k = fractionStart; k < fractionStart + 2; k++) {
      halalas = accumulate(halalas, k < n ? s.charAt(k) : '0');
    }
    if (!negative) {
      if (halalas == Long.MIN_VALUE) {
        throw overflow();
      }
      halalas = -halalas;
    }
    return new SarAmount(halalas);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static long accumulate(long negativeSoFar, char digit) {
    try {
      return Math.subtractExact(Math.multiplyExact(negativeSoFar, 10), digit - '0');
    } catch (ArithmeticException e) {
      throw overflow();
    }
  }

  private static InvalidValueException format() {
    return new InvalidValueException("money.format", "an amount is written like 20 or 20.50");
  }

  private static InvalidValueException overflow() {
    return new InvalidValueException("money.overflow", "the amount is too large");
  }

  /**
   * The largest unscaled value {@link #of(BigDecimal)} reads, in bits ({@link
   * java.math.BigInteger#bitLength()}): 512, about 154 decimal digits, far beyond the 19 digits of
   * a {@code long} of halalas written with any sensible number of trailing zeros.
   */
  public static final int MAX_UNSCALED_BITS = 512;

  /**
   * The largest scale, either sign, that {@link #of(BigDecimal)} reads: 1,000. A non-zero decimal
   * beyond it is either less than a halala or more than a {@code long} of halalas.
   */
  public static final int MAX_SCALE = 1_000;

  /**
   * Converts an amount in riyals with at most two decimals. Trailing zeros are allowed ({@code
   * 12.3400}), within a cap checked before any arithmetic: the unscaled value has at most {@link
   * #MAX_UNSCALED_BITS} bits and the scale is within ±{@link #MAX_SCALE}, so the time taken is
   * bounded whatever the caller built. Zero of any scale is accepted.
   *
   * @param riyals the amount, not null
   * @return the amount
   * @throws InvalidValueException with code {@code money.overflow} beyond a {@code long} of halalas
   *     (a non-zero decimal of scale below {@code -MAX_SCALE} included), {@code
   *     money.fractionalHalala} for a fraction of a halala (a non-zero decimal of scale above
   *     {@code MAX_SCALE} within the bit cap included), {@code money.format} for an unscaled value
   *     of more than {@link #MAX_UNSCALED_BITS} bits (such as 1.00 written with thousands of
   *     trailing zeros); the message never contains the value
   */
  public static SarAmount of(BigDecimal riyals) {
    if (riyals.signum() == 0) {
      return ZERO;
    }
    // The cap, in O(1) before any arithmetic: stripping the trailing zeros of a huge unscaled value
    // takes time quadratic in its length. A scale beyond the cap (with an unscaled value within it)
    // puts a non-zero value beyond a long of halalas, or below one halala.
    if (riyals.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
      throw new InvalidValueException(
          "money.format", "an amount's unscaled value has at most " + MAX_UNSCALED_BITS + " bits");
    }
    if (riyals.scale() < -MAX_SCALE) {
      throw overflow();
    }
    if (riyals.scale() > MAX_SCALE) {
      throw new InvalidValueException(
          "money.fractionalHalala", "an amount has at most two decimals (halalas)");
    }
    // Compared first, so that no scale is shifted or divided out of range ("1E+2147483647").
    if (riyals.compareTo(MAX_RIYALS) > 0 || riyals.compareTo(MIN_RIYALS) < 0) {
      throw overflow();
    }
    if (riyals.abs().compareTo(ONE_HALALA) < 0) {
      throw new InvalidValueException(
          "money.fractionalHalala", "an amount has at most two decimals (halalas)");
    }
    BigDecimal halalas = riyals.movePointRight(2);
    if (halalas.stripTrailingZeros().scale() > 0) {
      throw new InvalidValueException(
          "money.fractionalHalala", "an amount has at most two decimals (halalas)");
    }
    return new SarAmount(halalas.longValueExact());
  }

  /**
   * Adds exactly.
   *
   * @param other the other amount, not null
   * @return the sum
   * @throws ArithmeticException on overflow
   */
  public SarAmount plus(SarAmount other) {
    return new SarAmount(Math.addExact(halalas, other.halalas));
  }

  /**
   * Returns the amount in riyals.
   *
   * @return a decimal with two places
   */
  public BigDecimal toRiyals() {
    return BigDecimal.valueOf(halalas, 2);
  }

  @Override
  public int compareTo(SarAmount other) {
    return Long.compare(halalas, other.halalas);
  }

  /** Returns {@code SAR 1,234.50}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SAR %,.2f", toRiyals());
  }
}
