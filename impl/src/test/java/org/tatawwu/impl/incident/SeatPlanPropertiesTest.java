package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;

/**
 * The incremental seat plan after random removals of volunteers and seats equals a full exact
 * re-solve of what remains and the optimum found by brute force over every assignment of the
 * remaining volunteers (small instances); rows added among the removals ({@link
 * SeatPlan#addVolunteer}) keep both plans at the optimum of a dynamic programme over the rows left.
 */
class SeatPlanPropertiesTest {

  @Test
  void re_planning_after_removals_equals_a_full_re_solve() {
    qt().withExamples(1_500)
        .forAll(integers().between(0, Integer.MAX_VALUE))
        .checkAssert(this::run);
  }

  private void run(int seed) {
    Random rnd = new Random(seed);
    int volunteers = 1 + rnd.nextInt(7);
    int shifts = 1 + rnd.nextInt(3);
    int[] capacity = new int[shifts];
    for (int s = 0; s < shifts; s++) {
      capacity[s] = 1 + rnd.nextInt(2);
    }
    List<int[]> pairs = new ArrayList<>();
    for (int v = 0; v < volunteers; v++) {
      for (int s = 0; s < shifts; s++) {
        if (rnd.nextInt(3) > 0) {
          // pinned-like scores sometimes, as the command uses them
          int score = rnd.nextInt(8) == 0 ? DefaultIncidentCommand.PIN : 1 + rnd.nextInt(20);
          pairs.add(new int[] {v, s, score});
        }
      }
    }
    int[] vo = pairs.stream().mapToInt(p -> p[0]).toArray();
    int[] so = pairs.stream().mapToInt(p -> p[1]).toArray();
    int[] sc = pairs.stream().mapToInt(p -> p[2]).toArray();
    AssignmentProblem problem = AssignmentProblem.of(volunteers, capacity, vo, so, sc);
    SeatPlan plan = SeatPlans.create(problem);
    SeatPlan reference = SeatPlans.resolving(problem);
    boolean[] removed = new boolean[volunteers];
    int[] left = capacity.clone();
    assertThat(plan.current().totalScore()).isEqualTo(bruteForce(problem, removed, left));
    int changes = 1 + rnd.nextInt(4);
    for (int c = 0; c < changes; c++) {
      if (rnd.nextBoolean()) {
        int v = rnd.nextInt(volunteers);
        if (!removed[v]) {
          removed[v] = true;
          plan.removeVolunteer(v);
          reference.removeVolunteer(v);
        }
      } else {
        int s = rnd.nextInt(shifts);
        if (left[s] > 0) {
          left[s]--;
          plan.removeSeat(s);
          reference.removeSeat(s);
        }
      }
      Assignment a = plan.current();
      assertThat(a.totalScore()).isEqualTo(bruteForce(problem, removed, left));
      assertThat(a.totalScore()).isEqualTo(reference.current().totalScore());
      int[] load = new int[shifts];
      long total = 0;
      for (int v = 0; v < volunteers; v++) {
        int s = a.shiftOf(v);
        if (s >= 0) {
          assertThat(removed[v]).isFalse();
          assertThat(problem.score(v, s)).isPositive();
          load[s]++;
          total += problem.score(v, s);
        }
      }
      for (int s = 0; s < shifts; s++) {
        assertThat(load[s]).isLessThanOrEqualTo(left[s]);
      }
      assertThat(total).isEqualTo(a.totalScore());
    }
  }

  /**
   * Random sequences of removals and added rows, both plans side by side: volunteers of the problem
   * or added rows taken out (some before the plan read them), removed volunteers added again with
   * fewer pairs, other slots or other scores, new rows (some pinned to one slot with {@value
   * DefaultIncidentCommand#PIN} as the command makes them, some without candidates), seats
   * withdrawn; several changes wait between reads. After every read each plan's total equals the
   * optimum over the rows left, computed here by a dynamic programme over the rows and the seats
   * left on each slot, and its assignment is feasible: a removed row unplaced, each placed row on
   * one of its own slots at its own score, no slot over the seats left, the total the sum.
   */
  @Test
  void added_rows_keep_both_plans_at_the_optimum_of_what_remains() {
    int[] reads = new int[1];
    int[] added = new int[1];
    qt().withExamples(1_500)
        .forAll(integers().between(0, Integer.MAX_VALUE))
        .checkAssert(seed -> adding(seed, reads, added));
    // The property is about added rows: most reads must follow at least one.
    assertThat(added[0]).as("rows added").isGreaterThan(reads[0]);
  }

