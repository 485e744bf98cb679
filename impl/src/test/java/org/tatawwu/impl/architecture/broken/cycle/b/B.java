package org.tatawwu.impl.architecture.broken.cycle.b;

import org.tatawwu.impl.architecture.broken.cycle.a.A;

/** The other half of a package cycle (test code only). */
public final class B {
  private B() {}

  /**
   * Uses A.
   *
   * @return A's constant
   */
  public static int value() {
    return A.one();
  }
}
