package org.tatawwu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the rule that users' code reads by names: no call of a published public constructor with
 * more than six arguments in the README, the user guide ({@code docs/}), the examples, the
 * benchmarks or any test. Types with that many parts have builders ({@code Volunteer.builder()}).
 *
 * <p>Published types are the public records and classes (with a public constructor) under {@code
 * src/main/java} of every module that has a {@code module-info.java}. Calls are found in source
 * text with comments and string literals blanked, counting the arguments at the call's own nesting
 * level.
 */
class LongConstructorCallsTest {
  private static final int MAX_ARGUMENTS = 6;
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "\\bpublic\\s+(?:static\\s+)?(?:final\\s+)?(?:abstract\\s+)?(record|class)\\s+(\\w+)");
  private static final Pattern NEW_CALL =
      Pattern.compile("\\bnew\\s+([A-Z]\\w*)\\s*(?:<[^()]*>)?\\s*\\(");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void no_published_constructor_is_called_with_more_than_six_arguments() throws IOException {
    Path root = repositoryRoot();
    Set<String> published = publishedTypes(root);
    assertThat(published).contains("Volunteer", "HourEntry", "OpportunityDraft", "HourSubmission");

    List<String> offenders = new ArrayList<>();
    for (Path file : scannedFiles(root)) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String code = file.toString().endsWith(".md") ? javaBlocks(text) : text;
      for (String call : longCalls(code, published)) {
        offenders.add(root.relativize(file) + ": " + call);
      }
    }
    assertThat(offenders).as("use the type's builder instead").isEmpty();
  }

  @Test
  void finds_a_long_call_across_lines_and_ignores_nested_commas_comments_and_strings() {
    String code =
        """
        var v = new HourSubmission(key, vol, opp,
          TimeRange.of(a, b), HourSource.ATTENDANCE, false, "gate, east");
        var w = new HourSubmission(f(a, b, c, d, e, f, g)); // new HourSubmission(1,2,3,4,5,6,7)
        var s = "new HourSubmission(1, 2, 3, 4, 5, 6, 7)";
        var x = new Other(1, 2, 3, 4, 5, 6, 7);
        var y = new HourSubmission(1, 2, 3, 4, 5, List.of(6, 7));
        """;
    assertThat(longCalls(code, Set.of("HourSubmission")))
        .containsExactly("new HourSubmission(...) with 7 arguments");
  }

  @Test
  void reads_the_java_blocks_of_markdown_only() {
    String markdown =
        """
        Text new HourSubmission(1, 2, 3, 4, 5, 6, 7)
        ```java
        new HourSubmission(1, 2, 3, 4, 5, 6, 7, 8);
        ```
        ```xml
        <x>new HourSubmission(1, 2, 3, 4, 5, 6, 7)</x>
        ```
        """;
    assertThat(longCalls(javaBlocks(markdown), Set.of("HourSubmission")))
        .containsExactly("new HourSubmission(...) with 8 arguments");
  }

  /** The public records, and the public classes with a public constructor, of published modules. */
  static Set<String> publishedTypes(Path root) throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        Path main = module.resolve("src/main/java");
        if (!Files.exists(main.resolve("module-info.java"))) {
          continue;
        }
        for (Path file : javaFiles(main)) {
          String code = blank(Files.readString(file, StandardCharsets.UTF_8));
          Matcher m = PUBLIC_TYPE.matcher(code);
          while (m.find()) {
            String name = m.group(2);
            if (m.group(1).equals("record")
                || code.matches("(?s).*\\bpublic\\s+" + name + "\\s*\\(.*")) {
              names.add(name);
            }
          }
        }
      }
    }
    return names;
  }

  /** README, docs, and every source file except the published modules' main code. */
  static List<Path> scannedFiles(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(root.resolve("README.md"));
    Path docs = root.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> walk = Files.walk(docs)) {
        walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
      }
    }
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
        boolean published = Files.exists(module.resolve("src/main/java/module-info.java"));
        Path src = module.resolve("src");
        if (!Files.isDirectory(src)) {
          continue;
        }
        try (Stream<Path> dirs = Files.list(src)) {
          for (Path set : dirs.filter(Files::isDirectory).sorted().toList()) {
            if (published && set.getFileName().toString().equals("main")) {
              continue;
            }
            files.addAll(javaFiles(set));
          }
        }
      }
    }
    return files;
  }

  /** Each call of a named type's constructor with more than six arguments, in order. */
  static List<String> longCalls(String source, Set<String> types) {
    String code = blank(source);
    List<String> calls = new ArrayList<>();
    Matcher m = NEW_CALL.matcher(code);
    while (m.find()) {
      if (!types.contains(m.group(1))) {
        continue;
      }
      int depth = 1;
      int commas = 0;
      boolean any = false;
      for (int i = m.end(); i < code.length() && depth > 0; i++) {
        char c = code.charAt(i);
        if (c == '(' || c == '[' || c == '{') {
          depth++;
        } else if (c == ')' || c == ']' || c == '}') {
          depth--;
        } else if (c == ',' && depth == 1) {
          commas++;
        }
        if (depth > 0 && !Character.isWhitespace(c)) {
          any = true;
        }
      }
      int arguments = any ? commas + 1 : 0;
      if (arguments > MAX_ARGUMENTS) {
        calls.add("new " + m.group(1) + "(...) with " + arguments + " arguments");
      }
    }
    return calls;
  }

  /** The Java code blocks of a markdown text, joined. */
  static String javaBlocks(String markdown) {
    StringBuilder code = new StringBuilder();
    Matcher m = JAVA_BLOCK.matcher(markdown);
    while (m.find()) {
      code.append(m.group(1)).append('\n');
    }
    return code.toString();
  }

  /** The code with comments, string, text-block and character literals replaced by spaces. */
  static String blank(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end;
      if (s.startsWith("//", i)) {
        end = s.indexOf('\n', i);
        end = end < 0 ? s.length() : end;
      } else if (s.startsWith("/*", i)) {
        end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        end = s.indexOf("\"\"\"", i + 3);
        end = end < 0 ? s.length() : end + 3;
      } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
        char quote = s.charAt(i);
        end = i + 1;
        while (end < s.length() && s.charAt(end) != quote && s.charAt(end) != '\n') {
          end += s.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, s.length());
      } else {
        out.append(s.charAt(i++));
        continue;
      }
      for (int k = i; k < end; k++) {
        out.append(s.charAt(k) == '\n' ? '\n' : ' ');
      }
      i = end;
    }
    return out.toString();
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("api/src/main/java"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new UncheckedIOException(
          new IOException(
              "no repository root (with api/src/main/java) above the working directory"));
    }
    return dir;
  }
}
