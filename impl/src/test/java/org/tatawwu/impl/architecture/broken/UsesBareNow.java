package org.tatawwu.impl.architecture.broken;

import java.time.Instant;

/** Breaks the clock rule on purpose (test code only). */
public final class UsesBareNow {
  private UsesBareNow() {}

  /**
   * Reads the system clock.
   *
   * @return now
   */
  @SuppressWarnings("JavaTimeDefaultTimeZone")
  public static Instant now() {
    return Instant.now();
  }
}
