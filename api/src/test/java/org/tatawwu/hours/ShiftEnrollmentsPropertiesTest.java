package org.tatawwu.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.volunteer.VolunteerId;

/**
 * {@link ShiftEnrollments} against a plain model: a hash map from each volunteer to its history,
 * read by a linear scan (the last status taken at or before the instant holds).
 */
class ShiftEnrollmentsPropertiesTest {
  private static final OpportunityNumber OPPORTUNITY = OpportunityNumber.parse("20250000009");
  private static final ShiftId SHIFT = ShiftId.of("S1");
  private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

  /** The model: each volunteer's history in the order given (sorted by since). */
  private static final class Model {
    final Map<VolunteerId, List<Enrollment>> histories = new HashMap<>();

    @Nullable EnrollmentStatus at(VolunteerId v, Instant t) {
      EnrollmentStatus found = null;
      for (Enrollment e : histories.getOrDefault(v, List.of())) {
        if (!e.since().isAfter(t)) {
          found = e.status();
        }
      }
      return found;
    }

    Set<VolunteerId> enrolledAt(Instant t) {
      Set<VolunteerId> out = new HashSet<>();
      for (VolunteerId v : histories.keySet()) {
        EnrollmentStatus s = at(v, t);
        if (s == EnrollmentStatus.ACCEPTED || s == EnrollmentStatus.ATTENDED) {
          out.add(v);
        }
      }
      return out;
    }
  }

  private static Enrollment enrollment(VolunteerId v, EnrollmentStatus s, Instant since) {
    return new Enrollment(v, OPPORTUNITY, SHIFT, s, since);
  }

  /**
   * A random roster of {@code volunteers} volunteers (ids from a pool about as large, so that some
   * are absent), each with one to {@code statuses} statuses at random instants within a few seconds
   * of each other, nanoseconds included, sorted by since.
   */
  private static Map<VolunteerId, List<Enrollment>> roster(Random r, int volunteers, int statuses) {
    Map<VolunteerId, List<Enrollment>> out = new LinkedHashMap<>();
    EnrollmentStatus[] all = EnrollmentStatus.values();
    while (out.size() < volunteers) {
      VolunteerId v = VolunteerId.of("V" + r.nextInt(volunteers * 2 + 1));
      if (out.containsKey(v)) {
        continue;
      }
      List<Enrollment> history = new ArrayList<>();
      int n = 1 + r.nextInt(statuses);
      for (int k = 0; k < n; k++) {
        Instant since = T0.plusSeconds(r.nextInt(5)).plusNanos(r.nextInt(3));
        history.add(enrollment(v, all[r.nextInt(all.length)], since));
      }
      history.sort(Comparator.comparing(Enrollment::since));
      out.put(v, history);
    }
    return out;
  }

  /**
   * The instants worth asking at: each since, a nanosecond either side, and far before and after.
   */
  private static List<Instant> probes(Map<VolunteerId, List<Enrollment>> roster) {
    List<Instant> out = new ArrayList<>();
    out.add(T0.minusSeconds(3600));
    out.add(T0.plusSeconds(3600));
    for (List<Enrollment> h : roster.values()) {
      for (Enrollment e : h) {
        out.add(e.since());
        out.add(e.since().minusNanos(1));
        out.add(e.since().plusNanos(1));
      }
    }
    return out;
  }

  private static ShiftEnrollments built(Map<VolunteerId, List<Enrollment>> roster) {
    List<Enrollment[]> histories = new ArrayList<>();
    roster.values().forEach(h -> histories.add(h.toArray(new Enrollment[0])));
    return new ShiftEnrollments(histories);
  }

  /**
   * Every volunteer of the pool (on the roster or not) at up to {@code most} of the probe instants,
   * picked at random by {@code r}.
   */
  private static void agrees(
      Map<VolunteerId, List<Enrollment>> roster, int pool, Random r, int most) {
    Model model = new Model();
    model.histories.putAll(roster);
    ShiftEnrollments compact = built(roster);
    List<VolunteerId> ids = new ArrayList<>();
    for (int i = 0; i <= pool; i++) {
      ids.add(VolunteerId.of("V" + i));
    }
    List<Instant> probes = probes(roster);
    java.util.Collections.shuffle(probes, r);
    for (Instant t : probes.subList(0, Math.min(most, probes.size()))) {
      for (VolunteerId v : ids) {
        assertThat(compact.at(v, t)).as("%s at %s", v.value(), t).isEqualTo(model.at(v, t));
      }
      assertThat(compact.enrolledAt(t)).as("enrolled at %s", t).isEqualTo(model.enrolledAt(t));
    }
  }

