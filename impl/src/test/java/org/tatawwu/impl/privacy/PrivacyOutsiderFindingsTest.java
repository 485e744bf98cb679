package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.hours.AuditRecord;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.impl.eligibility.Scenario;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRecord;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.ConsentStore;
import org.tatawwu.privacy.CopySources;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.SubjectCopy;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Consent across nodes whose clocks differ, the copy after erasure, free text kept out of strings.
 */
class PrivacyOutsiderFindingsTest {
  static final Privacy PRIVACY = Tatawwu.privacy();
  static final VolunteerId SARA = VolunteerId.of("V-100");
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void a_withdrawal_on_a_node_whose_clock_is_behind_still_stops_the_processing() {
    ConsentStore shared = PRIVACY.inMemoryConsentStore();
    TestClock behind = new TestClock(T0);
    TestClock ahead = new TestClock(T0.plusSeconds(60));
    ConsentRegister node2 = PRIVACY.consentRegister(behind, Purpose.defaults(), shared);
    ConsentRegister node1 = PRIVACY.consentRegister(ahead, Purpose.defaults(), shared);

    node2.give(SARA, Purpose.LOCATION_MATCHING, NoticeVersion.of("v1"), ConsentGiver.VOLUNTEER);
    node1.give(SARA, Purpose.LOCATION_MATCHING, NoticeVersion.of("v2"), ConsentGiver.VOLUNTEER);
    behind.advance(Duration.ofSeconds(30)); // 00:00:30 on node 2, after node 1's 00:01:00 entry
    ConsentRecord withdrawal =
        node2.withdraw(SARA, Purpose.LOCATION_MATCHING, ConsentGiver.VOLUNTEER);

    assertThat(withdrawal.at()).as("not before the entry it follows").isEqualTo(T0.plusSeconds(60));
    assertThat(withdrawal.notice()).isEqualTo(NoticeVersion.of("v2"));
    Instant anHourLater = T0.plus(Duration.ofHours(1));
    assertThat(node1.inForce(SARA, Purpose.LOCATION_MATCHING, anHourLater)).isFalse();
    assertThat(node2.inForce(SARA, Purpose.LOCATION_MATCHING, anHourLater)).isFalse();
    assertThat(
            PRIVACY
                .purposeGuard(node1)
                .decide(
                    SARA,
                    List.of(Purpose.VOLUNTEERING, Purpose.LOCATION_MATCHING),
                    java.util.Set.of(PurposeGuardTest.LOCATION),
                    anHourLater)
                .allows(PurposeGuardTest.LOCATION))
        .isFalse();
  }

  @Test
  void a_consent_given_after_the_clock_stepped_back_is_in_force() {
    TestClock clock = new TestClock(T0.plus(Duration.ofHours(2)));
    ConsentRegister register = PRIVACY.consentRegister(clock, Purpose.defaults());
    register.give(SARA, Purpose.LOCATION_MATCHING, NoticeVersion.of("v1"), ConsentGiver.VOLUNTEER);
    register.withdraw(SARA, Purpose.LOCATION_MATCHING, ConsentGiver.VOLUNTEER);
    clock.set(T0); // stepped back two hours
    ConsentRecord again =
        register.give(
            SARA, Purpose.LOCATION_MATCHING, NoticeVersion.of("v2"), ConsentGiver.VOLUNTEER);
    assertThat(again.at()).isEqualTo(T0.plus(Duration.ofHours(2)));
    assertThat(register.inForce(SARA, Purpose.LOCATION_MATCHING, again.at())).isTrue();
    assertThat(register.history(SARA))
        .extracting(ConsentRecord::action)
        .containsExactly(
            ConsentRecord.Action.GIVEN, ConsentRecord.Action.WITHDRAWN, ConsentRecord.Action.GIVEN);
  }

  @Test
  void after_erasure_the_copy_carries_no_profile_even_one_the_caller_passed_in() {
    PersonalDataVault vault =
        PRIVACY.vault(PRIVACY.inMemoryVaultStore(), CryptoShreddingTest.aes());
    vault.put(SARA, CryptoShreddingTest.SARA_DATA);
    Volunteer sara = Scenario.volunteer().id(SARA).build();
    CopySources sources = CopySources.builder().vault(vault).profiles(List.of(sara)).build();
    assertThat(PRIVACY.copy(SARA, sources, T0).profile()).contains(sara);

    vault.erase(SARA);
    SubjectCopy after = PRIVACY.copy(SARA, sources, T0);
    assertThat(after.erased()).isTrue();
    assertThat(after.profile()).isEmpty();
    assertThat(after.personalData()).isEmpty();
  }

  @Test
  void an_audit_line_never_shows_its_free_text_note() {
    AuditRecord line =
        AuditRecord.builder()
            .sequence(7)
            .at(T0)
            .actor("coordinator")
            .action("rejected")
            .entry(HourEntryId.of("H2"))
            .note(Optional.of("duplicate: Sara Al-Otaibi 0501234567"))
            .build();
    assertThat(line.toString())
        .isEqualTo(
            "AuditRecord[sequence=7, at=2026-01-01T00:00:00Z, actor=coordinator, action=rejected,"
                + " entry=H2, note=[redacted]]")
        .doesNotContain("Sara")
        .doesNotContain("0501234567");
    AuditRecord plain =
        AuditRecord.builder()
            .sequence(8)
            .at(T0)
            .actor("coordinator")
            .action("approved")
            .entry(HourEntryId.of("H2"))
            .note(Optional.empty())
            .build();
    assertThat(plain.toString()).doesNotContain("note");
  }
}
