package org.tatawwu.spi;

import org.tatawwu.credential.CredentialRegistry;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.CandidatePool;
import org.tatawwu.incident.Incident;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.RotationCheck;
import org.tatawwu.incident.RotationRules;
import org.tatawwu.matching.Ranker;
import org.tatawwu.privacy.PersonalDataVault;

/**
 * Provides crisis mobilisation: incident commands, rotation checks and credential registries. Found
 * with {@link java.util.ServiceLoader} by {@link org.tatawwu.Tatawwu}; {@code tatawwu-impl}
 * provides one. Implementations are thread-safe.
 */
public interface MobilisationProviderSpi {
  /**
   * Creates the command of one incident.
   *
   * @param incident the incident, declared; not null
   * @param eligibility the engine deciding who may take which shift, not null
   * @param ranker the ranker scoring eligible pairs, not null
   * @param pool where volunteers are read, not null
   * @param settings how call-outs are planned, not null
   * @return the command
   */
  IncidentCommand incidentCommand(
      Incident incident,
      EligibilityEngine eligibility,
      Ranker ranker,
      CandidatePool pool,
      ActivationSettings settings);

  /**
   * Creates the command of one incident whose personal data stays under each volunteer's key in a
   * vault: appraisal comments are sealed with {@link PersonalDataVault#seal} and spontaneous
   * volunteers' intake is written to the vault ({@link PersonalDataVault#put}) and read back from
   * it, so that {@link PersonalDataVault#erase} reaches them.
   *
   * @param incident the incident, declared; not null
   * @param eligibility the engine deciding who may take which shift, not null
   * @param ranker the ranker scoring eligible pairs, not null
   * @param pool where volunteers are read, not null
   * @param settings how call-outs are planned, not null
   * @param personalData the vault, not null
   * @return the command
   */
  IncidentCommand incidentCommand(
      Incident incident,
      EligibilityEngine eligibility,
      Ranker ranker,
      CandidatePool pool,
      ActivationSettings settings,
      PersonalDataVault personalData);

  /**
   * Creates a rotation check.
   *
   * @param rules the rules, not null
   * @return the check
   */
  RotationCheck rotationCheck(RotationRules rules);

  /**
   * Creates an empty credential registry, in memory.
   *
   * @return the registry
   */
  CredentialRegistry credentialRegistry();

  /**
   * Creates an empty credential registry, in memory, whose personal text (evidence references, the
   * statements of flagged checks) is sealed under each volunteer's key in a vault, so that {@link
   * PersonalDataVault#erase} reaches it.
   *
   * @param personalData the vault, not null
   * @return the registry
   */
  CredentialRegistry credentialRegistry(PersonalDataVault personalData);
}
