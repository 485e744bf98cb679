package org.tatawwu.opportunity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Who holds a seat in a shift and who waits, with the capacity and waitlist rules:
 *
 * <ul>
 *   <li>an applicant is accepted while seats are free, then waitlisted while the waitlist has room,
 *       then turned away;
 *   <li>when an accepted volunteer withdraws, the first on the waitlist takes the seat (first come,
 *       first served);
 *   <li>applying twice changes nothing.
 * </ul>
 *
 * <p>This class is immutable and thread-safe; each change returns a new roster. Operations are O(n)
 * in the number of people on the roster.
 *
 * @param capacity the seats, 1 or more
 * @param waitlistLimit the most people that may wait, 0 or more
 * @param accepted who holds a seat, in order of acceptance
 * @param waitlist who waits, in order of application
 */
public record ShiftRoster(
    int capacity, int waitlistLimit, List<VolunteerId> accepted, List<VolunteerId> waitlist) {

  /**
   * Checks the sizes.
   *
   * @param capacity the seats, 1 or more
   * @param waitlistLimit the most people that may wait, 0 or more
   * @param accepted who holds a seat, in order of acceptance
   * @param waitlist who waits, in order of application
   */
  public ShiftRoster {
    if (capacity < 1 || waitlistLimit < 0) {
      throw new InvalidValueException(
          "roster.limits", "a roster needs at least one seat and a waitlist limit of 0 or more");
    }
    accepted = List.copyOf(accepted);
    waitlist = List.copyOf(waitlist);
    if (accepted.size() > capacity || waitlist.size() > waitlistLimit) {
      throw new InvalidValueException("roster.limits", "a roster holds more people than it may");
    }
  }

  /**
   * Returns an empty roster.
   *
   * @param capacity the seats, 1 or more
   * @param waitlistLimit the waitlist's limit, 0 or more
   * @return the roster
   */
  public static ShiftRoster empty(int capacity, int waitlistLimit) {
    return new ShiftRoster(capacity, waitlistLimit, List.of(), List.of());
  }

  /**
   * Returns the volunteer's status on this roster.
   *
   * @param volunteer not null
   * @return {@code ACCEPTED}, {@code WAITLISTED}, or {@code APPLIED} if not on the roster
   */
  public EnrollmentStatus statusOf(VolunteerId volunteer) {
    if (accepted.contains(volunteer)) {
      return EnrollmentStatus.ACCEPTED;
    }
    return waitlist.contains(volunteer) ? EnrollmentStatus.WAITLISTED : EnrollmentStatus.APPLIED;
  }

  /**
   * Returns the number of free seats.
   *
   * @return capacity minus accepted, zero or more
   */
  public int freeSeats() {
    return capacity - accepted.size();
  }

  /**
   * Applies a volunteer to the shift.
   *
   * @param volunteer not null
   * @return the roster after the application; {@link #statusOf} tells the outcome: {@code
   *     ACCEPTED}, {@code WAITLISTED}, or {@code APPLIED} if turned away because all is full
   */
  public ShiftRoster apply(VolunteerId volunteer) {
    Objects.requireNonNull(volunteer, "volunteer");
    if (statusOf(volunteer) != EnrollmentStatus.APPLIED) {
      return this;
    }
    if (freeSeats() > 0) {
      return new ShiftRoster(capacity, waitlistLimit, plus(accepted, volunteer), waitlist);
    }
    if (waitlist.size() < waitlistLimit) {
      return new ShiftRoster(capacity, waitlistLimit, accepted, plus(waitlist, volunteer));
    }
    return this;
  }

  /**
   * Withdraws a volunteer; a freed seat goes to the first on the waitlist.
   *
   * @param volunteer not null
   * @return the roster after the withdrawal; unchanged if the volunteer was not on it
   */
  public ShiftRoster withdraw(VolunteerId volunteer) {
    if (waitlist.contains(volunteer)) {
      return new ShiftRoster(capacity, waitlistLimit, accepted, minus(waitlist, volunteer));
    }
    if (!accepted.contains(volunteer)) {
      return this;
    }
    List<VolunteerId> seated = minus(accepted, volunteer);
    List<VolunteerId> waiting = waitlist;
    if (!waiting.isEmpty()) {
      seated = plus(seated, waiting.get(0));
      waiting = waiting.subList(1, waiting.size());
    }
    return new ShiftRoster(capacity, waitlistLimit, seated, waiting);
  }

  private static List<VolunteerId> plus(List<VolunteerId> list, VolunteerId v) {
    List<VolunteerId> copy = new ArrayList<>(list.size() + 1);
    copy.addAll(list);
    copy.add(v);
    return copy;
  }

  private static List<VolunteerId> minus(List<VolunteerId> list, VolunteerId v) {
    List<VolunteerId> copy = new ArrayList<>(list);
    copy.remove(v);
    return copy;
  }
}
