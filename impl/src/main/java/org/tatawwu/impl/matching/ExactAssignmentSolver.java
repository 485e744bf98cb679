package org.tatawwu.impl.matching;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;
import org.tatawwu.matching.IncrementalAssignment;

/**
 * Maximum-score assignment by successive shortest paths. Network: each volunteer sends one unit
 * either to a candidate shift (cost −score) or straight to the sink ("unassigned", cost 0); each
 * shift passes up to its seats to the sink. Volunteers are added one at a time; each addition is a
 * shortest path from the new volunteer to the sink in the residual network, found with Dijkstra on
 * costs reduced by potentials. A new volunteer's potential is set so that its arcs have
 * non-negative reduced cost; after each path, potentials grow by the distances found, capped at the
 * sink's, so reduced costs stay non-negative. Every augmentation is along a shortest path, so the
 * flow stays of minimum cost — the assignment of maximum score (Ahuja, Magnanti &amp; Orlin,
 * Network Flows, 1993, §9.7). Because volunteers are added one at a time, the same code serves the
 * incremental re-solve. Removals keep the flow optimal the same way: a removed volunteer's seat
 * stays counted as sending its unit to the sink (a deficit of its shift), and one shortest path
 * from the sink back to that shift fills or frees it; a seat withdrawn from a full shift leaves one
 * volunteer in excess there, and one shortest path from the shift to the sink moves someone out.
 *
 * <p>Warm starts. An auction ({@link AuctionAssignmentSolver}) runs first and its choice is kept
 * where it is exactly right: its prices become the shifts' potentials and its seats held in exact
 * complementary slackness are kept. A volunteer it placed out of slackness is taken out of its
 * seat; a priced seat so emptied stays counted as filled (a deficit of that shift), and until every
 * deficit is met the searches run from each such volunteer to the nearest shift with a deficit,
 * passing through the sink when they reach it — successive shortest paths from a pseudoflow (Ahuja,
 * Magnanti &amp; Orlin, §9.7), so the result is the optimum whatever the auction did. Each search
 * updates potentials only on the nodes it reached and skips nodes no closer than the nearest target
 * already is. Worst case O(V · (E + N) log N) for E candidate pairs and N = V + S nodes, far less
 * in practice; memory O(E + N). Two auctions serve. The fine start: FAST's auction run to a
 * quarter-point ε ({@link AuctionAssignmentSolver#finePrices}: from zero prices or, where that
 * takes long, with ε-scaling and reverse bids), its prices rounded down to whole points, after
 * which few volunteers are out of slackness and the searches' work is mostly a few units per
 * element of the network; should the searches spend their budget, once more at an eighth of a point
 * (where seats number at least one and a half times the volunteers, the eighth alone). The coarse
 * start: a single auction at ε of an eighth of the highest score, which orders the volunteers
 * (those it placed first, each group by surplus at its prices) and, where seats are scarce and it
 * left few shifts with volunteers at price 0, also warm-starts the flow.
 *
 * <p>Budgets. The searches' work (nodes settled and arcs scanned) is counted. Most inputs need a
 * few units per element (candidate pair, volunteer or shift), but where the last paths of a
 * near-perfect matching grow long, each search explores most of the network and the total reaches
 * hundreds of units per element. A one-off {@link #solve} therefore gives each start a budget and,
 * once it is spent, turns to the next: where the seats number at least three quarters of the
 * volunteers, the fine start ({@value #FINE_BUDGET} units per element), then the coarse one; where
 * seats are scarcer, the coarse one first (its own warm start applies there), then the fine one. On
 * scarce seats with short candidate lists ({@link #shortLists}), where the fine start's auction is
 * cheap, the fine start at a quarter point is tried before the coarse one, its auction given up
 * once its bids have scanned {@value #FINE_AUCTION_BUDGET} candidates per element; every fine
 * start's auction is given up past {@value #FINE_AUCTION_LIMIT}, and once one is, no fine start is
 * tried again (from zero prices a smaller ε only needs more bids). The coarse start's budget is
 * {@value #NEAR_PERFECT_BUDGET} units per element where the seats number from three quarters to one
 * and a half times the volunteers and {@value #BUDGET} elsewhere, and it is given up sooner where
 * its searches so far, extrapolated to all volunteers, pass twice that ({@link #hopeless}). Once
 * the budgets are spent it solves from scratch with cost scaling ({@link
 * CostScalingAssignmentSolver}: global price updates, and for long candidate lists a first solve on
 * each volunteer's best candidates by score and by score minus the auction's price, checked against
 * every pair left out), whose time depends far less on the input's shape. Where cost scaling's
 * prices could leave a {@code long} ({@link #budget}), the coarse start runs alone, without a
 * budget. Sessions ({@link #session}) always use the coarse start.
 *
 * <p>Nodes: the sink 0, shifts 1..S, volunteers S+1.. (so volunteers can be appended).
 * Deterministic: the heap breaks ties by node index. Stateless and thread-safe; sessions are not.
 */
public final class ExactAssignmentSolver implements AssignmentSolver {
  /** Creates the solver. */
  public ExactAssignmentSolver() {}

  @Override
  public Assignment solve(AssignmentProblem p) {
    Objects.requireNonNull(p, "problem");
    if (p.shiftsPerVolunteer() > 1) {
      return MultiShiftAssignmentSolver.solve(p);
    }
    long budget = budget(p);
    if (budget == Long.MAX_VALUE) {
      return solve(p, budget, -1, -1);
    }
    long elements = elements(p);
    long auctionBudget = shortLists(p) ? FINE_AUCTION_BUDGET * elements : -1;
    return solve(p, budget, FINE_BUDGET * elements, auctionBudget);
  }

