package org.tatawwu.privacy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.crypto.SecretKey;
import org.tatawwu.credential.BackgroundCheckCase;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.incident.Appraisal;
import org.tatawwu.matching.Ranker;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.organization.EntityId;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The privacy engines: the classification of every model component, consent registers, purpose
 * guards and a ranker that reads only what its purposes allow; the vault of personal data with
 * crypto-shredding and certificates that name their holder through it; a volunteer's copy of their
 * data; retention sweeps; partner entities' purpose-scoped views. Obtain it from {@link
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
   * Creates an empty consent register kept in memory: {@code consentRegister(clock, purposes,
   * inMemoryConsentStore())}.
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
   * Creates a consent register over a store: every answer is read from the store, so registers of
   * several application nodes over one shared store agree.
   *
   * @param clock where the times of entries come from, not null
   * @param purposes the purposes the platform declares (for example {@link Purpose#defaults()}),
   *     not null, identifiers unique
   * @param store where the entries are kept, not null
   * @return a register, thread-safe when the store is
   * @throws org.tatawwu.validation.InvalidValueException with code {@code
   *     privacy.purpose.duplicate} if two purposes share an identifier
   */
  ConsentRegister consentRegister(Clock clock, List<Purpose> purposes, ConsentStore store);

  /**
   * Creates a consent register over a store that also checks each consent given against a vault:
   * consent is refused for a volunteer the vault erased ({@code privacy.consent.erased}), and
   * consent given by a guardian is refused for a volunteer whose birth date in the vault makes them
   * 18 or older in completed Gregorian years on the clock's day in Riyadh ({@code
   * privacy.consent.guardianForAdult}; such a volunteer is adult under any age rule, since 18 Hijri
   * years are fewer days). A volunteer without a birth date in the vault, or adult only when
   * counted in Hijri years, is not refused on that ground: the caller checks the age rule its
   * policy sets (see {@link org.tatawwu.time.AgeCalendar}) before recording a guardian's consent.
   *
   * @param clock where the times of entries come from, not null
   * @param purposes the purposes the platform declares, not null, identifiers unique
   * @param store where the entries are kept, not null
   * @param vault where volunteers' erasure and birth dates are read, not null
   * @return a register, thread-safe when the store is
   * @throws org.tatawwu.validation.InvalidValueException with code {@code
   *     privacy.purpose.duplicate} if two purposes share an identifier
   */
  ConsentRegister consentRegister(
      Clock clock, List<Purpose> purposes, ConsentStore store, PersonalDataVault vault);

  /**
   * Creates an empty consent store kept in memory.
   *
   * @return a thread-safe store
   */
  ConsentStore inMemoryConsentStore();

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

  /**
   * Wraps an eligibility engine so that it only ever sees what the purposes allow: every volunteer
   * is {@link PurposeGuard#minimise minimised} at the question's instant before it is evaluated. A
   * criterion that needs refused data then finds it absent: a background check the volunteer has
   * not consented to use is a background check not held, and the verdict says why: {@code
   * privacy.backgroundCheck.withdrawn} or {@code privacy.backgroundCheck.noConsent} (naming the
   * purpose whose consent is missing) in place of {@code backgroundCheck.missing}, explained in
   * Arabic and English by the returned engine's {@link EligibilityEngine#explain}. A volunteer
   * whose indispensable components are refused is left out of {@link
   * EligibilityEngine#eligibleVolunteers} and refused by the other methods with a {@link
   * org.tatawwu.validation.RuleException} naming every refused component.
   *
   * @param engine the engine, not null
   * @param guard the guard, not null
   * @param purposes the purposes eligibility serves, for example {@link Purpose#VOLUNTEERING} and
   *     {@link Purpose#BACKGROUND_CHECK}; not null, not empty
   * @return a thread-safe engine when the given one is
   */
  EligibilityEngine consentAwareEligibility(
      EligibilityEngine engine, PurposeGuard guard, List<PurposeId> purposes);

  /**
   * Creates an empty vault store kept in memory.
   *
   * @return a thread-safe store
   */
  VaultStore inMemoryVaultStore();

  /**
   * Opens a vault store kept in two files of a directory ({@code vault-keys.bin}, {@code
   * vault-log.bin}), creating them if needed; each write is forced to the device before it returns.
   * Destroying a key overwrites its bytes in place.
   *
   * @param directory the directory, not null
   * @return the store; close it when done
   * @throws java.io.UncheckedIOException if the files cannot be read or written
   * @throws IllegalStateException if another store holds the directory, or a file is not a vault
   *     file or is damaged
   */
  VaultStore vaultFiles(Path directory);

  /**
   * Creates a vault over a store. The master key wraps each volunteer's key; keep it outside the
   * store (a key management service or hardware module), the same for every vault over the store.
   *
   * @param store the store, not null
   * @param masterKey an AES key of 128, 192 or 256 bits, not null
   * @return a thread-safe vault
   * @throws org.tatawwu.validation.InvalidValueException with code {@code privacy.masterKey} if the
   *     key is not such an AES key
   */
  PersonalDataVault vault(VaultStore store, SecretKey masterKey);

  /**
   * Returns certificates that name their holder through a vault.
   *
   * @param vault the vault, not null
   * @return a thread-safe issuer and renderer
   */
  PseudonymousCertificates certificates(PersonalDataVault vault);

  /**
   * Gathers everything the library holds about a volunteer: the right of access.
   *
   * @param subject the volunteer, not null
   * @param sources where to look, not null
   * @param at when the copy is made, not null
   * @return the copy
   * @throws IllegalStateException if a vault record fails authentication
   */
  SubjectCopy copy(VolunteerId subject, CopySources sources, Instant at);

  /**
   * Renders a copy for people, in Arabic or English: section headings and the personal fields'
   * names in the language, the values as held.
   *
   * @param copy the copy, not null
   * @param locale Arabic for any {@code ar} locale, English otherwise; not null
   * @return the text
   */
  String render(SubjectCopy copy, Locale locale);

  /**
   * Returns the vault as a retention target of {@link RecordClass#PERSONAL_DATA}: a volunteer's
   * record is counted from their last activity, and destroying it erases the volunteer.
   *
   * @param vault the vault, not null
   * @param lastActivity when each volunteer was last active (the end of the relationship); a
   *     volunteer with none is never due and is listed in {@link RetentionReport#undated()} for
   *     someone to decide; not null
   * @return the target
   */
  RetentionTarget vaultRetention(
      PersonalDataVault vault, Function<VolunteerId, Optional<Instant>> lastActivity);

  /**
   * Returns a consent store's histories as a retention target of {@link
   * RecordClass#CONSENT_HISTORY}: one record per volunteer (its id the volunteer's) whose consents
   * are all withdrawn (every purpose's latest entry a withdrawal), counted from their latest entry.
   * A volunteer with a consent in force is not listed: the consent, and the proof of it, are still
   * needed. Destroying the record destroys the volunteer's whole history ({@link
   * ConsentStore#destroyHistory}).
   *
   * @param store the consent store, not null
   * @return the target
   */
  RetentionTarget consentRetention(ConsentStore store);

  /**
   * Returns background-check cases as a retention target of {@link RecordClass#BACKGROUND_CHECK}:
   * one record per case (its id the case's), counted from the later of its last step and the end of
   * the day it is valid until (00:00 UTC the day after), so a check still valid is never due.
   * Destroying a record hands the case to {@code destroy}, which removes it where the platform
   * keeps it.
   *
   * @param cases the cases held, asked at each sweep; not null
   * @param destroy removes a case, not null
   * @return the target
   */
  RetentionTarget backgroundCheckRetention(
      Supplier<List<BackgroundCheckCase>> cases, Consumer<BackgroundCheckCase> destroy);

  /**
   * Returns appraisals as a retention target of {@link RecordClass#APPRAISAL}: one record per
   * appraisal, about the volunteer appraised, counted from when it was given; its id is {@code
   * appraisal:} and the first 32 hex digits of the SHA-256 of its need, volunteer, direction and
   * instant (the same appraisal keeps the same id). Destroying a record hands the appraisal to
   * {@code destroy}, which removes it where the platform keeps it.
   *
   * @param appraisals the appraisals held, asked at each sweep; not null
   * @param destroy removes an appraisal, not null
   * @return the target
   */
  RetentionTarget appraisalRetention(
      Supplier<List<Appraisal>> appraisals, Consumer<Appraisal> destroy);

  /**
   * Creates a retention sweep.
   *
   * @param schedules one schedule per record class, not null; a target whose class has no schedule
   *     is never swept
   * @param targets the targets, not null
   * @param holds the holds, not null
   * @param clock where the sweep's time comes from, not null
   * @return the sweep
   * @throws org.tatawwu.validation.InvalidValueException with code {@code
   *     privacy.retention.duplicate} if two schedules share a class
   */
  RetentionSweep retentionSweep(
      List<RetentionSchedule> schedules,
      List<RetentionTarget> targets,
      List<RetentionHold> holds,
      Clock clock);

  /**
   * Creates a partner entity's view of its volunteers.
   *
   * @param entity the partner entity, not null
   * @param guard the guard deciding which fields the purposes allow, not null
   * @param purposes the purposes of the sharing, for example {@link Purpose#PARTNER_ROSTER} and
   *     {@link Purpose#PARTNER_CONTACT}; not null, not empty
   * @param enrollments each volunteer's enrollments, asked at each look; not null
   * @param directory where an enrollment's opportunity (its entity and period) is found, not null
   * @return the view
   */
  PartnerView partnerView(
      EntityId entity,
      PurposeGuard guard,
      List<PurposeId> purposes,
      Function<VolunteerId, List<Enrollment>> enrollments,
      OpportunityDirectory directory);
}
