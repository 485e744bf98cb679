package org.tatawwu.calendar;

import java.util.Objects;

/**
 * One rendering of a calendar feed: the iCalendar text to serve and the history to keep for the
 * next rendering.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the iCalendar (RFC 5545) document, CRLF line endings, not null
 * @param history the events as published in {@code text}, to pass to the next rendering, not null
 */
public record Feed(String text, FeedHistory history) {
  /**
   * Checks for nulls.
   *
   * @param text the iCalendar document, not null
   * @param history the events as published, not null
   */
  public Feed {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(history, "history");
  }

  /**
   * Returns a short description without the feed's content.
   *
   * @return the number of events and characters
   */
  @Override
  public String toString() {
    return "Feed[events=" + history.events().size() + ", chars=" + text.length() + "]";
  }
}
