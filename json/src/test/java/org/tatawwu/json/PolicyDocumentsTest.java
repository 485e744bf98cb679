package org.tatawwu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.validation.InvalidValueException;

class PolicyDocumentsTest {

  @Test
  void a_written_policy_reads_back_equal() {
    EligibilityPolicy p =
        EligibilityPolicy.DEFAULT
            .with("age", Map.of("minimumAge", "16", "calendar", "HIJRI"))
            .with("trainings", Map.of("graceDays", "14"));
    String json = PolicyDocuments.write(p);
    assertThat(json).contains("\"format\" : \"tatawwu-eligibility-policy/1\"");
    assertThat(PolicyDocuments.parse(json)).isEqualTo(p);
  }

  @Test
  void accepts_numbers_and_booleans_as_parameter_values() {
    EligibilityPolicy p =
        PolicyDocuments.parse(
            "{\"format\":\"tatawwu-eligibility-policy/1\",\"id\":\"p\",\"version\":2,"
                + "\"criteria\":[{\"type\":\"age\",\"parameters\":{\"minimumAge\":16}},"
                + "{\"type\":\"volunteerStatus\",\"parameters\":{\"requireVerified\":true}}]}");
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.criteria().get(0).parameter("minimumAge")).contains("16");
    assertThat(p.criteria().get(1).parameter("requireVerified")).contains("true");
  }

  @Test
  void names_every_problem_of_a_bad_document_at_once() {
    assertThatThrownBy(
            () ->
                PolicyDocuments.parse(
                    "{\"format\":\"v0\",\"id\":7,\"version\":\"one\",\"extra\":1,"
                        + "\"criteria\":[{\"type\":\"age\",\"parameters\":{\"minimumAge\":[1]}},3,{\"kind\":\"x\"}]}"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unknown member 'extra'")
        .hasMessageContaining("format must be")
        .hasMessageContaining("id must be a string")
        .hasMessageContaining("version must be a whole number")
        .hasMessageContaining("criteria[0].parameters.minimumAge")
        .hasMessageContaining("criteria[1] must be an object")
        .hasMessageContaining("criteria[2] has an unknown member 'kind'")
        .hasMessageContaining("criteria[2].type must be a string");
  }

  @Test
  void rejects_malformed_json_and_duplicate_criteria() {
    assertThatThrownBy(() -> PolicyDocuments.parse("{not json"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(
            () ->
                PolicyDocuments.parse(
                    "{\"format\":\"tatawwu-eligibility-policy/1\",\"id\":\"p\",\"version\":1,"
                        + "\"criteria\":[{\"type\":\"age\"},{\"type\":\"age\"}]}"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("appears twice");
  }
}
