package org.tatawwu.eligibility;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Decides eligibility under one {@link EligibilityPolicy} and explains its verdicts. Obtain one
 * from {@link org.tatawwu.Tatawwu#eligibility(EligibilityPolicy)}.
 *
 * <p>Implementations are immutable and thread-safe; a verdict depends only on the policy and the
 * query, so every machine and time zone gives the same one.
 */
public interface EligibilityEngine {
  /**
   * Returns the policy applied.
   *
   * @return the policy
   */
  EligibilityPolicy policy();

  /**
   * Evaluates every criterion of the policy; never stops at the first failure.
   *
   * <p>Complexity: the sum of the criteria's costs, O(c) for c criteria on the eligible path with
   * no allocation beyond the query.
   *
   * @param query the question, not null
   * @return {@link Verdict#ELIGIBLE} or every unmet criterion, in policy order
   */
  Verdict evaluate(EligibilityQuery query);

  /**
   * Returns whether every criterion is met, stopping at the first that is not: the fast path for
   * filtering, where no reason is needed. Agrees with {@code evaluate(query).isEligible()}.
   *
   * @param query the question, not null
   * @return true when eligible
   */
  boolean isEligible(EligibilityQuery query);

  /**
   * Explains each unmet criterion of a verdict: what is wrong and what would fix it, with dates in
   * Hijri (Umm al-Qura) and Gregorian.
   *
   * @param verdict the verdict, not null
   * @param locale the language: Arabic for any {@code ar} locale, English otherwise; not null
   * @return one explanation per unmet criterion, in the verdict's order
   */
  List<Explanation> explain(Verdict verdict, Locale locale);

  /**
   * Returns the volunteers eligible for one shift, in the population's order.
   *
   * <p>Complexity: O(n × c) for n volunteers and c criteria.
   *
   * @param entity the offering entity, not null
   * @param opportunity the opportunity, not null
   * @param shift one of its shifts, not null
   * @param population the volunteers to consider, not null
   * @param commitments each volunteer's accepted shifts, not null; may return an empty list
   * @param at when the question is asked, not null
   * @return the eligible volunteers
   */
  List<Volunteer> eligibleVolunteers(
      ParticipatingEntity entity,
      Opportunity opportunity,
      Shift shift,
      Collection<Volunteer> population,
      Function<VolunteerId, List<TimeRange>> commitments,
      Instant at);

  /**
   * Returns the shifts on offer that one volunteer may take, in the offers' order.
   *
   * @param volunteer the volunteer, not null
   * @param commitments the volunteer's accepted shifts, not null
   * @param offers the shifts on offer, not null
   * @param at when the question is asked, not null
   * @return the offers the volunteer is eligible for
   */
  List<ShiftOffer> eligibleOffers(
      Volunteer volunteer, List<TimeRange> commitments, Collection<ShiftOffer> offers, Instant at);
}
