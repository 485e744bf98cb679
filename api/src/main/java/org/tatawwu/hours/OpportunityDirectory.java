package org.tatawwu.hours;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.ParticipatingEntity;

/**
 * Where the ledger looks up an opportunity and its entity, to check dates and to file hours under
 * entity, supervising entity, field and region. Implementations must be thread-safe.
 */
public interface OpportunityDirectory {
  /**
   * Finds an opportunity.
   *
   * @param number not null
   * @return the opportunity, or empty
   */
  Optional<Opportunity> opportunity(OpportunityNumber number);

  /**
   * Finds an entity.
   *
   * @param id not null
   * @return the entity, or empty
   */
  Optional<ParticipatingEntity> entity(EntityId id);

  /**
   * Returns an immutable directory of the given values.
   *
   * @param opportunities not null
   * @param entities not null
   * @return the directory
   */
  static OpportunityDirectory of(
      Collection<Opportunity> opportunities, Collection<ParticipatingEntity> entities) {
    Map<OpportunityNumber, Opportunity> o =
        opportunities.stream()
            .collect(Collectors.toUnmodifiableMap(Opportunity::number, Function.identity()));
    Map<EntityId, ParticipatingEntity> e =
        entities.stream()
            .collect(Collectors.toUnmodifiableMap(ParticipatingEntity::id, Function.identity()));
    return new OpportunityDirectory() {
      @Override
      public Optional<Opportunity> opportunity(OpportunityNumber number) {
        return Optional.ofNullable(o.get(number));
      }

      @Override
      public Optional<ParticipatingEntity> entity(EntityId id) {
        return Optional.ofNullable(e.get(id));
      }
    };
  }
}