  /**
   * Whether the candidate lists are short enough for the fine start to go first where seats are
   * scarce: at most {@value #SHORT_LIST} candidates per volunteer on average, or at most {@value
   * #MEDIUM_LIST} in a network of at least {@value #LARGE_NETWORK} volunteers and shifts. The fine
   * start's auction bids more often the longer the lists (on the benchmark grid's scarce cells 1 to
   * 4 bids per volunteer with 5 candidates, up to 15 with 20 and up to 69 with 100), while the
   * coarse start's searches grow with the network: with 20 candidates the two starts take about the
   * same time at 10,000 volunteers, and the fine one less at 100,000.
   */
  static boolean shortLists(AssignmentProblem p) {
    long v = p.volunteers();
    long pairs = p.pairs();
    return pairs <= SHORT_LIST * v || (pairs <= MEDIUM_LIST * v && v + p.shifts() >= LARGE_NETWORK);
  }

  /**
   * Successive shortest paths from the fine start, then from the coarse one, each given up once its
   * work passes its budget, then cost scaling.
   *
   * @param p the problem, one shift per volunteer
   * @param budget nodes settled and arcs scanned from the coarse start
   * @param fineBudget the same from the fine start; negative: the fine start is not tried
   * @return an assignment of maximum total score
   */
  static Assignment solve(AssignmentProblem p, long budget, long fineBudget) {
    return solve(p, budget, fineBudget, -1);
  }

  /**
   * As {@link #solve(AssignmentProblem, long, long)}; where seats are scarcer than three quarters
   * of the volunteers, the fine start at a quarter point is first tried with its auction given up
   * once its bids have scanned more than {@code auctionBudget} candidates (negative: not tried).
   */
  static Assignment solve(AssignmentProblem p, long budget, long fineBudget, long auctionBudget) {
    boolean fineFirst = 4 * seats(p) >= 3L * p.volunteers();
    Session s = null;
    Fine fine = new Fine(p, fineBudget);
    if (fineFirst) {
      s = fine.solve();
    } else if (auctionBudget >= 0) {
      s = fine.quarterFirst(auctionBudget);
    }
    long @Nullable [] price = null;
    if (s == null) {
      int[] placed = new int[p.volunteers()];
      price = AuctionAssignmentSolver.prices(p, placed);
      s = solved(p, budget, placed, price, false);
    }
    if (s == null && !fineFirst) {
      s = fine.solve();
    }
    return s != null ? s.current() : CostScalingAssignmentSolver.solve(p, price);
  }

  /**
   * The fine start: successive shortest paths from FAST's auction run to ε = {@link
   * AuctionAssignmentSolver#WARM_EPSILON} ({@link AuctionAssignmentSolver#finePrices}), and if
   * their work passes the budget, again at half that ε. Once an auction is given up (past {@value
   * #FINE_AUCTION_LIMIT} candidates scanned per element, at least {@value #FINE_AUCTION_FLOOR}; or,
   * tried first, past its own budget), no fine start is tried again: where nearly equal scores
   * contest scarce seats, the bids number about the scores over ε, so a smaller ε needs more. Not
   * thread-safe; one per solve.
   */
  private static final class Fine {
    final AssignmentProblem p;
    final long budget;

    /** Whether an auction was given up, or the fine start is not to be tried. */
    boolean done;

    /** Whether the quarter point's searches were tried (and spent their budget). */
    boolean quarterSearched;

    /** Candidates the auction scans from zero prices before it switches ({@link #fineSolve}). */
    long fromZero;

    Fine(AssignmentProblem p, long budget) {
      this.p = p;
      this.budget = budget;
      this.done = budget < 0;
      this.fromZero = AuctionAssignmentSolver.fromZero(p);
    }

    /**
     * The quarter point tried first, its auction given up past {@code auctionBudget} candidates
     * scanned; null if given up or its searches pass the budget.
     */
    @Nullable Session quarterFirst(long auctionBudget) {
      return at(AuctionAssignmentSolver.WARM_EPSILON, auctionBudget);
    }

    /**
     * The quarter point unless tried already, then the eighth; null where both fail. Where the
     * seats number at least one and a half times the volunteers, the eighth alone: rounding to
     * whole points leaves a holder out of slackness where a chain of bids has carried its
     * second-best shift's price to the last ε of a point, which takes fewer bids at a quarter
     * point, and there rerouting each crosses the many shifts at price 0; the auction, with few
     * seats contested, costs about the same at either ε. On a benchmark grid cell of 100,000
     * volunteers with 2 seats each in single-seat shifts, 20 candidates, Zipf 1: 7,338 volunteers
     * out of slackness at a quarter point, whose rerouting spent the budget, against 1,710 at an
     * eighth, rerouted in 13.7 units of work per element.
     */
    @Nullable Session solve() {
      long limit = Math.max(FINE_AUCTION_FLOOR, FINE_AUCTION_LIMIT * elements(p));
      if (abundant(p)) {
        return at(AuctionAssignmentSolver.WARM_EPSILON / 2, limit);
      }
      Session s = quarterSearched ? null : at(AuctionAssignmentSolver.WARM_EPSILON, limit);
      return s != null ? s : at(AuctionAssignmentSolver.WARM_EPSILON / 2, limit);
    }

    private @Nullable Session at(long epsilon, long auctionBudget) {
      if (done) {
        return null;
      }
      int[] placed = new int[p.volunteers()];
      long[] price =
          AuctionAssignmentSolver.finePrices(p, placed, epsilon, auctionBudget, fromZero);
      if (price == null) {
        done = true;
        return null;
      }
      quarterSearched = true;
      return solved(p, budget, placed, price, true);
    }
  }

  /** The work and the result of successive shortest paths from the fine start at one ε. */
  static Assignment fineSolve(AssignmentProblem p, long epsilon, long[] work) {
    return fineSolve(p, epsilon, AuctionAssignmentSolver.fromZero(p), work);
  }