  private void adding(int seed, int[] reads, int[] addedCount) {
    Random rnd = new Random(seed);
    int shifts = 1 + rnd.nextInt(4);
    int[] capacity = new int[shifts];
    for (int s = 0; s < shifts; s++) {
      capacity[s] = rnd.nextInt(4);
    }
    int volunteers = rnd.nextInt(8);
    // Every row's slots and scores, the problem's first; a removed row's entry is kept (re-adding).
    List<int[][]> rows = new ArrayList<>();
    List<int[]> pairs = new ArrayList<>();
    for (int v = 0; v < volunteers; v++) {
      int[][] row = randomRow(rnd, shifts);
      rows.add(row);
      for (int i = 0; i < row[0].length; i++) {
        pairs.add(new int[] {v, row[0][i], row[1][i]});
      }
    }
    AssignmentProblem problem =
        AssignmentProblem.of(
            volunteers,
            capacity,
            pairs.stream().mapToInt(p -> p[0]).toArray(),
            pairs.stream().mapToInt(p -> p[1]).toArray(),
            pairs.stream().mapToInt(p -> p[2]).toArray());
    SeatPlan[] plans = {SeatPlans.create(problem), SeatPlans.resolving(problem)};
    List<Boolean> removed = new ArrayList<>();
    for (int v = 0; v < volunteers; v++) {
      removed.add(false);
    }
    int[] left = capacity.clone();
    for (SeatPlan plan : plans) {
      checkRows(plan.current(), rows, removed, left);
    }
    int steps = 1 + rnd.nextInt(8);
    for (int step = 0; step < steps; step++) {
      int changes = 1 + rnd.nextInt(3);
      for (int c = 0; c < changes; c++) {
        int kind = rnd.nextInt(10);
        if (kind < 3) {
          List<Integer> live = new ArrayList<>();
          for (int r = 0; r < rows.size(); r++) {
            if (!removed.get(r)) {
              live.add(r);
            }
          }
          if (!live.isEmpty()) {
            int r = live.get(rnd.nextInt(live.size()));
            removed.set(r, true);
            for (SeatPlan plan : plans) {
              plan.removeVolunteer(r);
            }
          }
          continue;
        }
        int[][] row;
        if (kind < 6) {
          List<Integer> gone = new ArrayList<>();
          for (int r = 0; r < rows.size(); r++) {
            if (removed.get(r)) {
              gone.add(r);
            }
          }
          row =
              gone.isEmpty()
                  ? randomRow(rnd, shifts)
                  : again(rnd, rows.get(gone.get(rnd.nextInt(gone.size()))), shifts);
        } else if (kind < 8) {
          row = randomRow(rnd, shifts);
        } else {
          row = new int[][] {{rnd.nextInt(shifts)}, {DefaultIncidentCommand.PIN}};
        }
        int index = rows.size();
        for (SeatPlan plan : plans) {
          assertThat(plan.addVolunteer(row[0], row[1]))
              .as("the added row's index")
              .isEqualTo(index);
        }
        rows.add(new int[][] {row[0].clone(), row[1].clone()});
        removed.add(false);
        addedCount[0]++;
      }
      if (rnd.nextInt(4) == 0) {
        int s = rnd.nextInt(shifts);
        if (left[s] > 0) {
          left[s]--;
          for (SeatPlan plan : plans) {
            plan.removeSeat(s);
          }
        }
      }
      for (SeatPlan plan : plans) {
        checkRows(plan.current(), rows, removed, left);
      }
      reads[0]++;
    }
  }

  /** Random distinct slots (none sometimes) with random scores, the pinned score sometimes. */
  private static int[][] randomRow(Random rnd, int shifts) {
    List<Integer> slots = new ArrayList<>();
    for (int s = 0; s < shifts; s++) {
      if (rnd.nextInt(3) > 0) {
        slots.add(s);
      }
    }
    Collections.shuffle(slots, rnd);
    int[][] row = new int[2][slots.size()];
    for (int i = 0; i < slots.size(); i++) {
      row[0][i] = slots.get(i);
      row[1][i] = score(rnd);
    }
    return row;
  }

