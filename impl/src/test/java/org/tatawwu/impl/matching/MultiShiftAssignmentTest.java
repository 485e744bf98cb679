package org.tatawwu.impl.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tatawwu.Tatawwu;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;

/** Several shifts per volunteer: exact mode against brute force, never an overlap. */
class MultiShiftAssignmentTest {
  final AssignmentSolver exact = Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT);
  final AssignmentSolver greedy = Tatawwu.assignmentSolver(AssignmentSolver.Mode.GREEDY);

  /**
   * Up to 5 volunteers, 5 shifts of 0–2 seats, 1–3 shifts per volunteer. Slotted: each shift sits
   * in one of three hour-long slots (shifts of a slot overlap, slots do not). Chained: shifts of 60
   * minutes starting at 0, 40 or 80, so neighbours overlap and the ends do not.
   */
  static Gen<AssignmentProblem> problems(boolean slotted) {
    return integers()
        .between(1, 5)
        .zip(
            integers().between(1, 3),
            lists().of(integers().between(0, 20)).ofSize(25),
            lists().of(integers().between(0, 2)).ofSize(10),
            (v, n, raw, caps) -> {
              int s = 5;
              List<int[]> pairs = new ArrayList<>();
              for (int u = 0; u < v; u++) {
                for (int j = 0; j < s; j++) {
                  int x = raw.get(u * 5 + j);
                  if (x >= 7) {
                    pairs.add(new int[] {u, j, x - 6});
                  }
                }
              }
              int[] capacity = new int[s];
              long[] start = new long[s];
              long[] end = new long[s];
              for (int j = 0; j < s; j++) {
                capacity[j] = caps.get(j);
                int slot = caps.get(5 + j) + (j % 2);
                start[j] = slotted ? slot * 3600L : slot * 2400L;
                end[j] = start[j] + 3600;
              }
              return Triples.problem(v, capacity, pairs).withShiftsPerVolunteer(n, start, end);
            });
  }

  /** The best total over every non-overlapping choice of up to N candidates per volunteer. */
  static long bruteForce(AssignmentProblem p) {
    return best(p, 0, new int[p.shifts()]);
  }

  private static long best(AssignmentProblem p, int u, int[] load) {
    if (u == p.volunteers()) {
      return 0;
    }
    int from = p.firstCandidate(u);
    int d = p.firstCandidate(u + 1) - from;
    long best = 0;
    for (int mask = 0; mask < (1 << d); mask++) {
      if (Integer.bitCount(mask) > p.shiftsPerVolunteer()) {
        continue;
      }
      boolean ok = true;
      long gain = 0;
      for (int a = 0; a < d && ok; a++) {
        if ((mask >> a & 1) == 0) {
          continue;
        }
        int s = p.shiftAt(from + a);
        ok = load[s] < p.capacity(s);
        for (int b = a + 1; b < d && ok; b++) {
          ok = (mask >> b & 1) == 0 || !p.overlap(s, p.shiftAt(from + b));
        }
        gain += p.scoreAt(from + a);
      }
      if (!ok) {
        continue;
      }
      for (int a = 0; a < d; a++) {
        if ((mask >> a & 1) == 1) {
          load[p.shiftAt(from + a)]++;
        }
      }
      best = Math.max(best, gain + best(p, u + 1, load));
      for (int a = 0; a < d; a++) {
        if ((mask >> a & 1) == 1) {
          load[p.shiftAt(from + a)]--;
        }
      }
    }
    return best;
  }

  @Test
  void exact_mode_equals_brute_force_on_slotted_rosters() {
    qt().withExamples(2000)
        .forAll(problems(true))
        .checkAssert(
            p -> {
              assertThat(MultiShiftAssignmentSolver.exactFor(p)).isTrue();
              Assignment a = exact.solve(p);
              assertThat(a.isFeasibleFor(p)).isTrue();
              assertThat(a.totalScore()).isEqualTo(bruteForce(p));
              assertThat(exact.solve(p)).isEqualTo(a);
            });
  }

  @Test
  void chained_overlaps_stay_feasible_and_never_beat_the_optimum() {
    qt().withExamples(2000)
        .forAll(problems(false))
        .checkAssert(
            p -> {
              Assignment a = exact.solve(p);
              assertThat(a.isFeasibleFor(p)).isTrue();
              assertThat(a.totalScore()).isLessThanOrEqualTo(bruteForce(p));
              Assignment g = greedy.solve(p);
              assertThat(g.isFeasibleFor(p)).isTrue();
              if (MultiShiftAssignmentSolver.exactFor(p)) {
                assertThat(a.totalScore()).isEqualTo(bruteForce(p));
                assertThat(a.totalScore()).isGreaterThanOrEqualTo(g.totalScore());
              }
            });
  }

  @Test
  void a_volunteer_takes_back_to_back_shifts_but_never_two_at_once() {
    // Shift 0 08:00-12:00 and shift 1 09:00-11:00 overlap; shift 2 12:00-16:00 follows shift 0.
    AssignmentProblem p = oneVolunteerScoring5And9And5(hours(8, 9, 12), hours(12, 11, 16));
    assertThat(MultiShiftAssignmentSolver.exactFor(p)).isTrue();
    Assignment a = exact.solve(p);
    assertThat(a.isFeasibleFor(p)).isTrue();
    assertThat(a.totalScore()).isEqualTo(bruteForce(p)).isEqualTo(14);
    assertThat(a.shiftsOf(0)).containsExactly(1, 2);
    assertThat(a.shiftOf(0)).isEqualTo(1);
    assertThatThrownBy(() -> Tatawwu.assignmentSolver(AssignmentSolver.Mode.STABLE).solve(p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one shift at most");
    assertThatThrownBy(() -> Tatawwu.assignmentSolver(AssignmentSolver.Mode.FAST).solve(p))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Tatawwu.incrementalAssignment(p))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chained_overlaps_are_solved_one_shift_per_block_as_documented() {
    // 08-12, 10-14, 12-16: 0 overlaps 1, 1 overlaps 2, 0 and 2 are apart: one block.
    AssignmentProblem p = oneVolunteerScoring5And9And5(hours(8, 10, 12), hours(12, 14, 16));
    assertThat(MultiShiftAssignmentSolver.exactFor(p)).isFalse();
    assertThat(exact.solve(p).totalScore()).isEqualTo(9);
    assertThat(bruteForce(p)).isEqualTo(10);
  }

  /** One volunteer, three one-seat shifts scored 5, 9 and 5, up to three shifts each. */
  /**
   * A limit far above any volunteer's candidates ("no limit") costs what the candidates do: 1,000
   * volunteers each wanting both of 2 one-seat shifts (08-10, 10-12) at Integer.MAX_VALUE shifts
   * each. Every volunteer scores 5 and 7 and the two seats are all there is, so both modes total 12
   * (greedy takes a 7 first, then a 5).
   */
  @Test
  void a_limit_far_above_the_candidates_solves_like_the_candidates_themselves() {
    int v = 1_000;
    int[] volunteerOf = new int[2 * v];
    int[] shiftOf = new int[2 * v];
    int[] scoreOf = new int[2 * v];
    for (int u = 0; u < v; u++) {
      volunteerOf[2 * u] = u;
      volunteerOf[2 * u + 1] = u;
      shiftOf[2 * u + 1] = 1;
      scoreOf[2 * u] = 5;
      scoreOf[2 * u + 1] = 7;
    }
    AssignmentProblem p =
        AssignmentProblem.of(v, new int[] {1, 1}, volunteerOf, shiftOf, scoreOf)
            .withShiftsPerVolunteer(Integer.MAX_VALUE, hours(8, 10), hours(10, 12));
    for (AssignmentSolver.Mode mode :
        List.of(AssignmentSolver.Mode.EXACT, AssignmentSolver.Mode.GREEDY)) {
      Assignment a = Tatawwu.assignmentSolver(mode).solve(p);
      assertThat(a.isFeasibleFor(p)).isTrue();
      assertThat(a.totalScore()).as("%s", mode).isEqualTo(12);
    }
  }

  private static AssignmentProblem oneVolunteerScoring5And9And5(long[] start, long[] end) {
    return AssignmentProblem.of(
            1, new int[] {1, 1, 1}, new int[] {0, 0, 0}, new int[] {0, 1, 2}, new int[] {5, 9, 5})
        .withShiftsPerVolunteer(3, start, end);
  }

  private static long[] hours(int... h) {
    long[] out = new long[h.length];
    for (int i = 0; i < h.length; i++) {
      out[i] = h[i] * 3600L;
    }
    return out;
  }
}
