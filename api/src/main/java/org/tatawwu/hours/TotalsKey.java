package org.tatawwu.hours;

import java.util.Comparator;
import java.util.Objects;

/**
 * The key of one group of {@link HourLedger#totals(Dimension, Bucket, org.tatawwu.time.DateRange)}:
 * which dimension, which of its values, which period.
 *
 * <p>Values by dimension: {@code all} for {@link Dimension#ALL}; the volunteer id, opportunity
 * number, entity id or field code as text; the region's ISO 3166-2 code ({@code SA-01}); {@code
 * organisation} or {@code direct} for {@link Dimension#MODE}. Periods are the labels of {@link
 * Bucket#labelOf(java.time.LocalDate)} ({@code 1446-09}, {@code 2025-W11}, {@code all}).
 *
 * <p>Keys order by dimension, then value, then period. This class is immutable and thread-safe.
 *
 * @param dimension what the totals are grouped by, not null
 * @param value the dimension's value for this group, not null
 * @param period the label of the period bucket, not null
 */
public record TotalsKey(Dimension dimension, String value, String period)
    implements Comparable<TotalsKey> {
  private static final Comparator<TotalsKey> ORDER =
      Comparator.comparing(TotalsKey::dimension)
          .thenComparing(TotalsKey::value)
          .thenComparing(TotalsKey::period);

  /**
   * Checks for nulls.
   *
   * @param dimension what the totals are grouped by, not null
   * @param value the dimension's value for this group, not null
   * @param period the label of the period bucket, not null
   */
  public TotalsKey {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(period, "period");
  }

  /**
   * Returns the key of a group.
   *
   * @param dimension what the totals are grouped by, not null
   * @param value the dimension's value, not null
   * @param period the period's label, not null
   * @return the key
   */
  public static TotalsKey of(Dimension dimension, String value, String period) {
    return new TotalsKey(dimension, value, period);
  }

  /**
   * Compares by dimension, then value, then period.
   *
   * @param other the other key, not null
   * @return negative, zero or positive as this key sorts before, with or after the other
   */
  @Override
  public int compareTo(TotalsKey other) {
    return ORDER.compare(this, other);
  }
}
