package org.tatawwu.matching;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.field.FieldCode;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Ranks eligible pairs only: the top-k shifts for a volunteer and the top-k volunteers for a shift,
 * each match explained. Ties are broken by volunteer id, then opportunity number and shift id, so
 * results are deterministic. Obtain one from {@link org.tatawwu.Tatawwu#ranker(EligibilityEngine,
 * MatchWeights, Ranker.Experience)}. Implementations are thread-safe.
 *
 * <p>Complexity: see each method; memory O(k) per ranking.
 */
public interface Ranker {
  /** Past approved minutes of a volunteer in a top-level field (from the hour ledger). */
  @FunctionalInterface
  interface Experience {
    /**
     * Returns approved minutes.
     *
     * @param volunteer not null
     * @param field a top-level field, not null
     * @return minutes, zero or more
     */
    long approvedMinutes(VolunteerId volunteer, FieldCode field);
  }

  /**
   * Scores one pair, without checking eligibility.
   *
   * @param volunteer not null
   * @param commitments the volunteer's accepted shifts, not null
   * @param offer not null
   * @return the score and its breakdown
   */
  MatchScore score(Volunteer volunteer, List<TimeRange> commitments, ShiftOffer offer);

  /**
   * Returns only the total of {@link #score}, for callers that rank many pairs and show no
   * breakdown (call-out waves). Equal to {@code score(volunteer, commitments, offer).total()}; an
   * implementation may compute it without building the breakdown.
   *
   * @param volunteer not null
   * @param commitments the volunteer's accepted shifts, not null
   * @param offer not null
   * @return the score's total
   */
  default int total(Volunteer volunteer, List<TimeRange> commitments, ShiftOffer offer) {
    return score(volunteer, commitments, offer).total();
  }

  /**
   * Prepares the shifts on offer for {@link #topShifts}: O(n log n) once.
   *
   * @param offers the shifts on offer, not null
   * @return the catalog
   */
  ShiftCatalog catalog(Collection<ShiftOffer> offers);

  /**
   * Returns the best shifts for a volunteer among those they are eligible for and that have not
   * started yet: a shift whose start is at or before {@code at} is left out. Scores are computed on
   * the catalog's columns with an upper bound that skips most offers; eligibility is asked only of
   * the best-scoring offers, best first, until k are eligible. The matches and their breakdowns are
   * built when read, so a ranking allocates about 1 KB whatever the catalog's size. Time O(n + c ·
   * e) for n offers, e eligibility checks of c criteria (typically k plus the ineligible among the
   * best).
   *
   * @param volunteer not null
   * @param commitments the volunteer's accepted shifts, not null
   * @param offers a catalog from this ranker, not null
   * @param at when the question is asked, not null
   * @param k how many, 1 or more
   * @return at most k matches, best first; an immutable list whose elements are built on access
   * @throws IllegalArgumentException for k below 1 or a catalog from another ranker
   */
  List<Match> topShifts(
      Volunteer volunteer, List<TimeRange> commitments, ShiftCatalog offers, Instant at, int k);

  /**
   * Returns the best volunteers for a shift among those eligible for it; none if the shift has
   * already started (its start is at or before {@code at}).
   *
   * @param offer not null
   * @param volunteers the candidates, not null
   * @param commitments each volunteer's accepted shifts, not null
   * @param at when the question is asked, not null
   * @param k how many, 1 or more
   * @return at most k matches, best first
   * @throws IllegalArgumentException for k below 1
   */
  List<Match> topVolunteers(
      ShiftOffer offer,
      Collection<Volunteer> volunteers,
      Function<VolunteerId, List<TimeRange>> commitments,
      Instant at,
      int k);
}