  /**
   * {@link #fineSolve(AssignmentProblem, long, long[])}, the auction switching to ε-scaling (or, on
   * multi-seat shifts, a coarser ε) after {@code fromZero} candidates scanned from zero prices.
   */
  static Assignment fineSolve(AssignmentProblem p, long epsilon, long fromZero, long[] work) {
    Fine fine = new Fine(p, Long.MAX_VALUE);
    fine.fromZero = fromZero;
    Session s = fine.at(epsilon, Long.MAX_VALUE);
    if (s == null) {
      throw new IllegalStateException("no budget was set");
    }
    work[0] = s.work;
    return s.current();
  }

  /** Whether the seats number at least one and a half times the volunteers. */
  static boolean abundant(AssignmentProblem p) {
    return 2 * seats(p) >= 3L * p.volunteers();
  }

  /** The seats of all shifts. */
  static long seats(AssignmentProblem p) {
    long seats = 0;
    for (int j = 0; j < p.shifts(); j++) {
      seats += p.capacity(j);
    }
    return seats;
  }

  /** Candidate pairs, volunteers and shifts, all pairs counted. */
  static long elements(AssignmentProblem p) {
    return (long) p.pairs() + p.volunteers() + p.shifts();
  }

  /**
   * The work per element (candidate pair, volunteer or shift, all pairs counted) after which the
   * searches from the fine start are given up. On the benchmark grid's cells measured while
   * choosing it (10,000 volunteers, 5 and 20 candidates, 1 to 5 seats per volunteer), that work
   * reached at most 47 units per element.
   */
  static final long FINE_BUDGET = 64;

  /**
   * The candidates scanned by the bids of the fine start's auction, per element, after which that
   * auction is given up where seats are scarcer than three quarters of the volunteers and the fine
   * start is tried first. On the benchmark grid's scarce cells (a fifth and half a seat per
   * volunteer) the auction scans 1 to 4 candidates per element with 5 candidates per volunteer, 2
   * to 15 with 20 and 7 to 69 with 100.
   */
  static final long FINE_AUCTION_BUDGET = 32;

  /**
   * The candidates scanned by the bids of any fine start's auction, per element, after which that
   * auction is given up (but not before {@value #FINE_AUCTION_FLOOR} in all), and with it the fine
   * start. An auction at a fraction of a point from zero prices needs bids in proportion to the
   * scores over ε where seats are contested by nearly equal scores; on the benchmark grid it scans
   * up to about 140 per element on near-perfect single-seat matchings with 100 candidates, where
   * the auction turns to ε-scaling after {@value AuctionAssignmentSolver#FROM_ZERO} and mostly ends
   * under 70.
   */
  static final long FINE_AUCTION_LIMIT = 128;

  /** The candidates any fine start's auction may scan however small the problem (2^20). */
  static final long FINE_AUCTION_FLOOR = 1 << 20;

  /** See {@link #shortLists}. */
  static final long SHORT_LIST = 8;

  /** See {@link #shortLists}. */
  static final long MEDIUM_LIST = 32;

  /** See {@link #shortLists}. */
  static final long LARGE_NETWORK = 50_000;

  /**
   * The searches' work per element of the network (candidate pair, volunteer or shift) after which
   * the coarse start is given up, where the seats number from three quarters to one and a half
   * times the volunteers (a near-perfect matching).
   */
  static final long NEAR_PERFECT_BUDGET = 8;

  /**
   * The same budget for the other inputs. The coarse start's searches need more per element the
   * larger the network: on the benchmark grid's scarce cells (a fifth and half a seat per
   * volunteer, 20 and 100 candidates) up to 17 units per element at 10,000 volunteers and up to 63
   * at 100,000 (half a seat, 100 candidates, 1 to 30 seats per shift), where cost scaling and the
   * searches from the fine start, the next in line, take about as long as the coarse start's
   * searches would to finish.
   */
  static final long BUDGET = 96;

  /**
   * The work after which the coarse start is given up: {@value #NEAR_PERFECT_BUDGET} or {@value
   * #BUDGET} units per element; unbounded where cost scaling's prices could leave a {@code long}
   * ({@link CostScalingAssignmentSolver#fits}: highest score × about twice the shifts × nodes past
   * 10^18, so only with scores near 1,000,000 on networks of about a million nodes or more).
   */
  static long budget(AssignmentProblem p) {
    if (!CostScalingAssignmentSolver.fits(p)) {
      return Long.MAX_VALUE;
    }
    long seats = seats(p);
    long v = p.volunteers();
    boolean nearPerfect = 4 * seats >= 3 * v && 2 * seats <= 3 * v;
    return (nearPerfect ? NEAR_PERFECT_BUDGET : BUDGET) * elements(p);
  }

  /**
   * Solves a problem and returns a session that accepts more volunteers and removals. The session
   * also indexes its unplaced volunteers' candidates by shift (O(E) time and memory), which every
   * removal that frees a seat reads; a one-off {@link #solve} skips that index.
   *
   * @param p the problem
   * @return the session
   */
  public static IncrementalAssignment session(AssignmentProblem p) {
    Session s = solved(p);
    s.unplacedHeaps();
    return s;
  }

  /** Solves a problem into a session, without the index of unplaced candidates. */
  private static Session solved(AssignmentProblem p) {
    Session s = solved(p, Long.MAX_VALUE);
    if (s == null) {
      throw new IllegalStateException("no budget was set");
    }
    return s;
  }

  /** The work of successive shortest paths on p (nodes settled and arcs followed). */
  static long work(AssignmentProblem p) {
    return solved(p).work;
  }

  /**
   * Solves a problem into a session, or gives up (null) once the searches' work passes {@code
   * budget}.
   */
  private static @Nullable Session solved(AssignmentProblem p, long budget) {
    int[] placed = new int[p.volunteers()];
    long[] price = AuctionAssignmentSolver.prices(p, placed);
    return solved(p, budget, placed, price, false);
  }

