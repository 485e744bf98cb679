package org.tatawwu;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.tatawwu.certificate.CertificateIssuer;
import org.tatawwu.credential.CredentialRegistry;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.fund.Association;
import org.tatawwu.fund.FundJournalFile;
import org.tatawwu.fund.FundJournalStore;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundPolicy;
import org.tatawwu.hours.HourEventFile;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.CandidatePool;
import org.tatawwu.incident.Incident;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.RotationCheck;
import org.tatawwu.incident.RotationRules;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;
import org.tatawwu.matching.IncrementalAssignment;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;
import org.tatawwu.spi.CertificateProviderSpi;
import org.tatawwu.spi.CriterionProvider;
import org.tatawwu.spi.EligibilityProviderSpi;
import org.tatawwu.spi.FundProviderSpi;
import org.tatawwu.spi.HourLedgerProviderSpi;
import org.tatawwu.spi.MatchingProviderSpi;
import org.tatawwu.spi.MobilisationProviderSpi;
import org.tatawwu.spi.RecognitionProviderSpi;
import org.tatawwu.spi.ValidationProviderSpi;
import org.tatawwu.validation.InputValidator;

/**
 * The entry point: static factories for Tatawwu's engines. Each capability comes from the first
 * provider of its service interface ({@link ValidationProviderSpi}, {@link EligibilityProviderSpi},
 * {@link HourLedgerProviderSpi}, {@link CertificateProviderSpi}, {@link FundProviderSpi}, {@link
 * MatchingProviderSpi}, {@link RecognitionProviderSpi}, {@link MobilisationProviderSpi}) found with
 * {@link ServiceLoader}; {@code tatawwu-impl} provides them all, so add it at run time.
 *
 * <p>Without a provider every factory, on every call, throws an {@link
 * ImplementationNotFoundException} whose message names the missing service interface and says to
 * add {@code org.tatawwu:tatawwu-impl} to the class path or module path.
 *
 * <p>This class is thread-safe; it remembers each provider once found.
 */
public final class Tatawwu {
  private static final ConcurrentMap<Class<?>, Object> PROVIDERS = new ConcurrentHashMap<>();

  private Tatawwu() {}

  /**
   * Returns the provider of a capability, loading it on first use.
   *
   * @param spi the service interface, not null
   * @return its first provider
   * @throws ImplementationNotFoundException if there is none on the class path or module path
   */
  private static <S> S provider(Class<S> spi) {
    Object found = PROVIDERS.get(spi);
    if (found == null) {
      found =
          ServiceLoader.load(spi, Tatawwu.class.getClassLoader())
              .findFirst()
              .orElseThrow(() -> new ImplementationNotFoundException(spi));
      Object raced = PROVIDERS.putIfAbsent(spi, found);
      found = raced != null ? raced : found;
    }
    return spi.cast(found);
  }

