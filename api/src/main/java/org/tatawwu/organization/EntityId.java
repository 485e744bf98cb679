package org.tatawwu.organization;

import org.tatawwu.text.Identifiers;

/**
 * The identifier of a supervising or participating entity.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record EntityId(String value) implements Comparable<EntityId> {
  /**
   * Checks the identifier.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public EntityId {
    Identifiers.check(value, "entityId");
  }

  /**
   * Returns an entity id.
   *
   * @param value the id, not null
   * @return the id
   */
  public static EntityId of(String value) {
    return new EntityId(value);
  }

  @Override
  public int compareTo(EntityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
