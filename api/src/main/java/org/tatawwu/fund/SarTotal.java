package org.tatawwu.fund;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import org.tatawwu.impact.SarAmount;

/**
 * A total of Saudi riyals in a {@link FundReport}, held exactly as a whole number of halalas with
 * no upper bound. A fund's balance always fits a {@link SarAmount}, but the money that passed
 * through it over time need not: donations in, refunds and disbursements out may each add up to
 * more than a {@code long} of halalas while the balance never did. Never floating point, never
 * rounded, never saturated.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param halalas the total in halalas, not null, any sign (a period's donations less its refunds
 *     may be negative)
 */
public record SarTotal(BigInteger halalas) implements Comparable<SarTotal> {
  /** Zero riyals. */
  public static final SarTotal ZERO = new SarTotal(BigInteger.ZERO);

  /**
   * Checks the component.
   *
   * @param halalas the total in halalas, not null, any sign
   */
  public SarTotal {
    Objects.requireNonNull(halalas, "halalas");
  }

  /**
   * Returns a total of halalas.
   *
   * @param halalas the halalas, any value
   * @return the total
   */
  public static SarTotal ofHalalas(long halalas) {
    return new SarTotal(BigInteger.valueOf(halalas));
  }

  /**
   * Returns the total of one amount.
   *
   * @param amount the amount, not null
   * @return the same amount as a total
   */
  public static SarTotal of(SarAmount amount) {
    return ofHalalas(amount.halalas());
  }

  /**
   * Adds exactly.
   *
   * @param other the other total, not null
   * @return the sum
   */
  public SarTotal plus(SarTotal other) {
    return new SarTotal(halalas.add(other.halalas));
  }

  /**
   * Subtracts exactly.
   *
   * @param other the other total, not null
   * @return the difference
   */
  public SarTotal minus(SarTotal other) {
    return new SarTotal(halalas.subtract(other.halalas));
  }

  /**
   * Returns the total in riyals.
   *
   * @return a decimal with two places
   */
  public BigDecimal toRiyals() {
    return new BigDecimal(halalas, 2);
  }

  @Override
  public int compareTo(SarTotal other) {
    return halalas.compareTo(other.halalas);
  }

  /** Returns {@code SAR 1,234.50}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SAR %,.2f", toRiyals());
  }
}
