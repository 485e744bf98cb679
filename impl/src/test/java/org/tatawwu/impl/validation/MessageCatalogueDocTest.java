package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/messages.md}, the table of every message key with its English and Arabic text for a
 * native reader's review, is generated from the bundles: this test fails when the file and the
 * bundles differ. Regenerate with {@code mvn -pl impl -am test -Dtest=MessageCatalogueDocTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtatawwu.docs.write=true}.
 */
class MessageCatalogueDocTest {
  private static final Path DOC =
      Paths.get("").toAbsolutePath().resolveSibling("docs").resolve("messages.md");
  private static final List<Integer> SAMPLE_COUNTS = List.of(0, 1, 2, 3, 11, 100, 103, 111);

  @Test
  void docs_messages_md_is_generated_from_the_bundles() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("tatawwu.docs.write")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(DOC).exists();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/messages.md is stale: regenerate it (see this test's Javadoc)")
        .isEqualTo(expected);
  }

  @Test
  void the_catalogue_covers_every_bundle_pair_under_the_resources() throws IOException {
    // counted independently of BundleTexts: every Arabic bundle file on disk
    List<Path> arabic;
    try (var files = Files.walk(BundleTexts.RESOURCES)) {
      arabic = files.filter(f -> f.toString().endsWith("_ar.properties")).toList();
    }
    assertThat(arabic).hasSizeGreaterThanOrEqualTo(7);
    String doc = render();
    for (Path f : arabic) {
      String base = BundleTexts.RESOURCES.relativize(f).toString().replace('\\', '/');
      base = base.substring(0, base.length() - "_ar.properties".length());
      assertThat(doc).as(base).contains("\n## `" + base.replace('/', '.') + "`\n");
      for (String key : BundleTexts.load(base, "ar").stringPropertyNames()) {
        assertThat(doc).as(base + " " + key).contains("| `" + key + "` |");
      }
    }
  }

  @Test
  void every_bundle_pair_has_the_same_keys() {
    for (String base : BundleTexts.BASES) {
      assertThat(BundleTexts.load(base, "ar").stringPropertyNames())
          .as(base)
          .isEqualTo(BundleTexts.load(base, "en").stringPropertyNames());
    }
  }

  @Test
  void every_plural_block_has_the_forms_of_its_language() {
    for (String base : BundleTexts.BASES) {
      for (String language : List.of("en", "ar")) {
        Properties p = BundleTexts.load(base, language);
        for (String key : p.stringPropertyNames()) {
          for (Map.Entry<String, Map<String, String>> block :
              MessageTemplate.pluralBlocks(p.getProperty(key)).entrySet()) {
            assertThat(block.getValue().keySet())
                .as("%s_%s %s {%s}", base, language, key, block.getKey())
                .containsExactlyInAnyOrderElementsOf(
                    "ar".equals(language)
                        ? List.of("zero", "one", "two", "few", "many", "other")
                        : List.of("one", "other"));
          }
        }
      }
    }
  }

  @Test
  void english_and_arabic_use_the_same_arguments() {
    for (String base : BundleTexts.BASES) {
      Properties ar = BundleTexts.load(base, "ar");
      Properties en = BundleTexts.load(base, "en");
      for (String key : en.stringPropertyNames()) {
        assertThat(MessageTemplate.argumentNames(ar.getProperty(key)))
            .as("%s %s", base, key)
            .containsExactlyInAnyOrderElementsOf(
                MessageTemplate.argumentNames(en.getProperty(key)));
      }
    }
  }

