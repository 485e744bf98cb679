package org.tatawwu.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.tatawwu.validation.InvalidValueException;

/**
 * An event as a feed last published it: what a later rendering compares with to decide whether the
 * event changed (and so needs a higher {@code SEQUENCE}), and what it republishes, cancelled, when
 * the event's shift has gone.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param uid the event's UID, stable across renderings, not null
 * @param sequence the RFC 5545 {@code SEQUENCE}, zero or more
 * @param start the first instant, not null
 * @param end the first instant after the event, after {@code start}
 * @param zone the zone the times are written in, not null
 * @param summary the title, not null
 * @param description the description, not null
 * @param location the place, as text, not null
 * @param cancelled whether it was published with {@code STATUS:CANCELLED}
 */
public record PublishedEvent(
    String uid,
    int sequence,
    Instant start,
    Instant end,
    ZoneId zone,
    String summary,
    String description,
    String location,
    boolean cancelled) {

  /**
   * Checks the components.
   *
   * @param uid the event's UID, not null
   * @param sequence the sequence, zero or more
   * @param start the first instant, not null
   * @param end the first instant after the event, after {@code start}
   * @param zone the zone the times are written in, not null
   * @param summary the title, not null
   * @param description the description, not null
   * @param location the place, as text, not null
   * @param cancelled whether it was published cancelled
   * @throws InvalidValueException with code {@code calendar.event} if the sequence is negative or
   *     the end is not after the start
   */
  public PublishedEvent {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(location, "location");
    if (sequence < 0 || !end.isAfter(start)) {
      throw new InvalidValueException(
          "calendar.event", "an event has a sequence of zero or more and ends after it starts");
    }
  }

  /**
   * Returns whether this event has the same content as another, whatever the sequences.
   *
   * @param other the other event, not null
   * @return true when only the sequence may differ
   */
  boolean sameContent(PublishedEvent other) {
    return uid.equals(other.uid)
        && start.equals(other.start)
        && end.equals(other.end)
        && zone.equals(other.zone)
        && summary.equals(other.summary)
        && description.equals(other.description)
        && location.equals(other.location)
        && cancelled == other.cancelled;
  }

  PublishedEvent withSequence(int next) {
    return new PublishedEvent(
        uid, next, start, end, zone, summary, description, location, cancelled);
  }

  PublishedEvent cancelledCopy() {
    return new PublishedEvent(
        uid, sequence, start, end, zone, summary, description, location, true);
  }
}
