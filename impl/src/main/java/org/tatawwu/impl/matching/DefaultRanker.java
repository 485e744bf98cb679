package org.tatawwu.impl.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Function;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.matching.Match;
import org.tatawwu.matching.MatchScore;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.Availability;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Scores eligible pairs by weighted components and keeps the best k in a bounded heap (worst on
 * top), so a ranking costs O(n log k) and holds k matches. Thread-safe.
 */
public final class DefaultRanker implements Ranker {
  private static final Comparator<Match> BEST_FIRST =
      Comparator.<Match>comparingInt(m -> -m.score().total())
          .thenComparing(Match::volunteer)
          .thenComparing(m -> m.offer().opportunity().number())
          .thenComparing(m -> m.offer().shift().id());

  private final EligibilityEngine eligibility;
  private final MatchWeights w;
  private final Experience experience;

  /**
   * Creates the ranker.
   *
   * @param eligibility the eligibility engine
   * @param weights the weights
   * @param experience past approved minutes
   */
  public DefaultRanker(EligibilityEngine eligibility, MatchWeights weights, Experience experience) {
    this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
    this.w = Objects.requireNonNull(weights, "weights");
    this.experience = Objects.requireNonNull(experience, "experience");
  }

  @Override
  public MatchScore score(Volunteer v, List<TimeRange> commitments, ShiftOffer offer) {
    Opportunity o = offer.opportunity();
    Map<String, Integer> c = new LinkedHashMap<>();
    boolean interested =
        v.fieldsOfInterest().contains(o.field())
            || o.subField().map(v.fieldsOfInterest()::contains).orElse(false);
    c.put("fieldInterest", interested ? w.fieldInterest() : 0);
    Map<SkillCode, SkillLevel> required = o.requirements().skills();
    int above = 0;
    for (Map.Entry<SkillCode, SkillLevel> e : required.entrySet()) {
      SkillLevel has = v.skills().get(e.getKey());
      if (has != null && has.compareTo(e.getValue()) > 0) {
        above++;
      }
    }
    c.put("skills", required.isEmpty() ? 0 : w.skills() * above / required.size());
    if (o.location() instanceof Location.OnSite site) {
      int points = 0;
      if (site.point().isPresent() && v.location().isPresent()) {
        double km = distanceKm(site.point().get(), v.location().get());
        points =
            km <= 5
                ? w.distance()
                : (int) Math.max(0, Math.round(w.distance() * (1 - (km - 5) / 95)));
      } else if (site.city().region() == v.region()) {
        points = w.distance() / 2;
      }
      c.put("distance", points);
      c.put("remote", 0);
    } else {
      c.put("distance", 0);
      c.put("remote", w.remote());
    }
    boolean declared = !v.availability().equals(Availability.ALWAYS);
    c.put(
        "availability",
        v.availability().covers(offer.shift().time())
            ? (declared ? w.availability() : w.availability() / 2)
            : 0);
    boolean bilingual =
        v.languages().contains(LanguageCode.ARABIC) && v.languages().contains(LanguageCode.ENGLISH);
    c.put("languages", bilingual ? w.languages() : 0);
    long minutes = experience.approvedMinutes(v.id(), o.field().topLevel());
    c.put("experience", (int) Math.min(w.experience(), w.experience() * minutes / (50 * 60)));
    int active = 0;
    for (TimeRange t : commitments) {
      if (t.end().isAfter(offer.shift().time().start())) {
        active++;
      }
    }
    c.put("fairness", active >= 30 ? 0 : w.fairness() >> active);
    int total = c.values().stream().mapToInt(Integer::intValue).sum();
    return new MatchScore(total, c);
  }

  private static double distanceKm(GeoPoint a, GeoPoint b) {
    return a.distanceKm(b);
  }

  @Override
  public List<Match> topShifts(
      Volunteer volunteer,
      List<TimeRange> commitments,
      Collection<ShiftOffer> offers,
      Instant at,
      int k) {
    requireK(k);
    PriorityQueue<Match> best = new PriorityQueue<>(k + 1, BEST_FIRST.reversed());
    for (ShiftOffer offer : offers) {
      EligibilityQuery q =
          EligibilityQuery.of(
              volunteer, offer.opportunity(), offer.shift(), offer.entity(), commitments, at);
      if (eligibility.isEligible(q)) {
        offerTo(best, new Match(volunteer.id(), offer, score(volunteer, commitments, offer)), k);
      }
    }
    return sorted(best);
  }

  @Override
  public List<Match> topVolunteers(
      ShiftOffer offer,
      Collection<Volunteer> volunteers,
      Function<VolunteerId, List<TimeRange>> commitments,
      Instant at,
      int k) {
    requireK(k);
    PriorityQueue<Match> best = new PriorityQueue<>(k + 1, BEST_FIRST.reversed());
    EligibilityQuery query = null;
    for (Volunteer v : volunteers) {
      List<TimeRange> mine = commitments.apply(v.id());
      query =
          query == null
              ? EligibilityQuery.of(v, offer.opportunity(), offer.shift(), offer.entity(), mine, at)
              : query.forVolunteer(v, mine);
      if (eligibility.isEligible(query)) {
        offerTo(best, new Match(v.id(), offer, score(v, mine, offer)), k);
      }
    }
    return sorted(best);
  }

  private static void offerTo(PriorityQueue<Match> best, Match m, int k) {
    if (best.size() < k) {
      best.add(m);
    } else if (BEST_FIRST.compare(m, java.util.Objects.requireNonNull(best.peek())) < 0) {
      best.poll();
      best.add(m);
    }
  }

  private static List<Match> sorted(PriorityQueue<Match> best) {
    List<Match> out = new ArrayList<>(best);
    out.sort(BEST_FIRST);
    return out;
  }

  private static void requireK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k is 1 or more");
    }
  }
}
