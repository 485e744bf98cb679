package org.tatawwu.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tatawwu.eligibility.Verdict;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Runs one incident from declaration to stand-down: its lifecycle, its needs, the call-out waves
 * and their answers, spontaneous volunteers, teams, the release of volunteers, the appraisals and
 * the report. Obtain one from {@link org.tatawwu.Tatawwu#incidentCommand}.
 *
 * <p>Every refused operation throws {@link org.tatawwu.validation.RuleException} naming every
 * problem with a stable code (for example {@code incident.illegalTransition}, {@code
 * offer.notPending}), localised in Arabic and English, and changes nothing.
 *
 * <p>Waves keep three promises at all times: no volunteer holds two offers (pending or accepted)
 * whose shifts overlap, nor one that overlaps their outside commitments; the offers pending or
 * accepted for a shift never exceed {@link ActivationSettings#offerCap}, and the accepted ones
 * never exceed its seats; every acceptance is checked against the volunteer's data at the time of
 * the answer (eligibility, credentials, rotation rules), and refused when no longer eligible.
 *
 * <p><b>Who is asked.</b> A volunteer declining an offer, letting it lapse (no answer by its due
 * time) or refused at acceptance as no longer eligible is never offered that need again (none of
 * its shifts) in this incident, and stays a candidate for the other needs. A volunteer holding a
 * pending offer is offered nothing else until they answer; one with accepted shifts may be offered
 * another shift that overlaps none of them and, with rotation rules, keeps to them counting the
 * accepted shifts. A wave makes at most one offer to each volunteer. A withdrawn offer bars
 * nothing. A volunteer who {@link #dropOut drops out} is offered nothing more in this incident. A
 * spontaneous volunteer takes only roles open to them until {@link #promote promoted}, and is then
 * a candidate for every role.
 *
 * <p><b>Time order.</b> The changes that move the incident's status, the seats or the filled seats
 * ({@link #moveTo}, {@link #addNeed}, an acceptance through {@link #answer}, {@link #dropOut},
 * {@link #enrolTeam}, {@link #standDown}) must be given in time order: one dated before the latest
 * such change is refused with {@code incident.outOfOrder}, so the report's {@link
 * IncidentReport#needsMet() needs met over time} is always in time order. A wave ({@link
 * #planWave}) dated before the latest such change, the latest wave or the latest answer recorded (a
 * missed answer at its due time) is refused with {@code incident.outOfOrder} too.
 *
 * <p><b>Range of instants.</b> Every operation that takes an instant and changes the incident
 * accepts one from the start (UTC) of the day a year before the incident's first day to the end
 * (UTC) of the day a year after its last day; one outside is refused with {@code
 * incident.instantOutOfRange} (arguments {@code from} and {@code to}, the two days), so that no
 * instant overflows a due time and no far-off date holds back the changes after it.
 *
 * <p>Implementations are thread-safe: operations are serialised.
 */
public interface IncidentCommand {
  /** The most seats an incident's needs hold together, and so the most one need holds. */
  int MAX_SEATS = 1_000_000;

  /**
   * The most volunteer–shift pairs one wave weighs: each listed candidate of a need times the
   * need's shifts, summed over the needs.
   */
  long MAX_WAVE_PAIRS = 100_000_000L;

  /**
   * Returns the incident as it stands.
   *
   * @return the incident
   */
  Incident incident();

  /**
   * Moves the incident to another status. Closing goes through {@link #standDown}. Scaling down
   * withdraws every pending offer ({@link OfferStatus#WITHDRAWN} at {@code at}; answering one is
   * then refused with {@code offer.notPending}), keeps the accepted ones and stops call-outs;
   * withdrawn offers bar nothing, so their volunteers may be asked again if the incident becomes
   * active again.
   *
   * @param next {@code ACTIVE} or {@code SCALING_DOWN}, not null
   * @param at when, not null
   * @return the incident in its new status
   * @throws org.tatawwu.validation.RuleException {@code incident.illegalTransition} when {@code
   *     next} is not among the current status's {@link IncidentStatus#next()}, or {@code
   *     incident.closeThroughStandDown} for {@code CLOSED}; {@code incident.outOfOrder}, {@code
   *     incident.instantOutOfRange}
   */
  Incident moveTo(IncidentStatus next, Instant at);

  /**
   * Opens a need. Allowed while declared or active.
   *
   * @param need the need, not null
   * @param at when, not null
   * @throws org.tatawwu.validation.RuleException {@code incident.needsClosed} once scaling down or
   *     closed, {@code need.duplicate} for a need id already used, {@code need.regionOutside} for a
   *     place outside the incident's regions, {@code incident.outOfOrder}, {@code
   *     incident.instantOutOfRange}, {@code incident.tooManySeats} when the needs would hold more
   *     than {@link #MAX_SEATS} seats together; all at once, nothing added
   */
  void addNeed(Need need, Instant at);

  /**
   * Returns the needs, in the order they were opened.
   *
   * @return the needs
   */
  List<Need> needs();

  /**
   * Plans the next call-out wave for the seats still open: offers that ran past their due time are
   * first recorded as unanswered, then the eligible, pre-qualified volunteers who may be asked (see
   * the type's "Who is asked") are ranked and placed by the solver, and each placed volunteer gets
   * one offer due after the answer window. Needs whose role works in teams of two or more are
   * filled by {@link #enrolTeam}, not by waves.
   *
   * @param at when the wave is planned, not null
   * @return the wave, possibly without offers when nothing is open or nobody is left
   * @throws org.tatawwu.validation.RuleException {@code incident.notActive} unless active, {@code
   *     incident.outOfOrder} when dated before the latest change to the status or the seats, wave
   *     or answer, {@code incident.instantOutOfRange}, {@code wave.tooLarge} when the wave would
   *     weigh more than {@link #MAX_WAVE_PAIRS} pairs (no wave counted, no offer made)
   */
  Wave planWave(Instant at);

  /**
   * Records a volunteer's answer. An acceptance is checked first: when the volunteer is no longer
   * eligible the offer becomes {@link OfferStatus#INELIGIBLE} (see {@link #refusal}); when the
   * shift filled meanwhile it was already withdrawn.
   *
   * @param offer the offer, not null
   * @param answer the answer, not null
   * @param at when it was given, not null
   * @return the offer in its new status
   * @throws org.tatawwu.validation.RuleException {@code offer.unknown}, {@code offer.notPending}
   *     (arguments {@code status}), {@code offer.overdue} for an answer at or after the due time,
   *     {@code offer.answerBeforeSent} for an answer dated before the offer was sent, {@code
   *     incident.outOfOrder} for an acceptance dated before the latest change to the seats, {@code
   *     incident.instantOutOfRange}
   */
  Offer answer(OfferId offer, Answer answer, Instant at);

  /**
   * Returns why an acceptance was refused.
   *
   * @param offer the offer, not null
   * @return the verdict, present for an offer in {@link OfferStatus#INELIGIBLE}
   */
  Optional<Verdict> refusal(OfferId offer);

  /**
   * Records every pending offer whose due time is at or before an instant as unanswered.
   *
   * @param at the instant, not null
   * @return the offers changed
   * @throws org.tatawwu.validation.RuleException {@code incident.instantOutOfRange}
   */
  List<Offer> expireOverdue(Instant at);

  /**
   * Records that a volunteer dropped out: their accepted offers become {@link
   * OfferStatus#DROPPED_OUT} and their pending ones {@link OfferStatus#DECLINED}; the seats reopen
   * for the next wave, and the volunteer is offered nothing more in this incident.
   *
   * @param volunteer the volunteer, not null
   * @param at when, not null
   * @return the offers changed
   * @throws org.tatawwu.validation.RuleException {@code offer.nothingToDrop} when the volunteer
   *     holds no pending or accepted offer, {@code incident.outOfOrder}, {@code
   *     incident.instantOutOfRange}
   */
  List<Offer> dropOut(VolunteerId volunteer, Instant at);

  /**
   * Returns every offer so far, oldest first.
   *
   * @return the offers
   */
  List<Offer> offers();

  /**
   * Returns the seats of every need not held by an accepted offer.
   *
   * @return 0 or more
   */
  int openSeats();

  /**
   * Registers a spontaneous volunteer presenting at the incident (ISO 22319). They may take only
   * roles {@link Role#openToSpontaneous() open to spontaneous volunteers} until {@link #promote
   * promoted}.
   *
   * @param id the id to give them, not null
   * @param intake what was taken at intake, not null
   * @param at when, not null
   * @return the volunteer, {@code REGISTERED}
   * @throws org.tatawwu.validation.RuleException {@code spontaneous.duplicate} for an id already
   *     known, {@code spontaneous.alreadyTakenIn} for a national ID already taken in at this
   *     incident under another id (the message names neither), {@code spontaneous.inCandidatePool}
   *     for a national ID of a volunteer the candidate pool lists for one of the needs (a person
   *     has one identity in an incident; the message names nobody; one look-up per listed
   *     volunteer), {@code incident.needsClosed} once scaling down or closed, {@code
   *     incident.instantOutOfRange}
   */
  Volunteer intake(VolunteerId id, SpontaneousIntake intake, Instant at);

  /**
   * Promotes a spontaneous volunteer to full status once verified.
   *
   * @param volunteer the volunteer, not null
   * @param at when, not null
   * @return the volunteer, {@code VERIFIED}
   * @throws org.tatawwu.validation.RuleException {@code spontaneous.unknown} when not taken in by
   *     {@link #intake}, {@code spontaneous.alreadyPromoted}, {@code incident.instantOutOfRange}
   */
  Volunteer promote(VolunteerId volunteer, Instant at);

  /**
   * Forms a team. Members under 18 need a guardian's consent covering the incident's first day.
   *
   * @param team the team, not null
   * @param at when, not null
   * @throws org.tatawwu.validation.RuleException naming every problem: {@code team.duplicate},
   *     {@code team.unknownVolunteer} ({@code volunteer}), {@code team.minorWithoutConsent} (no
   *     arguments, once however many members lack a consent: it names nobody, an age being personal
   *     data), {@code team.memberInAnotherTeam} ({@code volunteer}), {@code
   *     incident.instantOutOfRange}
   */
  void formTeam(Team team, Instant at);

  /**
   * Enrols a whole team on a shift, all or none: every member eligible and free, enough seats for
   * everyone, the team's size and lead as the role asks. Each member gets an offer accepted at
   * once, numbered wave 0 (a direct enrolment, not a call-out).
   *
   * @param team the team, not null
   * @param slot the need and shift, not null
   * @param at when, not null
   * @return the members' accepted offers, lead first
   * @throws org.tatawwu.validation.RuleException naming every problem, nothing enrolled: {@code
   *     team.unknown}, {@code need.unknown}, {@code incident.notActive}, {@code
   *     incident.outOfOrder}, {@code team.noCapacity} ({@code seats}, {@code size}), {@code
   *     team.wrongSize} ({@code size}, {@code required}), {@code team.memberIneligible} ({@code
   *     volunteer}, {@code reasons}), {@code team.memberBusy} ({@code volunteer}: with an accepted
   *     shift or an outside commitment overlapping this one), {@code team.membersAwaitingAnswer}
   *     ({@code count}: how many members await their answer to a pending offer; their offers are
   *     left as they are, so each member answers or lets the offer lapse before the team is
   *     enrolled), {@code incident.instantOutOfRange}
   */
  List<Offer> enrolTeam(TeamId team, Slot slot, Instant at);

  /**
   * Returns a team's approved hours on this incident, attributed to each member and to the team.
   *
   * @param team the team, not null
   * @param entries hour entries (any volunteers, any opportunities), not null; only the team's
   *     members' approved entries on this incident's needs count
   * @return the attribution
   * @throws org.tatawwu.validation.RuleException {@code team.unknown}
   * @throws NullPointerException when {@code team} or {@code entries} is null
   */
  TeamHours teamHours(TeamId team, Collection<HourEntry> entries);

  /**
   * Stands the incident down: pending offers are withdrawn, accepted ones released, and the
   * incident closed.
   *
   * @param at when, not null
   * @return the offers changed
   * @throws org.tatawwu.validation.RuleException {@code incident.illegalTransition} once closed,
   *     {@code incident.outOfOrder}, {@code incident.instantOutOfRange}
   */
  List<Offer> standDown(Instant at);

  /**
   * Records an after-action appraisal. Only a volunteer who served the need (accepted, dropped out
   * after accepting, or released) can appraise or be appraised for it, once each way.
   *
   * @param appraisal the appraisal, not null
   * @throws org.tatawwu.validation.RuleException {@code appraisal.notServed}, {@code
   *     appraisal.duplicate}, {@code need.unknown}
   */
  void appraise(Appraisal appraisal);

  /**
   * Returns the appraisals, oldest first.
   *
   * @return the appraisals
   */
  List<Appraisal> appraisals();

  /**
   * Makes the incident report.
   *
   * @param hours hour entries; only approved ones on this incident's needs count; not null
   * @param at when, not null
   * @return the report
   */
  IncidentReport report(Collection<HourEntry> hours, Instant at);
}