  private static int score(Random rnd) {
    return rnd.nextInt(8) == 0 ? DefaultIncidentCommand.PIN : 1 + rnd.nextInt(20);
  }

  /**
   * A removed row coming back: with a subset of its pairs (same scores), the same slots scored
   * anew, or other slots.
   */
  private static int[][] again(Random rnd, int[][] old, int shifts) {
    int how = rnd.nextInt(3);
    if (how == 0) {
      List<Integer> kept = new ArrayList<>();
      for (int i = 0; i < old[0].length; i++) {
        if (rnd.nextBoolean()) {
          kept.add(i);
        }
      }
      int[][] row = new int[2][kept.size()];
      for (int i = 0; i < kept.size(); i++) {
        row[0][i] = old[0][kept.get(i)];
        row[1][i] = old[1][kept.get(i)];
      }
      return row;
    }
    if (how == 1) {
      int[][] row = {old[0].clone(), new int[old[0].length]};
      for (int i = 0; i < row[1].length; i++) {
        row[1][i] = score(rnd);
      }
      return row;
    }
    return randomRow(rnd, shifts);
  }

  private static void checkRows(
      Assignment a, List<int[][]> rows, List<Boolean> removed, int[] left) {
    assertThat(a.totalScore()).as("the plan's total").isEqualTo(optimum(rows, removed, left));
    int[] load = new int[left.length];
    long total = 0;
    for (int r = 0; r < rows.size(); r++) {
      int s = a.shiftOf(r);
      if (s < 0) {
        continue;
      }
      assertThat(removed.get(r)).as("a removed row placed").isFalse();
      int[][] row = rows.get(r);
      int score = 0;
      for (int i = 0; i < row[0].length; i++) {
        if (row[0][i] == s) {
          score = row[1][i];
        }
      }
      assertThat(score).as("row %d placed on a slot of its own", r).isPositive();
      load[s]++;
      total += score;
    }
    for (int s = 0; s < left.length; s++) {
      assertThat(load[s]).as("slot %d over its seats", s).isLessThanOrEqualTo(left[s]);
    }
    assertThat(total).isEqualTo(a.totalScore());
  }

  /**
   * The best total of the rows left: row by row, each left out or placed on one of its slots with a
   * seat left; memoised on the row and the seats left on every slot (at most 3 each).
   */
  private static long optimum(List<int[][]> rows, List<Boolean> removed, int[] left) {
    return optimum(rows, removed, left.clone(), 0, new HashMap<>());
  }

  private static long optimum(
      List<int[][]> rows, List<Boolean> removed, int[] left, int r, Map<String, Long> memo) {
    if (r == rows.size()) {
      return 0;
    }
    String key = r + Arrays.toString(left);
    Long known = memo.get(key);
    if (known != null) {
      return known;
    }
    long best = optimum(rows, removed, left, r + 1, memo);
    if (!removed.get(r)) {
      int[][] row = rows.get(r);
      for (int i = 0; i < row[0].length; i++) {
        int s = row[0][i];
        if (left[s] > 0) {
          left[s]--;
          best = Math.max(best, row[1][i] + optimum(rows, removed, left, r + 1, memo));
          left[s]++;
        }
      }
    }
    memo.put(key, best);
    return best;
  }

  /** The best total over every way to place the remaining volunteers (or leave them out). */
  private static long bruteForce(AssignmentProblem p, boolean[] removed, int[] left) {
    return best(p, removed, left.clone(), 0);
  }

  private static long best(AssignmentProblem p, boolean[] removed, int[] left, int v) {
    if (v == p.volunteers()) {
      return 0;
    }
    long result = best(p, removed, left, v + 1);
    if (removed[v]) {
      return result;
    }
    for (int s = 0; s < p.shifts(); s++) {
      int score = p.score(v, s);
      if (score > 0 && left[s] > 0) {
        left[s]--;
        result = Math.max(result, score + best(p, removed, left, v + 1));
        left[s]++;
      }
    }
    return result;
  }
}
