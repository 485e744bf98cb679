package org.tatawwu.credential;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Records credential types, volunteers' credentials and background checks, and moves them through
 * their lifecycles. Obtain one from {@link org.tatawwu.Tatawwu#credentialRegistry()}.
 *
 * <p>Every refused operation throws {@link org.tatawwu.validation.RuleException} with stable codes
 * (for example {@code credential.illegalTransition} with arguments {@code from} and {@code to}),
 * localised in Arabic and English, and changes nothing.
 *
 * <p>Implementations are thread-safe.
 */
public interface CredentialRegistry {
  /**
   * Defines a credential type.
   *
   * @param type the type, not null
   * @throws org.tatawwu.validation.RuleException {@code credentialType.duplicate} for an id already
   *     defined
   */
  void define(CredentialType type);

  /**
   * Returns a defined type.
   *
   * @param type the id, not null
   * @return the type, or empty
   */
  Optional<CredentialType> type(CredentialTypeId type);

  /**
   * Records a credential a volunteer declares, with its evidence, as {@link
   * CredentialStatus#CLAIMED}; its last valid day follows from the type's validity.
   *
   * @param id the credential's id, not null
   * @param volunteer the holder, not null
   * @param type the type, not null
   * @param evidence the evidence, not null
   * @param issuedOn the day of issue, not null
   * @param at when it is recorded, not null
   * @return the credential
   * @throws org.tatawwu.validation.RuleException naming every problem: {@code
   *     credential.duplicate}, {@code credentialType.unknown}, {@code credential.issuedInFuture}
   */
  Credential claim(
      CredentialId id,
      VolunteerId volunteer,
      CredentialTypeId type,
      Evidence evidence,
      LocalDate issuedOn,
      Instant at);

  /**
   * Verifies a claimed credential.
   *
   * @param id the credential, not null
   * @param verifiedBy the verifier's identifier, an identifier
   * @param at when, not null
   * @return the credential, verified
   * @throws org.tatawwu.validation.RuleException {@code credential.unknown}, {@code
   *     credential.illegalTransition}
   */
  Credential verify(CredentialId id, String verifiedBy, Instant at);

  /**
   * Rejects a claimed credential.
   *
   * @param id the credential, not null
   * @param at when, not null
   * @return the credential, rejected
   * @throws org.tatawwu.validation.RuleException {@code credential.unknown}, {@code
   *     credential.illegalTransition}
   */
  Credential reject(CredentialId id, Instant at);

  /**
   * Revokes a verified credential.
   *
   * @param id the credential, not null
   * @param at when, not null
   * @return the credential, revoked
   * @throws org.tatawwu.validation.RuleException {@code credential.unknown}, {@code
   *     credential.illegalTransition}
   */
  Credential revoke(CredentialId id, Instant at);

  /**
   * Returns a volunteer's credentials, in the order recorded.
   *
   * @param volunteer the holder, not null
   * @return the credentials
   */
  List<Credential> credentialsOf(VolunteerId volunteer);

  /**
   * Requests a background check.
   *
   * @param id the check's id, not null
   * @param volunteer who is checked, not null
   * @param at when, not null
   * @return the check, {@link BackgroundCheckState#REQUESTED}
   * @throws org.tatawwu.validation.RuleException {@code backgroundCheck.duplicate}
   */
  BackgroundCheckCase requestCheck(BackgroundCheckId id, VolunteerId volunteer, Instant at);

  /**
   * Moves a check to the next state: {@code CONSENTED} or {@code IN_PROGRESS}. Clearing, flagging
   * and expiring have their own methods.
   *
   * @param id the check, not null
   * @param next {@code CONSENTED} or {@code IN_PROGRESS}, not null
   * @param at when, not null
   * @return the check in its new state
   * @throws org.tatawwu.validation.RuleException {@code backgroundCheck.unknown}, {@code
   *     backgroundCheck.illegalTransition} (arguments {@code from}, {@code to})
   */
  BackgroundCheckCase advance(BackgroundCheckId id, BackgroundCheckState next, Instant at);

  /**
   * Clears a check in progress.
   *
   * @param id the check, not null
   * @param validUntil the last day it counts, not before the day of {@code at} in UTC
   * @param at when, not null
   * @return the check, cleared
   * @throws org.tatawwu.validation.RuleException {@code backgroundCheck.unknown}, {@code
   *     backgroundCheck.illegalTransition}, {@code backgroundCheck.validUntilPast}
   */
  BackgroundCheckCase clear(BackgroundCheckId id, LocalDate validUntil, Instant at);

  /**
   * Flags a check in progress, with the reason the volunteer is told.
   *
   * @param id the check, not null
   * @param reason the reason, not null
   * @param at when, not null
   * @return the check, flagged
   * @throws org.tatawwu.validation.RuleException {@code backgroundCheck.unknown}, {@code
   *     backgroundCheck.illegalTransition}
   */
  BackgroundCheckCase flag(BackgroundCheckId id, FlagReason reason, Instant at);

  /**
   * Expires every cleared check whose last valid day is before a day.
   *
   * @param today the day, not null
   * @param at when, not null
   * @return the checks expired
   */
  List<BackgroundCheckCase> expireChecks(LocalDate today, Instant at);

  /**
   * Returns a volunteer's latest background check.
   *
   * @param volunteer the volunteer, not null
   * @return the latest requested check, or empty
   */
  Optional<BackgroundCheckCase> latestCheck(VolunteerId volunteer);

  /**
   * Tells the volunteer why their check was flagged (the right to be told why): the decision, the
   * reason's statement and how to contest it, in one language.
   *
   * @param id the check, not null
   * @param locale Arabic for any {@code ar} locale, English otherwise; not null
   * @return the explanation
   * @throws org.tatawwu.validation.RuleException {@code backgroundCheck.unknown}, {@code
   *     backgroundCheck.notFlagged}
   */
  String explainFlag(BackgroundCheckId id, Locale locale);

  /**
   * Returns the verified credentials and cleared checks whose last valid day falls within the next
   * {@code days} days: from {@code today} to {@code today + days}, both included.
   *
   * @param days 0 to 3,660
   * @param today the first day, not null
   * @return what expires, soonest first (ties by volunteer)
   * @throws IllegalArgumentException for days out of range
   */
  List<Expiring> expiringWithin(int days, LocalDate today);
}