  /**
   * {@link #solved(AssignmentProblem, long)} from an auction's seats and prices (in points; a
   * positive price only on a shift whose seats the auction all filled); {@code fine}: the prices
   * are the fine start's, and the warm start is always taken.
   */
  private static @Nullable Session solved(
      AssignmentProblem p, long budget, int[] placed, long[] price, boolean fine) {
    OneShift.require(p, "the incremental re-solve");
    Session s = new Session(p);
    int n = p.volunteers();
    s.reserve(n);
    // The fast auction runs first; its choice is nearly optimal. Volunteers are taken in its
    // order: those it placed first, each group by surplus at its prices. When seats are scarce (at
    // most one per two volunteers) and the auction left few shifts with volunteers at price 0 (at
    // most 1 in 16), its prices also become the shifts' potentials and every seat it filled in
    // exact complementary slackness is kept (a warm start): only the volunteers it placed out of
    // slackness are rerouted, then the ones it left out are added, most of them at once. Where
    // seats are plentiful, most volunteers are placed out of slackness at the auction's coarse ε,
    // and rerouting them from priced seats crosses the shifts at the sink's potential (price 0)
    // again and again; there each volunteer is added in the auction's order instead, mostly a
    // one-step path to a free seat. The fine start's prices leave few volunteers out of
    // slackness, and its warm start is always taken. Either way the result is the optimum; the
    // work depends on the input only, so results stay deterministic.
    long[] keyed = new long[n];
    int[] filled = new int[s.shifts];
    for (int u = 0; u < n; u++) {
      if (placed[u] >= 0) {
        filled[placed[u]]++;
      }
      long best = -1_000_000;
      for (int i = p.firstCandidate(u); i < p.firstCandidate(u + 1); i++) {
        best = Math.max(best, p.scoreAt(i) - price[p.shiftAt(i)]);
      }
      keyed[u] = ((placed[u] >= 0 ? 0L : 1L << 62) | ((2_000_000 - best) << 32)) | u;
    }
    Arrays.sort(keyed);
    int plateau = 0;
    for (int j = 0; j < s.shifts; j++) {
      if (price[j] == 0 && filled[j] > 0) {
        plateau++;
      }
    }
    boolean warm = fine || (2 * seats(p) <= n && plateau * 16 <= s.shifts);
    for (int j = 0; warm && j < s.shifts; j++) {
      s.potential[1 + j] = -price[j];
    }
    s.originalOf = new int[n];
    s.ensurePairs(p.pairs());
    int at = 0;
    for (int k = 0; k < n; k++) {
      int u = (int) keyed[k];
      s.originalOf[k] = u;
      int seatScore = 0;
      for (int i = p.firstCandidate(u); i < p.firstCandidate(u + 1); i++) {
        s.candShift[at] = p.shiftAt(i);
        s.candScore[at] = p.scoreAt(i);
        if (p.shiftAt(i) == placed[u]) {
          seatScore = p.scoreAt(i);
        }
        at++;
      }
      if (warm && placed[u] >= 0) {
        s.place(at, placed[u], seatScore);
      } else {
        s.reroute(budget); // the warm start's leftovers first (none after the first call)
        if (s.work > budget) {
          return null;
        }
        s.add(at);
      }
      if (s.work > budget || hopeless(s.work, k + 1, n, budget)) {
        return null;
      }
    }
    s.reroute(budget);
    return s.work > budget ? null : s;
  }

  /**
   * Whether volunteers added one search each are sure enough to spend the budget: once 1/{@value
   * #EXTRAPOLATE_FROM} of the {@code n} are in, and at least {@value #EXTRAPOLATE_FROM}, their work
   * per volunteer so far, times n, passes {@value #EXTRAPOLATE_MARGIN} times the budget. A search
   * costs more as the matching fills (over all 480 cells of one run of the benchmark grid that
   * extrapolation reached at most 1.09 times the budget), while where nearly equal scores contest
   * the seats every search from the first is long; there the start is given up after a fraction of
   * its budget instead of all of it.
   */
  static boolean hopeless(long work, int added, int n, long budget) {
    return budget < Long.MAX_VALUE
        && added >= EXTRAPOLATE_FROM
        && (long) added * EXTRAPOLATE_FROM >= n
        && (double) work * n > (double) EXTRAPOLATE_MARGIN * budget * added;
  }

  /** See {@link #hopeless}. */
  static final int EXTRAPOLATE_FROM = 64;

  /** See {@link #hopeless}. */
  static final int EXTRAPOLATE_MARGIN = 2;

  /** The residual network and its potentials. */
  private static final class Session implements IncrementalAssignment {
    static final int SINK = 0;
    static final int MAX_SCORE = 1_000_000;

    /** The seats of a shift nobody holds yet, and its heap of unplaced candidates while empty. */
    private static final int[] NO_SEAT = new int[0];

    private static final long[] NO_KEY = new long[0];
    final int shifts;
    final int[] capacity;
    int volunteers;

    /** Candidates in compressed rows: volunteer u's are [candOffset[u], candOffset[u+1]). */
    int[] candShift = new int[64];

    int[] candScore = new int[64];
    int[] candOffset = new int[17];
    int pairs;

    /** The caller's index of each of the first volunteers (the rest keep theirs). */
    int[] originalOf = new int[0];

    /** The session's index of each of the caller's first volunteers; built on the first removal. */
    int @Nullable [] internalOf;

    /** Volunteers removed: unassigned for good, reached by no search. */
    boolean[] removed = new boolean[16];

    int[] shiftOf = new int[16];
    int[] scoreOf = new int[16];
    final int[] load;
    final int[][] seated;

