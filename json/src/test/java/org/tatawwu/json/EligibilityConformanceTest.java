package org.tatawwu.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.CriterionSpec;
import org.tatawwu.eligibility.EligibilityPolicy;

class EligibilityConformanceTest {
  final EligibilityConformance suite = EligibilityConformance.shipped();

  @Test
  void ships_at_least_50_vectors_covering_both_verdicts() {
    assertThat(suite.vectors()).hasSizeGreaterThanOrEqualTo(50);
    assertThat(suite.vectors()).anyMatch(v -> v.expectedCodes().isEmpty());
    assertThat(suite.vectors())
        .filteredOn(v -> !v.expectedCodes().isEmpty())
        .hasSizeGreaterThan(30);
    assertThat(suite.vectors().stream().flatMap(v -> v.expectedCodes().stream()).distinct())
        .hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void every_vector_passes_through_the_json_path() {
    List<EligibilityConformance.Result> results = suite.run(Tatawwu::eligibility);
    assertThat(results)
        .allSatisfy(
            r ->
                assertThat(r.actualCodes())
                    .as(r.vector().name())
                    .isEqualTo(r.vector().expectedCodes()));
    assertThat(results).allMatch(EligibilityConformance.Result::passed);
  }

  /** The file's policies written with the Java API. */
  static Map<String, EligibilityPolicy> javaPolicies() {
    EligibilityPolicy standard = EligibilityPolicy.DEFAULT;
    EligibilityPolicy strict =
        new EligibilityPolicy("strict-hijri", 2, standard.criteria())
            .with("volunteerStatus", Map.of("requireVerified", "true"))
            .with("age", Map.of("minimumAge", "16", "calendar", "HIJRI"))
            .with("minors", Map.of("adultAge", "18", "calendar", "HIJRI"))
            .with("trainings", Map.of("graceDays", "0"))
            .with("maxConcurrent", Map.of("max", "1"));
    EligibilityPolicy ageOnly =
        new EligibilityPolicy(
            "age-only", 1, List.of(CriterionSpec.of("age", Map.of("minimumAge", "18"))));
    EligibilityPolicy credentialsOnly =
        new EligibilityPolicy(
            "credentials-only", 1, List.of(CriterionSpec.of("credentials", Map.of())));
    EligibilityPolicy credentialsGrace =
        new EligibilityPolicy(
            "credentials-grace",
            1,
            List.of(CriterionSpec.of("credentials", Map.of("graceDays", "3"))));
    EligibilityPolicy crisis = new EligibilityPolicy("crisis", 1, standard.criteria());
    return Map.of(
        "standard",
        standard,
        "strict",
        strict,
        "age-only",
        ageOnly,
        "credentials-only",
        credentialsOnly,
        "credentials-grace",
        credentialsGrace,
        "crisis",
        crisis);
  }

  @Test
  void every_vector_passes_through_the_java_api() {
    Map<String, EligibilityPolicy> java = javaPolicies();
    assertThat(suite.policies()).isEqualTo(java);
    for (EligibilityConformance.Vector v : suite.vectors()) {
      var engine =
          Tatawwu.eligibility(java.getOrDefault(v.policyName(), EligibilityPolicy.DEFAULT));
      assertThat(java).containsKey(v.policyName());
      assertThat(engine.evaluate(v.query()).codes()).as(v.name()).isEqualTo(v.expectedCodes());
    }
  }

  @Test
  void a_wrong_engine_is_caught_by_the_runner() {
    // An engine that ignores the minors criterion must fail some vectors.
    List<EligibilityConformance.Result> results =
        suite.run(
            p ->
                Tatawwu.eligibility(
                    new EligibilityPolicy(
                        p.id(),
                        p.version(),
                        p.criteria().stream().filter(c -> !c.type().equals("minors")).toList())));
    assertThat(results).filteredOn(r -> !r.passed()).hasSizeGreaterThan(5);
  }

  @Test
  void merge_patch_follows_rfc_7386() {
    Object target = Map.of("a", "b", "c", Map.of("d", "e", "f", "g"));
    java.util.Map<String, Object> patch = new java.util.HashMap<>();
    patch.put("a", "z");
    java.util.Map<String, Object> c = new java.util.HashMap<>();
    c.put("f", null);
    patch.put("c", c);
    assertThat(EligibilityConformance.mergePatch(target, patch))
        .isEqualTo(Map.of("a", "z", "c", Map.of("d", "e")));
    assertThat(
            EligibilityConformance.mergePatch(Map.of("a", List.of(1, 2)), Map.of("a", List.of(3))))
        .isEqualTo(Map.of("a", List.of(3)));
  }
}
