package org.tatawwu.spi;

import java.util.List;
import java.util.function.Consumer;
import org.tatawwu.hours.HourEvent;

/**
 * Append-only storage for the hour ledger's events. The ledger appends under its own lock, one
 * event at a time, in sequence; it replays the store once when created. Implementations must never
 * edit or drop an event, must make an append durable before returning (for a persistent store), and
 * must be safe to call from one thread at a time.
 */
public interface HourEventStore {
  /**
   * Appends an event.
   *
   * @param event the next event; its sequence is one more than the last stored
   * @throws IllegalStateException if the sequence does not follow the last stored event
   */
  void append(HourEvent event);

  /**
   * Appends events as one: the ledger's roster imports and approvals that supersede use it. A
   * persistent store makes them durable together, so that after a crash either all of them or none
   * are replayed. The default appends them one by one, which suits a store in memory.
   *
   * @param events the next events, in sequence, not null
   * @throws IllegalStateException if the sequences do not follow the last stored event
   */
  default void appendAll(List<HourEvent> events) {
    events.forEach(this::append);
  }

  /**
   * Replays every stored event in sequence.
   *
   * @param consumer receives the events, not null
   */
  void replay(Consumer<HourEvent> consumer);

  /**
   * Returns the number of stored events.
   *
   * @return the count
   */
  long size();
}
