package org.tatawwu.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

  @Test
  void eligible_without_unmet_criteria_and_printed_by_codes_only() {
    assertThat(Verdict.ELIGIBLE.isEligible()).isTrue();
    assertThat(Verdict.ELIGIBLE.codes()).isEmpty();
    assertThat(Verdict.ELIGIBLE.toString()).isEqualTo("Verdict[eligible]");
    Verdict v =
        new Verdict(
            List.of(
                Unmet.of("region.mismatch"),
                Unmet.of("age.belowMinimum", "adultOn", LocalDate.of(2030, 1, 1)),
                Unmet.of("region.mismatch")));
    assertThat(v.isEligible()).isFalse();
    assertThat(v.codes()).containsExactly("age.belowMinimum", "region.mismatch");
    assertThat(v.toString())
        .isEqualTo("Verdict[unmet=[region.mismatch, age.belowMinimum, region.mismatch]]")
        .doesNotContain("2030");
  }
}
