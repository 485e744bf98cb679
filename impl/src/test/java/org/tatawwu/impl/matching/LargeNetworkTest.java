package org.tatawwu.impl.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;

/**
 * Networks of more than a million volunteers and shifts: cost scaling stays available (so the exact
 * mode keeps its budgets and fallback) wherever its scaled prices stay inside their range.
 */
class LargeNetworkTest {

  /** V volunteers with one pair of the given score, S shifts without seats. */
  private static AssignmentProblem sparse(int volunteers, int shifts, int score) {
    return AssignmentProblem.of(
        volunteers, new int[shifts], new int[] {0}, new int[] {0}, new int[] {score});
  }

  @Test
  void the_scale_is_one_more_than_the_longest_simple_cycle() {
    // three shifts and the sink, and between them at most four volunteers: 8 nodes
    assertThat(CostScalingAssignmentSolver.scale(1_000_000, 3)).isEqualTo(9);
    // two volunteers, each between two of the five shifts and the sink: 8 nodes
    assertThat(CostScalingAssignmentSolver.scale(2, 5)).isEqualTo(9);
    assertThat(CostScalingAssignmentSolver.scale(0, 0)).isEqualTo(2);
  }

  @Test
  void price_range_decides_by_the_highest_score_and_the_size() {
    // 2.1 million nodes, scale 2,000,002: fits with scores up to 1,000, not with 1,000,000
    assertThat(CostScalingAssignmentSolver.fits(sparse(1_100_000, 1_000_000, 1_000))).isTrue();
    assertThat(CostScalingAssignmentSolver.fits(sparse(1_100_000, 1_000_000, 1_000_000))).isFalse();
    assertThat(ExactAssignmentSolver.budget(sparse(1_100_000, 1_000_000, 1_000_000)))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(ExactAssignmentSolver.budget(sparse(1_100_000, 1_000_000, 1_000)))
        .isLessThan(Long.MAX_VALUE);
    // a million volunteers on three shifts: scale 9, fits even with the highest scores
    assertThat(CostScalingAssignmentSolver.fits(sparse(2_000_000, 3, 1_000_000))).isTrue();
  }

  /**
   * Scarce seats on five shifts contested by nearly equal scores (each 999,998 to 1,000,000): an
   * auction at an eighth of a point from zero prices bids past its limit (at 200,000 volunteers it
   * would bid for minutes), so the fine start's is given up, and the solve still reaches the
   * optimum, every seat at the top score.
   */
  @Test
  void nearly_equal_scores_on_scarce_seats_give_up_the_fine_auction_and_stay_optimal() {
    int volunteers = 20_000;
    int shifts = 5;
    SplittableRandom random = new SplittableRandom(26);
    int[] volunteerOf = new int[volunteers * shifts];
    int[] shiftOf = new int[volunteers * shifts];
    int[] scoreOf = new int[volunteers * shifts];
    int[] top = new int[shifts]; // volunteers who give each shift the top score
    for (int v = 0, i = 0; v < volunteers; v++) {
      for (int j = 0; j < shifts; j++, i++) {
        volunteerOf[i] = v;
        shiftOf[i] = j;
        scoreOf[i] = 1_000_000 - random.nextInt(3);
        top[j] += scoreOf[i] == 1_000_000 ? 1 : 0;
      }
    }
    int[] capacity = new int[shifts];
    java.util.Arrays.fill(capacity, 2_800); // 14,000 seats for 20,000 volunteers
    AssignmentProblem p = AssignmentProblem.of(volunteers, capacity, volunteerOf, shiftOf, scoreOf);
    long limit =
        Math.max(
            ExactAssignmentSolver.FINE_AUCTION_FLOOR,
            ExactAssignmentSolver.FINE_AUCTION_LIMIT * ExactAssignmentSolver.elements(p));
    assertThat(
            AuctionAssignmentSolver.finePrices(
                p, new int[volunteers], AuctionAssignmentSolver.WARM_EPSILON / 2, limit))
        .isNull();
    // no total passes 14,000 seats × 1,000,000; every shift has over twice its seats in volunteers
    // who give it the top score, so that bound is the optimum
    assertThat(java.util.Arrays.stream(top).min().orElseThrow()).isGreaterThan(2 * 2_800);
    Assignment exact = Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT).solve(p);
    assertThat(exact.isFeasibleFor(p)).isTrue();
    assertThat(exact.totalScore()).isEqualTo(14_000L * 1_000_000);
  }

  @Test
  void a_million_and_more_volunteers_on_three_unlimited_shifts_each_get_their_best() {
    int volunteers = 1_200_000;
    int[] volunteerOf = new int[3 * volunteers];
    int[] shiftOf = new int[3 * volunteers];
    int[] scoreOf = new int[3 * volunteers];
    SplittableRandom random = new SplittableRandom(20261203);
    long expected = 0;
    for (int v = 0; v < volunteers; v++) {
      int best = 0;
      for (int j = 0; j < 3; j++) {
        volunteerOf[3 * v + j] = v;
        shiftOf[3 * v + j] = j;
        scoreOf[3 * v + j] = 1 + random.nextInt(1_000);
        best = Math.max(best, scoreOf[3 * v + j]);
      }
      expected += best;
    }
    int max = Integer.MAX_VALUE;
    AssignmentProblem p =
        AssignmentProblem.of(volunteers, new int[] {max, max, max}, volunteerOf, shiftOf, scoreOf);
    assertThat(ExactAssignmentSolver.budget(p)).isLessThan(Long.MAX_VALUE);
    Assignment exact = Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT).solve(p);
    assertThat(exact.totalScore()).isEqualTo(expected);
    assertThat(exact.isFeasibleFor(p)).isTrue();
  }

  /**
   * The coarse start's extrapolation: given up once at least 64 volunteers and 1/64 of them are in
   * and their work so far, scaled to all, passes twice the budget; never without a budget.
   */
  @Test
  void
      the_coarse_start_is_given_up_early_only_when_its_searches_so_far_extrapolate_past_twice_the_budget() {
    // 4,096 volunteers, budget 1,000: after 64 of them, work w extrapolates to w * 64
    assertThat(ExactAssignmentSolver.hopeless(32, 64, 4_096, 1_000)).isTrue(); // 2,048 > 2,000
    assertThat(ExactAssignmentSolver.hopeless(31, 64, 4_096, 1_000)).isFalse(); // 1,984
    assertThat(ExactAssignmentSolver.hopeless(32, 63, 4_096, 1_000)).isFalse(); // under 1/64 in
    // fewer than 64 volunteers in, however small the problem
    assertThat(ExactAssignmentSolver.hopeless(1_000, 63, 63, 1)).isFalse();
    assertThat(ExactAssignmentSolver.hopeless(1_000, 64, 64, 1)).isTrue();
    // 1,000,000 volunteers: 15,625 must be in before any extrapolation
    assertThat(ExactAssignmentSolver.hopeless(999, 15_624, 1_000_000, 1)).isFalse();
    assertThat(ExactAssignmentSolver.hopeless(999, 15_625, 1_000_000, 1)).isTrue();
    assertThat(ExactAssignmentSolver.hopeless(Long.MAX_VALUE / 2, 64, 64, Long.MAX_VALUE))
        .isFalse();
  }
}
