package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.tatawwu.privacy.DataCategory;
import org.tatawwu.privacy.PersonalField;

class PrivacyMessagesTest {
  static Properties load(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        Objects.requireNonNull(
            PrivacyMessagesTest.class.getResourceAsStream(
                "/org/tatawwu/impl/privacy/Privacy_" + language + ".properties"))) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void both_bundles_have_the_same_keys_and_arabic_is_arabic() throws IOException {
    Properties en = load("en");
    Properties ar = load("ar");
    assertThat(ar.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : ar.stringPropertyNames()) {
      assertThat(ar.getProperty(key)).as(key).isNotBlank().containsPattern("[\\u0621-\\u064A]");
      assertThat(en.getProperty(key))
          .as(key)
          .isNotBlank()
          .doesNotContainPattern("[\\u0621-\\u064A]");
    }
  }

  @Test
  void every_category_and_personal_field_has_its_words() throws IOException {
    Properties en = load("en");
    for (DataCategory c : DataCategory.values()) {
      assertThat(en.getProperty("value." + c.name())).as(c.name()).isNotNull();
    }
    for (PersonalField f : PersonalField.values()) {
      assertThat(en.getProperty("copy.field." + f.name())).as(f.name()).isNotNull();
    }
  }
}
