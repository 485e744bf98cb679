package org.tatawwu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo, run as a user runs it (a fresh JVM, its own {@code main}), prints no {@code
 * java.util.logging} line: Hibernate Validator's logging goes through SLF4J, which the examples
 * configure. The control run shows that the check sees such lines when JBoss Logging is told to use
 * {@code java.util.logging}.
 */
class DemoLoggingTest {
  /** A java.util.logging SimpleFormatter record: a level line, or the date-and-source line. */
  private static final String JUL_LINE =
      "(?m)^((SEVERE|WARNING|INFO|CONFIG|FINE|FINER|FINEST): |[A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{1,2}:\\d{2}:\\d{2} [AP]M )";

  @Test
  void the_demo_prints_no_java_util_logging_line(@TempDir Path dir) throws Exception {
    String out =
        run(
            List.of(),
            CrisisMobilisationDemo.class.getName(),
            "--volunteers",
            "4000",
            "--entities",
            "40",
            "--opportunities",
            "200",
            "--seed",
            "11",
            "--html",
            dir.resolve("report.html").toString());
    assertThat(out).contains("books balance exactly").doesNotContainPattern(JUL_LINE);
    assertThat(out).doesNotContain("HV000001");
  }

  @Test
  void the_check_sees_java_util_logging_when_jboss_logging_is_sent_there() throws Exception {
    String out = run(List.of("-Dorg.jboss.logging.provider=jdk"), ModulePathProbe.class.getName());
    assertThat(out).containsPattern(JUL_LINE).contains("HV000001");
  }

  private static String run(List<String> jvmOptions, String main, String... args)
      throws IOException, InterruptedException {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-cp", cp, main));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(out).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