  @Test
  void agrees_with_a_map_of_histories_on_random_rosters() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 40), integers().between(1, 6))
        .checkAssert(
            (seed, volunteers, statuses) -> {
              Random r = new Random(seed);
              agrees(roster(r, volunteers, statuses), volunteers * 2 + 1, r, Integer.MAX_VALUE);
            });
  }

  @Test
  void agrees_on_a_roster_of_many_volunteers() {
    qt().withExamples(5)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              agrees(roster(r, 2_000, 3), 4_001, r, 40);
            });
  }

  @Test
  void an_empty_shift_holds_no_one() {
    ShiftEnrollments empty = new ShiftEnrollments(List.of());
    assertThat(empty.at(VolunteerId.of("V1"), T0)).isNull();
    assertThat(empty.enrolledAt(T0)).isEmpty();
  }

  @Test
  void one_enrollment_holds_from_its_instant_on() {
    VolunteerId v = VolunteerId.of("V1");
    ShiftEnrollments one =
        new ShiftEnrollments(
            List.<Enrollment[]>of(new Enrollment[] {enrollment(v, EnrollmentStatus.ACCEPTED, T0)}));
    assertThat(one.at(v, T0.minusNanos(1))).isNull();
    assertThat(one.at(v, T0)).isEqualTo(EnrollmentStatus.ACCEPTED);
    assertThat(one.at(v, T0.plusSeconds(86_400))).isEqualTo(EnrollmentStatus.ACCEPTED);
    assertThat(one.at(VolunteerId.of("V2"), T0)).isNull();
    assertThat(one.enrolledAt(T0.minusNanos(1))).isEmpty();
    assertThat(one.enrolledAt(T0)).containsExactly(v);
  }

  @Test
  void a_volunteer_history_answers_with_the_status_held_at_each_instant() {
    VolunteerId v = VolunteerId.of("V7");
    Instant applied = T0;
    Instant accepted = T0.plusSeconds(60);
    Instant attended = T0.plusSeconds(3600).plusNanos(5);
    Instant noShowElsewhere = T0.plusSeconds(7200);
    VolunteerId other = VolunteerId.of("V8");
    ShiftEnrollments roster =
        new ShiftEnrollments(
            List.of(
                new Enrollment[] {
                  enrollment(v, EnrollmentStatus.APPLIED, applied),
                  enrollment(v, EnrollmentStatus.ACCEPTED, accepted),
                  enrollment(v, EnrollmentStatus.ATTENDED, attended)
                },
                new Enrollment[] {
                  enrollment(other, EnrollmentStatus.ACCEPTED, applied),
                  enrollment(other, EnrollmentStatus.NO_SHOW, noShowElsewhere)
                }));
    assertThat(roster.at(v, applied.minusNanos(1))).isNull();
    assertThat(roster.at(v, applied)).isEqualTo(EnrollmentStatus.APPLIED);
    assertThat(roster.at(v, accepted.minusNanos(1))).isEqualTo(EnrollmentStatus.APPLIED);
    assertThat(roster.at(v, accepted)).isEqualTo(EnrollmentStatus.ACCEPTED);
    assertThat(roster.at(v, attended.minusNanos(1))).isEqualTo(EnrollmentStatus.ACCEPTED);
    assertThat(roster.at(v, attended)).isEqualTo(EnrollmentStatus.ATTENDED);
    assertThat(roster.enrolledAt(applied)).containsExactly(other);
    assertThat(roster.enrolledAt(accepted)).containsExactlyInAnyOrder(v, other);
    assertThat(roster.enrolledAt(noShowElsewhere)).containsExactly(v);
  }
}
