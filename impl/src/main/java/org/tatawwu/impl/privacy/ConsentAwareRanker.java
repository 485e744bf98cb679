package org.tatawwu.impl.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.matching.Match;
import org.tatawwu.matching.MatchScore;
import org.tatawwu.matching.Ranker;
import org.tatawwu.matching.ShiftCatalog;
import org.tatawwu.privacy.PurposeGuard;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A ranker that hands its delegate only minimised volunteers: what the purposes allow at the
 * instant of the question. Thread-safe when the delegate is.
 */
final class ConsentAwareRanker implements Ranker {
  private final Ranker delegate;
  private final PurposeGuard guard;
  private final List<PurposeId> purposes;
  private final Clock clock;

  ConsentAwareRanker(Ranker delegate, PurposeGuard guard, List<PurposeId> purposes, Clock clock) {
    this.delegate = Objects.requireNonNull(delegate, "ranker");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.purposes = List.copyOf(purposes);
    this.clock = Objects.requireNonNull(clock, "clock");
    if (this.purposes.isEmpty()) {
      throw new org.tatawwu.validation.InvalidValueException(
          "privacy.purposes.empty", "name at least one purpose");
    }
  }

  @Override
  public MatchScore score(Volunteer volunteer, List<TimeRange> commitments, ShiftOffer offer) {
    return delegate.score(guard.minimise(volunteer, purposes, clock.instant()), commitments, offer);
  }

  @Override
  public int total(Volunteer volunteer, List<TimeRange> commitments, ShiftOffer offer) {
    return delegate.total(guard.minimise(volunteer, purposes, clock.instant()), commitments, offer);
  }

  @Override
  public ShiftCatalog catalog(Collection<ShiftOffer> offers) {
    return delegate.catalog(offers);
  }

  @Override
  public List<Match> topShifts(
      Volunteer volunteer, List<TimeRange> commitments, ShiftCatalog offers, Instant at, int k) {
    return delegate.topShifts(guard.minimise(volunteer, purposes, at), commitments, offers, at, k);
  }

  @Override
  public List<Match> topVolunteers(
      ShiftOffer offer,
      Collection<Volunteer> volunteers,
      Function<VolunteerId, List<TimeRange>> commitments,
      Instant at,
      int k) {
    List<Volunteer> usable = new ArrayList<>(volunteers.size());
    for (Volunteer v : volunteers) {
      try {
        usable.add(guard.minimise(v, purposes, at));
      } catch (RuleException refused) {
        // Indispensable data refused: this volunteer cannot be ranked for these purposes.
      }
    }
    return delegate.topVolunteers(offer, usable, commitments, at, k);
  }
}
