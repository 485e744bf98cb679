package org.tatawwu.impl.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.incident.RotationCheck;
import org.tatawwu.incident.RotationRules;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;

/**
 * Checks rotation and rest rules on one volunteer's shifts. Immutable and thread-safe.
 *
 * <p>Rest: the shortest gap between the proposed shift and another (0 when they overlap). Days in a
 * row: the days of the zone each shift overlaps, and the run of consecutive days that contains the
 * proposed shift's days. Weekly: the most work (overlaps merged) in any window of 168 hours that
 * contains part of the proposed shift; the work in a window is piecewise linear in the window's
 * start, so its maximum is at a breakpoint (an interval's start or end, or 168 hours before one),
 * and each breakpoint is checked: O(n²) for n shifts, n being one volunteer's shifts.
 */
final class DefaultRotationCheck implements RotationCheck {
  private static final Duration WEEK = Duration.ofDays(7);
  private final RotationRules rules;

  DefaultRotationCheck(RotationRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  @Override
  public RotationRules rules() {
    return rules;
  }

  @Override
  public List<Violation> check(List<TimeRange> worked, TimeRange proposed) {
    Objects.requireNonNull(worked, "worked");
    Objects.requireNonNull(proposed, "proposed");
    List<Violation> out = new ArrayList<>(3);
    consecutiveDays(worked, proposed, out);
    rest(worked, proposed, out);
    weekly(worked, proposed, out);
    return out;
  }

  private void consecutiveDays(List<TimeRange> worked, TimeRange proposed, List<Violation> out) {
    Set<LocalDate> days = new TreeSet<>();
    for (TimeRange t : worked) {
      addDays(t, days);
    }
    addDays(proposed, days);
    LocalDate first = day(proposed.start());
    LocalDate last = day(proposed.end().minusNanos(1));
    while (days.contains(first.minusDays(1))) {
      first = first.minusDays(1);
    }
    while (days.contains(last.plusDays(1))) {
      last = last.plusDays(1);
    }
    long run = first.until(last, java.time.temporal.ChronoUnit.DAYS) + 1;
    if (run > rules.maxConsecutiveDays()) {
      out.add(
          Violation.of("rotation.consecutiveDays", "days", run, "max", rules.maxConsecutiveDays()));
    }
  }

  private LocalDate day(Instant i) {
    return LocalDate.ofInstant(i, rules.zone());
  }

  private void addDays(TimeRange t, Set<LocalDate> days) {
    LocalDate d = day(t.start());
    LocalDate last = day(t.end().minusNanos(1));
    while (!d.isAfter(last)) {
      days.add(d);
      d = d.plusDays(1);
    }
  }

  private void rest(List<TimeRange> worked, TimeRange proposed, List<Violation> out) {
    Duration shortest = null;
    for (TimeRange t : worked) {
      Duration gap;
      if (t.overlaps(proposed)) {
        gap = Duration.ZERO;
      } else if (!t.end().isAfter(proposed.start())) {
        gap = Duration.between(t.end(), proposed.start());
      } else {
        gap = Duration.between(proposed.end(), t.start());
      }
      if (shortest == null || gap.compareTo(shortest) < 0) {
        shortest = gap;
      }
    }
    if (shortest != null && shortest.compareTo(rules.minRest()) < 0) {
      out.add(
          Violation.of(
              "rotation.rest",
              "restMinutes",
              shortest.toMinutes(),
              "minMinutes",
              rules.minRest().toMinutes()));
    }
  }

  private void weekly(List<TimeRange> worked, TimeRange proposed, List<Violation> out) {
    List<TimeRange> merged = merge(worked, proposed);
    long weekSeconds = WEEK.toSeconds();
    long lo = proposed.start().getEpochSecond() - weekSeconds;
    long hi = proposed.end().getEpochSecond();
    List<Long> candidates = new ArrayList<>();
    candidates.add(lo);
    candidates.add(hi);
    for (TimeRange t : merged) {
      long s = t.start().getEpochSecond();
      long e = t.end().getEpochSecond();
      candidates.add(s);
      candidates.add(e);
      candidates.add(s - weekSeconds);
      candidates.add(e - weekSeconds);
    }
    long most = 0;
    for (long start : candidates) {
      if (start < lo || start > hi) {
        continue;
      }
      long end = start + weekSeconds;
      long sum = 0;
      for (TimeRange t : merged) {
        long s = Math.max(start, t.start().getEpochSecond());
        long e = Math.min(end, t.end().getEpochSecond());
        if (e > s) {
          sum += e - s;
        }
      }
      most = Math.max(most, sum);
    }
    if (most > rules.maxPerWeek().toSeconds()) {
      out.add(
          Violation.of(
              "rotation.weeklyHours",
              "minutes",
              most / 60,
              "maxMinutes",
              rules.maxPerWeek().toMinutes()));
    }
  }

  /** The union of the shifts, as disjoint intervals in order (whole seconds, rounded outwards). */
  private static List<TimeRange> merge(List<TimeRange> worked, TimeRange proposed) {
    List<TimeRange> all = new ArrayList<>(worked);
    all.add(proposed);
    all.sort(null);
    List<TimeRange> merged = new ArrayList<>();
    Instant s = null;
    Instant e = null;
    for (TimeRange t : all) {
      if (s == null || e == null) {
        s = t.start();
        e = t.end();
      } else if (!t.start().isAfter(e)) {
        e = t.end().isAfter(e) ? t.end() : e;
      } else {
        merged.add(TimeRange.of(s, e));
        s = t.start();
        e = t.end();
      }
    }
    if (s != null && e != null) {
      merged.add(TimeRange.of(s, e));
    }
    return merged;
  }

  @Override
  public List<Violation> checkSubmission(List<HourEntry> recorded, HourSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    List<TimeRange> worked = new ArrayList<>();
    for (HourEntry e : recorded) {
      if (e.volunteer().equals(submission.volunteer())
          && (e.status() == HourStatus.SUBMITTED || e.status() == HourStatus.APPROVED)) {
        worked.add(e.time());
      }
    }
    return check(worked, submission.time());
  }

  @Override
  public void require(List<TimeRange> worked, TimeRange proposed) {
    List<Violation> v = check(worked, proposed);
    if (!v.isEmpty()) {
      throw new RuleException(v, IncidentMessages.MESSAGES::problems);
    }
  }
}
