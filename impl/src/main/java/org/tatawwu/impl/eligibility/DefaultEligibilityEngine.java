package org.tatawwu.impl.eligibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.tatawwu.eligibility.Criterion;
import org.tatawwu.eligibility.CriterionSpec;
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
import org.tatawwu.spi.CriterionProvider;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The eligibility engine: the policy's criteria in an array, evaluated in order, every failure
 * collected. Immutable and thread-safe.
 */
public final class DefaultEligibilityEngine implements EligibilityEngine {
  private final EligibilityPolicy policy;
  private final Criterion[] criteria;
  private final ReasonFormatter formatter = new ReasonFormatter();

  /**
   * Creates the engine.
   *
   * @param policy the policy, not null
   * @param custom custom criterion providers, besides those found with {@link ServiceLoader}
   * @throws InvalidValueException if the policy names an unknown type, a custom provider reuses a
   *     built-in type, or a parameter is invalid
   */
  public DefaultEligibilityEngine(EligibilityPolicy policy, List<CriterionProvider> custom) {
    this.policy = Objects.requireNonNull(policy, "policy");
    Map<String, CriterionProvider> providers = new HashMap<>();
    List<CriterionProvider> all = new ArrayList<>(custom);
    ServiceLoader.load(CriterionProvider.class, DefaultEligibilityEngine.class.getClassLoader())
        .forEach(all::add);
    for (CriterionProvider p : all) {
      if (EligibilityPolicy.BUILT_IN_TYPES.contains(p.type())) {
        throw new InvalidValueException(
            "policy.builtInType", "a custom criterion may not reuse the built-in type " + p.type());
      }
      providers.putIfAbsent(p.type(), p);
    }
    List<CriterionSpec> specs = policy.criteria();
    this.criteria = new Criterion[specs.size()];
    for (int i = 0; i < specs.size(); i++) {
      CriterionSpec spec = specs.get(i);
      Optional<Criterion> builtIn = BuiltInCriteria.create(spec);
      CriterionProvider provider = providers.get(spec.type());
      if (builtIn.isPresent()) {
        criteria[i] = builtIn.get();
      } else if (provider != null) {
        criteria[i] = Objects.requireNonNull(provider.create(spec), "criterion");
      } else {
        throw new InvalidValueException(
            "policy.unknownCriterion",
            "the policy names an unknown criterion type: " + spec.type());
      }
    }
  }

  @Override
  public EligibilityPolicy policy() {
    return policy;
  }

  @Override
  public Verdict evaluate(EligibilityQuery query) {
    int firstFailure = -1;
    for (int i = 0; i < criteria.length; i++) {
      if (!criteria[i].accepts(query)) {
        firstFailure = i;
        break;
      }
    }
    if (firstFailure < 0) {
      return Verdict.ELIGIBLE;
    }
    List<Unmet> unmet = new ArrayList<>(4);
    for (int i = firstFailure; i < criteria.length; i++) {
      criteria[i].check(query, unmet);
    }
    return new Verdict(unmet);
  }

  @Override
  public boolean isEligible(EligibilityQuery query) {
    for (Criterion c : criteria) {
      if (!c.accepts(query)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public List<Explanation> explain(Verdict verdict, Locale locale) {
    List<Explanation> out = new ArrayList<>(verdict.unmet().size());
    for (Unmet u : verdict.unmet()) {
      Explanation e = null;
      for (Criterion c : criteria) {
        Optional<Explanation> custom = c.explain(u, locale);
        if (custom.isPresent()) {
          e = custom.get();
          break;
        }
      }
      out.add(e != null ? e : formatter.explain(u, locale));
    }
    return out;
  }

  @Override
  public List<Volunteer> eligibleVolunteers(
      ParticipatingEntity entity,
      Opportunity opportunity,
      Shift shift,
      Collection<Volunteer> population,
      Function<VolunteerId, List<TimeRange>> commitments,
      Instant at) {
    List<Volunteer> eligible = new ArrayList<>();
    EligibilityQuery query = null;
    for (Volunteer v : population) {
      List<TimeRange> mine = commitments.apply(v.id());
      query =
          query == null
              ? EligibilityQuery.of(v, opportunity, shift, entity, mine, at)
              : query.forVolunteer(v, mine);
      if (isEligible(query)) {
        eligible.add(v);
      }
    }
    return eligible;
  }

  @Override
  public List<ShiftOffer> eligibleOffers(
      Volunteer volunteer, List<TimeRange> commitments, Collection<ShiftOffer> offers, Instant at) {
    List<ShiftOffer> eligible = new ArrayList<>();
    EligibilityQuery q = null;
    for (ShiftOffer o : offers) {
      q = q == null ? EligibilityQuery.of(volunteer, o, commitments, at) : q.forOffer(o);
      if (isEligible(q)) {
        eligible.add(o);
      }
    }
    return eligible;
  }
}
