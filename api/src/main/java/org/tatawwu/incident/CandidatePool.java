package org.tatawwu.incident;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tatawwu.credential.Credential;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Where an {@link IncidentCommand} reads volunteers: who is pre-qualified for a need, and each
 * volunteer's current record, credentials and shifts accepted outside the incident. The command
 * reads it when planning a wave and again when a volunteer accepts, so that an acceptance is
 * checked against the volunteer's data at that time.
 *
 * <p>Implementations must be thread-safe if the command is shared.
 */
public interface CandidatePool {
  /**
   * Returns the volunteers pre-qualified for a need, for example those holding the role's
   * credentials in its region. Eligibility is still checked for each.
   *
   * @param need the need, not null
   * @return the candidates, not null
   */
  Collection<VolunteerId> candidates(Need need);

  /**
   * Returns a volunteer's current record.
   *
   * @param volunteer the id, not null
   * @return the record, or empty when the volunteer is no longer known
   */
  Optional<Volunteer> volunteer(VolunteerId volunteer);

  /**
   * Returns a volunteer's credentials.
   *
   * @param volunteer the id, not null
   * @return the credentials, not null
   */
  List<Credential> credentials(VolunteerId volunteer);

  /**
   * Returns the shifts a volunteer accepted outside this incident.
   *
   * @param volunteer the id, not null
   * @return the shifts, not null
   */
  List<TimeRange> commitments(VolunteerId volunteer);

  /**
   * Returns a pool over fixed volunteers: every volunteer is a candidate for every need, with the
   * given credentials and no outside commitments. For tests, demos and small incidents.
   *
   * @param volunteers the volunteers, not null
   * @param credentials each volunteer's credentials, not null; absent means none
   * @return the pool, immutable and thread-safe
   */
  static CandidatePool of(
      Collection<Volunteer> volunteers, Map<VolunteerId, List<Credential>> credentials) {
    Map<VolunteerId, Volunteer> byId = new HashMap<>();
    volunteers.forEach(v -> byId.put(v.id(), v));
    List<VolunteerId> ids = volunteers.stream().map(Volunteer::id).toList();
    Map<VolunteerId, List<Credential>> held = Map.copyOf(credentials);
    return new CandidatePool() {
      @Override
      public Collection<VolunteerId> candidates(Need need) {
        return ids;
      }

      @Override
      public Optional<Volunteer> volunteer(VolunteerId volunteer) {
        return Optional.ofNullable(byId.get(volunteer));
      }

      @Override
      public List<Credential> credentials(VolunteerId volunteer) {
        return held.getOrDefault(volunteer, List.of());
      }

      @Override
      public List<TimeRange> commitments(VolunteerId volunteer) {
        return List.of();
      }
    };
  }
}
