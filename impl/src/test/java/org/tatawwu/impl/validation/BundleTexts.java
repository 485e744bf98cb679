package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** Reads Tatawwu's bundle pairs as written, for checks on their texts. */
final class BundleTexts {
  /** Where the bundles are written, relative to the impl module. */
  static final Path RESOURCES = Paths.get("src/main/resources");

  /**
   * The bundles' base names, as resource paths without the language suffix: every {@code
   * *_ar.properties} and {@code *_en.properties} under {@link #RESOURCES}, found on disk so that a
   * new bundle is covered by every check without being listed anywhere.
   */
  static final List<String> BASES = discover();

  private BundleTexts() {}

  private static List<String> discover() {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      List<String> bases =
          files
              .map(f -> RESOURCES.relativize(f).toString().replace('\\', '/'))
              .filter(f -> f.endsWith("_ar.properties") || f.endsWith("_en.properties"))
              .map(f -> f.substring(0, f.length() - "_ar.properties".length()))
              .distinct()
              .sorted()
              .toList();
      assertThat(bases).as("bundles under " + RESOURCES.toAbsolutePath()).isNotEmpty();
      return bases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Properties load(String base, String language) {
    Properties p = new Properties();
    String path = base + "_" + language + ".properties";
    try (InputStream in = BundleTexts.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** Removes the direction isolates, for comparisons written by hand. */
  static String plain(String s) {
    return s.replace("\u2068", "").replace("\u2069", "");
  }
}
