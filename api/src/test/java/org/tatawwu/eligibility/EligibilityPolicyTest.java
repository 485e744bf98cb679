package org.tatawwu.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

class EligibilityPolicyTest {

  static String codeOf(Runnable r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e.code();
    }
    return "accepted";
  }

  @Test
  void the_default_checks_every_built_in_criterion_once() {
    assertThat(EligibilityPolicy.DEFAULT.criteria())
        .extracting(CriterionSpec::type)
        .containsExactlyElementsOf(EligibilityPolicy.BUILT_IN_TYPES);
    assertThat(EligibilityPolicy.BUILT_IN_TYPES).hasSize(16);
  }

  @Test
  void a_version_is_one_or_more_and_a_criterion_appears_once() {
    assertThat(codeOf(() -> new EligibilityPolicy("p", 1, List.of()))).isEqualTo("accepted");
    assertThat(codeOf(() -> new EligibilityPolicy("p", 0, List.of()))).isEqualTo("policy.version");
    assertThat(
            codeOf(
                () ->
                    new EligibilityPolicy(
                        "p", 1, List.of(CriterionSpec.of("age"), CriterionSpec.of("age")))))
        .isEqualTo("policy.duplicateCriterion");
  }

  @Test
  void with_replaces_a_criterion_in_place_or_adds_it_at_the_end() {
    EligibilityPolicy p =
        new EligibilityPolicy("p", 2, List.of(CriterionSpec.of("age"), CriterionSpec.of("region")));
    EligibilityPolicy changed = p.with("age", Map.of("minimum", "21"));
    assertThat(changed.criteria())
        .containsExactly(
            CriterionSpec.of("age", Map.of("minimum", "21")), CriterionSpec.of("region"));
    assertThat(changed.id()).isEqualTo("p");
    assertThat(changed.version()).isEqualTo(2);
    assertThat(changed.criteria().get(0).parameter("minimum")).contains("21");
    assertThat(changed.criteria().get(0).parameter("maximum")).isEmpty();
    EligibilityPolicy region = p.with("region", Map.of("only", "SA-01"));
    assertThat(region.criteria().get(1).parameters()).isEqualTo(Map.of("only", "SA-01"));
    assertThat(region.criteria().get(0)).isEqualTo(CriterionSpec.of("age"));
    EligibilityPolicy added = p.with("gender", Map.of());
    assertThat(added.criteria())
        .extracting(CriterionSpec::type)
        .containsExactly("age", "region", "gender");
  }
}
