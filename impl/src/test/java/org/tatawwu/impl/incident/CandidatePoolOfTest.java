package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.incident.CandidatePool;
import org.tatawwu.incident.Need;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/** {@link CandidatePool#of}: every volunteer, once, in order, for every need. */
class CandidatePoolOfTest {
  final Need need =
      Flood.need("N1", 1, Flood.role("r1", CredentialDemand.NONE, false), new int[] {0, 6, 6, 2});
  final Volunteer first = Flood.volunteer(1).build();
  final Volunteer second = Flood.volunteer(2).build();

  @Test
  void lists_each_volunteer_once_in_the_order_given() {
    CandidatePool pool = CandidatePool.of(List.of(second, first, second), Map.of());
    assertThat(pool.candidates(need)).containsExactly(second.id(), first.id());
  }

  @Test
  void answers_is_candidate_for_listed_and_unknown_volunteers() {
    CandidatePool pool = CandidatePool.of(List.of(first), Map.of());
    assertThat(pool.isCandidate(first.id(), need)).isTrue();
    assertThat(pool.isCandidate(second.id(), need)).isFalse();
    assertThat(pool.isCandidate(VolunteerId.of("nobody"), need)).isFalse();
    assertThat(pool.volunteer(second.id())).isEmpty();
    assertThat(pool.credentials(first.id())).isEmpty();
    assertThat(pool.commitments(first.id())).isEmpty();
  }
}
