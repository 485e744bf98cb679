package org.tatawwu.impl.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.Criterion;
import org.tatawwu.eligibility.CriterionSpec;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.Explanation;
import org.tatawwu.eligibility.Unmet;
import org.tatawwu.eligibility.Verdict;
import org.tatawwu.spi.CriterionProvider;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerStatus;

/** A partner's own criterion plugs in through the SPI, with its own parameters and explanation. */
class CustomCriterionTest {
  /** Only volunteers whose id starts with a prefix (say, a partner's own members). */
  static final CriterionProvider MEMBERS_ONLY =
      new CriterionProvider() {
        @Override
        public String type() {
          return "membersOnly";
        }

        @Override
        public Criterion create(CriterionSpec spec) {
          String prefix =
              spec.parameter("prefix")
                  .orElseThrow(
                      () ->
                          new InvalidValueException(
                              "policy.parameter", "membersOnly needs a prefix"));
          return new Criterion() {
            @Override
            public void check(org.tatawwu.eligibility.EligibilityQuery q, List<Unmet> unmet) {
              if (!q.volunteer().id().value().startsWith(prefix)) {
                unmet.add(Unmet.of("partner.notMember", "prefix", prefix));
              }
            }

            @Override
            public Optional<Explanation> explain(Unmet u, Locale locale) {
              return u.code().equals("partner.notMember")
                  ? Optional.of(
                      "ar".equals(locale.getLanguage())
                          ? new Explanation(
                              u.code(), "هذه الفرصة لأعضاء الجمعية فقط", "انضم إلى الجمعية")
                          : new Explanation(
                              u.code(), "this opportunity is for members only", "join the society"))
                  : Optional.empty();
            }
          };
        }
      };

  @Test
  void a_custom_criterion_joins_the_built_in_ones() {
    EligibilityPolicy policy =
        EligibilityPolicy.DEFAULT.with("membersOnly", Map.of("prefix", "M-"));
    EligibilityEngine engine = Tatawwu.eligibility(policy, List.of(MEMBERS_ONLY));
    Verdict member =
        engine.evaluate(
            Scenario.query(
                Scenario.volunteer().id(org.tatawwu.volunteer.VolunteerId.of("M-1")).build()));
    assertThat(member.isEligible()).isTrue();
    Verdict outsider =
        engine.evaluate(
            Scenario.query(Scenario.volunteer().status(VolunteerStatus.SUSPENDED).build()));
    assertThat(outsider.codes()).containsExactly("partner.notMember", "volunteer.suspended");
    assertThat(engine.explain(outsider, Locale.ENGLISH))
        .extracting(Explanation::message)
        .containsExactly(
            "your volunteer account is suspended", "this opportunity is for members only");
    assertThat(engine.explain(outsider, Locale.forLanguageTag("ar")).get(1).remedy())
        .isEqualTo("انضم إلى الجمعية");
  }

  @Test
  void a_custom_type_cannot_shadow_a_built_in_one_and_its_parameters_are_checked() {
    CriterionProvider shadow =
        new CriterionProvider() {
          @Override
          public String type() {
            return "age";
          }

          @Override
          public Criterion create(CriterionSpec spec) {
            return (q, unmet) -> {};
          }
        };
    assertThatThrownBy(() -> Tatawwu.eligibility(EligibilityPolicy.DEFAULT, List.of(shadow)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("built-in");
    assertThatThrownBy(
            () ->
                Tatawwu.eligibility(
                    EligibilityPolicy.DEFAULT.with("membersOnly", Map.of()), List.of(MEMBERS_ONLY)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("prefix");
  }
}
