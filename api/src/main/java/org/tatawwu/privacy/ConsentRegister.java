package org.tatawwu.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Volunteers' consents with their full history: every consent given and withdrawn is kept, with the
 * notice version and who acted (the volunteer or a minor's guardian). Times come from the
 * register's clock, except that a volunteer's entries for one purpose never go back in time: when
 * the last one recorded carries a later instant (a node whose clock is ahead recorded it, or the
 * clock stepped back), the new entry is recorded at that instant, so the entry recorded last always
 * decides from its instant on. Obtain one from {@link Privacy#consentRegister(java.time.Clock,
 * List)}.
 *
 * <p>Implementations are thread-safe.
 */
public interface ConsentRegister {
  /**
   * Records a consent given now.
   *
   * @param subject the volunteer, not null
   * @param purpose a purpose of the register whose basis is {@link LegalBasis#CONSENT}, not null
   * @param notice the notice or charter version the consent was given under, not null
   * @param by who gave it, not null
   * @return the entry recorded
   * @throws RuleException naming every problem: {@code privacy.purpose.unknown} for a purpose the
   *     register does not know, {@code privacy.purpose.noConsentNeeded} for a purpose on another
   *     basis; for a register made with a vault, {@code privacy.consent.erased} for an erased
   *     volunteer and {@code privacy.consent.guardianForAdult} for a guardian's consent to an adult
   *     (see {@link Privacy#consentRegister(java.time.Clock, List, ConsentStore,
   *     PersonalDataVault)})
   */
  ConsentRecord give(VolunteerId subject, PurposeId purpose, NoticeVersion notice, ConsentGiver by);

  /**
   * Records a consent withdrawn now. Processing that needs it stops from the entry's instant.
   *
   * @param subject the volunteer, not null
   * @param purpose the purpose, not null
   * @param by who withdrew it, not null
   * @return the entry recorded
   * @throws RuleException with code {@code privacy.consent.notInForce} if no consent to the purpose
   *     is in force, or {@code privacy.purpose.unknown} for a purpose the register does not know
   */
  ConsentRecord withdraw(VolunteerId subject, PurposeId purpose, ConsentGiver by);

  /**
   * Returns the entry deciding whether consent to a purpose was in force at an instant: the last
   * one at or before it.
   *
   * @param subject the volunteer, not null
   * @param purpose the purpose, not null
   * @param at the instant, not null
   * @return the deciding entry, or empty if there was none
   */
  Optional<ConsentRecord> latest(VolunteerId subject, PurposeId purpose, Instant at);

  /**
   * Returns whether consent to a purpose was in force at an instant.
   *
   * @param subject the volunteer, not null
   * @param purpose the purpose, not null
   * @param at the instant, not null
   * @return true when the last entry at or before the instant gives consent
   */
  default boolean inForce(VolunteerId subject, PurposeId purpose, Instant at) {
    return latest(subject, purpose, at)
        .map(r -> r.action() == ConsentRecord.Action.GIVEN)
        .orElse(false);
  }

  /**
   * Returns a volunteer's whole consent history.
   *
   * @param subject the volunteer, not null
   * @return the entries in the order recorded, possibly empty
   */
  List<ConsentRecord> history(VolunteerId subject);

  /**
   * Returns the purposes the register knows.
   *
   * @return the purposes, in the order given
   */
  List<Purpose> purposes();
}
