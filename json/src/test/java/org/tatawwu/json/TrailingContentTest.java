package org.tatawwu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.recognition.RecognitionPolicy;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.RuleException;

/**
 * Every JSON reader of the module reads exactly one JSON value: content after it is refused, JSON's
 * own white space after it is not.
 */
class TrailingContentTest {
  /** Tails that must make any document unreadable; {@code %s} stands for the document itself. */
  static final List<String> TAILS =
      List.of("garbage", "{}", "%s", "]", "}", "\u0000", " x", "null", "7", "// c", "\u00a0", ",");

  /** JSON's own white space (RFC 8259, section 2). */
  static final String WHITE_SPACE = " \t\r\n";

  static String resource(String name) {
    try (InputStream in = TrailingContentTest.class.getResourceAsStream(name)) {
      return new String(
          java.util.Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks one reader against one valid document, with every tail and with white space. */
  static void check(String document, Consumer<String> reader, Class<? extends Exception> refusal) {
    reader.accept(document); // the document itself reads
    reader.accept(WHITE_SPACE + document + WHITE_SPACE);
    for (String tail : TAILS) {
      String text = document + tail.replace("%s", document);
      assertThatThrownBy(() -> reader.accept(text))
          .as("document + %s", tail.equals("%s") ? "document" : tail)
          .isInstanceOf(refusal);
    }
  }

  @Test
  void eligibility_policy_documents() {
    String d = PolicyDocuments.write(EligibilityPolicy.DEFAULT);
    check(d, PolicyDocuments::parse, InvalidValueException.class);
    check(d, t -> PolicyDocuments.read(new StringReader(t)), InvalidValueException.class);
    assertThatThrownBy(() -> PolicyDocuments.parse(d + d))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "policyDocument.invalid")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void hour_policy_documents() {
    String d = HourPolicyDocumentsTest.VERIFIED;
    check(d, HourPolicyDocuments::parse, RuleException.class);
    RuleException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RuleException.class, () -> HourPolicyDocuments.parse(d + "{}"));
    assertThat(e.codes()).containsExactly("hourPolicyDocument.notJson");
  }

  @Test
  void recognition_policy_documents() {
    for (RecognitionPolicy p : RecognitionConformance.shipped().policies().values()) {
      String d = RecognitionDocuments.write(p);
      check(d, RecognitionDocuments::parse, InvalidValueException.class);
      assertThatThrownBy(() -> RecognitionDocuments.parse(d + "garbage"))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", "recognitionDocument.invalid")
          .hasMessageContaining("not valid JSON");
    }
  }

  @Test
  void conformance_vector_files() {
    check(
        resource("recognition-vectors.json").strip(),
        RecognitionConformance::parse,
        InvalidValueException.class);
    check(
        resource("eligibility-vectors.json").strip(),
        t -> EligibilityConformance.read(new StringReader(t)),
        InvalidValueException.class);
    check(
        resource("hour-vectors.json").strip(),
        t -> HourConformance.read(new StringReader(t)),
        InvalidValueException.class);
  }

  @Test
  void a_reader_handed_in_is_read_to_its_end_and_left_open() throws IOException {
    boolean[] closed = {false};
    Reader reader =
        new StringReader(resource("eligibility-vectors.json")) {
          @Override
          public void close() {
            closed[0] = true;
            super.close();
          }
        };
    assertThat(EligibilityConformance.read(reader).vectors()).isNotEmpty();
    assertThat(closed[0]).isFalse();
    assertThat(reader.read()).isEqualTo(-1);
  }

  @Test
  void a_json_object_reads_with_trailing_white_space_only() throws IOException {
    assertThat(JsonText.object("{\"a\":1}" + WHITE_SPACE)).isEqualTo(Map.of("a", 1));
    assertThat(JsonText.object("[1]")).isNull();
    assertThat(JsonText.value("null \n")).isNull();
    assertThatThrownBy(() -> JsonText.value("1 2")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> JsonText.value("")).isInstanceOf(IOException.class);
  }
}
