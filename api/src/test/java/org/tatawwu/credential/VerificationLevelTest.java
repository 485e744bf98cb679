package org.tatawwu.credential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerificationLevelTest {

  @Test
  void a_lower_number_is_a_stronger_verification_and_meets_every_weaker_demand() {
    assertThat(VerificationLevel.LEVEL_1.number()).isEqualTo(1);
    assertThat(VerificationLevel.LEVEL_4.number()).isEqualTo(4);
    assertThat(VerificationLevel.LEVEL_1.meets(VerificationLevel.LEVEL_3)).isTrue();
    assertThat(VerificationLevel.LEVEL_2.meets(VerificationLevel.LEVEL_2)).isTrue();
    assertThat(VerificationLevel.LEVEL_3.meets(VerificationLevel.LEVEL_2)).isFalse();
    assertThat(VerificationLevel.LEVEL_4.meets(VerificationLevel.LEVEL_1)).isFalse();
  }
}