  static String render() {
    StringBuilder out = new StringBuilder();
    out.append("# Messages: every key in English and Arabic\n\n")
        .append("Generated from the bundles in every module's `src/main/resources` by\n")
        .append(
            "`MessageCatalogueDocTest`, which fails the build when this file and the bundles differ; it\n")
        .append(
            "covers every bundle pair found there. For a native reader's review: each row is one key;\n")
        .append(
            "counted messages show their Arabic forms for 0, 1, 2, 3, 11, 100, 103 and 111.\n\n")
        .append(
            "Syntax: `{name}` is a value inserted at run time; `{n, plural, one {…} other {…}}` picks the\n")
        .append(
            "words for the count `n` by CLDR's plural rules, `#` being the number. Arabic has six forms:\n")
        .append(
            "zero for 0, one for 1, two for 2, few when the last two digits are 3–10 (3–10, 103–110,\n")
        .append(
            "203–210, ...), many when they are 11–99 (11–99, 111–199, ...), and other for the rest\n")
        .append(
            "(100–102, 200–202, ...): 103 takes few, 111 many. English has one (1) and other.\n")
        .append(
            "`{g, select, A {…} other {…}}` picks the words for the value `g`. In Arabic every inserted\n")
        .append("value is wrapped in the invisible direction isolates U+2068 … U+2069 (see\n")
        .append("[validation.md](validation.md#direction-isolates)).\n");
    Map<String, Properties[]> bundles = new java.util.LinkedHashMap<>();
    for (String base : BundleTexts.BASES) {
      bundles.put(
          base, new Properties[] {BundleTexts.load(base, "en"), BundleTexts.load(base, "ar")});
    }
    bundles.putAll(otherModules());
    for (Map.Entry<String, Properties[]> bundle : bundles.entrySet()) {
      String base = bundle.getKey();
      Properties en = bundle.getValue()[0];
      Properties ar = bundle.getValue()[1];
      out.append("\n## `").append(base.replace('/', '.')).append("`\n\n");
      out.append("| key | English | Arabic |\n|---|---|---|\n");
      for (String key : new TreeSet<>(en.stringPropertyNames())) {
        out.append("| `")
            .append(key)
            .append("` | ")
            .append(cell(en.getProperty(key)))
            .append(" | ")
            .append(cell(ar.getProperty(key)))
            .append(" |\n");
        Map<String, Map<String, String>> blocks = MessageTemplate.pluralBlocks(ar.getProperty(key));
        if (!blocks.isEmpty()) {
          StringBuilder forms = new StringBuilder();
          for (int n : SAMPLE_COUNTS) {
            Map<String, Object> args = new java.util.HashMap<>();
            for (String name : MessageTemplate.argumentNames(ar.getProperty(key))) {
              args.put(name, blocks.containsKey(name) ? n : "{" + name + "}");
            }
            forms
                .append(forms.length() == 0 ? "" : "<br>")
                .append(n)
                .append(": ")
                .append(
                    MessageTemplate.format(
                        ar.getProperty(key),
                        args,
                        Locale.forLanguageTag("ar"),
                        (k, v) -> v.toString(),
                        false));
          }
          out.append("| ↳ forms | | ")
              .append(cell(forms.toString()).replace("&lt;br&gt;", "<br>"))
              .append(" |\n");
        }
      }
    }
    return out.toString();
  }

  /** The bundle pairs of the other modules (json, ...), read from their source trees. */
  private static Map<String, Properties[]> otherModules() {
    Map<String, Properties[]> out = new java.util.TreeMap<>();
    Path root = Paths.get("").toAbsolutePath().getParent();
    try (var modules = Files.list(java.util.Objects.requireNonNull(root))) {
      for (Path module : modules.sorted().toList()) {
        Path resources = module.resolve("src/main/resources");
        if (module.getFileName().toString().equals("impl") || !Files.isDirectory(resources)) {
          continue;
        }
        try (var files = Files.walk(resources)) {
          for (Path ar : files.filter(f -> f.toString().endsWith("_ar.properties")).toList()) {
            String name = resources.relativize(ar).toString().replace('\\', '/');
            String base = name.substring(0, name.length() - "_ar.properties".length());
            Path en = ar.resolveSibling(ar.getFileName().toString().replace("_ar.", "_en."));
            out.put(base, new Properties[] {read(en), read(ar)});
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private static Properties read(Path file) throws IOException {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
  }
}
