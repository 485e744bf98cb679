package org.tatawwu.training;

import java.util.Objects;
import org.tatawwu.organization.EntityId;
import org.tatawwu.text.Identifiers;

/**
 * A training completed by a member of an entity's staff. The staff member is named by the entity's
 * own reference, never by personal data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entity the participating entity, not null
 * @param staffReference the entity's reference for the staff member, an identifier
 * @param completion the completion, not null
 */
public record StaffTrainingRecord(
    EntityId entity, String staffReference, TrainingCompletion completion) {
  /**
   * Checks the components.
   *
   * @param entity the participating entity, not null
   * @param staffReference the entity's reference for the staff member, an identifier
   * @param completion the completion, not null
   */
  public StaffTrainingRecord {
    Objects.requireNonNull(entity, "entity");
    Identifiers.check(staffReference, "staffReference");
    Objects.requireNonNull(completion, "completion");
  }
}
