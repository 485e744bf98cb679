package org.tatawwu.spi;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import org.tatawwu.certificate.CertificateIssuer;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.fund.Association;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundPolicy;
import org.tatawwu.hours.HourEventFile;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;
import org.tatawwu.matching.IncrementalAssignment;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;
import org.tatawwu.validation.InputValidator;

/**
 * Creates Tatawwu's engines. {@link org.tatawwu.Tatawwu} finds the implementation with {@link
 * java.util.ServiceLoader}: {@code tatawwu-impl} provides one, on the class path and the module
 * path. Implementations must be thread-safe.
 */
public interface TatawwuProvider {
  /**
   * Creates a validator for request types.
   *
   * @param clock the clock for time-dependent constraints ({@code @Past}, age rules), not null
   * @return a thread-safe validator
   */
  InputValidator validator(Clock clock);

  /**
   * Creates an eligibility engine.
   *
   * @param policy the policy, not null
   * @param custom providers of custom criterion types, besides those found with ServiceLoader; not
   *     null
   * @return a thread-safe engine
   * @throws org.tatawwu.validation.InvalidValueException if the policy names an unknown type or has
   *     an invalid parameter
   */
  EligibilityEngine eligibility(EligibilityPolicy policy, List<CriterionProvider> custom);

  /**
   * Creates an hour ledger over an event store, replaying what the store holds.
   *
   * @param policy the hour rules, not null
   * @param directory where opportunities and entities are looked up, not null
   * @param store the append-only event store, not null
   * @param clock the ledger's clock, not null
   * @return a thread-safe ledger
   */
  HourLedger hourLedger(
      HourPolicy policy, OpportunityDirectory directory, HourEventStore store, Clock clock);

  /**
   * Creates an empty in-memory event store: the embedded default, lost when the JVM stops.
   *
   * @return the store
   */
  HourEventStore inMemoryHourEventStore();

  /**
   * Opens an event store kept in a file, creating the file if there is none.
   *
   * @param file the file, not null
   * @return the store, to be closed
   * @throws java.io.UncheckedIOException if the file cannot be read or written
   * @throws IllegalStateException if the file is not an hour event file or is damaged
   */
  HourEventFile hourEventFile(Path file);

  /**
   * Creates a certificate issuer signing with an Ed25519 key pair.
   *
   * @param issuerId the issuer's identifier, written in every certificate
   * @param keys an Ed25519 key pair, not null
   * @param ledger where approved hours come from, not null
   * @param directory where entity and opportunity names come from, not null
   * @param clock the clock for issue times, not null
   * @return a thread-safe issuer
   */
  CertificateIssuer certificateIssuer(
      String issuerId,
      KeyPair keys,
      HourLedger ledger,
      OpportunityDirectory directory,
      Clock clock);

  /**
   * Creates a Community Fund ledger.
   *
   * @param associations the accredited associations, not null
   * @param policy the limits, not null
   * @param clock the clock, not null
   * @return a thread-safe ledger
   */
  FundLedger fundLedger(List<Association> associations, FundPolicy policy, Clock clock);

  /**
   * Creates a Community Fund ledger over a journal store, replaying the entries it holds.
   *
   * @param associations the accredited associations, not null
   * @param policy the limits, not null
   * @param store the journal, possibly shared with other ledgers (nodes), not null
   * @param clock the clock, not null
   * @return a thread-safe ledger
   */
  FundLedger fundLedger(
      List<Association> associations, FundPolicy policy, FundJournalStore store, Clock clock);

  /**
   * Opens a fund journal store kept in a file, creating the file if there is none.
   *
   * @param file the file, not null
   * @return the store; close it when done
   */
  FundJournalFile fundJournalFile(Path file);

  /**
   * Returns an assignment solver.
   *
   * @param mode exact, greedy or stable, not null
   * @return a thread-safe solver
   */
  AssignmentSolver assignmentSolver(AssignmentSolver.Mode mode);

  /**
   * Creates a ranker.
   *
   * @param eligibility the engine deciding which pairs may be ranked, not null
   * @param weights the component weights, not null
   * @param experience past approved minutes by volunteer and field, not null
   * @return a thread-safe ranker
   */
  Ranker ranker(EligibilityEngine eligibility, MatchWeights weights, Ranker.Experience experience);

  /**
   * Solves a problem exactly and keeps the solution optimal as volunteers are added.
   *
   * @param initial the problem so far, not null
   * @return the session
   */
  IncrementalAssignment incrementalAssignment(AssignmentProblem initial);
}
