package org.tatawwu.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Volunteers {@code 0..V-1}, shifts {@code 0..S-1} with seats, and the candidate pairs with their
 * scores (1 to 1,000,000), held in compressed rows: a volunteer's candidates are {@code
 * shift[offset[v]] .. shift[offset[v+1]-1]}, sorted by shift. Indices stand for ids: ties are
 * broken by the lower index, so results are deterministic.
 *
 * <p>This class is immutable and thread-safe. Memory: 8 bytes per candidate pair plus 4 per
 * volunteer and shift.
 */
public final class AssignmentProblem {
  private final int volunteers;
  private final int[] capacity;
  private final int[] offset;
  private final int[] shift;
  private final int[] score;
  private final int shiftsPerVolunteer;
  private final long @Nullable [] start;
  private final long @Nullable [] end;

  private AssignmentProblem(
      int volunteers,
      int[] capacity,
      int[] offset,
      int[] shift,
      int[] score,
      int shiftsPerVolunteer,
      long @Nullable [] start,
      long @Nullable [] end) {
    this.volunteers = volunteers;
    this.capacity = capacity;
    this.offset = offset;
    this.shift = shift;
    this.score = score;
    this.shiftsPerVolunteer = shiftsPerVolunteer;
    this.start = start;
    this.end = end;
  }

  /**
   * Builds a problem from candidate triples.
   *
   * @param volunteers the number of volunteers, 0 or more
   * @param capacity seats per shift, each 0 or more; copied
   * @param volunteerOf the volunteer of each pair
   * @param shiftOf the shift of each pair
   * @param scoreOf the score of each pair, 1 to 1,000,000
   * @return the problem
   * @throws NullPointerException for a null array (the message names it)
   * @throws IllegalArgumentException naming every problem found (duplicates among the pairs whose
   *     volunteer and shift exist, where the counts are valid), for a negative count, more than
   *     2,097,151 volunteers, 4,194,303 shifts or 1,073,741,823 pairs, pair arrays of different
   *     lengths, a negative capacity, a volunteer or shift index out of range, a bad score, or a
   *     duplicate pair (each kind with its first case and how many more)
   */
  public static AssignmentProblem of(
      int volunteers, int[] capacity, int[] volunteerOf, int[] shiftOf, int[] scoreOf) {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(volunteerOf, "volunteerOf");
    Objects.requireNonNull(shiftOf, "shiftOf");
    Objects.requireNonNull(scoreOf, "scoreOf");
    Problems problems = new Problems();
    boolean counted = true; // the counts are valid, so pairs can be packed and sorted
    if (volunteers < 0) {
      problems.add("the number of volunteers is 0 or more, not " + volunteers);
      counted = false;
    }
    // checked before anything is sized by these counts
    if (volunteers >= (1 << 21)) {
      problems.add("at most 2,097,151 volunteers, not " + volunteers);
      counted = false;
    }
    if (capacity.length >= (1 << 22)) {
      problems.add("at most 4,194,303 shifts, not " + capacity.length);
      counted = false;
    }
    int n = volunteerOf.length;
    if (n >= (1 << 30)) {
      // the solvers keep two ints per pair in one array
      problems.add("at most 1,073,741,823 pairs, not " + n);
      counted = false;
    }
    if (shiftOf.length != n || scoreOf.length != n) {
      problems.add(
          "the pair arrays must have the same length (volunteerOf "
              + n
              + ", shiftOf "
              + shiftOf.length
              + ", scoreOf "
              + scoreOf.length
              + ")");
    }
    for (int s = 0; s < capacity.length; s++) {
      if (capacity[s] < 0) {
        problems.count(0, "capacities are 0 or more: shift " + s + " has " + capacity[s]);
      }
    }
    int pairs = Math.min(n, Math.min(shiftOf.length, scoreOf.length));
    // pairs whose volunteer and shift exist, by (volunteer, shift, score): duplicates are adjacent
    long[] keyed = new long[counted ? pairs : 0];
    int kept = 0;
    // every entry of each array is checked, also past the shortest one's length
    int longest = Math.max(n, Math.max(shiftOf.length, scoreOf.length));
    for (int i = 0; i < longest; i++) {
      boolean ok = i < pairs;
      if (i < n && volunteers >= 0 && (volunteerOf[i] < 0 || volunteerOf[i] >= volunteers)) {
        problems.count(
            1,
            "pair " + i + " names volunteer " + volunteerOf[i] + outside(volunteers, "volunteers"));
        ok = false;
      }
      if (i < shiftOf.length && (shiftOf[i] < 0 || shiftOf[i] >= capacity.length)) {
        problems.count(
            2, "pair " + i + " names shift " + shiftOf[i] + outside(capacity.length, "shifts"));
        ok = false;
      }
      boolean scored = true;
      if (i < scoreOf.length && (scoreOf[i] < 1 || scoreOf[i] > 1_000_000)) {
        problems.count(3, "scores are 1 to 1,000,000: pair " + i + " has " + scoreOf[i]);
        scored = false;
      }
      if (counted && ok) {
        keyed[kept++] =
            ((long) volunteerOf[i] << 42) | ((long) shiftOf[i] << 20) | (scored ? scoreOf[i] : 0);
      }
    }
    Arrays.sort(keyed, 0, kept);
    for (int i = 1; i < kept; i++) {
      if ((keyed[i] >>> 20) == (keyed[i - 1] >>> 20)) {
        problems.count(
            4,
            "a volunteer-shift pair appears twice: volunteer "
                + (keyed[i] >>> 42)
                + ", shift "
                + ((keyed[i] >>> 20) & 0x3FFFFF));
      }
    }
    problems.throwIfAny();
    // every pair is valid, so kept == n and keyed holds them all
    int[] offset = new int[volunteers + 1];
    int[] shift = new int[n];
    int[] score = new int[n];
    for (int i = 0; i < n; i++) {
      offset[(int) (keyed[i] >>> 42) + 1]++;
      shift[i] = (int) ((keyed[i] >>> 20) & 0x3FFFFF);
      score[i] = (int) (keyed[i] & 0xFFFFF);
    }
    for (int v = 0; v < volunteers; v++) {
      offset[v + 1] += offset[v];
    }
    return new AssignmentProblem(volunteers, capacity.clone(), offset, shift, score, 1, null, null);
  }

