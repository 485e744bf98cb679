package org.tatawwu.impl.hours;

import java.nio.file.Path;

/**
 * Run in a second JVM by {@link FileHourEventStoreFaultTest}: tries to open the hour event file
 * named by its argument. Exit status 0 if it opened (and closed) it, 3 if it was refused as open
 * elsewhere, 1 on any other failure.
 */
public final class FileLockProbe {
  private FileLockProbe() {}

  /**
   * Tries the file.
   *
   * @param args the file's path
   */
  public static void main(String[] args) {
    try {
      FileHourEventStore.open(Path.of(args[0])).close();
      System.exit(0);
    } catch (IllegalStateException e) {
      System.exit(e.getMessage() != null && e.getMessage().contains("open elsewhere") ? 3 : 1);
    }
  }
}
