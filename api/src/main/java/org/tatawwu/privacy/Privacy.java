package org.tatawwu.privacy;

import java.time.Clock;
import java.util.List;
import org.tatawwu.matching.Ranker;

/**
 * The privacy engines: the classification of every model component, consent registers, purpose
 * guards and a ranker that reads only what its purposes allow. Obtain it from {@link
 * org.tatawwu.Tatawwu#privacy()}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Privacy {
  /**
   * Returns the classification of every component of every public model record of the API.
   *
   * @return the classification
   */
  Classification classification();

  /**
   * Creates an empty consent register kept in memory.
   *
   * @param clock where the times of entries come from, not null
   * @param purposes the purposes the platform declares (for example {@link Purpose#defaults()}),
   *     not null, identifiers unique
   * @return a thread-safe register
   * @throws org.tatawwu.validation.InvalidValueException with code {@code
   *     privacy.purpose.duplicate} if two purposes share an identifier
   */
  ConsentRegister consentRegister(Clock clock, List<Purpose> purposes);

  /**
   * Creates a guard over a register's purposes and consents, with {@link #classification()}.
   *
   * @param consents the consent register, not null
   * @return a thread-safe guard
   */
  PurposeGuard purposeGuard(ConsentRegister consents);

  /**
   * Wraps a ranker so that it only ever sees what the purposes allow: every volunteer is {@link
   * PurposeGuard#minimise minimised} at the instant of the question before it is scored ({@link
   * Ranker#score}, which takes no instant, asks at the clock's instant). A volunteer whose
   * indispensable components are refused is left out of {@link Ranker#topVolunteers} and refused by
   * {@link Ranker#topShifts} and {@link Ranker#score}.
   *
   * @param ranker the ranker, not null
   * @param guard the guard, not null
   * @param purposes the purposes ranking serves, for example {@link Purpose#VOLUNTEERING} and
   *     {@link Purpose#LOCATION_MATCHING}; not null, not empty
   * @param clock the clock giving the instant for {@link Ranker#score}, not null
   * @return a thread-safe ranker
   */
  Ranker consentAwareRanker(
      Ranker ranker, PurposeGuard guard, List<PurposeId> purposes, Clock clock);
}
