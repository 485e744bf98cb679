package org.tatawwu.hours;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.volunteer.VolunteerId;

/**
 * One shift's roster: each volunteer's enrollment history (its statuses, each since an instant,
 * sorted by since), held without an object per enrollment: an open-addressing table of the
 * volunteers (linear probing, at most half full) beside where each one's history starts in columns
 * of seconds, nanoseconds and statuses. A look-up is one probe sequence and a scan of the
 * volunteer's few statuses; a collector has a handful of arrays to trace where a map of histories
 * holds several objects per enrollment.
 *
 * <p>Immutable once built, so safe to share between threads.
 */
final class ShiftEnrollments {
  private final @Nullable VolunteerId[] volunteers;

  /** By slot: where the volunteer's history starts in the columns. */
  private final int[] first;

  /** By slot: how many statuses the volunteer's history has. */
  private final int[] length;

  private final long[] sinceSecond;
  private final int[] sinceNano;
  private final EnrollmentStatus[] status;

  /**
   * Builds the roster from histories, each sorted by since.
   *
   * @param histories each volunteer's history on this shift, sorted by since, not null
   */
  ShiftEnrollments(List<Enrollment[]> histories) {
    int slots = Integer.highestOneBit(Math.max(histories.size(), 1) * 2 - 1) * 2;
    volunteers = new VolunteerId[slots];
    first = new int[slots];
    length = new int[slots];
    int total = 0;
    for (Enrollment[] h : histories) {
      total += h.length;
    }
    sinceSecond = new long[total];
    sinceNano = new int[total];
    status = new EnrollmentStatus[total];
    int at = 0;
    int mask = slots - 1;
    for (Enrollment[] h : histories) {
      VolunteerId v = h[0].volunteer();
      int i = spread(v.hashCode()) & mask;
      while (volunteers[i] != null) {
        i = (i + 1) & mask;
      }
      volunteers[i] = v;
      first[i] = at;
      length[i] = h.length;
      for (Enrollment e : h) {
        Instant since = e.since();
        sinceSecond[at] = since.getEpochSecond();
        sinceNano[at] = since.getNano();
        status[at] = e.status();
        at++;
      }
    }
  }

  /**
   * The volunteer's status at an instant: the last one taken at or before it.
   *
   * @param volunteer not null
   * @param at not null
   * @return the status, or null if the volunteer was not on the roster then
   */
  @SuppressWarnings("ReferenceEquality") // the same instance is the usual case: no comparison
  @Nullable EnrollmentStatus at(VolunteerId volunteer, Instant at) {
    int mask = volunteers.length - 1;
    for (int i = spread(volunteer.hashCode()) & mask; ; i = (i + 1) & mask) {
      VolunteerId v = volunteers[i];
      if (v == null) {
        return null;
      }
      if (v == volunteer || v.equals(volunteer)) {
        return statusAt(i, at.getEpochSecond(), at.getNano());
      }
    }
  }

  /**
   * The volunteers whose status at an instant is accepted or attended.
   *
   * @param at not null
   * @return the volunteers, a new mutable set
   */
  Set<VolunteerId> enrolledAt(Instant at) {
    Set<VolunteerId> out = new HashSet<>();
    long second = at.getEpochSecond();
    int nano = at.getNano();
    for (int i = 0; i < volunteers.length; i++) {
      VolunteerId v = volunteers[i];
      if (v != null) {
        EnrollmentStatus s = statusAt(i, second, nano);
        if (s == EnrollmentStatus.ACCEPTED || s == EnrollmentStatus.ATTENDED) {
          out.add(v);
        }
      }
    }
    return out;
  }

  /** The status of slot {@code i}'s history last taken at or before the instant, else null. */
  private @Nullable EnrollmentStatus statusAt(int i, long second, int nano) {
    // Sorted by since: the last one taken at or before the instant holds.
    for (int k = first[i] + length[i] - 1; k >= first[i]; k--) {
      if (sinceSecond[k] < second || (sinceSecond[k] == second && sinceNano[k] <= nano)) {
        return status[k];
      }
    }
    return null;
  }

  /** Fibonacci hashing: the multiplication carries every bit of the hash into the low bits. */
  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