    /** By shift, how many of its seated volunteers have another candidate. */
    final int[] mobile;

    long[] potential;
    long[] dist;
    int[] prev;
    int[] prevShiftScore;

    /** Search state per node: 2·stamp when reached by this search, 2·stamp+1 once settled. */
    int[] mark;

    DistanceHeap heap;

    /** The nodes reached by the current search, so potentials are updated in O(reached). */
    int[] touched;

    int touchedCount;
    int stamp;

    /** Nodes settled and arcs scanned by the searches so far. */
    long work;

    /** The shortest distance to a target reached by the current search. */
    long limit;

    /**
     * Seats still counted as filled on the way to the sink after the warm start took their
     * volunteer out of them, by shift; while any remain, those shifts are the searches' targets and
     * the sink is a node like the others (its arcs lead back to filled shifts and to unplaced
     * volunteers).
     */
    final int[] deficit;

    int deficits;

    /** Units the sink still expects: from volunteers in excess not counted in a shift's deficit. */
    int sinkDeficit;

    /**
     * Volunteers the warm start took out of their seats, waiting to be rerouted: 2·index, plus 1 if
     * the seat was priced (counted in {@link #deficit}).
     */
    int[] excess = new int[16];

    int excessCount;

    /**
     * The volunteers sent to the sink after a search (unplaced), and where each sits in it (-1 for
     * a volunteer not unplaced).
     */
    int[] unplaced = new int[16];

    int[] unplacedAt = new int[16];
    int unplacedCount;

    /**
     * By shift, a min-heap of the unplaced volunteers who have it as a candidate, keyed by {@link
     * #unplacedKey} (best score first, then lowest index); entries of volunteers no longer unplaced
     * are dropped when they reach the top. Built when a session is handed out, or by the first
     * search that passes through the sink; null until then.
     */
    long @Nullable [][] unplacedByShift;

    int[] unplacedByShiftSize = new int[0];

    Session(AssignmentProblem p) {
      shifts = p.shifts();
      capacity = new int[shifts];
      for (int j = 0; j < shifts; j++) {
        capacity[j] = p.capacity(j);
      }
      load = new int[shifts];
      mobile = new int[shifts];
      deficit = new int[shifts];
      seated = new int[shifts][];
      for (int j = 0; j < shifts; j++) {
        seated[j] = NO_SEAT; // grown by seat()
      }
      int n = shifts + 1 + 16;
      potential = new long[n];
      dist = new long[n];
      prev = new int[n];
      prevShiftScore = new int[n];
      mark = new int[n];
      heap = new DistanceHeap(dist);
      touched = new int[n];
    }

    @Override
    public int addVolunteer(int[] shiftsOfVolunteer, int[] scores) {
      Objects.requireNonNull(shiftsOfVolunteer, "shifts");
      Objects.requireNonNull(scores, "scores");
      if (shiftsOfVolunteer.length != scores.length) {
        throw new IllegalArgumentException("shifts and scores have the same length");
      }
      int[] sortedShifts = shiftsOfVolunteer.clone();
      Arrays.sort(sortedShifts);
      for (int i = 0; i < sortedShifts.length; i++) {
        if (sortedShifts[i] < 0
            || sortedShifts[i] >= shifts
            || (i > 0 && sortedShifts[i] == sortedShifts[i - 1])) {
          throw new IllegalArgumentException("candidate shifts are distinct and in range");
        }
      }
      for (int sc : scores) {
        if (sc < 1 || sc > 1_000_000) {
          throw new IllegalArgumentException("scores are 1 to 1,000,000");
        }
      }
      ensurePairs(pairs + scores.length);
      System.arraycopy(shiftsOfVolunteer, 0, candShift, pairs, scores.length);
      System.arraycopy(scores, 0, candScore, pairs, scores.length);
      return add(pairs + scores.length);
    }

    void ensurePairs(int n) {
      if (n > candShift.length) {
        int cap = Math.max(n, candShift.length * 2);
        candShift = Arrays.copyOf(candShift, cap);
        candScore = Arrays.copyOf(candScore, cap);
      }
    }

    /** Adds the volunteer whose candidates are already stored up to {@code end}. */
    int add(int end) {
      int u = register(end);
      sinkDeficit++;
      potential[shifts + 1 + u] = entryPotential(u);
      augment(shifts + 1 + u);
      return u;
    }

    /**
     * Adds a volunteer the warm start placed on shift {@code j} with score {@code score}: seated if
     * the seat is its best value at the current potentials (exact complementary slackness), else
     * left in excess, its seat counted as a deficit of shift j until {@link #reroute}.
     */
    void place(int end, int j, int score) {
      int u = register(end);
      long own = score + potential[1 + j];
      if (own >= entryPotential(u)) {
        potential[shifts + 1 + u] = own;
        seat(u, j, score);
      } else {
        boolean priced = potential[1 + j] < potential[SINK];
        if (priced) {
          deficit[j]++; // a priced seat cannot stay free: it stays counted as filled
          deficits++;
        } else {
          sinkDeficit++;
        }
        if (excessCount == excess.length) {
          excess = Arrays.copyOf(excess, excessCount * 2);
        }
        excess[excessCount++] = u << 1 | (priced ? 1 : 0);
      }
    }

    /**
     * Sends every volunteer in excess along a shortest path to a deficit, those taken from priced
     * seats first: while a shift's deficit remains the sink is no target, and searches that reach
     * it must go on through it. Stops, leaving the session unusable, once the work passes {@code
     * budget}.
     */
    void reroute(long budget) {
      for (int pass = 1; pass >= 0; pass--) {
        for (int k = 0; k < excessCount; k++) {
          if ((excess[k] & 1) == pass) {
            if (work > budget) {
              return;
            }
            int u = excess[k] >>> 1;
            potential[shifts + 1 + u] = entryPotential(u);
            augment(shifts + 1 + u);
          }
        }
      }
      excessCount = 0;
    }

