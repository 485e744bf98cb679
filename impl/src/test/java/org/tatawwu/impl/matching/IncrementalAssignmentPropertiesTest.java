package org.tatawwu.impl.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;
import org.tatawwu.matching.IncrementalAssignment;

/**
 * The incremental session under random arrivals, removals of volunteers and withdrawals of seats:
 * after every change its total equals the optimum of what remains, by brute force on small
 * instances.
 */
class IncrementalAssignmentPropertiesTest {

  /** What a session has seen: every volunteer's candidates, who was removed, seats left. */
  private static final class Model {
    final List<int[]> shifts = new ArrayList<>();
    final List<int[]> scores = new ArrayList<>();
    final List<Boolean> removed = new ArrayList<>();
    final int[] capacity;

    Model(int[] capacity) {
      this.capacity = capacity.clone();
    }

    /** The remaining problem: removed volunteers keep their index with no candidate. */
    AssignmentProblem remaining() {
      List<int[]> pairs = new ArrayList<>();
      for (int u = 0; u < shifts.size(); u++) {
        if (!removed.get(u)) {
          for (int i = 0; i < shifts.get(u).length; i++) {
            pairs.add(new int[] {u, shifts.get(u)[i], scores.get(u)[i]});
          }
        }
      }
      return Triples.problem(shifts.size(), capacity, pairs);
    }
  }

  private static int[] row(AssignmentProblem p, int u, boolean scores) {
    int from = p.firstCandidate(u);
    int[] out = new int[p.firstCandidate(u + 1) - from];
    for (int i = 0; i < out.length; i++) {
      out[i] = scores ? p.scoreAt(from + i) : p.shiftAt(from + i);
    }
    return out;
  }

  /**
   * Starts a session on the first {@code initial} volunteers of {@code p}, then applies {@code ops}
   * (each op: 0–3 add the next volunteer, 4–6 remove a live volunteer, 7–9 withdraw a seat),
   * checking after every change that the session's assignment is feasible for what remains and as
   * good as brute force.
   */
  private static void replay(AssignmentProblem p, int initial, List<Integer> ops) {
    replay(p, initial, ops, false);
  }

  /** As {@link #replay(AssignmentProblem, int, List)}, op 6 removing 1–4 volunteers at once. */
  private static void replayInBatches(AssignmentProblem p, int initial, List<Integer> ops) {
    replay(p, initial, ops, true);
  }

  private static void replay(AssignmentProblem p, int initial, List<Integer> ops, boolean batches) {
    int first = Math.min(initial, p.volunteers());
    int[] capacity = new int[p.shifts()];
    for (int j = 0; j < p.shifts(); j++) {
      capacity[j] = p.capacity(j);
    }
    Model model = new Model(capacity);
    for (int u = 0; u < first; u++) {
      model.shifts.add(row(p, u, false));
      model.scores.add(row(p, u, true));
      model.removed.add(false);
    }
    IncrementalAssignment session = Tatawwu.incrementalAssignment(model.remaining());
    check(session, model);
    int next = first;
    for (int k = 0; k < ops.size(); k++) {
      int op = ops.get(k);
      int pick = ops.get((k + 1) % ops.size()) * 7 + k;
      if (op <= 3 && next < p.volunteers()) {
        model.shifts.add(row(p, next, false));
        model.scores.add(row(p, next, true));
        model.removed.add(false);
        assertThat(session.addVolunteer(row(p, next, false), row(p, next, true))).isEqualTo(next);
        next++;
      } else if (op <= 6) {
        List<Integer> live = new ArrayList<>();
        for (int u = 0; u < model.removed.size(); u++) {
          if (!model.removed.get(u)) {
            live.add(u);
          }
        }
        if (live.isEmpty()) {
          continue;
        }
        if (batches && op == 6) {
          int count = Math.min(live.size(), 1 + pick % 4);
          int[] batch = new int[count];
          for (int b = 0; b < count; b++) {
            batch[b] = live.remove((pick + b) % live.size());
            model.removed.set(batch[b], true);
          }
          session.removeVolunteers(batch);
          check(session, model);
          continue;
        }
        int u = live.get(pick % live.size());
        model.removed.set(u, true);
        session.removeVolunteer(u);
      } else {
        List<Integer> seated = new ArrayList<>();
        for (int j = 0; j < capacity.length; j++) {
          if (model.capacity[j] > 0) {
            seated.add(j);
          }
        }
        if (seated.isEmpty()) {
          continue;
        }
        int j = seated.get(pick % seated.size());
        model.capacity[j]--;
        session.removeSeat(j);
      }
      check(session, model);
    }
  }

