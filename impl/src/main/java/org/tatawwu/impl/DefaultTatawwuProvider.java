package org.tatawwu.impl;

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
import org.tatawwu.impl.certificate.Ed25519CertificateIssuer;
import org.tatawwu.impl.eligibility.DefaultEligibilityEngine;
import org.tatawwu.impl.fund.DefaultFundLedger;
import org.tatawwu.impl.fund.FileFundJournalStore;
import org.tatawwu.impl.hours.DefaultHourLedger;
import org.tatawwu.impl.hours.FileHourEventStore;
import org.tatawwu.impl.hours.InMemoryHourEventStore;
import org.tatawwu.impl.matching.AuctionAssignmentSolver;
import org.tatawwu.impl.matching.DefaultRanker;
import org.tatawwu.impl.matching.ExactAssignmentSolver;
import org.tatawwu.impl.matching.GreedyAssignmentSolver;
import org.tatawwu.impl.matching.StableAssignmentSolver;
import org.tatawwu.impl.validation.HibernateInputValidator;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;
import org.tatawwu.matching.IncrementalAssignment;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;
import org.tatawwu.spi.CriterionProvider;
import org.tatawwu.spi.FundJournalFile;
import org.tatawwu.spi.FundJournalStore;
import org.tatawwu.spi.TatawwuProvider;
import org.tatawwu.validation.InputValidator;

/** The reference implementation of {@link TatawwuProvider}. Thread-safe. */
public final class DefaultTatawwuProvider implements TatawwuProvider {
  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public DefaultTatawwuProvider() {}

  @Override
  public InputValidator validator(Clock clock) {
    return new HibernateInputValidator(clock);
  }

  @Override
  public EligibilityEngine eligibility(EligibilityPolicy policy, List<CriterionProvider> custom) {
    return new DefaultEligibilityEngine(policy, custom);
  }

  @Override
  public HourLedger hourLedger(
      HourPolicy policy, OpportunityDirectory directory, HourEventStore store, Clock clock) {
    return new DefaultHourLedger(policy, directory, store, clock);
  }

  @Override
  public HourEventStore inMemoryHourEventStore() {
    return new InMemoryHourEventStore();
  }

  @Override
  public HourEventFile hourEventFile(Path file) {
    return FileHourEventStore.open(file);
  }

  @Override
  public CertificateIssuer certificateIssuer(
      String issuerId,
      KeyPair keys,
      HourLedger ledger,
      OpportunityDirectory directory,
      Clock clock) {
    return new Ed25519CertificateIssuer(issuerId, keys, ledger, directory, clock);
  }

  @Override
  public FundLedger fundLedger(List<Association> associations, FundPolicy policy, Clock clock) {
    return new DefaultFundLedger(associations, policy, clock);
  }

  @Override
  public FundLedger fundLedger(
      List<Association> associations, FundPolicy policy, FundJournalStore store, Clock clock) {
    return new DefaultFundLedger(associations, policy, store, clock);
  }

  @Override
  public FundJournalFile fundJournalFile(Path file) {
    return FileFundJournalStore.open(file);
  }

  @Override
  public AssignmentSolver assignmentSolver(AssignmentSolver.Mode mode) {
    return switch (mode) {
      case EXACT -> new ExactAssignmentSolver();
      case GREEDY -> new GreedyAssignmentSolver();
      case FAST -> new AuctionAssignmentSolver();
      case STABLE -> new StableAssignmentSolver();
    };
  }

  @Override
  public Ranker ranker(
      EligibilityEngine eligibility, MatchWeights weights, Ranker.Experience experience) {
    return new DefaultRanker(eligibility, weights, experience);
  }

  @Override
  public IncrementalAssignment incrementalAssignment(AssignmentProblem initial) {
    return ExactAssignmentSolver.session(initial);
  }
}
