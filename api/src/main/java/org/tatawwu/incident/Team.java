package org.tatawwu.incident;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.tatawwu.text.BilingualText;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A team deployed on an incident: a lead and members, enrolled together or not at all.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the team's identifier, not null
 * @param name the team's name, not null
 * @param lead the lead, not null
 * @param members the other members, distinct and without the lead; not null
 */
public record Team(TeamId id, BilingualText name, VolunteerId lead, List<VolunteerId> members) {
  /**
   * Checks that nobody appears twice.
   *
   * @param id the team's identifier, not null
   * @param name the team's name, not null
   * @param lead the lead, not null
   * @param members the other members, distinct and without the lead; not null
   * @throws NullPointerException if a component or a member is null
   * @throws org.tatawwu.validation.RuleException naming every problem at once ({@code
   *     team.leadAmongMembers}, {@code team.memberTwice}), in English and Arabic
   */
  public Team {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(lead, "lead");
    members = List.copyOf(members);
    Refusals refusals = new Refusals();
    refusals.when(members.contains(lead), "team.leadAmongMembers", "members");
    refusals.when(new HashSet<>(members).size() != members.size(), "team.memberTwice", "members");
    refusals.throwIfAny();
  }

  /**
   * Returns everyone in the team, lead first.
   *
   * @return the lead and the members
   */
  public List<VolunteerId> everyone() {
    List<VolunteerId> all = new ArrayList<>(members.size() + 1);
    all.add(lead);
    all.addAll(members);
    return List.copyOf(all);
  }

  /**
   * Returns the team's size, lead included.
   *
   * @return 1 or more
   */
  public int size() {
    return members.size() + 1;
  }
}
