package org.tatawwu.impl.privacy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import org.tatawwu.privacy.Classification;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.ConsentStore;
import org.tatawwu.privacy.CopySources;
import org.tatawwu.privacy.PartnerView;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.PseudonymousCertificates;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.PurposeGuard;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.privacy.RetentionHold;
import org.tatawwu.privacy.RetentionSchedule;
import org.tatawwu.privacy.RetentionSweep;
import org.tatawwu.privacy.RetentionTarget;
import org.tatawwu.privacy.SubjectCopy;
import org.tatawwu.privacy.VaultStore;
import org.tatawwu.volunteer.VolunteerId;

/** The privacy engines. Stateless, immutable and thread-safe. */
final class DefaultPrivacy implements Privacy {
  static final DefaultPrivacy INSTANCE = new DefaultPrivacy();

  private DefaultPrivacy() {}

  @Override
  public Classification classification() {
    return ModelClassification.INSTANCE;
  }

  @Override
  public ConsentRegister consentRegister(Clock clock, List<Purpose> purposes) {
    return consentRegister(clock, purposes, inMemoryConsentStore());
  }

  @Override
  public ConsentRegister consentRegister(Clock clock, List<Purpose> purposes, ConsentStore store) {
    return new StoredConsentRegister(clock, purposes, store, null);
  }

  @Override
  public ConsentRegister consentRegister(
      Clock clock, List<Purpose> purposes, ConsentStore store, PersonalDataVault vault) {
    return new StoredConsentRegister(
        clock, purposes, store, Objects.requireNonNull(vault, "vault"));
  }

  @Override
  public ConsentStore inMemoryConsentStore() {
    return new InMemoryConsentStore();
  }

  @Override
  public PurposeGuard purposeGuard(ConsentRegister consents) {
    return new DefaultPurposeGuard(consents, ModelClassification.INSTANCE);
  }

  @Override
  public Ranker consentAwareRanker(
      Ranker ranker, PurposeGuard guard, List<PurposeId> purposes, Clock clock) {
    return new ConsentAwareRanker(ranker, guard, purposes, clock);
  }

  @Override
  public EligibilityEngine consentAwareEligibility(
      EligibilityEngine engine, PurposeGuard guard, List<PurposeId> purposes) {
    return new ConsentAwareEligibility(engine, guard, purposes);
  }

  @Override
  public VaultStore inMemoryVaultStore() {
    return new InMemoryVaultStore();
  }

  @Override
  public VaultStore vaultFiles(Path directory) {
    return FileVaultStore.open(directory);
  }

  @Override
  public PersonalDataVault vault(VaultStore store, SecretKey masterKey) {
    return new AesGcmVault(store, masterKey);
  }

  @Override
  public PseudonymousCertificates certificates(PersonalDataVault vault) {
    return new DefaultPseudonymousCertificates(vault);
  }

  @Override
  public SubjectCopy copy(VolunteerId subject, CopySources sources, Instant at) {
    return SubjectCopies.copy(subject, sources, at);
  }

  @Override
  public String render(SubjectCopy copy, Locale locale) {
    return SubjectCopies.render(copy, locale);
  }

  @Override
  public RetentionTarget vaultRetention(
      PersonalDataVault vault, Function<VolunteerId, Optional<Instant>> lastActivity) {
    return new VaultRetentionTarget(vault, lastActivity);
  }

  @Override
  public RetentionTarget consentRetention(ConsentStore store) {
    return new RecordRetentionTargets.Consents(store);
  }

  @Override
  public RetentionTarget backgroundCheckRetention(
      Supplier<List<BackgroundCheckCase>> cases, Consumer<BackgroundCheckCase> destroy) {
    return new RecordRetentionTargets.BackgroundChecks(cases, destroy);
  }

  @Override
  public RetentionTarget appraisalRetention(
      Supplier<List<Appraisal>> appraisals, Consumer<Appraisal> destroy) {
    return new RecordRetentionTargets.Appraisals(appraisals, destroy);
  }

  @Override
  public RetentionSweep retentionSweep(
      List<RetentionSchedule> schedules,
      List<RetentionTarget> targets,
      List<RetentionHold> holds,
      Clock clock) {
    return new DefaultRetentionSweep(schedules, targets, holds, clock);
  }

  @Override
  public PartnerView partnerView(
      EntityId entity,
      PurposeGuard guard,
      List<PurposeId> purposes,
      Function<VolunteerId, List<Enrollment>> enrollments,
      OpportunityDirectory directory) {
    return new DefaultPartnerView(entity, guard, purposes, enrollments, directory);
  }
}
