package org.tatawwu.hours;

/**
 * Totals over a group of entries, in minutes. Approved and pending are kept apart; compulsory
 * minutes are part of the approved ones and are excluded from {@link #iloMinutes()}, which follows
 * the ILO definition of volunteer work (19th ICLS, 2013).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param approvedMinutes approved minutes, zero or more
 * @param compulsoryMinutes approved minutes that were compulsory, at most {@code approvedMinutes}
 * @param pendingMinutes submitted minutes awaiting a decision, zero or more
 * @param approvedEntries the number of approved entries
 */
public record HourTotals(
    long approvedMinutes, long compulsoryMinutes, long pendingMinutes, long approvedEntries) {
  /** No hours. */
  public static final HourTotals ZERO = new HourTotals(0, 0, 0, 0);

  /**
   * Returns the approved minutes that count as volunteer work for the ILO: approved minus
   * compulsory.
   *
   * @return minutes, zero or more
   */
  public long iloMinutes() {
    return approvedMinutes - compulsoryMinutes;
  }

  /**
   * Returns the approved hours, as a decimal (for display).
   *
   * @return approved minutes divided by 60
   */
  public double approvedHours() {
    return approvedMinutes / 60.0;
  }
}
