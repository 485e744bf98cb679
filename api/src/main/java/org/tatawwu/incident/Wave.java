package org.tatawwu.incident;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One call-out wave: the offers planned at one instant for the seats still open.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the wave's number, 1 or more
 * @param plannedAt when it was planned, not null
 * @param offers the new offers, best-ranked first within each slot; may be empty
 * @param openSeats seats neither accepted nor covered by a pending offer after this wave, 0 or more
 */
public record Wave(int number, Instant plannedAt, List<Offer> offers, int openSeats) {
  /**
   * Checks and copies.
   *
   * @param number the wave's number, 1 or more
   * @param plannedAt when it was planned, not null
   * @param offers the new offers, best-ranked first within each slot; may be empty
   * @param openSeats seats neither accepted nor covered by a pending offer after this wave, 0 or
   *     more
   */
  public Wave {
    if (number < 1) {
      throw new IllegalArgumentException("waves are numbered from 1");
    }
    Objects.requireNonNull(plannedAt, "plannedAt");
    offers = List.copyOf(offers);
    if (openSeats < 0) {
      throw new IllegalArgumentException("open seats are 0 or more");
    }
  }
}
