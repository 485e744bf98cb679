package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.CandidatePool;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.NeedId;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.OfferStatus;
import org.tatawwu.incident.Wave;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Declines by volunteers pre-qualified for another need, and acceptances that leave other shifts
 * open to them, are re-planned in the seat plan (the leaver's row swapped for one with their
 * remaining pairs), not by rebuilding it: the plan is built once, by the first wave, and the
 * candidate lists are read only then.
 */
class ReplanWithoutRebuildTest {
  static final int NEEDS = 20;
  static final int SEATS = 30;
  static final int VOLUNTEERS = 6_000;

  @Test
  void a_thousand_declines_by_volunteers_with_other_needs_cause_no_rebuild() {
    List<Need> needs = new ArrayList<>();
    for (int n = 0; n < NEEDS; n++) {
      // Two shifts a day, on the need's own day: needs of different days never overlap.
      needs.add(
          Flood.need(
              "N" + n,
              n + 1,
              Flood.role("r" + n, CredentialDemand.NONE, false),
              new int[] {n % 10, 6, 6, SEATS},
              new int[] {n % 10, 14, 6, SEATS}));
    }
    Map<NeedId, List<VolunteerId>> listed = new HashMap<>();
    Map<VolunteerId, Set<NeedId>> qualified = new HashMap<>();
    Map<VolunteerId, Volunteer> volunteers = new HashMap<>();
    for (int i = 0; i < VOLUNTEERS; i++) {
      Volunteer v = Flood.volunteer(i).build();
      volunteers.put(v.id(), v);
      int a = i % NEEDS;
      int b = (a + 1 + (i / NEEDS) % (NEEDS - 1)) % NEEDS;
      listed.computeIfAbsent(needs.get(a).id(), k -> new ArrayList<>()).add(v.id());
      listed.computeIfAbsent(needs.get(b).id(), k -> new ArrayList<>()).add(v.id());
      qualified.put(v.id(), Set.of(needs.get(a).id(), needs.get(b).id()));
    }
    int[] listsRead = {0};
    CandidatePool pool =
        new CandidatePool() {
          @Override
          public Collection<VolunteerId> candidates(Need need) {
            listsRead[0]++;
            return listed.getOrDefault(need.id(), List.of());
          }

          @Override
          public boolean isCandidate(VolunteerId volunteer, Need need) {
            return qualified.getOrDefault(volunteer, Set.of()).contains(need.id());
          }

          @Override
          public Optional<Volunteer> volunteer(VolunteerId volunteer) {
            return Optional.ofNullable(volunteers.get(volunteer));
          }

          @Override
          public List<Credential> credentials(VolunteerId volunteer) {
            return List.of();
          }

          @Override
          public List<TimeRange> commitments(VolunteerId volunteer) {
            return List.of();
          }
        };
    IncidentCommand command = Flood.command(pool, ActivationSettings.DEFAULT);
    needs.forEach(n -> command.addNeed(n, Flood.DECLARED));
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    DefaultIncidentCommand inside = (DefaultIncidentCommand) command;

    Instant at = Flood.DECLARED.plusSeconds(60);
    Wave first = command.planWave(at);
    assertThat(first.offers()).hasSize(NEEDS * 2 * SEATS);
    assertThat(inside.rebuilds()).isEqualTo(1);
    assertThat(listsRead[0]).as("candidate lists read by the plan's build").isEqualTo(NEEDS);

    // 1,000 of the 1,200 offered decline; each is listed for one more need.
    List<Offer> offered = first.offers();
    for (int i = 0; i < 1_000; i++) {
      Offer o = offered.get(i);
      command.answer(o.id(), Answer.DECLINE, at.plusSeconds(60));
    }
    Wave second = command.planWave(at.plusSeconds(120));
    assertThat(inside.rebuilds()).as("plans built").isEqualTo(1);
    assertThat(second.offers()).as("every declined seat offered again").hasSize(1_000);

    // The other 200 accept: each still may take shifts of their other need, on another day.
    for (int i = 1_000; i < offered.size(); i++) {
      command.answer(offered.get(i).id(), Answer.ACCEPT, at.plusSeconds(180));
    }
    // Half of the second wave declines.
    for (int i = 0; i < second.offers().size(); i += 2) {
      command.answer(second.offers().get(i).id(), Answer.DECLINE, at.plusSeconds(180));
    }
    Wave third = command.planWave(at.plusSeconds(240));
    assertThat(inside.rebuilds()).as("plans built").isEqualTo(1);
    assertThat(third.offers()).hasSize(500);
    assertThat(listsRead[0])
        .as("re-planned waves and acceptances ask isCandidate, not for the lists")
        .isEqualTo(NEEDS);
    assertThat(command.offers().stream().filter(o -> o.status() == OfferStatus.ACCEPTED))
        .hasSize(200);
  }
}