  /**
   * Creates a validator for request types, reporting every problem at once in Arabic or English.
   *
   * <p>Field codes are checked against {@link FieldCatalogue#DEFAULT}.
   *
   * @param clock the clock for time-dependent rules, not null
   * @return a thread-safe validator; create one and reuse it
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static InputValidator validator(Clock clock) {
    return validator(clock, FieldCatalogue.DEFAULT);
  }

  /**
   * Creates a validator for request types whose field codes are checked against a platform's own
   * catalogue.
   *
   * @param clock the clock for time-dependent rules, not null
   * @param catalogue the fields a registration or an opportunity may name, not null
   * @return a thread-safe validator; create one and reuse it
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static InputValidator validator(Clock clock, FieldCatalogue catalogue) {
    return provider(ValidationProviderSpi.class)
        .validator(
            Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * Creates an eligibility engine for a policy, with the built-in criteria and any custom ones
   * registered through {@link ServiceLoader}.
   *
   * @param policy the policy, not null
   * @return a thread-safe engine
   * @throws org.tatawwu.validation.InvalidValueException if the policy is not applicable
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static EligibilityEngine eligibility(EligibilityPolicy policy) {
    return provider(EligibilityProviderSpi.class).eligibility(policy, List.of());
  }

  /**
   * Creates an eligibility engine with extra custom criterion providers.
   *
   * @param policy the policy, not null
   * @param custom custom criterion providers, not null
   * @return a thread-safe engine
   * @throws org.tatawwu.validation.InvalidValueException if the policy is not applicable
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static EligibilityEngine eligibility(
      EligibilityPolicy policy, List<CriterionProvider> custom) {
    return provider(EligibilityProviderSpi.class).eligibility(policy, custom);
  }

  /**
   * Creates an hour ledger kept in memory (the embedded default).
   *
   * @param policy the hour rules, not null
   * @param directory where opportunities and entities are looked up, not null
   * @param clock the ledger's clock, not null
   * @return a thread-safe ledger
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static HourLedger hourLedger(
      HourPolicy policy, OpportunityDirectory directory, Clock clock) {
    HourLedgerProviderSpi hours = provider(HourLedgerProviderSpi.class);
    return hours.hourLedger(policy, directory, hours.inMemoryHourEventStore(), clock);
  }

  /**
   * Opens an hour event store kept in a file, creating the file if there is none: a ledger over it
   * ({@link #hourLedger(HourPolicy, OpportunityDirectory, HourEventStore, Clock)}) survives a
   * restart. Each append is forced to the device before it returns.
   *
   * @param file the file, not null
   * @return the store; close it when done
   * @throws java.io.UncheckedIOException if the file cannot be read or written
   * @throws IllegalStateException if the file is not an hour event file or is damaged
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static HourEventFile hourEventFile(Path file) {
    return provider(HourLedgerProviderSpi.class).hourEventFile(file);
  }

  /**
   * Creates an hour ledger over an event store, replaying the events it holds.
   *
   * @param policy the hour rules, not null
   * @param directory where opportunities and entities are looked up, not null
   * @param store the append-only event store, not null
   * @param clock the ledger's clock, not null
   * @return a thread-safe ledger
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static HourLedger hourLedger(
      HourPolicy policy, OpportunityDirectory directory, HourEventStore store, Clock clock) {
    return provider(HourLedgerProviderSpi.class).hourLedger(policy, directory, store, clock);
  }

  /**
   * Creates an hour ledger over an event store whose free-text notes (rejection and correction
   * reasons) are sealed under each volunteer's key in a vault, so that erasing the volunteer
   * ({@link org.tatawwu.privacy.PersonalDataVault#erase}) leaves them unreadable in the store, the
   * ledger and every copy, without rewriting the store; they then read {@link
   * org.tatawwu.privacy.PersonalDataVault#ERASED_TEXT}. A ledger made without a vault keeps notes
   * as typed.
   *
   * @param policy the hour rules, not null
   * @param directory where opportunities and entities are looked up, not null
   * @param store the append-only event store, not null
   * @param clock the ledger's clock, not null
   * @param notes the vault that seals the notes ({@link org.tatawwu.privacy.Privacy#vault}), not
   *     null
   * @return a thread-safe ledger
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static HourLedger hourLedger(
      HourPolicy policy,
      OpportunityDirectory directory,
      HourEventStore store,
      Clock clock,
      org.tatawwu.privacy.PersonalDataVault notes) {
    return provider(HourLedgerProviderSpi.class).hourLedger(policy, directory, store, clock, notes);
  }

  /**
   * Creates a certificate issuer that signs hour certificates with an Ed25519 key pair (make one
   * with {@code KeyPairGenerator.getInstance("Ed25519").generateKeyPair()}).
   *
   * @param issuerId the issuer's identifier, written in every certificate
   * @param keys an Ed25519 key pair, not null
   * @param ledger where approved hours come from, not null
   * @param directory where entity and opportunity names come from, not null
   * @param clock the clock for issue times, not null
   * @return a thread-safe issuer
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static CertificateIssuer certificateIssuer(
      String issuerId,
      KeyPair keys,
      HourLedger ledger,
      OpportunityDirectory directory,
      Clock clock) {
    return provider(CertificateProviderSpi.class)
        .certificateIssuer(issuerId, keys, ledger, directory, clock);
  }

  /**
   * Creates a Community Fund ledger, kept in memory.
   *
   * @param associations the accredited associations, not null
   * @param policy the limits, not null
   * @param clock the clock, not null
   * @return a thread-safe ledger
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static FundLedger fundLedger(
      List<Association> associations, FundPolicy policy, Clock clock) {
    return provider(FundProviderSpi.class).fundLedger(associations, policy, clock);
  }

  /**
   * Opens a fund journal store kept in a file, creating the file if there is none: a ledger over it
   * ({@link #fundLedger(List, FundPolicy, FundJournalStore, Clock)}) survives a restart. Each
   * append is forced to the device before it returns.
   *
   * @param file the file, not null
   * @return the store; close it when done
   * @throws java.io.UncheckedIOException if the file cannot be read or written
   * @throws IllegalStateException if the file is open in another store, is not a fund journal file,
   *     or is damaged
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static FundJournalFile fundJournalFile(Path file) {
    return provider(FundProviderSpi.class).fundJournalFile(file);
  }

  /**
   * Creates a Community Fund ledger over a journal store (in a file, a database, or memory),
   * replaying the entries it holds. Several ledgers over one store — on one node or several — keep
   * one set of books: see {@link FundJournalStore}.
   *
   * @param associations the accredited associations, not null
   * @param policy the limits, not null
   * @param store the journal, not null
   * @param clock the clock, not null
   * @return a thread-safe ledger
   * @throws IllegalStateException if the stored journal breaks the books
   * @throws java.io.UncheckedIOException if the store cannot be read
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static FundLedger fundLedger(
      List<Association> associations, FundPolicy policy, FundJournalStore store, Clock clock) {
    return provider(FundProviderSpi.class).fundLedger(associations, policy, store, clock);
  }

  /**
   * Returns an assignment solver for mass placement.
   *
   * @param mode exact (maximum total score), fast (at least 99.9% of it), greedy or stable, not
   *     null
   * @return a thread-safe solver
   * @throws NullPointerException if {@code mode} is null
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static AssignmentSolver assignmentSolver(AssignmentSolver.Mode mode) {
    return provider(MatchingProviderSpi.class)
        .assignmentSolver(Objects.requireNonNull(mode, "mode"));
  }

  /**
   * Creates a ranker of eligible matches with explained scores.
   *
   * @param eligibility the engine deciding which pairs may be ranked, not null
   * @param weights the component weights, not null
   * @param experience past approved minutes by volunteer and field (for example from {@code
   *     HourLedger.totals}), not null
   * @return a thread-safe ranker
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static Ranker ranker(
      EligibilityEngine eligibility, MatchWeights weights, Ranker.Experience experience) {
    return provider(MatchingProviderSpi.class).ranker(eligibility, weights, experience);
  }

  /**
   * Solves an assignment problem exactly and keeps it optimal as volunteers arrive (an incremental
   * re-solve: one augmenting path per new volunteer).
   *
   * @param initial the problem so far, not null, one shift per volunteer
   * @return the session, not thread-safe
   * @throws NullPointerException if {@code initial} is null
   * @throws IllegalArgumentException if the problem allows several shifts per volunteer
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static IncrementalAssignment incrementalAssignment(AssignmentProblem initial) {
    return provider(MatchingProviderSpi.class)
        .incrementalAssignment(Objects.requireNonNull(initial, "initial"));
  }

  /**
   * Creates a recognition engine: levels and badges awarded by a policy's rules over the ledger.
   *
   * @param policy the policy, not null
   * @return a thread-safe engine with no service seen yet
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static org.tatawwu.recognition.RecognitionEngine recognition(
      org.tatawwu.recognition.RecognitionPolicy policy) {
    return provider(RecognitionProviderSpi.class).recognitionEngine(policy);
  }

  /**
   * Creates the command of one incident: its lifecycle, needs, call-out waves, teams, spontaneous
   * volunteers, stand-down, appraisals and report.
   *
   * @param incident the incident, declared; not null
   * @param eligibility the engine deciding who may take which shift, not null
   * @param ranker the ranker scoring eligible pairs, not null
   * @param pool where volunteers are read, not null
   * @param settings how call-outs are planned, not null
   * @return the command, thread-safe
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static IncidentCommand incidentCommand(
      Incident incident,
      EligibilityEngine eligibility,
      Ranker ranker,
      CandidatePool pool,
      ActivationSettings settings) {
    return provider(MobilisationProviderSpi.class)
        .incidentCommand(incident, eligibility, ranker, pool, settings);
  }

  /**
   * Creates the command of one incident whose personal data stays under each volunteer's key in a
   * vault: appraisal comments are sealed ({@link org.tatawwu.privacy.PersonalDataVault#seal}) and
   * read {@link org.tatawwu.privacy.PersonalDataVault#ERASED_TEXT} once the volunteer is erased; a
   * spontaneous volunteer's intake is written to the vault and read back from it, so that an erased
   * walk-in volunteer is no longer a candidate and the command keeps none of their personal values.
   * Ratings, offers and the report keep counting.
   *
   * @param incident the incident, declared; not null
   * @param eligibility the engine deciding who may take which shift, not null
   * @param ranker the ranker scoring eligible pairs, not null
   * @param pool where volunteers are read, not null
   * @param settings how call-outs are planned, not null
   * @param personalData the vault ({@link org.tatawwu.privacy.Privacy#vault}), not null
   * @return the command, thread-safe
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static IncidentCommand incidentCommand(
      Incident incident,
      EligibilityEngine eligibility,
      Ranker ranker,
      CandidatePool pool,
      ActivationSettings settings,
      org.tatawwu.privacy.PersonalDataVault personalData) {
    return provider(MobilisationProviderSpi.class)
        .incidentCommand(incident, eligibility, ranker, pool, settings, personalData);
  }

  /**
   * Creates a check of rotation and rest rules, for planning and before hour submission.
   *
   * @param rules the rules, not null
   * @return the check, thread-safe
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static RotationCheck rotationCheck(RotationRules rules) {
    return provider(MobilisationProviderSpi.class).rotationCheck(rules);
  }

  /**
   * Creates an empty in-memory registry of credential types, volunteers' credentials and background
   * checks.
   *
   * @return the registry, thread-safe
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static CredentialRegistry credentialRegistry() {
    return provider(MobilisationProviderSpi.class).credentialRegistry();
  }

  /**
   * Creates an empty in-memory credential registry whose personal text is sealed under each
   * volunteer's key in a vault: evidence references and the statements of flagged background
   * checks. Once the volunteer is erased ({@link org.tatawwu.privacy.PersonalDataVault#erase}) an
   * evidence reference reads {@code erased} and a statement {@link
   * org.tatawwu.privacy.PersonalDataVault#ERASED_TEXT}; statuses, dates and reason codes stay, so
   * expiry and eligibility keep working on the pseudonymous id. A sealed value is at most 4,096
   * characters ({@link org.tatawwu.privacy.PersonalDataVault#seal}): a longer statement is refused
   * with {@code privacy.seal.tooLong} and the check is left as it was.
   *
   * @param personalData the vault ({@link org.tatawwu.privacy.Privacy#vault}), not null
   * @return the registry, thread-safe
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static CredentialRegistry credentialRegistry(
      org.tatawwu.privacy.PersonalDataVault personalData) {
    return provider(MobilisationProviderSpi.class).credentialRegistry(personalData);
  }

  /**
   * Returns the privacy engines: the classification of every model component, consent registers,
   * purpose guards.
   *
   * @return the engines, immutable and thread-safe
   * @throws ImplementationNotFoundException if no provider of the capability is on the class path
   *     or module path
   */
  public static org.tatawwu.privacy.Privacy privacy() {
    return provider(org.tatawwu.spi.PrivacyProviderSpi.class).privacy();
  }
}
