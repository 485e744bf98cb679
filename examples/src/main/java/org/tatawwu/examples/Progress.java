package org.tatawwu.examples;

import java.io.PrintStream;

/** Prints progress of a long step at every tenth. */
final class Progress {
  private final PrintStream out;
  private final String what;
  private final long total;
  private long nextReport;

  Progress(PrintStream out, String what, long total) {
    this.out = out;
    this.what = what;
    this.total = total;
    this.nextReport = Math.max(1, total / 10);
  }

  void step(long done) {
    if (done >= nextReport && total >= 10_000) {
      out.printf("  %s: %d%%%n", what, done * 100 / total);
      nextReport += Math.max(1, total / 10);
    }
  }
}