  private static String outside(int count, String what) {
    return count > 0 ? ", not one of 0.." + (count - 1) : ", but there are no " + what;
  }

  /**
   * The problems found in an input, each kind of repeated problem kept as its first case and a
   * count of the rest; thrown together as one {@link IllegalArgumentException}.
   */
  private static final class Problems {
    private final List<String> found = new ArrayList<>();
    private final int[] where = {-1, -1, -1, -1, -1};
    private final int[] more = new int[5];

    void add(String problem) {
      found.add(problem);
    }

    void count(int kind, String firstCase) {
      if (where[kind] < 0) {
        where[kind] = found.size();
        found.add(firstCase);
      } else {
        more[kind]++;
      }
    }

    void throwIfAny() {
      if (found.isEmpty()) {
        return;
      }
      List<String> out = new ArrayList<>(found);
      for (int k = 0; k < where.length; k++) {
        if (more[k] > 0) {
          out.set(where[k], out.get(where[k]) + " (and " + more[k] + " more like it)");
        }
      }
      throw new IllegalArgumentException(String.join("; ", out));
    }
  }

  /**
   * Returns the same problem with up to {@code n} shifts per volunteer, never two that overlap.
   * Shift times are half-open intervals, so back-to-back shifts do not overlap.
   *
   * @param n the most shifts per volunteer, 1 or more; a limit above a volunteer's candidates (say
   *     {@link Integer#MAX_VALUE} for none) costs no more than its candidates
   * @param startSecond each shift's start, in epoch seconds; copied
   * @param endSecond each shift's end, in epoch seconds, after its start; copied
   * @return the problem
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException for n below 1, arrays of the wrong length or an empty shift
   */
  public AssignmentProblem withShiftsPerVolunteer(int n, long[] startSecond, long[] endSecond) {
    Objects.requireNonNull(startSecond, "startSecond");
    Objects.requireNonNull(endSecond, "endSecond");
    if (n < 1) {
      throw new IllegalArgumentException("shifts per volunteer is 1 or more");
    }
    if (startSecond.length != capacity.length || endSecond.length != capacity.length) {
      throw new IllegalArgumentException("one start and one end per shift");
    }
    for (int s = 0; s < capacity.length; s++) {
      if (endSecond[s] <= startSecond[s]) {
        throw new IllegalArgumentException("shift " + s + " does not end after it starts");
      }
    }
    return new AssignmentProblem(
        volunteers, capacity, offset, shift, score, n, startSecond.clone(), endSecond.clone());
  }

  /**
   * Returns the most shifts one volunteer may get: 1 unless set by {@link #withShiftsPerVolunteer}.
   *
   * @return 1 or more
   */
  public int shiftsPerVolunteer() {
    return shiftsPerVolunteer;
  }

  /**
   * Tells whether two shifts overlap in time (false when the problem has no shift times).
   *
   * @param s a shift
   * @param t another shift
   * @return true when their half-open intervals intersect
   */
  public boolean overlap(int s, int t) {
    if (start == null || end == null) {
      return false;
    }
    return start[s] < end[t] && start[t] < end[s];
  }

  /**
   * Returns a shift's start, for problems with shift times.
   *
   * @param s the shift
   * @return epoch seconds, or 0 when the problem has no shift times
   */
  public long startSecond(int s) {
    return start == null ? 0 : start[s];
  }

  /**
   * Returns a shift's end, for problems with shift times.
   *
   * @param s the shift
   * @return epoch seconds, or 0 when the problem has no shift times
   */
  public long endSecond(int s) {
    return end == null ? 0 : end[s];
  }

  /**
   * Returns the number of volunteers.
   *
   * @return V
   */
  public int volunteers() {
    return volunteers;
  }

  /**
   * Returns the number of shifts.
   *
   * @return S
   */
  public int shifts() {
    return capacity.length;
  }

  /**
   * Returns the seats of a shift.
   *
   * @param s the shift, 0 to S-1
   * @return the seats
   */
  public int capacity(int s) {
    return capacity[s];
  }

  /**
   * Returns the first candidate index of a volunteer (and, for {@code v = V}, the pair count).
   *
   * @param v the volunteer, 0 to V
   * @return the index into {@link #shiftAt} and {@link #scoreAt}
   */
  public int firstCandidate(int v) {
    return offset[v];
  }

  /**
   * Returns the shift of a candidate pair.
   *
   * @param i the pair index
   * @return the shift
   */
  public int shiftAt(int i) {
    return shift[i];
  }

  /**
   * Returns the score of a candidate pair.
   *
   * @param i the pair index
   * @return the score
   */
  public int scoreAt(int i) {
    return score[i];
  }

  /**
   * Returns the number of candidate pairs.
   *
   * @return the count
   */
  public int pairs() {
    return shift.length;
  }

  /**
   * Returns the score of a pair, or 0 if it is not a candidate. O(log d) in the volunteer's
   * candidates.
   *
   * @param v the volunteer
   * @param s the shift
   * @return the score, or 0
   */
  public int score(int v, int s) {
    int i = Arrays.binarySearch(shift, offset[v], offset[v + 1], s);
    return i >= 0 ? score[i] : 0;
  }
}
