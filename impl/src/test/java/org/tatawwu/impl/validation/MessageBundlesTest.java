package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.tatawwu.constraints.CleanText;
import org.tatawwu.constraints.EmailText;
import org.tatawwu.constraints.HijriDateText;
import org.tatawwu.constraints.NationalIdNumber;
import org.tatawwu.constraints.RegionCode;
import org.tatawwu.constraints.SarAmountText;
import org.tatawwu.constraints.SaudiMobile;
import org.tatawwu.constraints.ValidTimeRange;
import org.tatawwu.opportunity.ConsistentOpportunity;
import org.tatawwu.opportunity.LawfulVolunteerUse;
import org.tatawwu.volunteer.ConsistentRegistration;
import org.tatawwu.volunteer.GuardianConsentForMinors;

class MessageBundlesTest {
  static final List<Class<?>> CONSTRAINTS =
      List.of(
          NationalIdNumber.class,
          SaudiMobile.class,
          RegionCode.class,
          CleanText.class,
          EmailText.class,
          SarAmountText.class,
          HijriDateText.class,
          ValidTimeRange.class,
          ConsistentOpportunity.class,
          LawfulVolunteerUse.class,
          GuardianConsentForMinors.class,
          ConsistentRegistration.class);

  static Properties load(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        Messages.class.getResourceAsStream("Messages_" + suffix + ".properties")) {
      assertThat(in).as("bundle " + suffix).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void english_and_arabic_bundles_have_identical_keys() throws IOException {
    assertThat(load("ar").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
  }

  @Test
  void arabic_messages_are_written_in_arabic_and_english_ones_are_not() throws IOException {
    Properties ar = load("ar");
    Properties en = load("en");
    for (String key : ar.stringPropertyNames()) {
      assertThat(ar.getProperty(key)).as(key).containsPattern("[\\u0621-\\u064A]");
      assertThat(en.getProperty(key)).as(key).doesNotContainPattern("[\\u0621-\\u064A]");
    }
  }

  @Test
  void messages_use_the_same_parameters_in_both_languages_and_never_the_rejected_value()
      throws IOException {
    Properties ar = load("ar");
    Properties en = load("en");
    for (String key : en.stringPropertyNames()) {
      assertThat(MessageTemplate.argumentNames(ar.getProperty(key)))
          .as(key)
          .containsExactlyInAnyOrderElementsOf(MessageTemplate.argumentNames(en.getProperty(key)));
      assertThat(en.getProperty(key) + ar.getProperty(key))
          .as(key)
          .doesNotContain("$")
          .doesNotContain("validatedValue");
    }
  }

  @Test
  void every_constraint_default_message_resolves_in_both_languages() throws Exception {
    for (Class<?> c : CONSTRAINTS) {
      assertThat(c.isAnnotationPresent(Constraint.class)).as(c.getName()).isTrue();
      Method message = c.getMethod("message");
      String template = (String) message.getDefaultValue();
      assertThat(template).isEqualTo("{" + c.getName() + ".message}");
      String key = template.substring(1, template.length() - 1);
      for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"))) {
        ResourceBundle b = Messages.bundle(l);
        assertThat(b.containsKey(key)).as(key + " in " + l).isTrue();
      }
    }
  }

  @Test
  void every_key_used_by_the_validators_exists() throws IOException {
    Properties en = load("en");
    for (String code :
        List.of(
            "nationalId.format",
            "nationalId.prefix",
            "nationalId.checksum",
            "mobile.format",
            "mobile.country",
            "mobile.prefix",
            "hijri.format",
            "hijri.outOfRange",
            "hijri.invalid")) {
      assertThat(en).containsKey("org.tatawwu.constraints." + code);
    }
    for (String k :
        List.of(
            "blank",
            "bidiControl",
            "zeroWidth",
            "controlCharacter",
            "noLetters",
            "malformed",
            "tooLong")) {
      assertThat(en).containsKey("org.tatawwu.constraints.CleanText." + k);
    }
  }

  @Test
  void a_jvm_default_locale_of_arabic_does_not_leak_into_english_answers() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-SA"));
      assertThat(
              Messages.bundle(Locale.ENGLISH)
                  .getString("jakarta.validation.constraints.NotNull.message"))
          .isEqualTo("is required");
      assertThat(
              Messages.bundle(Locale.GERMAN)
                  .getString("jakarta.validation.constraints.NotNull.message"))
          .isEqualTo("is required");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
