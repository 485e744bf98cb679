package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** Reads Tatawwu's four bundle pairs as written, for checks on their texts. */
final class BundleTexts {
  /** The bundles' base names, as resource paths without the language suffix. */
  static final List<String> BASES =
      List.of(
          "org/tatawwu/impl/validation/Messages",
          "org/tatawwu/impl/eligibility/Reasons",
          "org/tatawwu/impl/hours/Hours",
          "org/tatawwu/impl/fund/Fund");

  private BundleTexts() {}

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
