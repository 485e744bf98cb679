package org.tatawwu.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.certificate.HourCertificate;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.volunteer.BackgroundCheck;
import org.tatawwu.volunteer.GuardianConsent;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.VolunteerId;

/** Values derived from personal data stay out of every toString. */
class RedactedToStringTest {
  /** The day a volunteer born on 2008-07-23 turns 18: it reveals the birth date. */
  static final LocalDate ADULT_ON = LocalDate.of(2026, 7, 23);

  @Test
  void a_verdict_and_its_unmet_criteria_show_codes_only() {
    Verdict v =
        new Verdict(
            List.of(
                Unmet.of("age.belowMinimum", "minimumAge", 18, "eligibleFrom", ADULT_ON),
                Unmet.of("minor.guardianConsentMissing", "adultOn", ADULT_ON)));
    assertThat(v.toString())
        .isEqualTo("Verdict[unmet=[age.belowMinimum, minor.guardianConsentMissing]]");
    assertThat(v.unmet().get(1).toString()).isEqualTo("Unmet[minor.guardianConsentMissing]");
    assertThat(Verdict.ELIGIBLE.toString()).isEqualTo("Verdict[eligible]");
  }

  @Test
  void an_explanation_shows_its_code_only() {
    Explanation e =
        new Explanation("age.belowMinimum", "eligible from 2026-07-23", "wait until 2026-07-23");
    assertThat(e.toString()).isEqualTo("Explanation[age.belowMinimum]");
  }

  @Test
  void a_guardian_consent_hides_the_last_valid_day_and_a_background_check_its_result() {
    GuardianConsent c =
        new GuardianConsent(
            NationalId.parse("2123456788"), Instant.EPOCH, true, Optional.of(ADULT_ON));
    assertThat(c.toString()).doesNotContain("2026").doesNotContain("07-23").contains("redacted");
    assertThat(new BackgroundCheck(BackgroundCheck.Status.REJECTED, ADULT_ON).toString())
        .isEqualTo("BackgroundCheck[redacted]");
  }

  @Test
  void a_certificate_never_shows_the_holder() {
    HourCertificate h =
        HourCertificate.builder()
            .serial("C-9")
            .issuer("MHRSD")
            .issuedAt(Instant.parse("2026-03-01T09:00:00Z"))
            .volunteer(VolunteerId.of("V-1"))
            .holder(BilingualText.of("سارة العتيبي", "Sara Al-Otaibi"))
            .period(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)))
            .approvedMinutes(125)
            .participations(2)
            .entities(List.of())
            .typesOfWork(List.of())
            .experience(List.of())
            .build();
    assertThat(h.toString())
        .isEqualTo(
            "HourCertificate[serial=C-9, issuer=MHRSD, volunteer=V-1, period="
                + h.period()
                + ", approvedMinutes=125]")
        .doesNotContain("Sara")
        .doesNotContain("سارة");
  }
}
