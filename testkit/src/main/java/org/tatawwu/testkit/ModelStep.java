package org.tatawwu.testkit;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One step of a model check's sequence, as five numbers: which operation ({@link #kind()}) and its
 * four parameters. Each model check reads the numbers its own way (they are taken modulo their
 * ranges, so any numbers make a valid step, smaller numbers simpler ones) and makes its steps with
 * a factory of its own ({@link HourLedgerModelCheck#step}, {@link HourVerificationModelCheck#step})
 * that also says how a step reads in a failure's report. A property-testing library can draw and
 * shrink the numbers freely.
 *
 * <p>Equal steps have equal numbers. Immutable and thread-safe.
 */
public final class ModelStep {
  private final int kind;
  private final int a;
  private final int b;
  private final int c;
  private final int d;
  private final Function<ModelStep, String> reading;

  ModelStep(int kind, int a, int b, int c, int d, Function<ModelStep, String> reading) {
    this.kind = kind;
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.reading = Objects.requireNonNull(reading, "reading");
  }

  /**
   * Returns which operation.
   *
   * @return the number
   */
  public int kind() {
    return kind;
  }

  /**
   * Returns the first parameter.
   *
   * @return the number
   */
  public int a() {
    return a;
  }

  /**
   * Returns the second parameter.
   *
   * @return the number
   */
  public int b() {
    return b;
  }

  /**
   * Returns the third parameter.
   *
   * @return the number
   */
  public int c() {
    return c;
  }

  /**
   * Returns the fourth parameter.
   *
   * @return the number
   */
  public int d() {
    return d;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ModelStep s
        && s.kind == kind
        && s.a == a
        && s.b == b
        && s.c == c
        && s.d == d;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, a, b, c, d);
  }

  /** {@return the operation the step stands for, as its model check reads it} */
  @Override
  public String toString() {
    return reading.apply(this);
  }
}
