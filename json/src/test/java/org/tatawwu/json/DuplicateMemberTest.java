package org.tatawwu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.recognition.RecognitionPolicy;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.RuleException;

/**
 * Every JSON reader of the module refuses an object that names a member twice (I-JSON, RFC 7493),
 * whether the two values agree or not, at the top level and nested: the last one never silently
 * wins.
 */
class DuplicateMemberTest {
  /** A valid document with its first member repeated, same value, ahead of it. */
  static String repeatFirstMember(String document) {
    int open = document.indexOf('{');
    int comma = document.indexOf(',', open);
    String first = document.substring(open + 1, comma).strip();
    assertThat(first).startsWith("\"");
    return document.substring(0, open + 1) + first + "," + document.substring(open + 1);
  }

  static void check(String document, Consumer<String> reader, Class<? extends Exception> refusal) {
    reader.accept(document);
    String twice = repeatFirstMember(document);
    assertThatThrownBy(() -> reader.accept(twice)).isInstanceOf(refusal);
  }

  @Test
  void eligibility_policy_documents() {
    String d = PolicyDocuments.write(EligibilityPolicy.DEFAULT);
    check(d, PolicyDocuments::parse, InvalidValueException.class);
    check(d, t -> PolicyDocuments.read(new StringReader(t)), InvalidValueException.class);
    assertThatThrownBy(
            () ->
                PolicyDocuments.parse(
                    "{\"format\":\"tatawwu-eligibility-policy/1\",\"id\":\"p\",\"version\":1,"
                        + "\"criteria\":[{\"type\":\"age\",\"parameters\":"
                        + "{\"minimumAge\":\"16\",\"minimumAge\":\"12\"}}]}"))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "policyDocument.invalid");
  }

  @Test
  void hour_policy_documents() {
    check(HourPolicyDocumentsTest.VERIFIED, HourPolicyDocuments::parse, RuleException.class);
  }

  @Test
  void recognition_policy_documents() {
    for (RecognitionPolicy p : RecognitionConformance.shipped().policies().values()) {
      check(
          RecognitionDocuments.write(p), RecognitionDocuments::parse, InvalidValueException.class);
    }
  }

  @Test
  void conformance_vector_files() {
    check(
        TrailingContentTest.resource("recognition-vectors.json").strip(),
        RecognitionConformance::parse,
        InvalidValueException.class);
    check(
        TrailingContentTest.resource("eligibility-vectors.json").strip(),
        t -> EligibilityConformance.read(new StringReader(t)),
        InvalidValueException.class);
    check(
        TrailingContentTest.resource("hour-vectors.json").strip(),
        t -> HourConformance.read(new StringReader(t)),
        InvalidValueException.class);
  }

  @Test
  void the_shared_reader_refuses_a_name_given_twice_at_any_depth() throws IOException {
    assertThat(JsonText.object("{\"a\":1,\"b\":{\"a\":2}}")).containsKeys("a", "b");
    assertThatThrownBy(() -> JsonText.object("{\"a\":1,\"a\":1}")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> JsonText.value("[{\"b\":{\"c\":1,\"c\":2}}]"))
        .isInstanceOf(IOException.class);
  }
}
