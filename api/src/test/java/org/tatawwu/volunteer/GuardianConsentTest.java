package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuardianConsentTest {
  static final Instant AT = Instant.parse("2025-01-01T08:00:00Z");
  static final NationalId GUARDIAN = NationalId.parse("1000000008");

  @Test
  void covers_days_up_to_its_last_only_when_the_charter_is_signed() {
    LocalDate until = LocalDate.of(2025, 6, 30);
    GuardianConsent c = new GuardianConsent(GUARDIAN, AT, true, Optional.of(until));
    assertThat(c.coversDay(until)).isTrue();
    assertThat(c.coversDay(until.plusDays(1))).isFalse();
    assertThat(
            new GuardianConsent(GUARDIAN, AT, true, Optional.empty()).coversDay(until.plusYears(5)))
        .isTrue();
    assertThat(new GuardianConsent(GUARDIAN, AT, false, Optional.empty()).coversDay(until))
        .isFalse();
    assertThat(new GuardianConsent(GUARDIAN, AT, false, Optional.of(until)).coversDay(until))
        .isFalse();
  }

  @Test
  void prints_neither_the_guardian_nor_the_last_day() {
    assertThat(
            new GuardianConsent(GUARDIAN, AT, true, Optional.of(LocalDate.of(2025, 6, 30)))
                .toString())
        .isEqualTo(
            "GuardianConsent[guardian=redacted, recordedAt=2025-01-01T08:00:00Z,"
                + " charterSigned=true, validUntil=redacted]");
  }
}
