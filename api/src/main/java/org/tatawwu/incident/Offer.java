package org.tatawwu.incident;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A call-out offer: one seat of one shift offered to one volunteer in a wave, with the time by
 * which to answer. The command produces offers; delivering them (SMS, app, call) is the caller's.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the offer's identifier, not null
 * @param volunteer who is asked, not null
 * @param slot the need and shift offered, not null
 * @param wave the wave that made it, 1 or more; 0 for a team's direct enrolment
 * @param sentAt when the wave was planned, not null
 * @param dueAt the time by which to answer, after {@code sentAt}
 * @param status where it stands, not null
 * @param decidedAt when it left {@link OfferStatus#PENDING} (and, for a release or drop-out, when
 *     that happened); empty while pending
 */
public record Offer(
    OfferId id,
    VolunteerId volunteer,
    Slot slot,
    int wave,
    Instant sentAt,
    Instant dueAt,
    OfferStatus status,
    Optional<Instant> decidedAt) {
  /**
   * Checks the components.
   *
   * @param id the offer's identifier, not null
   * @param volunteer who is asked, not null
   * @param slot the need and shift offered, not null
   * @param wave the wave that made it, 1 or more; 0 for a team's direct enrolment
   * @param sentAt when the wave was planned, not null
   * @param dueAt the time by which to answer, after {@code sentAt}
   * @param status where it stands, not null
   * @param decidedAt when it left {@link OfferStatus#PENDING} (and, for a release or drop-out, when
   *     that happened); empty while pending
   */
  public Offer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(slot, "slot");
    if (wave < 0) {
      throw new IllegalArgumentException("waves are numbered from 1, 0 for a direct enrolment");
    }
    if (!dueAt.isAfter(sentAt)) {
      throw new IllegalArgumentException("an offer is due after it is sent");
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(decidedAt, "decidedAt");
    if ((status == OfferStatus.PENDING) == decidedAt.isPresent()) {
      throw new IllegalArgumentException("an offer has a decision time exactly when decided");
    }
  }

  /**
   * Returns a copy in another status.
   *
   * @param next the status, not null
   * @param at when, not null
   * @return the changed copy
   */
  public Offer withStatus(OfferStatus next, Instant at) {
    return new Offer(id, volunteer, slot, wave, sentAt, dueAt, next, Optional.of(at));
  }
}
