package org.tatawwu.impact;

import java.math.BigDecimal;
import java.util.Locale;
import org.tatawwu.validation.InvalidValueException;

/**
 * An amount of Saudi riyals, held exactly as a whole number of halalas (SAR 1 = 100 halalas). Never
 * floating point; every operation is exact or throws on overflow.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param halalas the amount in halalas, any sign
 */
public record SarAmount(long halalas) implements Comparable<SarAmount> {
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

  /**
   * Parses an amount in riyals with at most two decimals ({@code "20"}, {@code "20.5"}, {@code
   * "1200000000.00"}).
   *
   * @param riyals the text, not null
   * @return the amount
   * @throws InvalidValueException with code {@code money.fractionalHalala} for a third decimal,
   *     {@code money.format} for anything else not a number, {@code money.overflow} beyond a {@code
   *     long} of halalas
   */
  public static SarAmount parse(String riyals) {
    BigDecimal value;
    try {
      value = new BigDecimal(riyals.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("money.format", "an amount is written like 20 or 20.50");
    }
    return of(value);
  }

  /**
   * Converts an amount in riyals with at most two decimals.
   *
   * @param riyals the amount, not null
   * @return the amount
   * @throws InvalidValueException for a fraction of a halala or an overflow
   */
  public static SarAmount of(BigDecimal riyals) {
    BigDecimal halalas = riyals.movePointRight(2);
    if (halalas.stripTrailingZeros().scale() > 0) {
      throw new InvalidValueException(
          "money.fractionalHalala", "an amount has at most two decimals (halalas)");
    }
    try {
      return new SarAmount(halalas.longValueExact());
    } catch (ArithmeticException e) {
      throw new InvalidValueException("money.overflow", "the amount is too large");
    }
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
