package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.credential.CredentialId;
import org.tatawwu.credential.CredentialStatus;
import org.tatawwu.credential.Evidence;
import org.tatawwu.credential.Verification;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.OfferStatus;
import org.tatawwu.incident.Wave;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A role's credential must be valid for the whole shift, on offering and on acceptance: a night
 * shift from 20:00 on the flood's first day (20 November) to 04:00 on the 21st needs a credential
 * valid through the 21st. One volunteer, V00000, is the need's only candidate.
 */
class CredentialThroughShiftTest {
  static final VolunteerId V0 = VolunteerId.of("V00000");
  static final LocalDate NOV_20 = Flood.FIRST;
  static final Instant MORNING = Flood.at("2026-11-20T10:00");

  final Flood.MutablePool pool = new Flood.MutablePool();

  static Credential emt(LocalDate lastValidDay) {
    return Credential.builder()
        .id(CredentialId.of("C0"))
        .volunteer(V0)
        .type(Flood.EMT_TYPE)
        .evidence(Evidence.of("licence", "ref-0"))
        .issuedOn(NOV_20.minusYears(1))
        .expiresOn(lastValidDay)
        .status(CredentialStatus.VERIFIED)
        .verification(new Verification("verifier", Flood.DECLARED))
        .build();
  }

  /** A command with one EMT need of one seat: a shift on the 20th from 20:00 for some hours. */
  IncidentCommand command(int hours, LocalDate lastValidDay) {
    pool.add(Flood.volunteer(0).build());
    pool.credentials.put(V0, List.of(emt(lastValidDay)));
    IncidentCommand command =
        Flood.command(pool, ActivationSettings.DEFAULT.withAnswerWindow(Duration.ofDays(1)));
    Need night =
        Flood.need(
            "night",
            1,
            Flood.role("night", CredentialDemand.of(Flood.EMT), false),
            new int[] {0, 20, hours, 1});
    command.addNeed(night, Flood.DECLARED);
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    return command;
  }

  @Test
  void a_night_shift_past_the_credential_s_last_day_is_not_offered() {
    // 20:00 to 04:00, the credential's last valid day the 20th: it lapses at midnight.
    Wave wave = command(8, NOV_20).planWave(MORNING);
    assertThat(wave.offers()).isEmpty();
    assertThat(wave.openSeats()).isEqualTo(1);
  }

  @Test
  void a_shift_ending_at_midnight_is_offered_and_accepted_on_the_last_valid_day() {
    // 20:00 to 00:00 ends where the 21st begins: it does not touch the 21st.
    IncidentCommand command = command(4, NOV_20);
    Wave wave = command.planWave(MORNING);
    assertThat(wave.offers()).extracting(Offer::volunteer).containsExactly(V0);
    Offer answered =
        command.answer(wave.offers().get(0).id(), Answer.ACCEPT, Flood.at("2026-11-20T20:30"));
    assertThat(answered.status()).isEqualTo(OfferStatus.ACCEPTED);
  }

  @Test
  void a_shift_ending_an_hour_after_midnight_is_not_offered_on_the_last_valid_day() {
    assertThat(command(5, NOV_20).planWave(MORNING).offers()).isEmpty();
    // valid through the 21st, the same shift is offered
    assertThat(command(5, NOV_20.plusDays(1)).planWave(MORNING).offers())
        .extracting(Offer::volunteer)
        .containsExactly(V0);
  }

  @Test
  void a_48_hour_shift_needs_the_credential_through_its_third_day() {
    // 20th 20:00 to 22nd 20:00 touches the 20th, 21st and 22nd.
    assertThat(command(48, NOV_20.plusDays(1)).planWave(MORNING).offers()).isEmpty();
    assertThat(command(48, NOV_20.plusDays(2)).planWave(MORNING).offers()).hasSize(1);
  }

  @Test
  void an_acceptance_after_the_record_shrinks_to_the_first_day_is_refused_as_expired() {
    // Offered while the credential is valid through December; before the answer, the issuer's
    // record shows it valid only through the 20th, the shift's first day. The volunteer accepts at
    // 01:00 on the 21st, with the shift under way: the credential lapsed at midnight.
    IncidentCommand command = command(8, NOV_20.plusDays(40));
    Wave wave = command.planWave(MORNING);
    assertThat(wave.offers()).extracting(Offer::volunteer).containsExactly(V0);
    pool.credentials.put(V0, List.of(emt(NOV_20)));
    Offer answered =
        command.answer(wave.offers().get(0).id(), Answer.ACCEPT, Flood.at("2026-11-21T01:00"));
    assertThat(answered.status()).isEqualTo(OfferStatus.INELIGIBLE);
    assertThat(command.refusal(answered.id()).orElseThrow().codes())
        .containsExactly("credential.expired");
    assertThat(command.refusal(answered.id()).orElseThrow().unmet().get(0).arguments())
        .containsEntry("expiredOn", NOV_20.plusDays(1));
  }
}
