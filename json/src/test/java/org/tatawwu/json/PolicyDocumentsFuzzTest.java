package org.tatawwu.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.validation.InvalidValueException;

/**
 * Fuzzes {@link PolicyDocuments#parse}, on raw text and on edits of the standard policy's document:
 * only {@link InvalidValueException} with code {@code policyDocument.invalid} escapes, and an
 * accepted policy writes to a document that reads back equal.
 */
class PolicyDocumentsFuzzTest {
  private static final String STANDARD = PolicyDocuments.write(EligibilityPolicy.DEFAULT);

  @FuzzTest(maxDuration = "5m")
  void parse_returns_a_policy_that_round_trips_or_throws_only_the_documented_exception(
      FuzzedDataProvider data) {
    String text;
    if (data.consumeBoolean()) {
      StringBuilder b = new StringBuilder(STANDARD);
      int edits = data.consumeInt(1, 4);
      for (int i = 0; i < edits && b.length() > 0; i++) {
        int at = data.consumeInt(0, b.length() - 1);
        switch (data.consumeInt(0, 2)) {
          case 0 -> b.deleteCharAt(at);
          case 1 -> b.insert(at, data.consumeString(8));
          default -> b.setCharAt(at, data.consumeChar());
        }
      }
      text = b.toString();
    } else {
      text = data.consumeRemainingAsString();
    }
    try {
      EligibilityPolicy policy = PolicyDocuments.parse(text);
      assertThat(PolicyDocuments.parse(PolicyDocuments.write(policy))).isEqualTo(policy);
    } catch (InvalidValueException e) {
      assertThat(e.code()).isEqualTo("policyDocument.invalid");
      assertThat(e.getMessage()).hasSizeLessThan(4_000);
    }
  }
}
