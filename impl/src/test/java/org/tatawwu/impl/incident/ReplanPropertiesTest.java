package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;

/**
 * Re-planning after batches of declines, on seat plans shaped like the command's after a wave:
 * offer holders pinned to one slot (score {@value DefaultIncidentCommand#PIN}), the others with
 * several ranked candidate slots, slots with an overbooking factor above their seats. Shapes vary
 * (slots, seats per slot, candidates per volunteer, overbooking, share of holders who decline,
 * declines among the unplaced, seats withdrawn between batches); after every batch the incremental
 * plan's total equals a full exact re-solve of what remains (the reference plan) and its assignment
 * is feasible: removed volunteers out, each pair a candidate, no slot over its remaining capacity,
 * the total the sum of the pairs' scores.
 */
class ReplanPropertiesTest {

  @Test
  void a_batch_of_declines_re_plans_to_the_full_re_solve_on_varied_shapes() {
    qt().withExamples(500).forAll(integers().between(0, Integer.MAX_VALUE)).checkAssert(this::run);
  }

  private void run(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int slots = 1 + rnd.nextInt(rnd.nextBoolean() ? 6 : 30);
    int seatsPerSlot = 1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 15);
    double overbooking = 1 + rnd.nextInt(5) * 0.25;
    int candidatesPerVolunteer = 1 + rnd.nextInt(Math.min(slots, 6));
    int others = rnd.nextInt(1 + slots * seatsPerSlot * (1 + rnd.nextInt(6)));
    int[] capacity = new int[slots];
    List<int[]> pairs = new ArrayList<>();
    int volunteers = 0;
    // Offer holders: each pinned to one slot, some slots filled to their cap, some not.
    for (int s = 0; s < slots; s++) {
      capacity[s] = (int) Math.ceil(seatsPerSlot * overbooking);
      int holders = rnd.nextInt(4) == 0 ? rnd.nextInt(capacity[s] + 1) : capacity[s];
      for (int h = 0; h < holders; h++) {
        pairs.add(new int[] {volunteers++, s, DefaultIncidentCommand.PIN});
      }
    }
    int pinned = volunteers;
    // The others: distinct candidate slots, ranked 1 to 999,999 (few distinct scores sometimes).
    int spread = rnd.nextBoolean() ? 1_000 : 5;
    for (int o = 0; o < others; o++) {
      int v = volunteers++;
      int first = rnd.nextInt(slots);
      int count = 1 + rnd.nextInt(candidatesPerVolunteer);
      for (int c = 0; c < count; c++) {
        pairs.add(new int[] {v, (first + c) % slots, 1 + rnd.nextInt(spread)});
      }
    }
    AssignmentProblem problem =
        AssignmentProblem.of(
            volunteers,
            capacity,
            pairs.stream().mapToInt(p -> p[0]).toArray(),
            pairs.stream().mapToInt(p -> p[1]).toArray(),
            pairs.stream().mapToInt(p -> p[2]).toArray());
    SeatPlan plan = SeatPlans.create(problem);
    SeatPlan reference = SeatPlans.resolving(problem);
    boolean[] removed = new boolean[volunteers];
    int[] left = capacity.clone();
    check(problem, plan.current(), reference.current(), removed, left);
    int batches = 1 + rnd.nextInt(3);
    double declineShare = rnd.nextInt(5) * 0.25;
    for (int b = 0; b < batches; b++) {
      for (int v = 0; v < pinned; v++) {
        if (!removed[v] && rnd.nextDouble() < declineShare) {
          removed[v] = true;
          plan.removeVolunteer(v);
          reference.removeVolunteer(v);
        }
      }
      for (int v = pinned; v < volunteers; v++) {
        if (!removed[v] && rnd.nextInt(10) == 0) {
          removed[v] = true;
          plan.removeVolunteer(v);
          reference.removeVolunteer(v);
        }
      }
      if (rnd.nextInt(3) == 0) {
        int s = rnd.nextInt(slots);
        if (left[s] > 0) {
          left[s]--;
          plan.removeSeat(s);
          reference.removeSeat(s);
        }
      }
      check(problem, plan.current(), reference.current(), removed, left);
    }
  }

  private static void check(
      AssignmentProblem problem,
      Assignment incremental,
      Assignment full,
      boolean[] removed,
      int[] left) {
    assertThat(incremental.totalScore()).isEqualTo(full.totalScore());
    int[] load = new int[left.length];
    long total = 0;
    for (int v = 0; v < problem.volunteers(); v++) {
      int s = incremental.shiftOf(v);
      if (s >= 0) {
        assertThat(removed[v]).isFalse();
        assertThat(problem.score(v, s)).isPositive();
        load[s]++;
        total += problem.score(v, s);
      }
    }
    for (int s = 0; s < left.length; s++) {
      assertThat(load[s]).isLessThanOrEqualTo(left[s]);
    }
    assertThat(total).isEqualTo(incremental.totalScore());
  }
}
