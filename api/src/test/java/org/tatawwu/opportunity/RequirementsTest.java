package org.tatawwu.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tatawwu.training.TrainingId;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.Residency;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;

class RequirementsTest {

  static String codeOf(Runnable r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e.code();
    }
    return "accepted";
  }

  @Test
  void none_asks_for_nothing_and_the_builder_starts_there() {
    Requirements none = Requirements.NONE;
    assertThat(none.minimumAge()).isZero();
    assertThat(none.minorsAllowed()).isFalse();
    assertThat(none.backgroundCheck()).isFalse();
    assertThat(none.gender()).isEmpty();
    assertThat(none.residency()).isEmpty();
    assertThat(none.languages()).isEmpty();
    assertThat(none.skills()).isEmpty();
    assertThat(none.trainings()).isEmpty();
    assertThat(Requirements.builder().build()).isEqualTo(none);
  }

  @Test
  void a_minimum_age_lies_in_zero_to_120() {
    assertThat(codeOf(() -> Requirements.NONE.withMinimumAge(0))).isEqualTo("accepted");
    assertThat(codeOf(() -> Requirements.NONE.withMinimumAge(120))).isEqualTo("accepted");
    assertThat(codeOf(() -> Requirements.NONE.withMinimumAge(-1)))
        .isEqualTo("requirements.minimumAge");
    assertThat(codeOf(() -> Requirements.NONE.withMinimumAge(121)))
        .isEqualTo("requirements.minimumAge");
  }

  @Test
  void each_copy_adds_one_demand_and_keeps_the_others() {
    Requirements r =
        Requirements.NONE
            .withMinimumAge(18)
            .withMinorsAllowed(true)
            .withGender(Gender.FEMALE)
            .withResidency(Residency.CITIZEN)
            .withLanguage(LanguageCode.of("ar"))
            .withLanguage(LanguageCode.of("en"))
            .withSkill(SkillCode.of("first-aid"), SkillLevel.BASIC)
            .withSkill(SkillCode.of("driving"), SkillLevel.ADVANCED)
            .withTraining(TrainingId.of("T-1"))
            .withTraining(TrainingId.of("T-2"))
            .withBackgroundCheck(true);
    assertThat(r.minimumAge()).isEqualTo(18);
    assertThat(r.minorsAllowed()).isTrue();
    assertThat(r.gender()).contains(Gender.FEMALE);
    assertThat(r.residency()).contains(Residency.CITIZEN);
    assertThat(r.languages()).isEqualTo(Set.of(LanguageCode.of("ar"), LanguageCode.of("en")));
    assertThat(r.skills())
        .isEqualTo(
            Map.of(
                SkillCode.of("first-aid"),
                SkillLevel.BASIC,
                SkillCode.of("driving"),
                SkillLevel.ADVANCED));
    assertThat(r.trainings()).isEqualTo(Set.of(TrainingId.of("T-1"), TrainingId.of("T-2")));
    assertThat(r.backgroundCheck()).isTrue();
    Requirements s = r.withMinimumAge(21).withMinorsAllowed(false).withBackgroundCheck(false);
    assertThat(s.minimumAge()).isEqualTo(21);
    assertThat(s.minorsAllowed()).isFalse();
    assertThat(s.backgroundCheck()).isFalse();
    assertThat(s.gender()).isEqualTo(r.gender());
    assertThat(s.residency()).isEqualTo(r.residency());
    assertThat(s.languages()).isEqualTo(r.languages());
    assertThat(s.skills()).isEqualTo(r.skills());
    assertThat(s.trainings()).isEqualTo(r.trainings());
    assertThat(r.withGender(Gender.MALE).trainings()).isEqualTo(r.trainings());
    assertThat(r.withResidency(Residency.CITIZEN).minimumAge()).isEqualTo(18);
    assertThat(
            r.withSkill(SkillCode.of("driving"), SkillLevel.EXPERT)
                .skills()
                .get(SkillCode.of("driving")))
        .isEqualTo(SkillLevel.EXPERT);
    assertThat(
            Requirements.builder()
                .minimumAge(18)
                .build()
                .equals(Requirements.NONE.withMinimumAge(18)))
        .isTrue();
    assertThat(Requirements.NONE.withGender(Gender.MALE).gender())
        .isEqualTo(Optional.of(Gender.MALE));
  }
}
