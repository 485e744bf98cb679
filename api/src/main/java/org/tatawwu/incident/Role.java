package org.tatawwu.incident;

import java.util.Objects;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.opportunity.Requirements;
import org.tatawwu.text.BilingualText;

/**
 * A role needed in an incident: what it asks of a volunteer (skills, minimum age, gender where the
 * law allows, languages, trainings, background check: the opportunity {@link Requirements}), the
 * credentials it needs, how its volunteers work (alone or in led teams) and whether spontaneous
 * volunteers not yet verified may take it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the role's identifier, not null
 * @param name the role's name in Arabic and English, not null
 * @param requirements what it asks of a volunteer, not null
 * @param credentials the credentials it needs, not null
 * @param team how its volunteers work, not null
 * @param openToSpontaneous whether unverified spontaneous volunteers may take it (ISO 22319's
 *     restricted roles)
 */
public record Role(
    RoleId id,
    BilingualText name,
    Requirements requirements,
    CredentialDemand credentials,
    TeamShape team,
    boolean openToSpontaneous) {
  /**
   * Checks for nulls.
   *
   * @param id the role's identifier, not null
   * @param name the role's name in Arabic and English, not null
   * @param requirements what it asks of a volunteer, not null
   * @param credentials the credentials it needs, not null
   * @param team how its volunteers work, not null
   * @param openToSpontaneous whether unverified spontaneous volunteers may take it (ISO 22319's
   *     restricted roles)
   */
  public Role {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(requirements, "requirements");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(team, "team");
  }
}
