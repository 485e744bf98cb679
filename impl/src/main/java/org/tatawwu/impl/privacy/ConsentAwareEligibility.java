package org.tatawwu.impl.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.Explanation;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.eligibility.Unmet;
import org.tatawwu.eligibility.Verdict;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.privacy.ModelComponent;
import org.tatawwu.privacy.PurposeGuard;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.privacy.Refusal;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * An eligibility engine that hands its delegate only minimised volunteers: what the purposes allow
 * at the instant of the question. Thread-safe when the delegate is.
 */
final class ConsentAwareEligibility implements EligibilityEngine {
  private static final String MISSING_CHECK = "backgroundCheck.missing";
  private static final String OURS = "privacy.backgroundCheck.";
  private static final ModelComponent BACKGROUND_CHECK =
      ModelComponent.of(Volunteer.class, "backgroundCheck");

  private final EligibilityEngine delegate;
  private final PurposeGuard guard;
  private final List<PurposeId> purposes;

  ConsentAwareEligibility(
      EligibilityEngine delegate, PurposeGuard guard, List<PurposeId> purposes) {
    this.delegate = Objects.requireNonNull(delegate, "engine");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.purposes = List.copyOf(purposes);
    if (this.purposes.isEmpty()) {
      throw new InvalidValueException("privacy.purposes.empty", "name at least one purpose");
    }
  }

  private EligibilityQuery minimised(EligibilityQuery query) {
    return query.forVolunteer(
        guard.minimise(query.volunteer(), purposes, query.at()), query.commitments());
  }

  @Override
  public EligibilityPolicy policy() {
    return delegate.policy();
  }

  @Override
  public Verdict evaluate(EligibilityQuery query) {
    return named(query, delegate.evaluate(minimised(query)));
  }

  /**
   * The verdict with a background check the volunteer holds but did not allow to be used named as
   * such: {@code privacy.backgroundCheck.withdrawn} or {@code privacy.backgroundCheck.noConsent}
   * (argument {@code purpose}) in place of the delegate's {@code backgroundCheck.missing}, which
   * would tell them they have no result yet.
   */
  private Verdict named(EligibilityQuery query, Verdict verdict) {
    if (query.volunteer().backgroundCheck().isEmpty() || !verdict.codes().contains(MISSING_CHECK)) {
      return verdict;
    }
    Unmet instead = null;
    for (Refusal r :
        guard
            .decide(query.volunteer().id(), purposes, Set.of(BACKGROUND_CHECK), query.at())
            .refused()) {
      if (r.component().equals(BACKGROUND_CHECK)
          && r.reason() != Refusal.Reason.NOT_COVERED
          && r.purpose().isPresent()) {
        instead =
            Unmet.of(
                r.reason() == Refusal.Reason.WITHDRAWN
                    ? "privacy.backgroundCheck.withdrawn"
                    : "privacy.backgroundCheck.noConsent",
                "purpose",
                r.purpose().get().value());
      }
    }
    if (instead == null) {
      return verdict;
    }
    List<Unmet> out = new ArrayList<>(verdict.unmet().size());
    for (Unmet u : verdict.unmet()) {
      out.add(u.code().equals(MISSING_CHECK) ? instead : u);
    }
    return new Verdict(out);
  }

  @Override
  public boolean isEligible(EligibilityQuery query) {
    return delegate.isEligible(minimised(query));
  }

  @Override
  public List<Explanation> explain(Verdict verdict, Locale locale) {
    List<Unmet> theirs = new ArrayList<>();
    for (Unmet u : verdict.unmet()) {
      if (!u.code().startsWith(OURS)) {
        theirs.add(u);
      }
    }
    if (theirs.size() == verdict.unmet().size()) {
      return delegate.explain(verdict, locale);
    }
    List<Explanation> explained =
        theirs.isEmpty() ? List.of() : delegate.explain(new Verdict(theirs), locale);
    List<Explanation> out = new ArrayList<>(verdict.unmet().size());
    int next = 0;
    for (Unmet u : verdict.unmet()) {
      if (u.code().startsWith(OURS)) {
        Object purpose = Objects.requireNonNull(u.arguments().get("purpose"));
        List<Problem> words =
            PrivacyMessages.problems(
                List.of(
                    Violation.of(u.code() + ".message", "purpose", purpose),
                    Violation.of(u.code() + ".remedy", "purpose", purpose)),
                locale);
        out.add(new Explanation(u.code(), words.get(0).message(), words.get(1).message()));
      } else {
        out.add(explained.get(next++));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public List<Volunteer> eligibleVolunteers(
      ParticipatingEntity entity,
      Opportunity opportunity,
      Shift shift,
      Collection<Volunteer> population,
      Function<VolunteerId, List<TimeRange>> commitments,
      Instant at) {
    List<Volunteer> usable = new ArrayList<>(population.size());
    IdentityHashMap<Volunteer, Volunteer> original = new IdentityHashMap<>();
    Map<VolunteerId, Volunteer> byId = new HashMap<>();
    for (Volunteer v : population) {
      try {
        Volunteer allowed = guard.minimise(v, purposes, at);
        usable.add(allowed);
        original.put(allowed, v);
        byId.putIfAbsent(v.id(), v);
      } catch (RuleException refused) {
        // Indispensable data refused: this volunteer cannot be considered for these purposes.
      }
    }
    // Answer with the caller's volunteers, not the minimised copies, in the population's order.
    List<Volunteer> out = new ArrayList<>();
    for (Volunteer e :
        delegate.eligibleVolunteers(entity, opportunity, shift, usable, commitments, at)) {
      Volunteer v = original.get(e);
      out.add(v != null ? v : Objects.requireNonNull(byId.get(e.id()), "an unknown volunteer"));
    }
    return List.copyOf(out);
  }

  @Override
  public List<ShiftOffer> eligibleOffers(
      Volunteer volunteer, List<TimeRange> commitments, Collection<ShiftOffer> offers, Instant at) {
    return delegate.eligibleOffers(
        guard.minimise(volunteer, purposes, at), commitments, offers, at);
  }
}
