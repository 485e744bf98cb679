package org.tatawwu.impl.architecture.broken;

/** Breaks the console rule on purpose (test code only). */
public final class ConsoleWriter {
  private ConsoleWriter() {}

  /** Prints. */
  @SuppressWarnings("SystemOut")
  public static void print() {
    System.out.println("printed");
  }
}
