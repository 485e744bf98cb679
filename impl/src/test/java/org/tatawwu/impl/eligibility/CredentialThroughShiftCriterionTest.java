package org.tatawwu.impl.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.credential.CredentialId;
import org.tatawwu.credential.CredentialStatus;
import org.tatawwu.credential.CredentialType;
import org.tatawwu.credential.CredentialTypeId;
import org.tatawwu.credential.Evidence;
import org.tatawwu.credential.Verification;
import org.tatawwu.credential.VerificationLevel;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.Verdict;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.TimeRange;

/**
 * The {@code credentials} criterion asks for a credential valid on every local day the shift
 * touches. The expected verdicts are worked out by hand from the shift's local start and end in
 * Riyadh (UTC+3, no daylight saving) and the credential's last valid day.
 */
class CredentialThroughShiftCriterionTest {
  static final CredentialTypeId EMT = CredentialTypeId.of("emt");
  static final CredentialType EMT_TYPE =
      new CredentialType(
          EMT,
          BilingualText.of("فني طوارئ", "EMT"),
          "scfhs",
          Optional.empty(),
          VerificationLevel.LEVEL_3);
  static final EligibilityEngine ENGINE = Tatawwu.eligibility(EligibilityPolicy.DEFAULT);

  static Credential emt(LocalDate issuedOn, LocalDate lastValidDay) {
    return Credential.builder()
        .id(CredentialId.of("C1"))
        .volunteer(Scenario.volunteer().build().id())
        .type(EMT_TYPE)
        .evidence(Evidence.of("licence", "ref-1"))
        .issuedOn(issuedOn)
        .expiresOn(lastValidDay)
        .status(CredentialStatus.VERIFIED)
        .verification(new Verification("verifier", Scenario.ASKED))
        .build();
  }

  /** The verdict for a shift from {@code start} to {@code end}, local Riyadh date-times. */
  static Verdict verdict(EligibilityEngine engine, String start, String end, Credential held) {
    return engine.evaluate(query(Scenario.RIYADH, start, end, held));
  }

  static EligibilityQuery query(ZoneId zone, String start, String end, Credential held) {
    Shift shift =
        new Shift(
            ShiftId.of("S1"),
            TimeRange.of(
                java.time.LocalDateTime.parse(start).atZone(zone).toInstant(),
                java.time.LocalDateTime.parse(end).atZone(zone).toInstant()),
            10);
    Opportunity o = Scenario.opportunity().zone(zone).shifts(List.of(shift)).build();
    return Scenario.query(Scenario.volunteer().build(), o)
        .withCredentials(CredentialDemand.of(EMT), List.of(held));
  }

  static final LocalDate ISSUED = LocalDate.of(2024, 3, 10);
  static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);

  @Test
  void a_shift_ending_exactly_at_midnight_needs_only_its_first_day() {
    Verdict v = verdict(ENGINE, "2025-03-10T20:00", "2025-03-11T00:00", emt(ISSUED, MARCH_10));
    assertThat(v.codes()).doesNotContain("credential.expired");
  }

  @Test
  void a_shift_ending_one_minute_after_midnight_needs_the_next_day_too() {
    Verdict v = verdict(ENGINE, "2025-03-10T20:00", "2025-03-11T00:01", emt(ISSUED, MARCH_10));
    assertThat(v.codes()).contains("credential.expired");
    assertThat(v.unmet())
        .filteredOn(u -> u.code().equals("credential.expired"))
        .singleElement()
        .satisfies(
            u ->
                assertThat(u.arguments())
                    .containsEntry("type", "emt")
                    .containsEntry("expiredOn", LocalDate.of(2025, 3, 11)));
    // valid through the 11th, it covers the shift
    assertThat(
            verdict(
                    ENGINE,
                    "2025-03-10T20:00",
                    "2025-03-11T00:01",
                    emt(ISSUED, MARCH_10.plusDays(1)))
                .codes())
        .doesNotContain("credential.expired");
  }

  @Test
  void a_night_shift_from_the_last_valid_day_into_the_next_is_refused() {
    // the outside tester's case: 20:00 to 04:00, the credential's last valid day the first day
    Verdict v = verdict(ENGINE, "2025-03-10T20:00", "2025-03-11T04:00", emt(ISSUED, MARCH_10));
    assertThat(v.codes()).contains("credential.expired");
  }

  @Test
  void a_48_hour_shift_needs_the_credential_through_its_third_day() {
    // 10 March 08:00 to 12 March 08:00 touches the 10th, 11th and 12th
    String start = "2025-03-10T08:00";
    String end = "2025-03-12T08:00";
    assertThat(verdict(ENGINE, start, end, emt(ISSUED, MARCH_10)).codes())
        .contains("credential.expired");
    assertThat(verdict(ENGINE, start, end, emt(ISSUED, MARCH_10.plusDays(1))).codes())
        .contains("credential.expired");
    assertThat(verdict(ENGINE, start, end, emt(ISSUED, MARCH_10.plusDays(2))).codes())
        .doesNotContain("credential.expired");
    // issued on the first day counts; issued on the second day does not cover the first
    assertThat(verdict(ENGINE, start, end, emt(MARCH_10, MARCH_10.plusDays(2))).codes())
        .doesNotContain("credential.expired", "credential.notYetIssued");
    assertThat(verdict(ENGINE, start, end, emt(MARCH_10.plusDays(1), MARCH_10.plusDays(2))).codes())
        .contains("credential.notYetIssued");
  }

  @Test
  void grace_days_count_back_from_the_shift_s_last_day() {
    EligibilityEngine grace =
        Tatawwu.eligibility(
            EligibilityPolicy.DEFAULT.with("credentials", Map.of("graceDays", "2")));
    String start = "2025-03-10T08:00";
    String end = "2025-03-12T08:00";
    // last day the 12th; 2 grace days accept a credential last valid on the 10th, not the 9th
    assertThat(verdict(grace, start, end, emt(ISSUED, MARCH_10)).codes())
        .doesNotContain("credential.expired");
    assertThat(verdict(grace, start, end, emt(ISSUED, MARCH_10.minusDays(1))).codes())
        .contains("credential.expired");
  }

  @Test
  void the_last_day_is_taken_in_the_opportunity_s_zone() {
    // 22:00 to 02:00 in Riyadh is 19:00 to 23:00 UTC on the 10th: in UTC one day, in Riyadh two.
    assertThat(
            ENGINE
                .evaluate(
                    query(
                        Scenario.RIYADH,
                        "2025-03-10T22:00",
                        "2025-03-11T02:00",
                        emt(ISSUED, MARCH_10)))
                .codes())
        .contains("credential.expired");
    // In Havana, 9 March 2025 starts at 01:00 (the clocks skip from 00:00 to 01:00): a shift
    // ending at the start of that day does not touch it; one ending a minute later does.
    ZoneId havana = ZoneId.of("America/Havana");
    LocalDate march8 = LocalDate.of(2025, 3, 8);
    assertThat(LocalDate.of(2025, 3, 9).atStartOfDay(havana).toLocalTime())
        .isEqualTo(java.time.LocalTime.of(1, 0));
    assertThat(
            ENGINE
                .evaluate(
                    query(havana, "2025-03-08T20:00", "2025-03-09T01:00", emt(ISSUED, march8)))
                .codes())
        .doesNotContain("credential.expired");
    assertThat(
            ENGINE
                .evaluate(
                    query(havana, "2025-03-08T20:00", "2025-03-09T01:01", emt(ISSUED, march8)))
                .codes())
        .contains("credential.expired");
  }
}
