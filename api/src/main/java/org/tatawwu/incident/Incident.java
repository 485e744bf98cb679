package org.tatawwu.incident;

import java.util.Objects;
import java.util.Set;
import org.tatawwu.geo.Region;
import org.tatawwu.organization.EntityId;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;

/**
 * An incident: what happened, where (one or more regions), over which days, which participating
 * entity leads the response and which supervising entity oversees it, and where it stands.
 *
 * <p>This class is immutable and thread-safe. Its status changes through {@link IncidentCommand},
 * which refuses illegal transitions.
 *
 * @param id the identifier, not null
 * @param type the kind of emergency, not null
 * @param name the name in Arabic and English, not null
 * @param regions the regions affected, at least one
 * @param period the planned first and last day of the response, not null
 * @param lead the participating entity leading the response, not null
 * @param supervisor the supervising entity overseeing it, not null
 * @param status where the incident stands, not null
 */
public record Incident(
    IncidentId id,
    IncidentType type,
    BilingualText name,
    Set<Region> regions,
    DateRange period,
    EntityId lead,
    EntityId supervisor,
    IncidentStatus status) {
  /**
   * Checks the components and copies the regions.
   *
   * @param id the identifier, not null
   * @param type the kind of emergency, not null
   * @param name the name in Arabic and English, not null
   * @param regions the regions affected, at least one
   * @param period the planned first and last day of the response, not null
   * @param lead the participating entity leading the response, not null
   * @param supervisor the supervising entity overseeing it, not null
   * @param status where the incident stands, not null
   */
  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    regions = Set.copyOf(regions);
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("an incident affects at least one region");
    }
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(supervisor, "supervisor");
    Objects.requireNonNull(status, "status");
  }

  /**
   * Declares an incident: the same parts in the {@link IncidentStatus#DECLARED} status.
   *
   * @param id the identifier, not null
   * @param type the kind of emergency, not null
   * @param name the name, not null
   * @param regions the regions affected, at least one
   * @param period the planned days, not null
   * @param lead the leading entity, not null
   * @param supervisor the supervising entity, not null
   * @return the declared incident
   */
  public static Incident declare(
      IncidentId id,
      IncidentType type,
      BilingualText name,
      Set<Region> regions,
      DateRange period,
      EntityId lead,
      EntityId supervisor) {
    return new Incident(id, type, name, regions, period, lead, supervisor, IncidentStatus.DECLARED);
  }

  /**
   * Returns a copy in another status; {@link IncidentCommand} checks the transition first.
   *
   * @param next the status, not null
   * @return the changed copy
   */
  public Incident withStatus(IncidentStatus next) {
    return new Incident(id, type, name, regions, period, lead, supervisor, next);
  }
}
