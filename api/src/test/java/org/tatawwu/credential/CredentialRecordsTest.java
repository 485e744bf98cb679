package org.tatawwu.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.text.BilingualText;
import org.tatawwu.volunteer.BackgroundCheck;
import org.tatawwu.volunteer.VolunteerId;

class CredentialRecordsTest {
  static final Instant T = Instant.parse("2025-01-10T08:00:00Z");
  static final LocalDate ISSUED = LocalDate.of(2025, 1, 1);
  static final CredentialType FIRST_AID =
      new CredentialType(
          CredentialTypeId.of("first-aid"),
          BilingualText.of("إسعافات أولية", "First aid"),
          "SRCA",
          Optional.of(Period.ofYears(2)),
          VerificationLevel.LEVEL_2);

  static Credential.Builder credential() {
    return Credential.builder()
        .id(CredentialId.of("C-1"))
        .volunteer(VolunteerId.of("V-1"))
        .type(FIRST_AID)
        .evidence(Evidence.of("card", "SRCA-123"))
        .issuedOn(ISSUED)
        .expiresOn(LocalDate.of(2026, 12, 31))
        .status(CredentialStatus.VERIFIED)
        .verification(new Verification("officer-1", T));
  }

  @Test
  void a_type_lasts_its_validity_counted_from_the_day_of_issue() {
    // Two years from 1 January 2025 reach 1 January 2027, so the last valid day is the day
    // before; two years from 29 February 2024 reach 28 February 2026 (no 29th), last day the 27th.
    assertThat(FIRST_AID.lastValidDay(ISSUED)).contains(LocalDate.of(2026, 12, 31));
    assertThat(FIRST_AID.lastValidDay(LocalDate.of(2024, 2, 29)))
        .contains(LocalDate.of(2026, 2, 27));
    CredentialType forever =
        new CredentialType(
            CredentialTypeId.of("degree"),
            BilingualText.of("شهادة", "Degree"),
            "MOE",
            Optional.empty(),
            VerificationLevel.LEVEL_1);
    assertThat(forever.lastValidDay(ISSUED)).isEmpty();
    for (Period p : List.of(Period.ZERO, Period.ofDays(-1))) {
      assertThatThrownBy(
              () ->
                  new CredentialType(
                      CredentialTypeId.of("x"),
                      BilingualText.of("س", "x"),
                      "MOE",
                      Optional.of(p),
                      VerificationLevel.LEVEL_1))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(
            new CredentialType(
                    CredentialTypeId.of("x"),
                    BilingualText.of("س", "x"),
                    "MOE",
                    Optional.of(Period.ofDays(1)),
                    VerificationLevel.LEVEL_1)
                .lastValidDay(ISSUED))
        .contains(ISSUED);
  }

  @Test
  void a_verified_credential_is_valid_from_issue_to_expiry_inclusive() {
    Credential c = credential().build();
    assertThat(c.isValidOn(ISSUED.minusDays(1))).isFalse();
    assertThat(c.isValidOn(ISSUED)).isTrue();
    assertThat(c.isValidOn(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(c.isValidOn(LocalDate.of(2027, 1, 1))).isFalse();
    Credential open = credential().expiresOn(Optional.empty()).build();
    assertThat(open.isValidOn(LocalDate.of(2090, 1, 1))).isTrue();
    Credential revoked = c.withStatus(CredentialStatus.REVOKED, c.verification());
    assertThat(revoked.isValidOn(ISSUED)).isFalse();
    assertThat(revoked.status()).isEqualTo(CredentialStatus.REVOKED);
    assertThat(revoked.id()).isEqualTo(c.id());
    assertThat(revoked.expiresOn()).isEqualTo(c.expiresOn());
    Credential claimed =
        credential().status(CredentialStatus.CLAIMED).verification(Optional.empty()).build();
    assertThat(claimed.isValidOn(ISSUED)).isFalse();
  }

  @Test
  void a_credential_is_verified_exactly_when_it_carries_a_verification() {
    assertThatThrownBy(() -> credential().verification(Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                credential()
                    .status(CredentialStatus.REVOKED)
                    .verification(Optional.empty())
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> credential().status(CredentialStatus.CLAIMED).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> credential().status(CredentialStatus.REJECTED).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            credential()
                .status(CredentialStatus.REJECTED)
                .verification(Optional.empty())
                .build()
                .status())
        .isEqualTo(CredentialStatus.REJECTED);
    assertThatThrownBy(() -> credential().expiresOn(ISSUED.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(credential().expiresOn(ISSUED).build().isValidOn(ISSUED)).isTrue();
  }

  @Test
  void to_string_names_the_credential_not_its_evidence() {
    assertThat(credential().build().toString())
        .isEqualTo("Credential[id=C-1, volunteer=V-1, type=first-aid, status=VERIFIED]")
        .doesNotContain("SRCA-123");
  }

  @Test
  void statuses_move_forward_only() {
    assertThat(CredentialStatus.CLAIMED.next())
        .isEqualTo(EnumSet.of(CredentialStatus.VERIFIED, CredentialStatus.REJECTED));
    assertThat(CredentialStatus.VERIFIED.next()).containsExactly(CredentialStatus.REVOKED);
    assertThat(CredentialStatus.REJECTED.next()).isEmpty();
    assertThat(CredentialStatus.REVOKED.next()).isEmpty();
    assertThat(BackgroundCheckState.REQUESTED.next())
        .containsExactly(BackgroundCheckState.CONSENTED);
    assertThat(BackgroundCheckState.CONSENTED.next())
        .containsExactly(BackgroundCheckState.IN_PROGRESS);
    assertThat(BackgroundCheckState.IN_PROGRESS.next())
        .isEqualTo(EnumSet.of(BackgroundCheckState.CLEARED, BackgroundCheckState.FLAGGED));
    assertThat(BackgroundCheckState.CLEARED.next()).containsExactly(BackgroundCheckState.EXPIRED);
    assertThat(BackgroundCheckState.FLAGGED.next()).isEmpty();
    assertThat(BackgroundCheckState.EXPIRED.next()).isEmpty();
  }

  static BackgroundCheckCase.Step step(BackgroundCheckState s, int day) {
    return new BackgroundCheckCase.Step(s, T.plusSeconds(86_400L * day));
  }

  static BackgroundCheckCase.Builder check(BackgroundCheckState... states) {
    List<BackgroundCheckCase.Step> history = new java.util.ArrayList<>();
    for (int i = 0; i < states.length; i++) {
      history.add(step(states[i], i));
    }
    return BackgroundCheckCase.builder()
        .id(BackgroundCheckId.of("B-1"))
        .volunteer(VolunteerId.of("V-1"))
        .state(states[states.length - 1])
        .history(history);
  }

  static final FlagReason REASON =
      new FlagReason("record", BilingualText.of("سجل", "A record was found"));

  @Test
  void a_check_is_read_as_the_volunteers_background_check_on_a_day() {
    LocalDate day = LocalDate.of(2025, 2, 1);
    LocalDate until = LocalDate.of(2026, 1, 31);
    for (BackgroundCheckState pending :
        List.of(
            BackgroundCheckState.REQUESTED,
            BackgroundCheckState.CONSENTED,
            BackgroundCheckState.IN_PROGRESS)) {
      assertThat(check(pending).build().asBackgroundCheck(day))
          .isEqualTo(new BackgroundCheck(BackgroundCheck.Status.PENDING, day));
    }
    BackgroundCheckCase cleared =
        check(BackgroundCheckState.REQUESTED, BackgroundCheckState.CLEARED)
            .validUntil(until)
            .build();
    assertThat(cleared.asBackgroundCheck(day))
        .isEqualTo(new BackgroundCheck(BackgroundCheck.Status.CLEARED, until));
    assertThat(cleared.since()).isEqualTo(T.plusSeconds(86_400));
    assertThat(
            check(BackgroundCheckState.CLEARED, BackgroundCheckState.EXPIRED)
                .validUntil(until)
                .build()
                .asBackgroundCheck(day))
        .isEqualTo(new BackgroundCheck(BackgroundCheck.Status.CLEARED, until));
    assertThat(check(BackgroundCheckState.FLAGGED).reason(REASON).build().asBackgroundCheck(day))
        .isEqualTo(new BackgroundCheck(BackgroundCheck.Status.REJECTED, day));
  }

  @Test
  void a_checks_history_ends_in_its_state_and_only_a_flagged_check_has_a_reason() {
    assertThatThrownBy(
            () ->
                check(BackgroundCheckState.REQUESTED).state(BackgroundCheckState.CONSENTED).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> check(BackgroundCheckState.REQUESTED).history(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> check(BackgroundCheckState.FLAGGED).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> check(BackgroundCheckState.REQUESTED).reason(REASON).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> check(BackgroundCheckState.CLEARED).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> check(BackgroundCheckState.EXPIRED).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(check(BackgroundCheckState.IN_PROGRESS).build().validUntil()).isEmpty();
  }

  @Test
  void printed_without_the_reason_or_its_statement() {
    assertThat(check(BackgroundCheckState.FLAGGED).reason(REASON).build().toString())
        .isEqualTo("BackgroundCheckCase[id=B-1, volunteer=V-1, state=FLAGGED]");
    assertThat(REASON.toString()).isEqualTo("FlagReason[record]");
    assertThat(new BackgroundCheck(BackgroundCheck.Status.CLEARED, ISSUED).toString())
        .isEqualTo("BackgroundCheck[redacted]");
  }

  @Test
  void a_cleared_background_check_holds_to_its_last_day() {
    BackgroundCheck b = new BackgroundCheck(BackgroundCheck.Status.CLEARED, ISSUED);
    assertThat(b.isClearOn(ISSUED.minusDays(30))).isTrue();
    assertThat(b.isClearOn(ISSUED)).isTrue();
    assertThat(b.isClearOn(ISSUED.plusDays(1))).isFalse();
    assertThat(new BackgroundCheck(BackgroundCheck.Status.PENDING, ISSUED).isClearOn(ISSUED))
        .isFalse();
  }
}
