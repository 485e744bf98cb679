package org.tatawwu.brokenapi;

import org.tatawwu.impl.hours.DefaultHourLedgerProvider;

/** An "API" class that uses impl, to break the layering rule on purpose (test code only). */
public final class ApiUsingImpl {
  private ApiUsingImpl() {}

  /**
   * Uses the implementation directly.
   *
   * @return a provider
   */
  public static Object provider() {
    return new DefaultHourLedgerProvider();
  }
}
