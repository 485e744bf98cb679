package org.tatawwu.impl.matching;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.RandomAccess;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.matching.Match;
import org.tatawwu.matching.MatchScore;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;
import org.tatawwu.matching.ScoreComponent;
import org.tatawwu.matching.ShiftCatalog;
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
 * Scores eligible pairs by weighted components; a shift that has already started (start at or
 * before the instant asked) is never ranked. Shifts for a volunteer: one pass over a {@link
 * ShiftCatalog}'s columns, each offer first bounded from above by its cheap components (field
 * interest, experience by field, remote, region), then by a chord distance, and scored exactly only
 * if the bound can still enter the best k + max(4, k/4) kept in a primitive heap; eligibility is
 * then asked best first until k are eligible (another pass below the last candidate if too few
 * were). Matches and their breakdowns are built when the result list is read. Volunteers for a
 * shift: every candidate checked and scored, the best k kept in a bounded heap. Thread-safe.
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
    Map<ScoreComponent, Integer> c = new EnumMap<>(ScoreComponent.class);
    int total = components(v, commitments, offer, c);
    return new MatchScore(total, c);
  }

  @Override
  public int total(Volunteer v, List<TimeRange> commitments, ShiftOffer offer) {
    return components(v, commitments, offer, null);
  }

  /**
   * Computes the components of a pair's score, put into {@code points} when given.
   *
   * @return their sum
   */
  private int components(
      Volunteer v,
      List<TimeRange> commitments,
      ShiftOffer offer,
      @Nullable Map<ScoreComponent, Integer> points) {
    Opportunity o = offer.opportunity();
    boolean interested =
        v.fieldsOfInterest().contains(o.field())
            || o.subField().map(v.fieldsOfInterest()::contains).orElse(false);
    int fieldInterest = interested ? w.fieldInterest() : 0;
    Map<SkillCode, SkillLevel> required = o.requirements().skills();
    int skills = 0;
    if (!required.isEmpty()) { // no iterator: the common case allocates nothing
      int above = 0;
      for (Map.Entry<SkillCode, SkillLevel> e : required.entrySet()) {
        SkillLevel has = v.skills().get(e.getKey());
        if (has != null && has.compareTo(e.getValue()) > 0) {
          above++;
        }
      }
      skills = w.skills() * above / required.size();
    }
    int distance = 0;
    int remote = 0;
    if (o.location() instanceof Location.OnSite site) {
      if (site.point().isPresent() && v.location().isPresent()) {
        double[] a = unit(site.point().get());
        double[] b = unit(v.location().get());
        distance = distancePoints(a[0], a[1], a[2], b[0], b[1], b[2]);
      } else if (site.city().region() == v.region()) {
        distance = w.distance() / 2;
      }
    } else {
      remote = w.remote();
    }
    boolean declared = !v.availability().equals(Availability.ALWAYS);
    int availability =
        v.availability().covers(offer.shift().time())
            ? (declared ? w.availability() : w.availability() / 2)
            : 0;
    boolean bilingual =
        v.languages().contains(LanguageCode.ARABIC) && v.languages().contains(LanguageCode.ENGLISH);
    int languages = bilingual ? w.languages() : 0;
    int experienced = experiencePoints(w, experience.approvedMinutes(v.id(), o.field().topLevel()));
    int fairness = fairnessPoints(commitments, offer);
    if (points != null) {
      points.put(ScoreComponent.FIELD_INTEREST, fieldInterest);
      points.put(ScoreComponent.SKILLS, skills);
      points.put(ScoreComponent.DISTANCE, distance);
      points.put(ScoreComponent.REMOTE, remote);
      points.put(ScoreComponent.AVAILABILITY, availability);
      points.put(ScoreComponent.LANGUAGES, languages);
      points.put(ScoreComponent.EXPERIENCE, experienced);
      points.put(ScoreComponent.FAIRNESS, fairness);
    }
    return fieldInterest
        + skills
        + distance
        + remote
        + availability
        + languages
        + experienced
        + fairness;
  }

  /** A point as a unit vector: distances then need one square root and one arcsine. */
  static double[] unit(GeoPoint g) {
    double lat = Math.toRadians(g.latitude());
    double lon = Math.toRadians(g.longitude());
    return new double[] {
      Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)
    };
  }

  /** An upper bound of {@link #distancePoints} from the chord alone (km ≥ chord × radius). */
  private int distanceBound(double dx, double dy, double dz) {
    return pointsFor(GeoPoint.EARTH_RADIUS_KM * Math.sqrt(dx * dx + dy * dy + dz * dz));
  }

  /** Full points within 5 km, falling linearly to nothing at 100 km; never rising with km. */
  private int pointsFor(double km) {
    return km <= 5
        ? w.distance()
        : (int) Math.max(0, Math.round(w.distance() * (1 - (km - 5) / 95)));
  }

  /** Distance points: full within 5 km, falling linearly to nothing at 100 km (great circle). */
  int distancePoints(double ax, double ay, double az, double bx, double by, double bz) {
    double dx = ax - bx;
    double dy = ay - by;
    double dz = az - bz;
    double chord = Math.sqrt(dx * dx + dy * dy + dz * dz);
    double km = 2 * GeoPoint.EARTH_RADIUS_KM * Math.asin(Math.min(1, chord / 2));
    return pointsFor(km);
  }

  @Override
  public ShiftCatalog catalog(Collection<ShiftOffer> offers) {
    return new Catalog(this, offers);
  }

  @Override
  public List<Match> topShifts(
      Volunteer v, List<TimeRange> commitments, ShiftCatalog offers, Instant at, int k) {
    requireK(k);
    if (!(offers instanceof Catalog c) || c.owner != this) {
      throw new IllegalArgumentException("the catalog comes from another ranker");
    }
    List<TimeRange> mine = List.copyOf(commitments);
    int n = c.size();
    long interests = 0;
    for (int f = 0; f < c.fields.length && f < 64; f++) {
      if (v.fieldsOfInterest().contains(c.fields[f])) {
        interests |= 1L << f;
      }
    }
    boolean wideDictionary = c.fields.length > 64;
    boolean declared = !v.availability().equals(Availability.ALWAYS);
    boolean bilingual =
        v.languages().contains(LanguageCode.ARABIC) && v.languages().contains(LanguageCode.ENGLISH);
    // Availability: every eligible pair is covered (eligibility requires it), so it is a constant.
    int constant =
        (declared ? w.availability() : w.availability() / 2) + (bilingual ? w.languages() : 0);
    // Fairness needs the commitments; without any it is the full weight for every offer.
    boolean committed = !mine.isEmpty();
    if (!committed) {
      constant += w.fairness();
    }
    int lazyMax = committed ? w.fairness() : 0;
    // Experience depends only on the top-level field: asked once per field in the catalog.
    // Candidates per pass: k plus a margin for the ineligible; a pass that finds too few eligible
    // among them is followed by another below the last candidate.
    // In long: k + k / 4 overflows an int for k above about 1.7 billion.
    int batch = (int) Math.min(n, (long) k + Math.max(4, k / 4));
    int want = Math.min(n, k);
    // One scratch array, so a ranking allocates little: the chosen keys [0, want), the bounded
    // candidate heap [want, want + batch), then experience points per top-level field, two to a
    // slot (points are non-negative ints).
    long[] scratch =
        new long[Math.toIntExact((long) want + Math.max(1, batch) + (c.topFields.length + 1L) / 2)];
    int heapAt = want;
    int experienceAt = want + Math.max(1, batch);
    for (int f = 0; f < c.topFields.length; f++) {
      scratch[experienceAt + (f >>> 1)] |=
          (experiencePoints(v, c.topFields[f]) & 0xFFFF_FFFFL) << ((f & 1) << 5);
    }
    boolean located = v.location().isPresent();
    double vx = 0;
    double vy = 0;
    double vz = 0;
    if (located) {
      GeoPoint g = v.location().get();
      double lat = Math.toRadians(g.latitude());
      double lon = Math.toRadians(g.longitude());
      vx = Math.cos(lat) * Math.cos(lon);
      vy = Math.cos(lat) * Math.sin(lon);
      vz = Math.sin(lat);
    }
    Region region = v.region();
    // A shift that has already started (its start at or before the instant asked) is left out.
    long atSecond = at.getEpochSecond();
    int atNano = at.getNano();
    int found = 0;
    long ceiling = Long.MAX_VALUE;
    EligibilityQuery query = null;
    while (found < want) {
      int size = 0;
      for (int i = 0; i < n; i++) {
        if (c.startSecond[i] < atSecond
            || (c.startSecond[i] == atSecond && c.startNano[i] <= atNano)) {
          continue;
        }
        boolean interested =
            wideDictionary
                ? v.fieldsOfInterest().contains(c.fields[c.field[i]])
                    || (c.subField[i] >= 0
                        && v.fieldsOfInterest().contains(c.fields[c.subField[i]]))
                : ((interests >>> c.field[i]) & 1) != 0
                    || (c.subField[i] >= 0 && ((interests >>> c.subField[i]) & 1) != 0);
        int cheap =
            constant
                + (interested ? w.fieldInterest() : 0)
                + experienceOf(scratch, experienceAt, c.topField[i]);
        int place;
        byte kind = c.kind[i];
        if (kind == Catalog.REMOTE) {
          cheap += w.remote();
          place = 0;
        } else if (kind == Catalog.ON_SITE_POINT && located) {
          place = -1; // computed only if the bound passes
        } else {
          place = c.region[i] == region ? w.distance() / 2 : 0;
        }
        int bound =
            cheap
                + lazyMax
                + (place < 0 ? w.distance() : place)
                + (c.skillsFrom[i] < c.skillsFrom[i + 1] ? w.skills() : 0);
        if (size == batch && key(bound, i) <= scratch[heapAt]) {
          continue;
        }
        if (place < 0 && size == batch) {
          // A tighter bound without the arcsine: the chord is never longer than the arc.
          int nearest = distanceBound(c.x[i] - vx, c.y[i] - vy, c.z[i] - vz);
          if (key(bound - w.distance() + nearest, i) <= scratch[heapAt]) {
            continue;
          }
        }
        int score =
            cheap + (place < 0 ? distancePoints(c.x[i], c.y[i], c.z[i], vx, vy, vz) : place);
        score += skillPoints(v, c, i) + (committed ? fairnessPoints(mine, c.offers[i]) : 0);
        long key = key(score, i);
        if (key >= ceiling) {
          continue;
        }
        if (size < batch) {
          scratch[heapAt + size] = key;
          siftUp(scratch, heapAt, size++);
        } else if (key > scratch[heapAt]) {
          scratch[heapAt] = key;
          siftDown(scratch, heapAt, size);
        }
      }
      if (size == 0) {
        break;
      }
      Arrays.sort(scratch, heapAt, heapAt + size);
      for (int h = heapAt + size - 1; h >= heapAt && found < want; h--) {
        ShiftOffer offer = c.offers[offerIndex(scratch[h])];
        query = query == null ? EligibilityQuery.of(v, offer, mine, at) : query.forOffer(offer);
        if (eligibility.isEligible(query)) {
          scratch[found++] = scratch[h];
        }
      }
      if (size < batch) {
        break;
      }
      ceiling = scratch[heapAt];
    }
    return new TopShifts(this, v, mine, c, scratch, found);
  }

  /** The experience points of top-level field {@code f}, packed two to a slot from {@code at}. */
  private static int experienceOf(long[] scratch, int at, int f) {
    return (int) (scratch[at + (f >>> 1)] >>> ((f & 1) << 5));
  }

  /** Higher score first, then the lower catalog index. */
  private static long key(int score, int index) {
    return ((long) score << 32) | (Integer.MAX_VALUE - index);
  }

  private static int offerIndex(long key) {
    return Integer.MAX_VALUE - (int) key;
  }

  private int skillPoints(Volunteer v, Catalog c, int i) {
    int from = c.skillsFrom[i];
    int to = c.skillsFrom[i + 1];
    if (from == to) {
      return 0;
    }
    int above = 0;
    for (int s = from; s < to; s++) {
      SkillLevel has = v.skills().get(c.skills[s]);
      if (has != null && has.compareTo(c.levels[s]) > 0) {
        above++;
      }
    }
    return w.skills() * above / (to - from);
  }

  private int experiencePoints(Volunteer v, FieldCode topLevel) {
    return experiencePoints(w, experience.approvedMinutes(v.id(), topLevel));
  }

  /**
   * Full points from 50 hours, in proportion below; none for zero (or, against the contract,
   * negative) minutes. Compared before multiplying: weight × minutes overflows a long for minutes
   * near Long.MAX_VALUE.
   */
  static int experiencePoints(MatchWeights w, long minutes) {
    if (minutes <= 0) {
      return 0;
    }
    if (minutes >= 50 * 60) {
      return w.experience();
    }
    return (int) (w.experience() * minutes / (50 * 60));
  }

  private int fairnessPoints(List<TimeRange> commitments, ShiftOffer offer) {
    int active = 0;
    Instant start = offer.shift().time().start();
    for (int t = 0; t < commitments.size(); t++) {
      if (commitments.get(t).end().isAfter(start)) {
        active++;
      }
    }
    return active >= 30 ? 0 : w.fairness() >> active;
  }

  private static void siftUp(long[] a, int base, int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (a[base + parent] <= a[base + i]) {
        return;
      }
      long t = a[base + parent];
      a[base + parent] = a[base + i];
      a[base + i] = t;
      i = parent;
    }
  }

  private static void siftDown(long[] a, int base, int size) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) {
        return;
      }
      int m = l + 1 < size && a[base + l + 1] < a[base + l] ? l + 1 : l;
      if (a[base + m] >= a[base + i]) {
        return;
      }
      long t = a[base + m];
      a[base + m] = a[base + i];
      a[base + i] = t;
      i = m;
    }
  }

  /** The offers as columns, in (opportunity number, shift id) order. */
  private static final class Catalog implements ShiftCatalog {
    static final byte REMOTE = 0;
    static final byte ON_SITE_POINT = 1;
    static final byte ON_SITE_CITY = 2;
    final DefaultRanker owner;
    final ShiftOffer[] offers;
    final FieldCode[] fields;
    final int[] field;
    final int[] subField;
    final int[] topField;
    final FieldCode[] topFields;
    final byte[] kind;
    final double[] x;
    final double[] y;
    final double[] z;
    final @Nullable Region[] region;
    final int[] skillsFrom;
    final long[] startSecond;
    final int[] startNano;
    final SkillCode[] skills;
    final SkillLevel[] levels;

    Catalog(DefaultRanker owner, Collection<ShiftOffer> source) {
      this.owner = owner;
      offers = source.toArray(new ShiftOffer[0]);
      Arrays.sort(
          offers,
          Comparator.comparing((ShiftOffer o) -> o.opportunity().number())
              .thenComparing(o -> o.shift().id()));
      int n = offers.length;
      Map<FieldCode, Integer> dictionary = new LinkedHashMap<>();
      field = new int[n];
      subField = new int[n];
      topField = new int[n];
      Map<FieldCode, Integer> tops = new LinkedHashMap<>();
      kind = new byte[n];
      x = new double[n];
      y = new double[n];
      z = new double[n];
      region = new Region[n];
      skillsFrom = new int[n + 1];
      startSecond = new long[n];
      startNano = new int[n];
      List<SkillCode> skillList = new ArrayList<>();
      List<SkillLevel> levelList = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Opportunity o = offers[i].opportunity();
        Instant start = offers[i].shift().time().start();
        startSecond[i] = start.getEpochSecond();
        startNano[i] = start.getNano();
        field[i] = dictionary.computeIfAbsent(o.field(), f -> dictionary.size());
        subField[i] =
            o.subField().isPresent()
                ? dictionary.computeIfAbsent(o.subField().get(), f -> dictionary.size())
                : -1;
        topField[i] = tops.computeIfAbsent(o.field().topLevel(), f -> tops.size());
        if (o.location() instanceof Location.OnSite site) {
          region[i] = site.city().region();
          if (site.point().isPresent()) {
            kind[i] = ON_SITE_POINT;
            double[] u = unit(site.point().get());
            x[i] = u[0];
            y[i] = u[1];
            z[i] = u[2];
          } else {
            kind[i] = ON_SITE_CITY;
          }
        } else {
          kind[i] = REMOTE;
        }
        for (Map.Entry<SkillCode, SkillLevel> e : o.requirements().skills().entrySet()) {
          skillList.add(e.getKey());
          levelList.add(e.getValue());
        }
        skillsFrom[i + 1] = skillList.size();
      }
      fields = dictionary.keySet().toArray(new FieldCode[0]);
      topFields = tops.keySet().toArray(new FieldCode[0]);
      skills = skillList.toArray(new SkillCode[0]);
      levels = levelList.toArray(new SkillLevel[0]);
    }

    @Override
    public int size() {
      return offers.length;
    }

    @Override
    public ShiftOffer offer(int index) {
      return offers[index];
    }
  }

  /** The chosen offers; each match and its breakdown is built when read. */
  private static final class TopShifts extends AbstractList<Match> implements RandomAccess {
    private final DefaultRanker ranker;
    private final Volunteer volunteer;
    private final List<TimeRange> commitments;
    private final Catalog catalog;
    private final long[] chosen;
    private final int size;

    TopShifts(
        DefaultRanker ranker,
        Volunteer volunteer,
        List<TimeRange> commitments,
        Catalog catalog,
        long[] chosen,
        int size) {
      this.ranker = ranker;
      this.volunteer = volunteer;
      this.commitments = commitments;
      this.catalog = catalog;
      this.chosen = chosen;
      this.size = size;
    }

    @Override
    public Match get(int index) {
      Objects.checkIndex(index, size);
      ShiftOffer offer = catalog.offers[offerIndex(chosen[index])];
      return new Match(volunteer.id(), offer, ranker.score(volunteer, commitments, offer));
    }

    @Override
    public int size() {
      return size;
    }
  }

  @Override
  public List<Match> topVolunteers(
      ShiftOffer offer,
      Collection<Volunteer> volunteers,
      Function<VolunteerId, List<TimeRange>> commitments,
      Instant at,
      int k) {
    requireK(k);
    Objects.requireNonNull(at, "at");
    if (!offer.shift().time().start().isAfter(at)) {
      return List.of(); // the shift has already started
    }
    // Not k + 1: it overflows for Integer.MAX_VALUE; the heap never holds more than k.
    PriorityQueue<Match> best =
        new PriorityQueue<>(Math.max(1, Math.min(k, volunteers.size())), BEST_FIRST.reversed());
    EligibilityQuery query = null;
    for (Volunteer v : volunteers) {
      List<TimeRange> mine = commitments.apply(v.id());
      query = query == null ? EligibilityQuery.of(v, offer, mine, at) : query.forVolunteer(v, mine);
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
