package org.tatawwu.examples;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The demo's command-line options.
 *
 * @param volunteers how many volunteers to generate
 * @param entities how many participating entities
 * @param opportunities how many opportunities
 * @param seed the random seed; the same seed gives the same run
 * @param html where to write the HTML report
 */
public record DemoOptions(int volunteers, int entities, int opportunities, long seed, Path html) {

  /** The defaults: a mid-size national platform. */
  public static final DemoOptions DEFAULTS =
      new DemoOptions(100_000, 500, 5_000, 2030L, Paths.get("target", "tatawwu-report.html"));

  /**
   * Parses {@code --volunteers N --entities N --opportunities N --seed N --html PATH}.
   *
   * @param args the arguments, not null
   * @return the options
   * @throws IllegalArgumentException naming an unknown or malformed option
   */
  public static DemoOptions parse(String... args) {
    int volunteers = DEFAULTS.volunteers;
    int entities = DEFAULTS.entities;
    int opportunities = DEFAULTS.opportunities;
    long seed = DEFAULTS.seed;
    Path html = DEFAULTS.html;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + name + " needs a value");
      }
      String value = args[++i];
      switch (name) {
        case "--volunteers" -> volunteers = positive(name, value);
        case "--entities" -> entities = positive(name, value);
        case "--opportunities" -> opportunities = positive(name, value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--html" -> html = Paths.get(value);
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + name
                    + " (use --volunteers, --entities, --opportunities, --seed, --html)");
      }
    }
    return new DemoOptions(volunteers, entities, opportunities, seed, html);
  }

  private static int positive(String name, String value) {
    int n = Integer.parseInt(value);
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be at least 1");
    }
    return n;
  }
}
