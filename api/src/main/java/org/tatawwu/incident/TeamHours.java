package org.tatawwu.incident;

import java.util.Map;
import java.util.Objects;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A team's approved hours on an incident, attributed both to each member and to the team.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param team the team, not null
 * @param teamMinutes the team's total: the sum of its members' minutes, 0 or more
 * @param memberMinutes each member's minutes (lead included), not null
 */
public record TeamHours(TeamId team, long teamMinutes, Map<VolunteerId, Long> memberMinutes) {
  /**
   * Checks that the team's total is the sum of its members'.
   *
   * @param team the team, not null
   * @param teamMinutes the team's total: the sum of its members' minutes, 0 or more
   * @param memberMinutes each member's minutes (lead included), not null
   */
  public TeamHours {
    Objects.requireNonNull(team, "team");
    memberMinutes = Map.copyOf(memberMinutes);
    long sum = 0;
    for (long m : memberMinutes.values()) {
      sum += m;
    }
    if (sum != teamMinutes) {
      throw new IllegalArgumentException("a team's minutes are the sum of its members'");
    }
  }
}
