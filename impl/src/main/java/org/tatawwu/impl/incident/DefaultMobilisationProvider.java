package org.tatawwu.impl.incident;

import org.tatawwu.credential.CredentialRegistry;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.impl.credential.DefaultCredentialRegistry;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.CandidatePool;
import org.tatawwu.incident.Incident;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.RotationCheck;
import org.tatawwu.incident.RotationRules;
import org.tatawwu.matching.Ranker;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.spi.MobilisationProviderSpi;

/** Tatawwu's mobilisation provider: stateless and thread-safe. */
public final class DefaultMobilisationProvider implements MobilisationProviderSpi {
  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public DefaultMobilisationProvider() {}

  @Override
  public IncidentCommand incidentCommand(
      Incident incident,
      EligibilityEngine eligibility,
      Ranker ranker,
      CandidatePool pool,
      ActivationSettings settings) {
    return new DefaultIncidentCommand(incident, eligibility, ranker, pool, settings, null);
  }

  @Override
  public IncidentCommand incidentCommand(
      Incident incident,
      EligibilityEngine eligibility,
      Ranker ranker,
      CandidatePool pool,
      ActivationSettings settings,
      PersonalDataVault personalData) {
    return new DefaultIncidentCommand(
        incident,
        eligibility,
        ranker,
        pool,
        settings,
        java.util.Objects.requireNonNull(personalData, "personalData"));
  }

  @Override
  public RotationCheck rotationCheck(RotationRules rules) {
    return new DefaultRotationCheck(rules);
  }

  @Override
  public CredentialRegistry credentialRegistry() {
    return new DefaultCredentialRegistry();
  }

  @Override
  public CredentialRegistry credentialRegistry(PersonalDataVault personalData) {
    return new DefaultCredentialRegistry(personalData);
  }
}
