package org.tatawwu.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

class ShiftRosterLimitsTest {
  static final VolunteerId A = VolunteerId.of("a");
  static final VolunteerId B = VolunteerId.of("b");
  static final VolunteerId C = VolunteerId.of("c");

  @Test
  void a_roster_has_a_seat_or_more_and_a_waitlist_of_zero_or_more() {
    assertThat(ShiftRoster.empty(1, 0).freeSeats()).isEqualTo(1);
    assertThatThrownBy(() -> ShiftRoster.empty(0, 0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ShiftRoster.empty(1, -1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void a_withdrawal_frees_only_that_seat_and_seats_the_first_in_line() {
    ShiftRoster r = ShiftRoster.empty(2, 1).apply(A).apply(B).apply(C);
    assertThat(r.accepted()).containsExactly(A, B);
    assertThat(r.waitlist()).containsExactly(C);
    ShiftRoster after = r.withdraw(A);
    assertThat(after.accepted()).containsExactly(B, C);
    assertThat(after.waitlist()).isEmpty();
    ShiftRoster noQueue = ShiftRoster.empty(2, 0).apply(A).apply(B).withdraw(B);
    assertThat(noQueue.accepted()).containsExactly(A);
    ShiftRoster leftQueue = r.withdraw(C);
    assertThat(leftQueue.accepted()).containsExactly(A, B);
    assertThat(leftQueue.waitlist()).isEmpty();
  }
}
