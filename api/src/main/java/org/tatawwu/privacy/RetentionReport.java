package org.tatawwu.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.tatawwu.volunteer.VolunteerId;

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
 * @param undated the records a target holds without the instant retention counts from, which can
 *     therefore never fall due, so that someone decides (never destroyed by the sweep); not null
 */
public record RetentionReport(
    Instant at,
    boolean performed,
    List<RetainedRecord> destroyed,
    List<Held> held,
    List<Undated> undated) {
  /**
   * A record held without the instant its retention counts from (for the vault, a volunteer whose
   * last activity is not known).
   *
   * @param recordClass the record's class, not null
   * @param subject the volunteer it is about, not null
   */
  public record Undated(RecordClass recordClass, VolunteerId subject) {
    /**
     * Checks for nulls.
     *
     * @param recordClass the record's class, not null
     * @param subject the volunteer it is about, not null
     */
    public Undated {
      Objects.requireNonNull(recordClass, "recordClass");
      Objects.requireNonNull(subject, "subject");
    }
  }

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
   * @param undated the records held without the instant retention counts from; not null
   */
  public RetentionReport {
    Objects.requireNonNull(at, "at");
    destroyed = List.copyOf(destroyed);
    held = List.copyOf(held);
    undated = List.copyOf(undated);
  }
}
