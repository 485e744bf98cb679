package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.incident.RotationRules;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Violation;

/**
 * {@code RotationCheck.check} against a model that counts whole hours one by one: random shifts on
 * whole hours of Asia/Riyadh (UTC+3 all year), each rule's limit set at or one step inside the
 * model's own figure so that both sides of every limit are met. The model marks every working hour
 * and its local day, measures each gap between the proposed shift and a worked one, and slides a
 * 168-hour window one hour at a time over every start from a week before the proposed shift to its
 * end; it shares no code with the check.
 */
class RotationCheckAgainstHoursModelTest {
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final LocalDateTime BASE = LocalDateTime.of(2026, 3, 1, 0, 0);

  /** A shift as whole hours counted from {@link #BASE}: {@code [start, end)}. */
  record Hours(int start, int end) {
    TimeRange range() {
      return TimeRange.of(instant(start), instant(end));
    }
  }

  static Instant instant(int hour) {
    return BASE.plusHours(hour).atZone(RIYADH).toInstant();
  }

  static LocalDate day(int hour) {
    return BASE.plusHours(hour).toLocalDate();
  }

  static List<String> described(List<Violation> violations) {
    List<String> out = new ArrayList<>();
    for (Violation v : violations) {
      StringBuilder b = new StringBuilder(v.code());
      new java.util.TreeMap<>(v.arguments())
          .forEach((k, value) -> b.append(' ').append(k).append('=').append(value));
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void the_check_reports_what_the_hour_by_hour_model_finds() {
    qt().withExamples(1500).forAll(longs().all()).checkAssert(this::agrees);
  }

  void agrees(long seed) {
    Random r = new Random(seed);
    // proposed shift: 1 to 30 hours starting in the middle two weeks of a 6-week span
    int ps = 14 * 24 + r.nextInt(14 * 24);
    Hours proposed = new Hours(ps, ps + 1 + r.nextInt(30));
    List<Hours> worked = new ArrayList<>();
    int n = r.nextInt(9);
    for (int i = 0; i < n; i++) {
      // near the proposed shift: up to 10 days either side
      int s = ps - 10 * 24 + r.nextInt(20 * 24);
      int len = 1 + r.nextInt(r.nextBoolean() ? 6 : 40);
      worked.add(new Hours(s, s + len));
    }

    // ---- the model ----
    Set<Integer> workHours = new TreeSet<>();
    Set<LocalDate> days = new TreeSet<>();
    for (Hours h : worked) {
      for (int x = h.start(); x < h.end(); x++) {
        workHours.add(x);
        days.add(day(x));
      }
    }
    for (int x = proposed.start(); x < proposed.end(); x++) {
      workHours.add(x);
      days.add(day(x));
    }
    LocalDate first = day(proposed.start());
    LocalDate last = day(proposed.end() - 1);
    while (days.contains(first.minusDays(1))) {
      first = first.minusDays(1);
    }
    while (days.contains(last.plusDays(1))) {
      last = last.plusDays(1);
    }
    long run = last.toEpochDay() - first.toEpochDay() + 1;

    Integer shortestGap = null;
    for (Hours h : worked) {
      int gap = Math.max(0, Math.max(proposed.start() - h.end(), h.start() - proposed.end()));
      shortestGap = shortestGap == null ? gap : Math.min(shortestGap, gap);
    }

    int most = 0;
    for (int w = proposed.start() - 168; w <= proposed.end(); w++) {
      int sum = 0;
      for (int x = w; x < w + 168; x++) {
        if (workHours.contains(x)) {
          sum++;
        }
      }
      most = Math.max(most, sum);
    }

    // ---- limits at the model's figures or one step inside them ----
    int maxDays = (int) Math.max(1, Math.min(366, run - r.nextInt(2)));
    int restHours = shortestGap == null ? r.nextInt(24) : Math.min(168, shortestGap + r.nextInt(2));
    int weekHours = Math.max(1, Math.min(168, most - r.nextInt(2)));
    RotationRules rules =
        new RotationRules(
            maxDays, Duration.ofHours(restHours), Duration.ofHours(weekHours), RIYADH);

    List<String> expected = new ArrayList<>();
    if (run > maxDays) {
      expected.add("rotation.consecutiveDays days=" + run + " max=" + maxDays);
    }
    if (shortestGap != null && shortestGap < restHours) {
      expected.add(
          "rotation.rest minMinutes=" + restHours * 60L + " restMinutes=" + shortestGap * 60L);
    }
    if (most > weekHours) {
      expected.add("rotation.weeklyHours maxMinutes=" + weekHours * 60L + " minutes=" + most * 60L);
    }

    List<TimeRange> ranges = new ArrayList<>();
    worked.forEach(h -> ranges.add(h.range()));
    assertThat(described(Tatawwu.rotationCheck(rules).check(ranges, proposed.range())))
        .as("worked %s, proposed %s, rules %s", worked, proposed, rules)
        .isEqualTo(expected);
  }
}
