package org.tatawwu.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.Volunteer;

/**
 * What an eligibility question is about: a volunteer, one shift of an opportunity offered by an
 * entity, the volunteer's other accepted shifts, and the instant the question is asked.
 *
 * <p>Days are taken in the opportunity's zone, never the machine's: {@link #shiftDay()} is the
 * local date on which the shift starts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EligibilityQuery {
  private final Volunteer volunteer;
  private final Opportunity opportunity;
  private final Shift shift;
  private final ParticipatingEntity entity;
  private final List<TimeRange> commitments;
  private final Instant at;
  private final LocalDate shiftDay;
  private final CredentialDemand demand;
  private final List<Credential> credentials;

  private EligibilityQuery(
      Volunteer volunteer,
      Opportunity opportunity,
      Shift shift,
      ParticipatingEntity entity,
      List<TimeRange> commitments,
      Instant at,
      LocalDate shiftDay,
      CredentialDemand demand,
      List<Credential> credentials) {
    this.volunteer = volunteer;
    this.opportunity = opportunity;
    this.shift = shift;
    this.entity = entity;
    this.commitments = commitments;
    this.at = at;
    this.shiftDay = shiftDay;
    this.demand = demand;
    this.credentials = credentials;
  }

  /**
   * Creates a query.
   *
   * @param volunteer the volunteer, not null
   * @param opportunity the opportunity, not null
   * @param shift one of the opportunity's shifts, not null
   * @param entity the entity offering the opportunity, not null
   * @param commitments the volunteer's other accepted shifts, not null
   * @param at when the question is asked, not null
   * @return the query
   * @throws IllegalArgumentException if the shift is not the opportunity's or the entity is not the
   *     one offering it
   */
  public static EligibilityQuery of(
      Volunteer volunteer,
      Opportunity opportunity,
      Shift shift,
      ParticipatingEntity entity,
      List<TimeRange> commitments,
      Instant at) {
    return of(volunteer, new ShiftOffer(entity, opportunity, shift), commitments, at);
  }

  /**
   * Creates a query about a shift on offer (checked when the offer was made).
   *
   * @param volunteer the volunteer, not null
   * @param offer the shift on offer, not null
   * @param commitments the volunteer's other accepted shifts, not null
   * @param at when the question is asked, not null
   * @return the query
   */
  public static EligibilityQuery of(
      Volunteer volunteer, ShiftOffer offer, List<TimeRange> commitments, Instant at) {
    return new EligibilityQuery(
        Objects.requireNonNull(volunteer, "volunteer"),
        offer.opportunity(),
        offer.shift(),
        offer.entity(),
        List.copyOf(commitments),
        Objects.requireNonNull(at, "at"),
        offer.day(),
        CredentialDemand.NONE,
        List.of());
  }

  /**
   * Returns the same question about another shift: same volunteer, commitments and instant. O(1),
   * allocating only the query (the offer was checked when it was made), for rankings that check
   * many offers.
   *
   * @param offer the shift on offer, not null
   * @return the query
   */
  public EligibilityQuery forOffer(ShiftOffer offer) {
    return new EligibilityQuery(
        volunteer,
        offer.opportunity(),
        offer.shift(),
        offer.entity(),
        commitments,
        at,
        offer.day(),
        demand,
        credentials);
  }

  /**
   * Returns the same question with the credentials the shift's role demands and those the volunteer
   * holds, for the {@code credentials} criterion. Without it, nothing is demanded.
   *
   * @param demanded what the role demands, not null
   * @param held the volunteer's credentials, not null; copied
   * @return the query
   */
  public EligibilityQuery withCredentials(CredentialDemand demanded, List<Credential> held) {
    return new EligibilityQuery(
        volunteer,
        opportunity,
        shift,
        entity,
        commitments,
        at,
        shiftDay,
        Objects.requireNonNull(demanded, "demanded"),
        List.copyOf(held));
  }

  /**
   * Returns the same question for another volunteer: O(1), for bulk evaluation. The credentials
   * demanded stay; the credentials held are cleared (give the other volunteer's with {@link
   * #withCredentials}).
   *
   * @param other the volunteer, not null
   * @param otherCommitments that volunteer's accepted shifts, not null
   * @return the query
   */
  public EligibilityQuery forVolunteer(Volunteer other, List<TimeRange> otherCommitments) {
    return new EligibilityQuery(
        Objects.requireNonNull(other, "other"),
        opportunity,
        shift,
        entity,
        List.copyOf(otherCommitments),
        at,
        shiftDay,
        demand,
        List.of());
  }

  /**
   * Returns the volunteer.
   *
   * @return the volunteer
   */
  public Volunteer volunteer() {
    return volunteer;
  }

  /**
   * Returns the opportunity.
   *
   * @return the opportunity
   */
  public Opportunity opportunity() {
    return opportunity;
  }

  /**
   * Returns the shift.
   *
   * @return the shift
   */
  public Shift shift() {
    return shift;
  }

  /**
   * Returns the offering entity.
   *
   * @return the entity
   */
  public ParticipatingEntity entity() {
    return entity;
  }

  /**
   * Returns the volunteer's other accepted shifts.
   *
   * @return the commitments, unmodifiable
   */
  public List<TimeRange> commitments() {
    return commitments;
  }

  /**
   * Returns when the question is asked.
   *
   * @return the instant
   */
  public Instant at() {
    return at;
  }

  /**
   * Returns the local date on which the shift starts, in the opportunity's zone.
   *
   * @return the day
   */
  public LocalDate shiftDay() {
    return shiftDay;
  }

  /**
   * Returns the credentials the shift's role demands.
   *
   * @return the demand; {@link CredentialDemand#NONE} unless set by {@link #withCredentials}
   */
  public CredentialDemand credentialDemand() {
    return demand;
  }

  /**
   * Returns the volunteer's credentials given with {@link #withCredentials}.
   *
   * @return the credentials, unmodifiable; empty unless given
   */
  public List<Credential> credentials() {
    return credentials;
  }

  @Override
  public String toString() {
    return "EligibilityQuery[volunteer="
        + volunteer.id()
        + ", opportunity="
        + opportunity.number()
        + ", shift="
        + shift.id()
        + ", at="
        + at
        + "]";
  }
}
