package org.tatawwu.impl.architecture.broken.cycle.a;

import org.tatawwu.impl.architecture.broken.cycle.b.B;

/** One half of a package cycle (test code only). */
public final class A {
  private A() {}

  /**
   * Uses B.
   *
   * @return B's value
   */
  public static int value() {
    return B.value() + 1;
  }

  /**
   * A constant.
   *
   * @return 1
   */
  public static int one() {
    return 1;
  }
}
