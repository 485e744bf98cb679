package org.tatawwu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrisisMobilisationDemoTest {

  static String run(DemoOptions options) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Clock clock = Clock.fixed(Instant.parse("2026-11-29T06:00:00Z"), CrisisMobilisationDemo.RIYADH);
    new CrisisMobilisationDemo(options, out, clock).run();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void runs_end_to_end_and_is_reproducible(@TempDir Path dir) {
    DemoOptions options = new DemoOptions(3_000, 40, 200, 11L, dir.resolve("r.html"));
    String first = run(options);
    assertThat(first).contains("registered").contains("rejected registration").contains("[ar]");
    assertThat(run(options).replaceAll("Done in .*", ""))
        .isEqualTo(first.replaceAll("Done in .*", ""));
  }

  @Test
  void never_prints_a_generated_national_id_or_mobile_in_full(@TempDir Path dir) {
    long seed = 5L;
    String out = run(new DemoOptions(2_000, 20, 100, seed, dir.resolve("r.html")));
    // Every generated ID is 10 digits starting with 1 or 2, every mobile 05XXXXXXXX: no such run
    // of digits may appear anywhere in the output.
    Matcher ids = Pattern.compile("(?<![0-9])[12][0-9]{9}(?![0-9])").matcher(out);
    assertThat(ids.find()).as("a 10-digit ID in the output").isFalse();
    Matcher mobiles = Pattern.compile("05[0-9]{8}|\\+?9665[0-9]{8}").matcher(out);
    assertThat(mobiles.find()).as("a mobile in the output").isFalse();
  }
}
