package org.tatawwu.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's count of eligibility conformance vectors is the count the library ships. */
class ReadmeFiguresTest {
  private static final Path README =
      java.util.Objects.requireNonNull(Paths.get("").toAbsolutePath().getParent())
          .resolve("README.md");

  @Test
  void every_count_of_eligibility_vectors_in_the_readme_is_the_shipped_count() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<Integer> stated = new ArrayList<>();
    Matcher status =
        Pattern.compile("eligibility \\(engine, JSON policies, (\\d+)\\s+conformance vectors\\)")
            .matcher(readme);
    while (status.find()) {
      stated.add(Integer.parseInt(status.group(1)));
    }
    Matcher snippet =
        Pattern.compile("EligibilityConformance\\.shipped\\(\\)[^\\n]*// (\\d+) vectors")
            .matcher(readme);
    while (snippet.find()) {
      stated.add(Integer.parseInt(snippet.group(1)));
    }
    assertThat(stated).as("counts of eligibility vectors stated in README.md").hasSize(2);
    assertThat(stated).containsOnly(EligibilityConformance.shipped().vectors().size());
  }
}
