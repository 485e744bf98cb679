package org.tatawwu.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tatawwu.recognition.Award;
import org.tatawwu.text.BilingualText;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Our credentials against 1EdTech's Open Badges 3.0 JSON Schema for {@code AchievementCredential}
 * (draft 2019-09), kept in test resources: {@code ob_v3p0_achievementcredential_schema.json}, from
 * the {@code gh-pages} branch of github.com/1EdTech/openbadges-specification, file {@code
 * docs/schema/achievementcredential.json}, commit c73e9663afcdbe009a224f7be061ac895168a5b8 of
 * 2024-07-30 (the newest in that repository on 2026-12-01). It is the schema published at
 * purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json: a copy
 * downloaded from there in 2024-09 (github.com/educredentials/obv3-examples, {@code schemas/})
 * differs only in its {@code $id}.
 */
class OpenBadgesSchemaTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonSchema SCHEMA = schema();

  static JsonSchema schema() {
    try (InputStream in =
        OpenBadgesSchemaTest.class.getResourceAsStream(
            "ob_v3p0_achievementcredential_schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909)
          .getSchema(MAPPER.readTree(Objects.requireNonNull(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> problems(String credential) {
    try {
      return SCHEMA.validate(MAPPER.readTree(credential)).stream()
          .map(ValidationMessage::getMessage)
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  final CredentialIssuer issuer =
      CredentialIssuer.of(
          HourCredentialTest.keys(),
          BilingualText.of("منصة العمل التطوعي", "Volunteer platform"),
          HourCredentialTest.CLOCK);

  @Test
  void an_hour_certificate_credential_conforms_to_the_open_badges_schema() {
    String credential =
        issuer.hourCertificate(
            HourCredentialTest.certificate(), new StatusEntry(HourCredentialTest.LIST_URL, 7));
    assertThat(problems(credential)).isEmpty();
  }

  @Test
  void award_credentials_conform_to_the_open_badges_schema() {
    for (String rule : List.of("silver", "health")) {
      String credential =
          issuer.award(
              AwardCredentialTest.POLICY,
              new Award(VolunteerId.of("V-9"), rule, 3),
              AwardCredentialTest.SARA,
              HourCredentialTest.ISSUED,
              new StatusEntry(HourCredentialTest.LIST_URL, 3));
      assertThat(problems(credential)).as(rule).isEmpty();
    }
  }

  @Test
  void the_schema_check_refuses_the_shapes_open_badges_does_not_allow() throws IOException {
    String credential =
        issuer.hourCertificate(
            HourCredentialTest.certificate(), new StatusEntry(HourCredentialTest.LIST_URL, 7));
    ObjectNode root = (ObjectNode) MAPPER.readTree(credential);
    // A language value object array where the schema wants a string.
    ObjectNode languages = root.deepCopy();
    ArrayNode name = languages.putArray("name");
    name.addObject().put("@value", "شهادة").put("@language", "ar").put("@direction", "rtl");
    assertThat(problems(languages.toString())).isNotEmpty();
    // A single proof object where the schema wants an array.
    ObjectNode single = root.deepCopy();
    single.set("proof", root.get("proof").get(0));
    assertThat(problems(single.toString())).isNotEmpty();
    // The achievement without its required name.
    ObjectNode nameless = root.deepCopy();
    ((ObjectNode) nameless.get("credentialSubject").get("achievement")).remove("name");
    assertThat(problems(nameless.toString())).isNotEmpty();
    JsonNode untouched = MAPPER.readTree(credential);
    assertThat(problems(untouched.toString())).isEmpty();
  }
}