    int register(int end) {
      int u = volunteers++;
      grow();
      candOffset[u + 1] = end;
      pairs = end;
      shiftOf[u] = -1;
      unplacedAt[u] = -1;
      return u;
    }

    /**
     * A potential that makes a volunteer's arcs' reduced costs non-negative: to shift j: -score +
     * pot(u) - pot(j) >= 0; to the sink: pot(u) - pot(sink) >= 0.
     */
    long entryPotential(int u) {
      long pu = potential[SINK];
      for (int i = candOffset[u], end = candOffset[u + 1]; i < end; i++) {
        pu = Math.max(pu, candScore[i] + potential[1 + candShift[i]]);
      }
      return pu;
    }

    /** Sizes the arrays by volunteer and by node for {@code n} volunteers at once. */
    void reserve(int n) {
      resizeVolunteers(n);
      resizeNodes(shifts + 1 + n);
    }

    /** Doubles the arrays by volunteer or by node that the volunteers have outgrown. */
    void grow() {
      if (volunteers > shiftOf.length) {
        resizeVolunteers(shiftOf.length * 2);
      }
      int n = shifts + 1 + volunteers;
      if (n > potential.length) {
        resizeNodes(Math.max(n, potential.length * 2));
      }
    }

    /** Room for {@code cap} volunteers in the arrays by volunteer (never shrinks). */
    private void resizeVolunteers(int cap) {
      if (cap <= shiftOf.length) {
        return;
      }
      candOffset = Arrays.copyOf(candOffset, cap + 1);
      shiftOf = Arrays.copyOf(shiftOf, cap);
      scoreOf = Arrays.copyOf(scoreOf, cap);
      removed = Arrays.copyOf(removed, cap);
      unplaced = Arrays.copyOf(unplaced, cap);
      unplacedAt = Arrays.copyOf(unplacedAt, cap);
    }

    /** Room for {@code cap} nodes in the arrays by node (never shrinks). */
    private void resizeNodes(int cap) {
      if (cap <= potential.length) {
        return;
      }
      potential = Arrays.copyOf(potential, cap);
      dist = Arrays.copyOf(dist, cap);
      prev = Arrays.copyOf(prev, cap);
      prevShiftScore = Arrays.copyOf(prevShiftScore, cap);
      mark = Arrays.copyOf(mark, cap);
      heap.resize(dist);
      touched = Arrays.copyOf(touched, cap);
    }

    @Override
    public void removeVolunteer(int volunteer) {
      if (volunteer < 0 || volunteer >= volunteers) {
        throw new IllegalArgumentException(
            "volunteer " + volunteer + " is out of range 0 to " + (volunteers - 1));
      }
      int u = internal(volunteer);
      if (removed[u]) {
        throw new IllegalArgumentException("volunteer " + volunteer + " was removed already");
      }
      removed[u] = true;
      int j = shiftOf[u];
      if (j < 0) {
        unplacedRemove(u); // its unit no longer reaches the sink; nothing else changes
        return;
      }
      // Shift j keeps sending the seat's unit to the sink (a deficit of j), so the sink has one
      // unit too many: the shortest path from the sink back to j either fills the seat, through
      // an unplaced volunteer and a chain of moves, or frees it (the sink's arc back to j).
      unseat(u);
      deficit[j]++;
      deficits++;
      augment(SINK);
    }

    @Override
    public void removeVolunteers(int... volunteers) {
      Objects.requireNonNull(volunteers, "volunteers");
      int[] internal = new int[volunteers.length];
      for (int k = 0; k < volunteers.length; k++) {
        int volunteer = volunteers[k];
        if (volunteer < 0 || volunteer >= this.volunteers) {
          throw new IllegalArgumentException(
              "volunteer " + volunteer + " is out of range 0 to " + (this.volunteers - 1));
        }
        internal[k] = internal(volunteer);
        if (removed[internal[k]]) {
          throw new IllegalArgumentException("volunteer " + volunteer + " was removed already");
        }
      }
      int[] sorted = internal.clone();
      Arrays.sort(sorted);
      for (int k = 1; k < sorted.length; k++) {
        if (sorted[k] == sorted[k - 1]) {
          throw new IllegalArgumentException("a volunteer is listed twice");
        }
      }
      // Every seat freed stays counted as filled (a deficit of its shift) and the sink holds one
      // unit too many per seat; then each search runs from the sink to the nearest shift with a
      // deficit and fills or frees one seat there. Any order of these shortest paths keeps the
      // flow of minimum cost, and each stops at the nearest of many targets, so it stays short.
      int freed = 0;
      for (int u : internal) {
        removed[u] = true;
        int j = shiftOf[u];
        if (j < 0) {
          unplacedRemove(u);
        } else {
          unseat(u);
          deficit[j]++;
          deficits++;
          freed++;
        }
      }
      for (int k = 0; k < freed; k++) {
        augment(SINK);
      }
    }

    @Override
    public void removeSeat(int shift) {
      if (shift < 0 || shift >= shifts) {
        throw new IllegalArgumentException(
            "shift " + shift + " is out of range 0 to " + (shifts - 1));
      }
      if (capacity[shift] == 0) {
        throw new IllegalArgumentException("shift " + shift + " has no seat left");
      }
      capacity[shift]--;
      if (load[shift] > capacity[shift]) {
        // One volunteer too many: the shortest path from the shift to the sink moves the one whose
        // leaving costs least, to another shift (and so on) or out.
        sinkDeficit++;
        augment(1 + shift);
      }
    }

    /** The session's index of a caller's volunteer. */
    int internal(int volunteer) {
      int[] map = internalOf;
      if (map == null) {
        map = new int[originalOf.length];
        for (int k = 0; k < originalOf.length; k++) {
          map[originalOf[k]] = k;
        }
        internalOf = map;
      }
      return volunteer < map.length ? map[volunteer] : volunteer;
    }

