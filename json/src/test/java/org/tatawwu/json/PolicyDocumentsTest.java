package org.tatawwu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
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

  @Test
  void refuses_json_that_is_not_an_object() {
    for (String text : List.of("null", "[1]", "\"text\"", "7", "true", "")) {
      assertThatThrownBy(() -> PolicyDocuments.parse(text))
          .as(text)
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("policyDocument.invalid");
    }
  }

  @Test
  void refuses_a_document_longer_than_the_cap_and_reads_one_at_the_cap() {
    String valid = PolicyDocuments.write(EligibilityPolicy.DEFAULT);
    String atCap = valid + " ".repeat(PolicyDocuments.MAX_DOCUMENT_LENGTH - valid.length());
    assertThat(PolicyDocuments.read(new StringReader(atCap))).isEqualTo(EligibilityPolicy.DEFAULT);
    assertThatThrownBy(() -> PolicyDocuments.parse(atCap + " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 1048576 characters");
    assertThatThrownBy(() -> PolicyDocuments.read(new StringReader(atCap + " ")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 1048576 characters");
  }

  @Test
  void names_at_most_twenty_problems_and_cuts_long_names() {
    StringBuilder b = new StringBuilder("{\"").append("n".repeat(1000)).append("\":1");
    for (int i = 0; i < 30; i++) {
      b.append(",\"x").append(i).append("\":1");
    }
    b.append('}');
    assertThatThrownBy(() -> PolicyDocuments.parse(b.toString()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unknown member '" + "n".repeat(39) + "…'")
        .hasMessageContaining("and 15 more")
        .hasMessageNotContaining("n".repeat(40));
  }
}
