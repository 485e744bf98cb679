package org.tatawwu.calendar;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tatawwu.validation.InvalidValueException;

/**
 * The events one feed has published, by UID. Keep the history that each rendering returns (in
 * memory, or stored through {@link #events()} and {@link #of(Collection)}) and pass it to the next
 * rendering of the same feed: an event whose content changed is republished with a higher {@code
 * SEQUENCE}, and an event that is gone is republished cancelled, as RFC 5545 asks.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FeedHistory {
  private static final FeedHistory EMPTY = new FeedHistory(Map.of());

  private final Map<String, PublishedEvent> byUid;

  private FeedHistory(Map<String, PublishedEvent> byUid) {
    this.byUid = byUid;
  }

  /**
   * Returns the history of a feed never published.
   *
   * @return the empty history
   */
  public static FeedHistory empty() {
    return EMPTY;
  }

  /**
   * Rebuilds a history from stored events.
   *
   * @param events the events, not null, at most one per UID
   * @return the history
   * @throws InvalidValueException with code {@code calendar.duplicateUid} if two events share a UID
   */
  public static FeedHistory of(Collection<PublishedEvent> events) {
    Map<String, PublishedEvent> map = new LinkedHashMap<>();
    for (PublishedEvent e : events) {
      if (map.put(e.uid(), e) != null) {
        throw new InvalidValueException(
            "calendar.duplicateUid", "a feed history holds one event per UID");
      }
    }
    return new FeedHistory(java.util.Collections.unmodifiableMap(map));
  }

  /**
   * Returns the published events, in publication order.
   *
   * @return the events, unmodifiable
   */
  public List<PublishedEvent> events() {
    return List.copyOf(byUid.values());
  }

  /**
   * Finds the published event with a UID.
   *
   * @param uid the UID, not null
   * @return the event, or empty
   */
  public Optional<PublishedEvent> event(String uid) {
    return Optional.ofNullable(byUid.get(uid));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeedHistory other && byUid.equals(other.byUid);
  }

  @Override
  public int hashCode() {
    return byUid.hashCode();
  }

  @Override
  public String toString() {
    return "FeedHistory[events=" + byUid.size() + "]";
  }
}