    @Override
    public Assignment current() {
      long total = 0;
      int[] result = new int[volunteers];
      for (int u = 0; u < volunteers; u++) {
        result[u < originalOf.length ? originalOf[u] : u] = shiftOf[u];
        if (shiftOf[u] >= 0) {
          total += scoreOf[u];
        }
      }
      return new Assignment(result, total);
    }

    /**
     * Shortest path from {@code start} to a target — the sink, or while deficits remain a shift
     * with a deficit — then flips it. The start is a volunteer (new, or in excess), the sink (a
     * removed volunteer's seat left a deficit) or a shift (it lost a seat while full).
     */
    void augment(int start) {
      stamp++;
      heap.clear();
      touchedCount = 0;
      limit = Long.MAX_VALUE;
      int u = start > shifts ? start - shifts - 1 : -1;
      touched[touchedCount++] = start;
      dist[start] = 0;
      prev[start] = -1;
      mark[start] = 2 * stamp;
      heap.push(start);
      long best = Long.MAX_VALUE;
      int target = SINK;
      while (!heap.isEmpty()) {
        int x = heap.pop();
        work++;
        mark[x] = 2 * stamp + 1;
        if (isTarget(x)) {
          best = dist[x];
          target = x;
          break;
        }
        // The hot loops compute each distance first and drop it at once when it is no shorter
        // than the nearest target's: no shorter path to a target goes through there.
        long base = dist[x] + potential[x];
        if (x > shifts) {
          int w = x - shifts - 1;
          int own = shiftOf[w];
          // The way out to the sink first: its distance then bounds every other arc.
          if (own >= 0 || w == u) {
            reach(x, SINK, base - potential[SINK], 0);
          }
          work += candOffset[w + 1] - candOffset[w];
          for (int i = candOffset[w], end = candOffset[w + 1]; i < end; i++) {
            int to = 1 + candShift[i];
            long d = base - candScore[i] - potential[to];
            if (d < limit && to - 1 != own) {
              reach(x, to, d, candScore[i]);
            }
          }
        } else if (x != SINK) {
          int j = x - 1;
          if (load[j] + deficit[j] < capacity[j]) {
            reach(x, SINK, base - potential[SINK], 0);
          }
          // A seated volunteer's potential is its shift's plus its score (the arc back to it is
          // tight), so it sits at its shift's distance: its arcs are followed here, not through
          // the heap. Once the sink is settled, a volunteer with no other candidate leads nowhere.
          boolean sinkSettled = mark[SINK] == 2 * stamp + 1;
          if (!sinkSettled || mobile[j] > 0) {
            int[] here = seated[j];
            for (int k = 0; k < load[j]; k++) {
              int w = here[k];
              int from = candOffset[w];
              int end = candOffset[w + 1];
              if (sinkSettled && end - from == 1) {
                continue;
              }
              int node = shifts + 1 + w;
              work += end - from + 1;
              prev[node] = x;
              long own = base + scoreOf[w];
              if (!sinkSettled) {
                long d = own - potential[SINK];
                if (d < limit) {
                  reach(node, SINK, d, 0);
                }
              }
              for (int i = from; i < end; i++) {
                int to = 1 + candShift[i];
                long d = own - candScore[i] - potential[to];
                if (d < limit && to != x) {
                  reach(node, to, d, candScore[i]);
                }
              }
            }
          }
        } else {
          // Only while deficits remain: back from the sink to a shift that sends flow to it, or
          // through an unplaced volunteer to one of its candidate shifts. An unplaced volunteer's
          // potential equals the sink's (see unplacedAdd), so the arc to it costs nothing and each
          // shift is nearest through its best-scored unplaced candidate: only that one is looked
          // at. The shifts with a deficit first: their distances then bound the others.
          long[][] byShift = unplacedHeaps();
          work += 2L * shifts;
          for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < shifts; j++) {
              if ((deficit[j] > 0) != (pass == 0)) {
                continue;
              }
              long back = load[j] + deficit[j] > 0 ? base - potential[1 + j] : Long.MAX_VALUE;
              long key = bestUnplaced(byShift, j);
              if (key >= 0) {
                int score = MAX_SCORE - (int) (key >>> 32);
                long d = base - score - potential[1 + j];
                if (d < back && d < limit) {
                  int node = shifts + 1 + (int) key;
                  prev[node] = SINK;
                  reach(node, 1 + j, d, score);
                  continue;
                }
              }
              if (back < limit) {
                reach(SINK, 1 + j, back, 0);
              }
            }
          }
        }
      }
      // Potentials grow by min(dist, best): by best for every node not reached. Reduced costs
      // ignore a common shift, so only the reached nodes change, by min(dist, best) - best.
      for (int t = 0; t < touchedCount; t++) {
        int x = touched[t];
        potential[x] += Math.min(dist[x], best) - best;
      }
      // Walk back from the target and flip the path.
      int x = target;
      if (x != SINK) {
        deficit[x - 1]--;
        deficits--;
      } else {
        sinkDeficit--;
      }
      while (x != start) {
        int from = prev[x];
        if (from > shifts) {
          int w = from - shifts - 1;
          unseat(w);
          if (x == SINK) {
            unplacedAdd(w);
          } else {
            seat(w, x - 1, prevShiftScore[x]);
          }
        } else if (from == SINK && x > shifts) {
          unplacedRemove(x - shifts - 1);
        }
        x = from;
      }
    }

    /** The sink while no deficit remains; else the shifts with a deficit. */
    boolean isTarget(int x) {
      return x == SINK
          ? sinkDeficit > 0 && deficits == 0
          : deficits > 0 && x <= shifts && deficit[x - 1] > 0;
    }

    /**
     * Marks a volunteer unplaced. Its potential then stays equal to the sink's: it left its seat on
     * a shortest path whose arc to the sink is tight, and afterwards only a search through the sink
     * reaches it, at the sink's own distance, so both change alike. Its stored potential is
     * therefore not kept up to date while it is unplaced; {@link #augment} restores it from the
     * sink's when it is seated again.
     */
    void unplacedAdd(int w) {
      unplacedAt[w] = unplacedCount;
      unplaced[unplacedCount++] = w;
      long[][] byShift = unplacedByShift;
      if (byShift != null) {
        for (int i = candOffset[w], end = candOffset[w + 1]; i < end; i++) {
          pushUnplaced(byShift, candShift[i], unplacedKey(candScore[i], w));
        }
      }
    }

    void unplacedRemove(int w) {
      int at = unplacedAt[w];
      int last = unplaced[--unplacedCount];
      unplaced[at] = last;
      unplacedAt[last] = at;
      unplacedAt[w] = -1;
    }

    /** Orders unplaced candidates of a shift: higher score first, then lower index. */
    static long unplacedKey(int score, int w) {
      return (long) (MAX_SCORE - score) << 32 | w;
    }

    /** The heaps of unplaced candidates by shift, built from the unplaced volunteers if needed. */
    long[][] unplacedHeaps() {
      long[][] byShift = unplacedByShift;
      if (byShift == null) {
        int[] count = new int[shifts];
        // In index order, so that the candidates are read in the order they are stored.
        for (int w = 0; w < volunteers; w++) {
          if (unplacedAt[w] >= 0) {
            for (int i = candOffset[w], end = candOffset[w + 1]; i < end; i++) {
              count[candShift[i]]++;
            }
          }
        }
        byShift = new long[shifts][];
        for (int j = 0; j < shifts; j++) {
          byShift[j] = count[j] == 0 ? NO_KEY : new long[count[j]]; // grown by pushUnplaced
        }
        int[] size = new int[shifts];
        for (int w = 0; w < volunteers; w++) {
          if (unplacedAt[w] >= 0) {
            for (int i = candOffset[w], end = candOffset[w + 1]; i < end; i++) {
              int j = candShift[i];
              byShift[j][size[j]++] = unplacedKey(candScore[i], w);
            }
          }
        }
        unplacedByShift = byShift;
        unplacedByShiftSize = size;
        for (int j = 0; j < shifts; j++) {
          for (int i = size[j] / 2 - 1; i >= 0; i--) {
            siftDownUnplaced(byShift[j], size[j], i, byShift[j][i]);
          }
        }
      }
      return byShift;
    }

    /** The key of shift j's best unplaced candidate, or -1; drops stale entries on the way. */
    long bestUnplaced(long[][] byShift, int j) {
      long[] h = byShift[j];
      int n = unplacedByShiftSize[j];
      while (n > 0) {
        long top = h[0];
        int w = (int) top;
        if (unplacedAt[w] >= 0) {
          unplacedByShiftSize[j] = n;
          return top;
        }
        n--;
        if (n > 0) {
          siftDownUnplaced(h, n, 0, h[n]);
        }
      }
      unplacedByShiftSize[j] = 0;
      return -1;
    }

    /** Puts {@code key} at slot {@code i} of a heap of {@code n} keys and sifts it down. */
    static void siftDownUnplaced(long[] h, int n, int i, long key) {
      while (true) {
        int c = 2 * i + 1;
        if (c >= n) {
          break;
        }
        if (c + 1 < n && h[c + 1] < h[c]) {
          c++;
        }
        if (h[c] >= key) {
          break;
        }
        h[i] = h[c];
        i = c;
      }
      h[i] = key;
    }

    void pushUnplaced(long[][] byShift, int j, long key) {
      int n = unplacedByShiftSize[j];
      long[] h = byShift[j];
      if (n == h.length) {
        h = Arrays.copyOf(h, Math.max(4, 2 * n));
        byShift[j] = h;
      }
      int i = n;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (h[parent] <= key) {
          break;
        }
        h[i] = h[parent];
        i = parent;
      }
      h[i] = key;
      unplacedByShiftSize[j] = n + 1;
    }

    /** Offers node {@code to} the distance {@code d} through {@code from}. */
    void reach(int from, int to, long d, int score) {
      int m = mark[to];
      if (m == 2 * stamp + 1) {
        return;
      }
      boolean fresh = m < 2 * stamp;
      if (fresh || d < dist[to] || (d == dist[to] && from < prev[to])) {
        if (d < limit && isTarget(to)) {
          limit = d;
        }
        mark[to] = 2 * stamp;
        dist[to] = d;
        prev[to] = from;
        prevShiftScore[to] = score;
        if (fresh) {
          touched[touchedCount++] = to;
          heap.push(to);
        } else {
          heap.decreased(to);
        }
      }
    }

    void seat(int w, int j, int score) {
      if (candOffset[w + 1] - candOffset[w] > 1) {
        mobile[j]++;
      }
      if (load[j] == seated[j].length) {
        seated[j] =
            Arrays.copyOf(seated[j], Math.max(Math.min(capacity[j], 4), seated[j].length * 2 + 1));
      }
      seated[j][load[j]++] = w;
      shiftOf[w] = j;
      scoreOf[w] = score;
    }

    void unseat(int w) {
      int j = shiftOf[w];
      if (j < 0) {
        return;
      }
      for (int k = 0; k < load[j]; k++) {
        if (seated[j][k] == w) {
          seated[j][k] = seated[j][--load[j]];
          break;
        }
      }
      if (candOffset[w + 1] - candOffset[w] > 1) {
        mobile[j]--;
      }
      shiftOf[w] = -1;
      scoreOf[w] = 0;
    }
  }
}
