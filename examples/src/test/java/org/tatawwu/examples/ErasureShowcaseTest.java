package org.tatawwu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErasureShowcaseTest {
  @Test
  void the_demo_erases_a_volunteer_whose_certificate_still_verifies_and_totals_hold(
      @TempDir Path dir) {
    DemoOptions options = new DemoOptions(2_000, 20, 100, 5L, dir.resolve("r.html"));
    String output = CrisisMobilisationDemoTest.run(options).output();
    int at = output.indexOf("erasure (PDPL)");
    assertThat(at).isNotNegative();
    String section = output.substring(at);
    String before = section.substring(0, section.indexOf("  volunteer "));
    String after = section.substring(section.indexOf("  volunteer "));
    assertThat(before).contains("holder in the signed document: a vault pseudonym");
    assertThat(after)
        .contains("erased: true; personal data readable: false")
        .contains("certificate verified after erasure: VALID")
        .contains(
            "rendered after erasure: This certifies that (the holder's personal data was erased)")
        .contains("national totals unchanged: true");
    // The name shown before erasure appears nowhere after it.
    String prefix = "rendered before erasure: This certifies that ";
    int start = before.indexOf(prefix) + prefix.length();
    String name = before.substring(start, before.indexOf(" volunteered ", start));
    assertThat(name).isNotBlank().doesNotStartWith("vault:");
    assertThat(after).doesNotContain(name);
  }
}
