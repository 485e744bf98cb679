package org.tatawwu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.InvalidValueException;

class TrainingValidityTest {
  static final LocalDate DONE = LocalDate.of(2025, 1, 10);

  @Test
  void a_completion_holds_from_its_day_until_the_day_before_expiry() {
    TrainingCompletion c =
        new TrainingCompletion(TrainingId.of("T-1"), DONE, Optional.of(LocalDate.of(2026, 1, 10)));
    assertThat(c.isValidOn(DONE.minusDays(1))).isFalse();
    assertThat(c.isValidOn(DONE)).isTrue();
    assertThat(c.isValidOn(LocalDate.of(2026, 1, 9))).isTrue();
    assertThat(c.isValidOn(LocalDate.of(2026, 1, 10))).isFalse();
    TrainingCompletion forever =
        new TrainingCompletion(TrainingId.of("T-1"), DONE, Optional.empty());
    assertThat(forever.isValidOn(LocalDate.of(2090, 1, 1))).isTrue();
    assertThat(forever.isValidOn(DONE.minusDays(1))).isFalse();
  }

  @Test
  void a_completion_expires_after_the_day_it_was_completed() {
    assertThatThrownBy(() -> new TrainingCompletion(TrainingId.of("T-1"), DONE, Optional.of(DONE)))
        .isInstanceOf(InvalidValueException.class);
    assertThat(
            new TrainingCompletion(TrainingId.of("T-1"), DONE, Optional.of(DONE.plusDays(1)))
                .isValidOn(DONE))
        .isTrue();
  }

  @Test
  void a_programme_dates_each_completion_by_its_validity() {
    TrainingProgramme p =
        new TrainingProgramme(
            TrainingId.of("T-1"),
            BilingualText.of("إسعاف", "First aid"),
            TrainingAudience.VOLUNTEERS,
            Optional.of(Period.ofYears(1)));
    assertThat(p.completedOn(DONE))
        .isEqualTo(
            new TrainingCompletion(
                TrainingId.of("T-1"), DONE, Optional.of(LocalDate.of(2026, 1, 10))));
    TrainingProgramme open =
        new TrainingProgramme(
            TrainingId.of("T-2"),
            BilingualText.of("توجيه", "Induction"),
            TrainingAudience.VOLUNTEERS,
            Optional.empty());
    assertThat(open.completedOn(DONE).expiresOn()).isEmpty();
    for (Period bad : new Period[] {Period.ZERO, Period.ofDays(-1)}) {
      assertThatThrownBy(
              () ->
                  new TrainingProgramme(
                      TrainingId.of("T-3"),
                      BilingualText.of("س", "x"),
                      TrainingAudience.VOLUNTEERS,
                      Optional.of(bad)))
          .isInstanceOf(InvalidValueException.class);
    }
  }
}