  private static void check(IncrementalAssignment session, Model model) {
    AssignmentProblem rest = model.remaining();
    Assignment a = session.current();
    assertThat(a.isFeasibleFor(rest)).isTrue();
    for (int u = 0; u < model.removed.size(); u++) {
      if (model.removed.get(u)) {
        assertThat(a.shiftOf(u)).isEqualTo(-1);
      }
    }
    assertThat(a.totalScore()).isEqualTo(AssignmentSolversPropertiesTest.bruteForce(rest));
  }

  @Test
  void after_arrivals_and_removals_the_total_is_the_optimum_of_what_remains() {
    qt().withExamples(3000)
        .forAll(
            AssignmentSolversPropertiesTest.problems(),
            integers().between(0, 7),
            lists().of(integers().between(0, 9)).ofSizeBetween(1, 14))
        .checkAssert(IncrementalAssignmentPropertiesTest::replay);
  }

  @Test
  void after_removals_from_a_warm_started_solve_with_scarce_seats_the_total_is_the_optimum() {
    qt().withExamples(3000)
        .forAll(
            AssignmentSolversPropertiesTest.scarce(),
            integers().between(3, 8),
            lists().of(integers().between(4, 9)).ofSizeBetween(1, 10))
        .checkAssert(IncrementalAssignmentPropertiesTest::replay);
  }

  @Test
  void after_arrivals_and_batches_of_removals_the_total_is_the_optimum_of_what_remains() {
    qt().withExamples(3000)
        .forAll(
            AssignmentSolversPropertiesTest.problems(),
            integers().between(0, 7),
            lists().of(integers().between(0, 9)).ofSizeBetween(1, 14))
        .checkAssert(IncrementalAssignmentPropertiesTest::replayInBatches);
  }

  @Test
  void after_batches_of_removals_from_a_warm_started_solve_the_total_is_the_optimum() {
    qt().withExamples(3000)
        .forAll(
            AssignmentSolversPropertiesTest.scarce(),
            integers().between(3, 8),
            lists().of(integers().between(4, 9)).ofSizeBetween(1, 10))
        .checkAssert(IncrementalAssignmentPropertiesTest::replayInBatches);
  }

