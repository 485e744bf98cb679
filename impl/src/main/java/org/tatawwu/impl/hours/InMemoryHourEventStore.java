package org.tatawwu.impl.hours;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.spi.HourEventStore;

/** The embedded default store: an in-memory list, append-only. Thread-safe. */
public final class InMemoryHourEventStore implements HourEventStore {
  private final List<HourEvent> events = new ArrayList<>();

  /** Creates an empty store. */
  public InMemoryHourEventStore() {}

  @Override
  public synchronized void append(HourEvent event) {
    if (event.sequence() != events.size() + 1L) {
      throw new IllegalStateException(
          "event " + event.sequence() + " does not follow event " + events.size());
    }
    events.add(event);
  }

  @Override
  public synchronized void replay(Consumer<HourEvent> consumer) {
    events.forEach(consumer);
  }

  @Override
  public synchronized long size() {
    return events.size();
  }
}
