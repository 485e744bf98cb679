package org.tatawwu.hours;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of the append-only ledger. Replaying the events in sequence rebuilds the ledger.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sequence the position, from 1, without gaps
 * @param at when it happened (the ledger's clock)
 * @param actor who caused it
 * @param type what happened
 * @param entry the entry as it stands after the event, not null
 * @param note the reason for a rejection or correction
 */
public record HourEvent(
    long sequence, Instant at, String actor, Type type, HourEntry entry, Optional<String> note) {
  /** What happened. */
  public enum Type {
    /** An entry was submitted (including a correction). */
    SUBMITTED,
    /** An entry was approved. */
    APPROVED,
    /** An entry was rejected. */
    REJECTED,
    /** An approved entry was superseded by an approved correction. */
    SUPERSEDED
  }

  /**
   * Checks the components.
   *
   * @param sequence the position, from 1, without gaps
   * @param at when it happened (the ledger's clock), not null
   * @param actor who caused it, not null
   * @param type what happened, not null
   * @param entry the entry as it stands after the event, not null
   * @param note the reason for a rejection or correction, not null
   */
  public HourEvent {
    if (sequence < 1) {
      throw new IllegalArgumentException("event sequences start at 1");
    }
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(note, "note");
  }
}
