package org.tatawwu.incident;

import java.util.Objects;
import org.tatawwu.opportunity.ShiftId;

/**
 * One shift of one need: what an offer is for.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param need the need, not null
 * @param shift one of its shifts, not null
 */
public record Slot(NeedId need, ShiftId shift) {
  /**
   * Checks for nulls.
   *
   * @param need the need, not null
   * @param shift one of its shifts, not null
   */
  public Slot {
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(shift, "shift");
  }

  @Override
  public String toString() {
    return need + "/" + shift;
  }
}
