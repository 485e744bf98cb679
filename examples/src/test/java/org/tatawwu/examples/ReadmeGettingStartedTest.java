package org.tatawwu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's getting-started program and the user guide's examples cannot drift: the README holds
 * {@link GettingStarted}'s source verbatim, every Java block of {@code docs/*.md} is a run of lines
 * of {@link GettingStarted} or {@link GuideExamples}, and both programs run.
 */
class ReadmeGettingStartedTest {
  private static final Path ROOT =
      java.util.Objects.requireNonNull(Paths.get("").toAbsolutePath().getParent());
  private static final Path SOURCES = Paths.get("src/main/java/org/tatawwu/examples");
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");

  @Test
  void the_readme_holds_the_getting_started_program_verbatim() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String program =
        Files.readString(SOURCES.resolve("GettingStarted.java"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```java\n" + program + "```");
  }

  @Test
  void the_getting_started_program_runs_and_meets_every_precondition() {
    String out = capture(() -> GettingStarted.main(new String[0]));
    assertThat(out)
        .contains("eligible: true")
        .contains("best shift: S1")
        .contains("approved minutes: 240")
        .contains("ILO volunteer minutes: 240")
        .doesNotContain("notAccredited");
  }

  @Test
  void the_guide_examples_run() {
    String out =
        capture(
            () -> {
              try {
                GuideExamples.main(new String[0]);
              } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(out)
        .contains("walk-in: SUBMITTED hours.notEnrolled 1")
        .contains("certificate: VALID")
        .contains("credential: VALID")
        .contains("fund balance: SAR 750.00")
        .contains("value: SAR 80.00");
  }

  @Test
  void every_java_block_of_the_user_guide_is_compiled_code() throws IOException {
    List<String> sources =
        List.of(
            Files.readString(SOURCES.resolve("GettingStarted.java"), StandardCharsets.UTF_8),
            Files.readString(SOURCES.resolve("GuideExamples.java"), StandardCharsets.UTF_8));
    List<Path> pages;
    try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
      pages = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    int blocks = 0;
    for (Path page : pages) {
      Matcher m = JAVA_BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        List<String> block = stripped(m.group(1));
        assertThat(sources.stream().anyMatch(s -> containsRun(stripped(s), block)))
            .as(
                "%s: a Java block that is not in GettingStarted or GuideExamples:%n%s",
                page, m.group(1))
            .isTrue();
        blocks++;
      }
    }
    assertThat(blocks).as("Java blocks in docs/").isGreaterThanOrEqualTo(6);
  }

  private static List<String> stripped(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  private static boolean containsRun(List<String> source, List<String> block) {
    return java.util.Collections.indexOfSubList(source, block) >= 0;
  }

  private static String capture(Runnable program) {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
