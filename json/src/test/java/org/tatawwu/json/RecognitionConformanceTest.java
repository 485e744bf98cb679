package org.tatawwu.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.recognition.Award;
import org.tatawwu.recognition.AwardChange;
import org.tatawwu.recognition.LedgerOperation;
import org.tatawwu.recognition.RecognitionEngine;
import org.tatawwu.recognition.RecognitionPolicy;
import org.tatawwu.volunteer.VolunteerId;

class RecognitionConformanceTest {
  final RecognitionConformance suite = RecognitionConformance.shipped();

  @Test
  void ships_at_least_30_vectors_over_two_policies_with_awards_revocations_and_errors() {
    assertThat(suite.vectors()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(suite.policies()).containsOnlyKeys("standard", "quick");
    assertThat(suite.vectors())
        .anySatisfy(
            v ->
                assertThat(v.steps())
                    .anySatisfy(
                        s -> assertThat(s.expectedChanges()).anyMatch(c -> c.startsWith("-"))));
    assertThat(suite.vectors())
        .anySatisfy(
            v -> assertThat(v.steps()).anySatisfy(s -> assertThat(s.expectedError()).isPresent()));
  }

  @Test
  void every_vector_passes_with_the_reference_engine() {
    List<RecognitionConformance.Result> results = suite.run(Tatawwu::recognition);
    assertThat(results).hasSize(suite.vectors().size());
    for (RecognitionConformance.Result r : results) {
      assertThat(r.failures()).as(r.vector().name()).isEmpty();
    }
  }

  /** An engine that never reports revocations: what a naive "award once, keep forever" does. */
  static final class NeverRevokes implements RecognitionEngine {
    private final RecognitionEngine inner;

    NeverRevokes(RecognitionEngine inner) {
      this.inner = inner;
    }

    @Override
    public RecognitionPolicy policy() {
      return inner.policy();
    }

    @Override
    public List<AwardChange> apply(LedgerOperation operation) {
      return inner.apply(operation).stream()
          .filter(c -> c.type() == AwardChange.Type.AWARDED)
          .toList();
    }

    @Override
    public Set<Award> awards(VolunteerId volunteer) {
      return inner.awards(volunteer);
    }
  }

  /** An engine that reports every award again on each operation: not idempotent. */
  static final class RepeatsAwards implements RecognitionEngine {
    private final RecognitionEngine inner;

    RepeatsAwards(RecognitionEngine inner) {
      this.inner = inner;
    }

    @Override
    public RecognitionPolicy policy() {
      return inner.policy();
    }

    @Override
    public List<AwardChange> apply(LedgerOperation operation) {
      inner.apply(operation);
      VolunteerId v =
          operation instanceof LedgerOperation.Approve a
              ? a.service().volunteer()
              : ((LedgerOperation.Correct) operation).correction().volunteer();
      return inner.awards(v).stream()
          .map(a -> new AwardChange(AwardChange.Type.AWARDED, a))
          .toList();
    }

    @Override
    public Set<Award> awards(VolunteerId volunteer) {
      return inner.awards(volunteer);
    }
  }

  @Test
  void the_runner_fails_deliberately_wrong_engines() {
    List<RecognitionConformance.Result> neverRevokes =
        suite.run(p -> new NeverRevokes(Tatawwu.recognition(p)));
    assertThat(neverRevokes).filteredOn(r -> !r.passed()).hasSizeGreaterThanOrEqualTo(10);
    List<RecognitionConformance.Result> repeats =
        suite.run(p -> new RepeatsAwards(Tatawwu.recognition(p)));
    assertThat(repeats).filteredOn(r -> !r.passed()).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void policies_round_trip_through_their_documents() {
    for (RecognitionPolicy p : suite.policies().values()) {
      assertThat(RecognitionDocuments.parse(RecognitionDocuments.write(p))).isEqualTo(p);
    }
  }

  @Test
  void a_bad_policy_document_names_every_problem_at_once() {
    String bad =
        "{\"format\": \"tatawwu-recognition-policy/1\", \"id\": \"p\", \"version\": 0, \"extra\": 1,"
            + " \"rules\": [{\"id\": \"a\", \"kind\": \"MEDAL\", \"criterion\": {\"type\":"
            + " \"cumulativeHours\", \"hours\": 1, \"minutes\": 60}, \"name\": {\"ar\": \"أ\"},"
            + " \"description\": {\"ar\": \"ب\", \"en\": \"b\"}}]}";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecognitionDocuments.parse(bad))
        .isInstanceOf(org.tatawwu.validation.InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "recognitionDocument.invalid")
        .hasMessageContaining("unknown member 'extra'")
        .hasMessageContaining("rules[0].kind")
        .hasMessageContaining("exactly one of hours and minutes")
        .hasMessageContaining("rules[0].name");
  }
}
