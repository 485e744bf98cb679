package org.tatawwu.incident;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
   * Whether the pool lists a volunteer for a need now, as {@link #candidates(Need)} would. The
   * command asks it for every volunteer a re-planned wave would offer a seat and for every
   * acceptance, so a pool that can answer from an index (a set per need, a qualification per
   * volunteer) should override it.
   *
   * <p>The default calls {@code candidates(need).contains(volunteer)}: O(1) when the collection is
   * a hash set, O(candidates) when it is a list.
   *
   * @param volunteer the id, not null
   * @param need the need, not null
   * @return true when {@code volunteer} is among the need's candidates
   */
  default boolean isCandidate(VolunteerId volunteer, Need need) {
    return candidates(need).contains(volunteer);
  }

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
    Map<VolunteerId, Volunteer> byId = new LinkedHashMap<>();
    volunteers.forEach(v -> byId.put(v.id(), v));
    Set<VolunteerId> ids = Collections.unmodifiableSet(new LinkedHashSet<>(byId.keySet()));
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
