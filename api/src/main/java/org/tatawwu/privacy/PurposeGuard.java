package org.tatawwu.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Decides which model components may be used for the purposes of a processing step, from the {@link
 * Classification}, the {@link Purpose purposes} and the {@link ConsentRegister}: a component may be
 * used when one of the purposes named covers its category and is lawful at that instant (its basis
 * needs no consent, or the volunteer's consent to it is in force). Eligibility and matching consult
 * it before reading a volunteer; {@link Privacy#consentAwareRanker} does so for a ranker. Obtain
 * one from {@link Privacy#purposeGuard(ConsentRegister)}.
 *
 * <p>Implementations are thread-safe.
 */
public interface PurposeGuard {
  /**
   * Decides which components may be used.
   *
   * @param subject the volunteer whose data it is, not null
   * @param purposes the purposes of the processing step, not null, not empty
   * @param components the components it would read, not null
   * @param at when the processing happens, not null
   * @return the decision
   * @throws RuleException with code {@code privacy.purpose.unknown} for a purpose the guard does
   *     not know
   * @throws org.tatawwu.validation.InvalidValueException with code {@code privacy.purposes.empty}
   *     if no purpose is named, or {@code privacy.unclassified} for a component the classification
   *     does not know
   */
  UseDecision decide(
      VolunteerId subject, List<PurposeId> purposes, Set<ModelComponent> components, Instant at);

  /**
   * Returns the volunteer with only what the purposes allow: refused optional components (e-mail,
   * city, location, guardian consent, background check) emptied, refused collections (skills,
   * fields of interest, languages, trainings) emptied.
   *
   * @param volunteer the volunteer, not null
   * @param purposes the purposes of the processing step, not null, not empty
   * @param at when the processing happens, not null
   * @return the minimised volunteer (the same instance when nothing is refused)
   * @throws RuleException with one violation per component when a component the model cannot do
   *     without (national ID, name, mobile, birth date, gender, nationality, region, availability,
   *     status) is refused (codes {@code privacy.use.notCovered}, {@code privacy.use.noConsent},
   *     {@code privacy.use.withdrawn}), or with code {@code privacy.purpose.unknown}
   * @throws org.tatawwu.validation.InvalidValueException with code {@code privacy.purposes.empty}
   *     if no purpose is named
   */
  Volunteer minimise(Volunteer volunteer, List<PurposeId> purposes, Instant at);

  /**
   * Refuses a use unless every component is allowed.
   *
   * @param subject the volunteer whose data it is, not null
   * @param purposes the purposes of the processing step, not null, not empty
   * @param components the components it would read, not null
   * @param at when the processing happens, not null
   * @throws RuleException with one violation per refused component, localised in Arabic and English
   *     (codes {@code privacy.use.notCovered}, {@code privacy.use.noConsent}, {@code
   *     privacy.use.withdrawn}), or with code {@code privacy.purpose.unknown}
   * @throws org.tatawwu.validation.InvalidValueException with code {@code privacy.purposes.empty}
   *     if no purpose is named
   */
  void require(
      VolunteerId subject, List<PurposeId> purposes, Set<ModelComponent> components, Instant at);
}
