package org.tatawwu.privacy;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a model component may not be used: no purpose in the request covers its category, or the
 * purposes that cover it need a consent that is not in force.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param component the component refused, not null
 * @param category its category, not null
 * @param reason why, not null
 * @param purpose the covering purpose whose consent is missing or withdrawn, empty for {@link
 *     Reason#NOT_COVERED}; not null
 */
public record Refusal(
    ModelComponent component, DataCategory category, Reason reason, Optional<PurposeId> purpose) {

  /** Why a use is refused. */
  public enum Reason {
    /** No purpose in the request needs data of the component's category. */
    NOT_COVERED,
    /** A purpose covers it, but the volunteer never consented to it. */
    NO_CONSENT,
    /** A purpose covers it, but the volunteer withdrew the consent. */
    WITHDRAWN
  }

  /**
   * Checks for nulls.
   *
   * @param component the component refused, not null
   * @param category its category, not null
   * @param reason why, not null
   * @param purpose the covering purpose whose consent is missing or withdrawn, empty for {@link
   *     Reason#NOT_COVERED}; not null
   */
  public Refusal {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(purpose, "purpose");
  }
}
