package org.tatawwu.organization;

import java.util.Objects;
import org.tatawwu.text.BilingualText;

/**
 * A supervising entity (جهة مشرفة): a government body under which participating entities work.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param name the bilingual name, not null
 */
public record SupervisingEntity(EntityId id, BilingualText name) {
  /**
   * Checks for nulls.
   *
   * @param id the identifier, not null
   * @param name the bilingual name, not null
   */
  public SupervisingEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
