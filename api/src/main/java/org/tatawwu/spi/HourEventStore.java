package org.tatawwu.spi;

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
