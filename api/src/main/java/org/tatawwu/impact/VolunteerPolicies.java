package org.tatawwu.impact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourTotals;

/** The platform's policies on volunteers' hours. All are records: configure by constructing. */
public final class VolunteerPolicies {
  private VolunteerPolicies() {}

  /**
   * Who counts as an active volunteer: an average of at least {@code minimumHoursPerMonth} over the
   * {@code lookBackMonths} before today, ignoring the last {@code ignoreRecentMonths} (so that
   * hours still awaiting approval do not decide it). Example from the IFRC set-up in Sahana Eden: 8
   * hours a month over the last year, ignoring the last 3 months.
   *
   * @param minimumHoursPerMonth 1 or more
   * @param lookBackMonths the window's length, more than {@code ignoreRecentMonths}
   * @param ignoreRecentMonths the recent months left out, 0 or more
   */
  public record ActiveVolunteerRule(
      int minimumHoursPerMonth, int lookBackMonths, int ignoreRecentMonths) {
    /** 8 hours a month over the last 12 months, ignoring the last 3. */
    public static final ActiveVolunteerRule DEFAULT = new ActiveVolunteerRule(8, 12, 3);

    /**
     * Checks the ranges.
     *
     * @param minimumHoursPerMonth 1 or more
     * @param lookBackMonths the window's length, more than {@code ignoreRecentMonths}
     * @param ignoreRecentMonths the recent months left out, 0 or more
     */
    public ActiveVolunteerRule {
      if (minimumHoursPerMonth < 1
          || ignoreRecentMonths < 0
          || lookBackMonths <= ignoreRecentMonths) {
        throw new IllegalArgumentException(
            "an active-volunteer rule needs a window longer than the months it ignores");
      }
    }

    /**
     * Returns whether a volunteer is active on a day.
     *
     * @param entries the volunteer's entries (only approved ones count), not null
     * @param today the day, not null
     * @return true when the average over the window meets the minimum
     */
    public boolean isActive(List<HourEntry> entries, LocalDate today) {
      LocalDate from = today.minusMonths(lookBackMonths);
      LocalDate until = today.minusMonths(ignoreRecentMonths);
      long minutes = 0;
      for (HourEntry e : entries) {
        if (e.status() == HourStatus.APPROVED
            && !e.day().isBefore(from)
            && e.day().isBefore(until)) {
          minutes = Math.addExact(minutes, e.creditedMinutes());
        }
      }
      long months = (long) lookBackMonths - ignoreRecentMonths;
      return minutes >= months * minimumHoursPerMonth * 60L;
    }
  }

  /**
   * The hours a secondary-school student must volunteer to graduate (40, recorded only through the
   * national platform). Compulsory hours count here, though not as ILO volunteer work.
   *
   * @param hours the required hours, 1 or more
   */
  public record SchoolRequirement(int hours) {
    /** Secondary school: 40 hours. */
    public static final SchoolRequirement SECONDARY = new SchoolRequirement(40);

    /**
     * Returns the minutes still missing.
     *
     * @param totals the student's totals, not null
     * @return minutes still to do, zero once met
     */
    public long remainingMinutes(HourTotals totals) {
      return Math.max(0, hours * 60L - totals.approvedMinutes());
    }

    /**
     * Returns whether the requirement is met.
     *
     * @param totals the student's totals, not null
     * @return true when approved hours reach the requirement
     */
    public boolean isMet(HourTotals totals) {
      return remainingMinutes(totals) == 0;
    }
  }

  /**
   * Milestones of approved hours (for example 50, 100, 500, 1,000) for recognition.
   *
   * @param hours the milestones in increasing order, each 1 or more
   */
  public record Milestones(List<Integer> hours) {
    /** 50, 100, 500 and 1,000 hours. */
    public static final Milestones DEFAULT = new Milestones(List.of(50, 100, 500, 1000));

    /**
     * Checks the order.
     *
     * @param hours the milestones in increasing order, each 1 or more
     */
    public Milestones {
      hours = List.copyOf(hours);
      for (int i = 0; i < hours.size(); i++) {
        if (hours.get(i) < 1 || (i > 0 && hours.get(i) <= hours.get(i - 1))) {
          throw new IllegalArgumentException("milestones increase and are positive");
        }
      }
    }

    /**
     * Returns the milestones reached.
     *
     * @param approvedMinutes approved minutes, zero or more
     * @return the milestones reached, in order
     */
    public List<Integer> reached(long approvedMinutes) {
      return hours.stream().filter(h -> approvedMinutes >= h * 60L).toList();
    }

    /**
     * Returns the next milestone.
     *
     * @param approvedMinutes approved minutes, zero or more
     * @return the next milestone, or empty once all are reached
     */
    public Optional<Integer> next(long approvedMinutes) {
      return hours.stream().filter(h -> approvedMinutes < h * 60L).findFirst();
    }
  }
}
