package org.tatawwu.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tatawwu.volunteer.VolunteerId;

class EnrollmentTest {
  static final VolunteerId A = VolunteerId.of("a");
  static final VolunteerId B = VolunteerId.of("b");
  static final VolunteerId C = VolunteerId.of("c");
  static final VolunteerId D = VolunteerId.of("d");

  @Test
  void accepts_until_full_then_waitlists_then_turns_away() {
    ShiftRoster r = ShiftRoster.empty(2, 1).apply(A).apply(B).apply(C).apply(D);
    assertThat(r.accepted()).containsExactly(A, B);
    assertThat(r.waitlist()).containsExactly(C);
    assertThat(r.statusOf(D)).isEqualTo(EnrollmentStatus.APPLIED);
    assertThat(r.freeSeats()).isZero();
  }

  @Test
  void a_withdrawal_gives_the_seat_to_the_first_on_the_waitlist() {
    ShiftRoster r = ShiftRoster.empty(1, 2).apply(A).apply(B).apply(C).withdraw(A);
    assertThat(r.accepted()).containsExactly(B);
    assertThat(r.waitlist()).containsExactly(C);
    assertThat(r.withdraw(C).waitlist()).isEmpty();
    assertThat(r.withdraw(D)).isEqualTo(r);
  }

  @Test
  void applying_twice_changes_nothing() {
    ShiftRoster r = ShiftRoster.empty(1, 1).apply(A).apply(B);
    assertThat(r.apply(A)).isEqualTo(r);
    assertThat(r.apply(B)).isEqualTo(r);
  }

  @Test
  void enrollments_move_only_along_legal_transitions() {
    Instant t0 = Instant.parse("2025-03-01T08:00:00Z");
    Enrollment e =
        new Enrollment(
            A,
            OpportunityNumber.parse("12345678901"),
            ShiftId.of("s"),
            EnrollmentStatus.APPLIED,
            t0);
    Enrollment waiting = e.moveTo(EnrollmentStatus.WAITLISTED, t0.plusSeconds(1));
    Enrollment accepted = waiting.moveTo(EnrollmentStatus.ACCEPTED, t0.plusSeconds(2));
    assertThat(accepted.moveTo(EnrollmentStatus.ATTENDED, t0.plusSeconds(3)).status())
        .isEqualTo(EnrollmentStatus.ATTENDED);
    assertThatThrownBy(() -> e.moveTo(EnrollmentStatus.ATTENDED, t0))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> accepted.moveTo(EnrollmentStatus.WAITLISTED, t0.plusSeconds(9)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> waiting.moveTo(EnrollmentStatus.ACCEPTED, t0))
        .isInstanceOf(IllegalArgumentException.class);
    for (EnrollmentStatus s : EnrollmentStatus.values()) {
      assertThat(s.canMoveTo(EnrollmentStatus.APPLIED)).isFalse();
    }
  }
}
