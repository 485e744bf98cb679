package org.tatawwu.impl.hours;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.jspecify.annotations.Nullable;

/**
 * A zone's offset from UTC, remembered with the span of seconds between the transitions around it,
 * so the lines of a roster in one zone ask the zone's rules (and make an instant) once per span
 * instead of twice per line. Not thread-safe: used under the ledger's lock.
 */
final class ZoneOffsets {
  private @Nullable ZoneId zone;
  private long from = 1;
  private long until = 0; // empty: [from, until)
  private int offset;

  /** The offset in seconds at {@code epochSecond}. */
  int at(ZoneId z, long epochSecond) {
    if (!z.equals(zone) || epochSecond < from || epochSecond >= until) {
      ZoneRules rules = z.getRules();
      Instant t = Instant.ofEpochSecond(epochSecond);
      offset = rules.getOffset(t).getTotalSeconds();
      if (rules.isFixedOffset()) {
        from = Long.MIN_VALUE;
        until = Long.MAX_VALUE;
      } else {
        ZoneOffsetTransition after = rules.nextTransition(t);
        if (epochSecond == Instant.MAX.getEpochSecond()) {
          from = epochSecond; // no t + 1s to ask about
        } else {
          // previousTransition(t + 1s) is the last transition at or before t.
          ZoneOffsetTransition before = rules.previousTransition(t.plusSeconds(1));
          from = before == null ? Long.MIN_VALUE : before.toEpochSecond();
        }
        until = after == null ? Long.MAX_VALUE : after.toEpochSecond();
      }
      zone = z;
    }
    return offset;
  }
}
