package org.tatawwu.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a retention sweep found due: what it destroyed (or, for a plan, would destroy) and what it
 * kept for a hold.
 *
 * <p>This class is immutable and thread-safe; it holds no personal value.
 *
 * @param at when the sweep ran, not null
 * @param performed whether records were destroyed (false for a plan)
 * @param destroyed the records destroyed, or due and not held in a plan; not null
 * @param held the records due but kept, each with the hold's reason; not null
 */
public record RetentionReport(
    Instant at, boolean performed, List<RetainedRecord> destroyed, List<Held> held) {
  /**
   * A record kept by a hold.
   *
   * @param record the record, not null
   * @param reason the hold's reason code, not null
   */
  public record Held(RetainedRecord record, String reason) {
    /**
     * Checks for nulls.
     *
     * @param record the record, not null
     * @param reason the hold's reason code, not null
     */
    public Held {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Checks for nulls and copies the lists.
   *
   * @param at when the sweep ran, not null
   * @param performed whether records were destroyed (false for a plan)
   * @param destroyed the records destroyed, or due and not held in a plan; not null
   * @param held the records due but kept, each with the hold's reason; not null
   */
  public RetentionReport {
    Objects.requireNonNull(at, "at");
    destroyed = List.copyOf(destroyed);
    held = List.copyOf(held);
  }
}