  /**
   * Null arguments are refused with the argument's name and leave the session as it was; a problem
   * with several shifts per volunteer is refused as documented.
   */
  @Test
  @SuppressWarnings("NullAway") // passes null on purpose to check the documented NPEs
  void null_arguments_are_named_and_change_nothing() {
    AssignmentProblem p =
        AssignmentProblem.of(
            2, new int[] {1, 1}, new int[] {0, 1}, new int[] {0, 1}, new int[] {5, 7});
    assertThatThrownBy(() -> Tatawwu.incrementalAssignment(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("initial");
    assertThatThrownBy(() -> p.withShiftsPerVolunteer(2, null, new long[2]))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("startSecond");
    assertThatThrownBy(
            () ->
                Tatawwu.incrementalAssignment(
                    p.withShiftsPerVolunteer(2, new long[] {0, 10}, new long[] {10, 20})))
        .isInstanceOf(IllegalArgumentException.class);
    IncrementalAssignment session = Tatawwu.incrementalAssignment(p);
    assertThatThrownBy(() -> session.addVolunteer(null, new int[] {3}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("shifts");
    assertThatThrownBy(() -> session.addVolunteer(new int[] {0}, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scores");
    assertThatThrownBy(() -> session.removeVolunteers((int[]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("volunteers");
    assertThat(session.current().totalScore()).isEqualTo(12);
    assertThat(session.addVolunteer(new int[] {0}, new int[] {9})).isEqualTo(2);
    assertThat(session.current().totalScore()).isEqualTo(16);
  }

  @Test
  void a_batch_with_a_bad_index_is_refused_whole() {
    AssignmentProblem p =
        AssignmentProblem.of(
            3, new int[] {1, 1}, new int[] {0, 1, 2}, new int[] {0, 0, 1}, new int[] {5, 7, 3});
    IncrementalAssignment session = Tatawwu.incrementalAssignment(p);
    assertThat(session.current().totalScore()).isEqualTo(10);
    assertThatThrownBy(() -> session.removeVolunteers(1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> session.removeVolunteers(2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listed twice");
    assertThat(session.current().totalScore()).isEqualTo(10);
    session.removeVolunteers(1, 2);
    assertThat(session.current().shiftOf(0)).isEqualTo(0);
    assertThat(session.current().totalScore()).isEqualTo(5);
    assertThatThrownBy(() -> session.removeVolunteers(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("removed already");
    assertThat(session.current().totalScore()).isEqualTo(5);
    session.removeVolunteers();
    assertThat(session.current().totalScore()).isEqualTo(5);
  }

  /**
   * A medium instance (300 volunteers, 30 shifts of 0–3 seats, steep popularity) loses a third of
   * its volunteers and ten seats: the session's total equals a fresh exact solve of what remains,
   * which starts from the auction instead and never sees the removed volunteers.
   */
  @Test
  void a_medium_session_after_many_removals_equals_a_fresh_exact_solve() {
    SplittableRandom r = new SplittableRandom(20);
    int v = 300;
    int s = 30;
    int[] capacity = new int[s];
    for (int j = 0; j < s; j++) {
      capacity[j] = r.nextInt(4);
    }
    Model model = new Model(capacity);
    for (int u = 0; u < v; u++) {
      int[] mine = r.ints(0, s).map(x -> x * x / s).distinct().limit(1 + r.nextInt(8)).toArray();
      Arrays.sort(mine);
      model.shifts.add(mine);
      model.scores.add(r.ints(mine.length, 1, 1001).toArray());
      model.removed.add(false);
    }
    IncrementalAssignment session = Tatawwu.incrementalAssignment(model.remaining());
    AssignmentSolver exact = Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT);
    for (int k = 0; k < 100; k++) {
      int u = r.nextInt(v);
      if (!model.removed.get(u)) {
        model.removed.set(u, true);
        session.removeVolunteer(u);
      }
      if (k % 10 == 0) {
        int j = r.nextInt(s);
        if (model.capacity[j] > 0) {
          model.capacity[j]--;
          session.removeSeat(j);
        }
      }
    }
    AssignmentProblem rest = model.remaining();
    Assignment a = session.current();
    assertThat(a.isFeasibleFor(rest)).isTrue();
    assertThat(a.totalScore()).isEqualTo(exact.solve(rest).totalScore());
  }

  @Test
  void rejects_a_volunteer_out_of_range_or_removed_twice_and_a_shift_without_seats() {
    AssignmentProblem p =
        AssignmentProblem.of(
            2, new int[] {1, 0}, new int[] {0, 1}, new int[] {0, 0}, new int[] {5, 7});
    IncrementalAssignment session = Tatawwu.incrementalAssignment(p);
    assertThat(session.current().shiftOf(1)).isEqualTo(0);
    session.removeVolunteer(1);
    assertThat(session.current().shiftOf(0)).isEqualTo(0);
    assertThat(session.current().totalScore()).isEqualTo(5);
    assertThatThrownBy(() -> session.removeVolunteer(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("removed already");
    assertThatThrownBy(() -> session.removeVolunteer(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> session.removeSeat(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no seat left");
    assertThatThrownBy(() -> session.removeSeat(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
    session.removeSeat(0);
    assertThat(session.current().assigned()).isZero();
    assertThat(session.current().totalScore()).isZero();
  }
}
