package org.tatawwu.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A user's named modules, compiled with {@code javac} and run with {@code java} in fresh JVMs, on
 * the module path only, with exactly the jars Maven resolves from the published POMs: the compile
 * path for {@code javac} and the run-time path for {@code java} (see this module's pom). Nothing is
 * on the class path.
 */
class NamedModuleConsumerTest {
  private static final Path SOURCES = Paths.get(System.getProperty("consumer.sources"));
  private static final Path WORK = Paths.get(System.getProperty("consumer.work"));

  @Test
  void a_module_requiring_org_tatawwu_api_compiles_and_runs_on_the_module_path() {
    Path classes = compile("api");
    // No --add-modules: impl brings jakarta.el and Expressly into the module graph by itself.
    String out = run(classes, "org.example.volunteers/org.example.volunteers.Main");
    assertThat(out)
        .contains("consumer org.example.volunteers")
        .contains("api org.tatawwu.api")
        .contains("engine org.tatawwu.impl")
        .contains("problem mobile constraints.mobile.prefix")
        .contains("problem nationalId constraints.nationalId.checksum")
        .contains("e164 +966501234567");
  }

  @Test
  void a_module_requiring_org_tatawwu_json_compiles_and_runs_on_the_module_path() {
    Path classes = compile("json");
    String out = run(classes, "org.example.partner/org.example.partner.Main");
    assertThat(out)
        .contains("consumer org.example.partner")
        .contains("json org.tatawwu.json")
        .contains("round trip true")
        .containsPattern("vectors (\\d+)/\\1\\b");
  }

  @Test
  void the_user_compile_path_holds_only_what_the_poms_give() {
    List<String> names =
        userPath("user.compile.path").stream().map(p -> p.getFileName().toString()).toList();
    assertThat(names)
        .anyMatch(n -> n.startsWith("jspecify-"))
        .anyMatch(n -> n.startsWith("jakarta.validation-api-"))
        .noneMatch(n -> n.startsWith("hibernate-validator-"))
        .noneMatch(n -> n.startsWith("junit-"))
        .noneMatch(n -> n.startsWith("assertj-"));
  }

  private static List<Path> userPath(String property) {
    try {
      String text =
          Files.readString(Paths.get(System.getProperty(property)), StandardCharsets.UTF_8).strip();
      List<Path> out = new ArrayList<>();
      for (String entry : text.split(java.util.regex.Pattern.quote(File.pathSeparator), -1)) {
        if (!entry.isBlank()) {
          out.add(Paths.get(entry));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String path(String property) {
    return String.join(
        File.pathSeparator, userPath(property).stream().map(Path::toString).toList());
  }

  private static Path compile(String consumer) {
    Path src = SOURCES.resolve(consumer);
    Path classes = WORK.resolve(consumer).resolve("classes");
    List<String> command = new ArrayList<>();
    command.add(tool("javac"));
    command.addAll(
        List.of(
            "--release",
            "17",
            "-encoding",
            "UTF-8",
            "-Werror",
            "-Xlint:all",
            "--module-path",
            path("user.compile.path"),
            "-d",
            classes.toString()));
    try (Stream<Path> files = Files.walk(src)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> command.add(f.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String out = exec(command);
    assertThat(classes.resolve("module-info.class")).as(out).exists();
    return classes;
  }

  private static String run(Path classes, String main, String... options) {
    List<String> command = new ArrayList<>();
    command.add(tool("java"));
    command.addAll(List.of(options));
    command.addAll(
        List.of(
            "-Dfile.encoding=UTF-8",
            "-Dstdout.encoding=UTF-8",
            "--module-path",
            classes + File.pathSeparator + path("user.runtime.path"),
            "--module",
            main));
    return exec(command);
  }

  private static String tool(String name) {
    return Paths.get(System.getProperty("java.home"), "bin", name).toString();
  }

  private static String exec(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(out).isTrue();
      assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
