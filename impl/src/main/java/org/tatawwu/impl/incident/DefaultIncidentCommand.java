package org.tatawwu.impl.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tatawwu.credential.Credential;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.eligibility.Unmet;
import org.tatawwu.eligibility.Verdict;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.impl.matching.AuctionAssignmentSolver;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.Appraisal;
import org.tatawwu.incident.CandidatePool;
import org.tatawwu.incident.Incident;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentReport;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.NeedId;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.OfferId;
import org.tatawwu.incident.OfferStatus;
import org.tatawwu.incident.RoleId;
import org.tatawwu.incident.RotationCheck;
import org.tatawwu.incident.Slot;
import org.tatawwu.incident.SpontaneousIntake;
import org.tatawwu.incident.Team;
import org.tatawwu.incident.TeamHours;
import org.tatawwu.incident.TeamId;
import org.tatawwu.incident.Wave;
import org.tatawwu.matching.Assignment;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;
import org.tatawwu.matching.Ranker;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.time.AgeCalendar;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.VolunteerStatus;

/**
 * The incident command. Every public method holds the command's lock.
 *
 * <p><b>Personal data.</b> Made with a vault, the command keeps appraisal comments sealed and
 * spontaneous volunteers' personal values in the vault only ({@link IncidentPersonalData}), so that
 * erasing a volunteer reaches them; made without one, it keeps them as given.
 *
 * <p><b>Waves.</b> A wave places volunteers on the open offer slots of every shift of a role worked
 * individually (roles worked in teams are filled by {@link #enrolTeam}), maximising the total
 * ranking score, with at most one new offer per volunteer per plan. The problem solved is the
 * <em>seat plan</em>: each offer held (pending or accepted) when the plan is built is a row pinned
 * to its shift (its only candidate, scored {@value #PIN}, above any ranking score); each volunteer
 * in the running without a pending offer has one free row with the shifts they may take
 * (eligibility with credentials, no overlap with their commitments nor with the shifts they
 * accepted, rotation rules counting those shifts when set, spontaneous volunteers only on open
 * roles until promoted, none of a need they declined, let lapse or were refused for), scored by the
 * ranker (1 to 999,999); each shift has {@link ActivationSettings#offerCap} slots, or only its
 * seats once it has filled. The wave's offers go to the free rows placed, while the shift has room:
 * pending plus accepted below the cap and accepted below the seats.
 *
 * <p><b>Re-planning.</b> The plan is kept equal to what a rebuild of the same state would make,
 * with row swaps instead of a rebuild. An offer a wave makes from a free row swaps that row for one
 * pinned to the offer's slot ({@link SeatPlan#removeVolunteer}, {@link SeatPlan#addVolunteer}).
 * When a pending offer ends (declined, lapsed, refused, withdrawn), its pinned row leaves the plan
 * and the volunteer, if still in the running, gets a free row: the pairs of the free row that gave
 * the offer less those on needs now barred to them, with the same scores (their commitments have
 * not changed while the offer was pending); or, for an offer pinned when the plan was built, their
 * pairs on the slots of the needs that listed them, checked and scored with their data then. An
 * acceptance keeps the pinned row and gives the volunteer a free row of the shifts that still fit
 * beside the accepted ones, checked and scored again (the ranker sees the accepted shifts). A
 * drop-out takes every row of the volunteer out. The changes are applied together when the plan is
 * next read, so the next wave's placements equal a full exact solve of the same state. The wave
 * rebuilds the plan instead when a row holding an offer left its slot, when the re-planned plan
 * leaves offerable seats unoffered (volunteers added to the pool or reinstated are then seen), or
 * when a volunteer it would offer a seat is no longer eligible at the wave's instant.
 *
 * <p><b>Rebuild cost.</b> Each volunteer listed by the pool is looked up once per rebuild (data,
 * commitments, credentials), then checked and scored ({@link Ranker#total}) for every shift of each
 * need that lists them; the pool is assumed not to change during one call. A row swap costs one
 * shortest-path search when the plan is next read, and for a new free row after an acceptance or
 * after an offer pinned at the build, one look-up of the volunteer and a check of their candidate
 * slots. The plan is rebuilt when needs are added, a team is enrolled, a spontaneous volunteer is
 * taken in or promoted, the incident scales down, a volunteer drops out of a filled shift whose
 * overbooking cap is above its seats (the plan's seats cannot grow back), or the plan was built by
 * the FAST solver (which keeps no plan between waves); a re-planned wave is also rebuilt when it
 * would offer a seat to a volunteer no longer listed by the pool for the need or no longer
 * eligible, or would leave offerable seats unoffered. Other changes to the pool between rebuilds
 * (candidates added, scores changed) are seen at the next rebuild; an acceptance is always checked
 * against current data, listing included.
 */
final class DefaultIncidentCommand implements IncidentCommand {
  /** The score of a pinned volunteer: above any ranking score. */
  static final int PIN = 1_000_000;

  private static final int MAX_SCORE = PIN - 1;

  private final EligibilityEngine eligibility;
  private final Ranker ranker;
  private final CandidatePool pool;
  private final ActivationSettings settings;
  private final @Nullable RotationCheck rotation;

  private Incident incident;
  private final Map<NeedId, Need> needs = new LinkedHashMap<>();
  private final List<SlotInfo> slots = new ArrayList<>();
  private final Map<Slot, SlotInfo> slotsByKey = new HashMap<>();
  private final Map<OfferId, Offer> offers = new LinkedHashMap<>();
  private final Map<VolunteerId, List<OfferId>> offersByVolunteer = new HashMap<>();

  /** Volunteers who dropped out: out of the running for every need of the incident. */
  private final Set<VolunteerId> excluded = new HashSet<>();

  /** The needs each volunteer declined, let lapse or was refused for: never offered again. */
  private final Map<VolunteerId, Set<NeedId>> barred = new HashMap<>();

  private final Map<OfferId, Verdict> refusals = new HashMap<>();
  private final Map<OfferId, Instant> answeredAt = new HashMap<>();
  private final IncidentPersonalData personal;
  private final Map<VolunteerId, IncidentPersonalData.Walkin> spontaneous = new LinkedHashMap<>();
  private final Set<VolunteerId> promoted = new HashSet<>();
  private final Map<TeamId, Team> teams = new LinkedHashMap<>();
  private final Map<VolunteerId, TeamId> teamOf = new HashMap<>();
  private final List<Appraisal> appraisals = new ArrayList<>();

  /** The sealed comment of each appraisal (same index), null when kept as given. */
  private final List<@Nullable String> sealedComments = new ArrayList<>();

  private final List<IncidentReport.NeedsMet> needsMet = new ArrayList<>();

  /** The instant of the latest change held to time order, null before the first. */
  private @Nullable Instant lastChange;

  /**
   * The instant of the latest wave or answer recorded (a lapse at its due time), null before the
   * first: no wave is dated before it.
   */
  private @Nullable Instant lastWaveOrAnswer;

  private int waves;
  private long nextOffer = 1;

  private @Nullable SeatPlan plan;

  /** The volunteer of each of the plan's rows, the first {@link #planRowCount} in use. */
  private VolunteerId[] planVolunteers = new VolunteerId[0];

  private int planRowCount;

  /** The problem the plan solves: its first {@link #planPinned} volunteers are pinned. */
  private @Nullable AssignmentProblem planProblem;

  private int planPinned;

  /**
   * Every volunteer the plan's rebuild read, with the index of their free row (the row that may
   * place them on a new shift, not used for an offer yet); those without one have index -1.
   */
  private Map<VolunteerId, Entry> planIndex = new HashMap<>();

  /**
   * The row of each offer held (pending or accepted) in the plan, pinned to the offer's slot (its
   * only candidate, scored {@value #PIN}): made when the plan was built, or added in place of the
   * free row that gave the offer.
   */
  private Map<OfferId, Integer> planRows = new HashMap<>();

  /** The free row that gave each offer held made since the plan was built. */
  private final Map<OfferId, Integer> planSources = new HashMap<>();

  /**
   * The candidate slots and scores of the rows added since the plan was built: row {@code
   * planProblem.volunteers() + i}.
   */
  private final List<int[][]> planAdded = new ArrayList<>();

  /** The free rows of the plan that have already given an offer: one offer per row per plan. */
  private boolean[] planUsed = new boolean[0];

  /** How many times the plan was built: read by tests. */
  private int rebuilds;

  /** The total score of the placements the last wave read (before the room rule): for tests. */
  private long lastPlacedTotal;

  /**
   * The total score of the re-planned placements the last wave read when every row holding an offer
   * kept its slot, before any fallback to a rebuild; -1 when it read none: for tests.
   */
  private long lastReplannedTotal = -1;

  /** One shift of one need, with its counters. */
  private static final class SlotInfo {
    final int index;
    final Slot key;
    final Need need;
    final Shift shift;
    final ShiftOffer offer;
    int pending;
    int accepted;
    int planCapacity;

    SlotInfo(int index, Need need, Shift shift) {
      this.index = index;
      this.key = new Slot(need.id(), shift.id());
      this.need = need;
      this.shift = shift;
      this.offer = new ShiftOffer(need.entity(), need.opportunity(), shift);
    }

    int seats() {
      return shift.capacity();
    }

    boolean full() {
      return accepted >= shift.capacity();
    }
  }

  DefaultIncidentCommand(
      Incident incident,
      EligibilityEngine eligibility,
      Ranker ranker,
      CandidatePool pool,
      ActivationSettings settings,
      @Nullable PersonalDataVault personalData) {
    this.personal =
        personalData == null ? IncidentPersonalData.PLAIN : IncidentPersonalData.with(personalData);
    this.incident = Objects.requireNonNull(incident, "incident");
    this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
    this.ranker = Objects.requireNonNull(ranker, "ranker");
    this.pool = Objects.requireNonNull(pool, "pool");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.rotation = settings.rotation().map(DefaultRotationCheck::new).orElse(null);
    if (incident.status() != IncidentStatus.DECLARED) {
      throw new IllegalArgumentException("a command starts from a declared incident");
    }
  }

  private static RuleException refused(List<Violation> violations) {
    return new RuleException(violations, IncidentMessages.MESSAGES::problems);
  }

  private static RuleException refused(String code, Object... arguments) {
    return refused(List.of(Violation.of(code, arguments)));
  }

  // --- lifecycle --------------------------------------------------------------------------------

  @Override
  public synchronized Incident incident() {
    return incident;
  }

  @Override
  public synchronized Incident moveTo(IncidentStatus next, Instant at) {
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(at, "at");
    List<Violation> problems = new ArrayList<>(1);
    if (next == IncidentStatus.CLOSED && incident.status() != IncidentStatus.CLOSED) {
      problems.add(Violation.of("incident.closeThroughStandDown"));
    } else if (!incident.status().next().contains(next)) {
      problems.add(
          Violation.of("incident.illegalTransition", "from", incident.status(), "to", next));
    }
    outOfOrder(at, problems);
    if (!problems.isEmpty()) {
      throw refused(problems);
    }
    lastChange = at;
    if (next == IncidentStatus.SCALING_DOWN) {
      for (Offer o : List.copyOf(offers.values())) {
        if (o.status() == OfferStatus.PENDING) {
          offers.put(o.id(), o.withStatus(OfferStatus.WITHDRAWN, at));
          Objects.requireNonNull(slotsByKey.get(o.slot())).pending--;
        }
      }
      plan = null;
    }
    incident = incident.withStatus(next);
    return incident;
  }

  @Override
  public synchronized void addNeed(Need need, Instant at) {
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(at, "at");
    List<Violation> problems = new ArrayList<>();
    if (incident.status() != IncidentStatus.DECLARED
        && incident.status() != IncidentStatus.ACTIVE) {
      problems.add(Violation.of("incident.needsClosed", "status", incident.status()));
    }
    if (needs.containsKey(need.id())) {
      problems.add(Violation.of("need.duplicate", "need", need.id().value()));
    }
    outOfOrder(at, problems);
    if (need.opportunity().location() instanceof Location.OnSite site
        && !incident.regions().contains(site.city().region())) {
      problems.add(Violation.of("need.regionOutside", "region", site.city().region().code()));
    }
    long seats = need.seats();
    for (Need n : needs.values()) {
      seats += n.seats();
    }
    if (seats > MAX_SEATS) {
      problems.add(Violation.of("incident.tooManySeats"));
    }
    if (!problems.isEmpty()) {
      throw refused(problems);
    }
    needs.put(need.id(), need);
    for (Shift s : need.opportunity().shifts()) {
      SlotInfo info = new SlotInfo(slots.size(), need, s);
      slots.add(info);
      slotsByKey.put(info.key, info);
    }
    plan = null;
    recordNeedsMet(at);
  }

  @Override
  public synchronized List<Need> needs() {
    return List.copyOf(needs.values());
  }

  // --- waves ------------------------------------------------------------------------------------

  @Override
  public synchronized Wave planWave(Instant at) {
    Objects.requireNonNull(at, "at");
    List<Violation> problems = new ArrayList<>(1);
    if (incident.status() != IncidentStatus.ACTIVE) {
      problems.add(Violation.of("incident.notActive", "status", incident.status()));
    }
    waveOutOfOrder(at, problems);
    if (!problems.isEmpty()) {
      throw refused(problems);
    }
    expire(at);
    int number = waves + 1;
    SeatPlan current = plan;
    List<Placed> placed;
    lastReplannedTotal = -1;
    if (current == null) {
      placed = placed(rebuild(at), at);
    } else {
      Assignment replanned = current.current();
      placed = placed(replanned, at);
      boolean inPlace = heldInPlace(replanned);
      if (inPlace) {
        lastReplannedTotal = total(placed);
      }
      if (!inPlace || placed.size() < offerable(at) || !stillEligible(placed, at)) {
        // The re-plan moved a row that holds an offer off its slot (rows of offers made since
        // the plan was built are not pinned), it leaves seats it could offer unoffered, or the
        // pool changed since the plan was made (a suspension, an expired credential, a new
        // commitment): the plan is made again from what the pool says now, so volunteers added or
        // reinstated are seen too.
        placed = placed(rebuild(at), at);
      }
    }
    lastPlacedTotal = total(placed);
    waves = number;
    // Best-ranked first within each slot, then by slot and volunteer: deterministic.
    placed.sort(
        (a, b) ->
            a.slot != b.slot
                ? Integer.compare(a.slot, b.slot)
                : a.score != b.score
                    ? Integer.compare(b.score, a.score)
                    : a.volunteer.compareTo(b.volunteer));
    List<Offer> made = new ArrayList<>();
    Instant due = at.plus(settings.answerWindow());
    for (Placed p : placed) {
      SlotInfo slot = slots.get(p.slot);
      if (slot.full() || slot.pending + slot.accepted >= settings.offerCap(slot.seats())) {
        continue;
      }
      Offer offer =
          new Offer(
              OfferId.of("O-" + nextOffer++),
              p.volunteer,
              slot.key,
              number,
              at,
              due,
              OfferStatus.PENDING,
              Optional.empty());
      store(offer);
      slot.pending++;
      planUsed[p.row] = true;
      Entry entry = planIndex.get(p.volunteer);
      if (entry != null && entry.index == p.row) {
        entry.index = -1; // the row now gives the offer
      }
      SeatPlan kept = plan;
      if (kept != null) {
        // The free row makes way for a row pinned to the offer's slot, as a rebuild would make it.
        kept.removeVolunteer(p.row);
        int[][] pin = {{p.slot}, {PIN}};
        int row = kept.addVolunteer(pin[0], pin[1]);
        addRow(row, p.volunteer, pin, true);
        planRows.put(offer.id(), row);
        planSources.put(offer.id(), p.row);
      }
      made.add(offer);
    }
    SeatPlan kept = plan;
    if (kept != null && !made.isEmpty()) {
      kept.current(); // the swaps are applied now, not in the next answer or wave
    }
    answeredOrPlanned(at);
    return new Wave(number, at, made, openSeatsNotCovered());
  }

  private record Placed(VolunteerId volunteer, int row, int slot, int score) {}

  private static long total(List<Placed> placed) {
    long total = 0;
    for (Placed p : placed) {
      total += p.score;
    }
    return total;
  }

  /**
   * The plan's placements of volunteers who may be offered their slot now, on shifts that have not
   * ended by {@code at} (a shift under way may still be joined).
   */
  private List<Placed> placed(Assignment assignment, Instant at) {
    List<Placed> placed = new ArrayList<>();
    AssignmentProblem problem = planProblem;
    for (int v = planPinned; v < planRowCount; v++) {
      int s = assignment.shiftOf(v);
      VolunteerId id = planVolunteers[v];
      if (s < 0 || planUsed[v] || ended(slots.get(s), at) || !mayBeOffered(id, slots.get(s))) {
        continue;
      }
      int score = problem == null ? 0 : rowScore(problem, v, s);
      placed.add(new Placed(id, v, s, score));
    }
    return placed;
  }

  /** The score of a row of the plan on one of its candidate slots. */
  private int rowScore(AssignmentProblem problem, int row, int slot) {
    if (row < problem.volunteers()) {
      return problem.score(row, slot);
    }
    int[][] pairs = planAdded.get(row - problem.volunteers());
    for (int i = 0; i < pairs[0].length; i++) {
      if (pairs[0][i] == slot) {
        return pairs[1][i];
      }
    }
    return 0;
  }

  /**
   * Whether every row holding an offer (pending or accepted) is placed on the offer's slot: then
   * the re-planned placements of the free rows are an optimum of the seats the offers leave, as a
   * rebuild's (which pins those rows) are. O(offers held).
   */
  private boolean heldInPlace(Assignment assignment) {
    for (Map.Entry<OfferId, Integer> held : planRows.entrySet()) {
      Offer o = Objects.requireNonNull(offers.get(held.getKey()));
      if (assignment.shiftOf(held.getValue())
          != Objects.requireNonNull(slotsByKey.get(o.slot())).index) {
        return false;
      }
    }
    return true;
  }

  private static boolean ended(SlotInfo slot, Instant at) {
    return !slot.shift.time().end().isAfter(at);
  }

  /** How many more offers the slots neither full nor ended may carry under the offer cap. */
  private int offerable(Instant at) {
    int n = 0;
    for (SlotInfo slot : slots) {
      if (!slot.full() && !ended(slot, at)) {
        n += Math.max(0, settings.offerCap(slot.seats()) - slot.pending - slot.accepted);
      }
    }
    return n;
  }

  /**
   * Whether every volunteer a re-planned (not rebuilt) plan would offer a slot is still listed by
   * the pool for its need and eligible for it at {@code at}, with their data now: O(offers)
   * eligibility checks and {@link CandidatePool#isCandidate} questions.
   */
  private boolean stillEligible(List<Placed> placed, Instant at) {
    for (Placed p : placed) {
      SlotInfo slot = slots.get(p.slot);
      if (!listed(p.volunteer, slot.need) || !verdictNow(p.volunteer, slot, at).isEligible()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a volunteer is still a candidate for a need: listed by the pool now, or a spontaneous
   * volunteer the need is open to (open roles, every role once promoted), as a rebuild lists them.
   */
  private boolean listed(VolunteerId id, Need need) {
    if (spontaneous.containsKey(id)) {
      return need.role().openToSpontaneous() || promoted.contains(id);
    }
    return pool.isCandidate(id, need);
  }

  /**
   * Whether a volunteer may be offered a slot now: not dropped out, not barred from its need, no
   * pending offer, and no accepted shift overlapping it.
   */
  private boolean mayBeOffered(VolunteerId v, SlotInfo slot) {
    if (excluded.contains(v) || isBarred(v, slot.need.id())) {
      return false;
    }
    return !holdsPendingOrOverlaps(v, slot);
  }

  private boolean isBarred(VolunteerId v, NeedId need) {
    Set<NeedId> needsLeft = barred.get(v);
    return needsLeft != null && needsLeft.contains(need);
  }

  /** Whether a volunteer holds a pending offer, or an accepted one overlapping a slot's shift. */
  private boolean holdsPendingOrOverlaps(VolunteerId v, SlotInfo slot) {
    for (OfferId id : offersByVolunteer.getOrDefault(v, List.of())) {
      Offer o = Objects.requireNonNull(offers.get(id));
      if (o.status() == OfferStatus.PENDING) {
        return true;
      }
      if (o.status() == OfferStatus.ACCEPTED
          && Objects.requireNonNull(slotsByKey.get(o.slot()))
              .shift
              .time()
              .overlaps(slot.shift.time())) {
        return true;
      }
    }
    return false;
  }

  private void store(Offer offer) {
    offers.put(offer.id(), offer);
    offersByVolunteer.computeIfAbsent(offer.volunteer(), k -> new ArrayList<>()).add(offer.id());
  }

  private int openSeatsNotCovered() {
    int open = 0;
    for (SlotInfo s : slots) {
      open += Math.max(0, s.seats() - s.accepted - s.pending);
    }
    return open;
  }

  /**
   * What a rebuild reads of one volunteer, looked up once however many slots list them: whether
   * they are out of the running or pinned, their data, and their index in the plan (-1 until their
   * first eligible pair). Kept after the rebuild, without the data, as the volunteer's plan entry.
   */
  private static final class Entry {
    int index = -1;
    int firstListing = -1;
    int lastListing = -1;
    boolean skip;
    boolean restricted;
    @Nullable Volunteer volunteer;
    List<TimeRange> commitments = List.of();
    List<Credential> credentials = List.of();
    @Nullable Set<NeedId> barred;

    /**
     * For a volunteer pinned to a pending offer (no free row while the answer is awaited): the
     * slots of the needs that list them, {@code [listed[2i], listed[2i+1])}, from which their free
     * row is made when that offer ends.
     */
    boolean pending;

    int[] listed = new int[0];
    int listedCount;

    void list(int firstSlot, int nextSlot) {
      if (listedCount + 2 > listed.length) {
        listed = Arrays.copyOf(listed, Math.max(4, 2 * listed.length));
      }
      listed[listedCount++] = firstSlot;
      listed[listedCount++] = nextSlot;
    }
  }

  /**
   * One need worked individually, as a rebuild reads it: its slots {@code [firstSlot, nextSlot)},
   * the volunteers the pool lists for it (then the spontaneous volunteers it admits) with their
   * entries, where its listings start among all the rebuild's listings and where its pairs start in
   * the rebuild's score column.
   */
  private static final class Listing {
    final int firstSlot;
    final int nextSlot;
    final VolunteerId[] ids;
    final Entry[] entries;
    final int base;
    final int cells;

    Listing(int firstSlot, int nextSlot, VolunteerId[] ids, int base, int cells) {
      this.firstSlot = firstSlot;
      this.nextSlot = nextSlot;
      this.ids = ids;
      this.entries = new Entry[ids.length];
      this.base = base;
      this.cells = cells;
    }

    /** The index in the rebuild's score column of listing {@code p} on slot {@code slot}. */
    int cell(int p, int slot) {
      return cells + p * (nextSlot - firstSlot) + slot - firstSlot;
    }
  }

  /**
   * Builds the seat plan: pinned holders of offers and every volunteer still in the running.
   *
   * <p>Each volunteer's pairs are checked and scored together, while their data is at hand; the
   * plan's volunteer indices and pairs then follow the needs' order (a volunteer's index is given
   * at their first eligible pair, need by need, slot by slot, in the order the pool lists them).
   */
  private Assignment rebuild(Instant at) {
    List<Listing> listings = new ArrayList<>();
    int listed = 0;
    int cells = 0;
    for (int first = 0, next; first < slots.size(); first = next) {
      Need need = slots.get(first).need;
      next = first + 1;
      while (next < slots.size() && slots.get(next).need.id().equals(need.id())) {
        next++;
      }
      if (need.role().team().size() > 1) {
        continue; // roles worked in teams are filled by team enrolment, not individual call-outs
      }
      // A volunteer named twice (by the pool, or by it and the spontaneous intake) is listed once.
      Set<VolunteerId> ids = new LinkedHashSet<>(pool.candidates(need));
      ids.addAll(need.role().openToSpontaneous() ? spontaneous.keySet() : promoted);
      Listing listing = new Listing(first, next, ids.toArray(new VolunteerId[0]), listed, cells);
      listings.add(listing);
      listed += ids.size();
      long weighed = (long) cells + (long) ids.size() * (next - first);
      if (weighed > MAX_WAVE_PAIRS) {
        throw refused("wave.tooLarge");
      }
      cells = (int) weighed;
    }
    Map<VolunteerId, Entry> entries = new HashMap<>(Math.max(16, listed + offers.size()));
    List<VolunteerId> order = new ArrayList<>(listed + offers.size());
    List<Integer> pinnedSlots = new ArrayList<>();
    Map<OfferId, Integer> pinnedRows = new HashMap<>();
    Map<VolunteerId, List<TimeRange>> acceptedShifts = new HashMap<>();
    for (Offer o : offers.values()) {
      if (o.status() == OfferStatus.PENDING || o.status() == OfferStatus.ACCEPTED) {
        SlotInfo slot = Objects.requireNonNull(slotsByKey.get(o.slot()));
        pinnedRows.put(o.id(), order.size());
        order.add(o.volunteer());
        pinnedSlots.add(slot.index);
        if (o.status() == OfferStatus.PENDING) {
          // No free row while an answer is awaited: one pending offer at a time.
          Entry e = new Entry();
          e.skip = true;
          e.pending = true;
          entries.put(o.volunteer(), e);
        } else {
          acceptedShifts
              .computeIfAbsent(o.volunteer(), k -> new ArrayList<>(1))
              .add(slot.shift.time());
        }
      }
    }
    int pinned = order.size();
    // Each volunteer's listings, chained in the needs' order: listing -> next listing.
    List<Entry> looked = new ArrayList<>(listed);
    int[] nextListing = new int[listed];
    Listing[] listingOf = new Listing[listed];
    for (Listing listing : listings) {
      for (int p = 0; p < listing.ids.length; p++) {
        VolunteerId id = listing.ids[p];
        Entry e = entries.get(id);
        if (e == null) {
          e = entry(id, acceptedShifts.get(id));
          entries.put(id, e);
          if (!e.skip) {
            looked.add(e);
          }
        }
        listing.entries[p] = e;
        if (e.pending) {
          e.list(listing.firstSlot, listing.nextSlot);
        }
        int l = listing.base + p;
        listingOf[l] = listing;
        nextListing[l] = -1;
        if (e.lastListing < 0) {
          e.firstListing = l;
        } else {
          nextListing[e.lastListing] = l;
        }
        e.lastListing = l;
      }
    }
    // Checked and scored volunteer by volunteer; 0 marks a pair left out.
    int[] scores = new int[cells];
    int kept = 0;
    for (Entry e : looked) {
      Volunteer v = Objects.requireNonNull(e.volunteer);
      for (int l = e.firstListing; l >= 0; l = nextListing[l]) {
        Listing listing = listingOf[l];
        int p = l - listing.base;
        if (e.barred != null && e.barred.contains(slots.get(listing.firstSlot).need.id())) {
          continue; // declined, let lapse or refused: not offered this need again
        }
        EligibilityQuery query = null;
        for (int k = listing.firstSlot; k < listing.nextSlot; k++) {
          SlotInfo slot = slots.get(k);
          query =
              query == null
                  ? EligibilityQuery.of(v, slot.offer, e.commitments, at)
                      .withCredentials(slot.need.role().credentials(), e.credentials)
                  : query.forOffer(slot.offer);
          if (restricted(e.commitments, slot, e.restricted) || !eligibility.isEligible(query)) {
            continue;
          }
          scores[listing.cell(p, k)] =
              Math.max(1, Math.min(MAX_SCORE, ranker.total(v, e.commitments, slot.offer)));
          kept++;
        }
      }
      e.volunteer = null;
      e.commitments = List.of();
      e.credentials = List.of();
      e.barred = null;
    }
    // Indices in the needs' order. Full slots keep their candidates too: a drop-out reopens a
    // seat the plan then refills.
    Entry[] byIndex = new Entry[pinned + looked.size()];
    for (Listing listing : listings) {
      for (int k = listing.firstSlot; k < listing.nextSlot; k++) {
        for (int p = 0; p < listing.ids.length; p++) {
          if (scores[listing.cell(p, k)] == 0) {
            continue;
          }
          Entry e = listing.entries[p];
          if (e.index < 0) {
            e.index = order.size();
            byIndex[e.index] = e;
            order.add(listing.ids[p]);
          }
        }
      }
    }
    // The pairs by volunteer, then slot: the order the problem keeps them in.
    PairList pairs = new PairList(pinned + kept);
    for (int v = 0; v < pinned; v++) {
      pairs.add(v, pinnedSlots.get(v), PIN);
    }
    for (int v = pinned; v < order.size(); v++) {
      Entry e = byIndex[v];
      for (int l = e.firstListing; l >= 0; l = nextListing[l]) {
        Listing listing = listingOf[l];
        int p = l - listing.base;
        for (int k = listing.firstSlot; k < listing.nextSlot; k++) {
          int score = scores[listing.cell(p, k)];
          if (score > 0) {
            pairs.add(v, k, score);
          }
        }
      }
    }
    int volunteers = order.size();
    planVolunteers = order.toArray(new VolunteerId[0]);
    planRowCount = volunteers;
    planPinned = pinned;
    planIndex = entries; // entries outside the plan keep index -1
    planRows = pinnedRows;
    planSources.clear();
    planAdded.clear();
    planUsed = new boolean[volunteers];
    rebuilds++;
    int[] capacity = new int[slots.size()];
    for (SlotInfo slot : slots) {
      capacity[slot.index] = slot.full() ? slot.accepted : settings.offerCap(slot.seats());
      slot.planCapacity = capacity[slot.index];
    }
    AssignmentProblem problem =
        AssignmentProblem.of(volunteers, capacity, pairs.volunteer(), pairs.slot(), pairs.score());
    planProblem = problem;
    if (settings.mode() == AssignmentSolver.Mode.FAST) {
      plan = null;
      return fastAroundPins(volunteers, pinned, capacity, pairs);
    }
    SeatPlan fresh = SeatPlans.create(problem);
    plan = fresh;
    return fresh.current();
  }

  /**
   * The FAST solve of a rebuilt plan. The pinned rows (each volunteer's pending or accepted offer,
   * the first {@code pinned} rows, one pair each) keep their slots and take their seats first; the
   * auction sees only the free rows and the seats left. The pins' score stays out of the auction,
   * so its ε (a fraction of the highest score it sees) follows the ranking's scores.
   */
  private static Assignment fastAroundPins(
      int volunteers, int pinned, int[] capacity, PairList pairs) {
    int[] volunteerOf = pairs.volunteer();
    int[] slotOf = pairs.slot();
    int[] scoreOf = pairs.score();
    int[] left = capacity.clone();
    int[] shiftOf = new int[volunteers];
    Arrays.fill(shiftOf, -1);
    long total = 0;
    for (int v = 0; v < pinned; v++) { // pair v is row v's only pair
      if (left[slotOf[v]] > 0) {
        left[slotOf[v]]--;
        shiftOf[v] = slotOf[v];
        total += scoreOf[v];
      }
    }
    int[] freeVolunteer = Arrays.copyOfRange(volunteerOf, pinned, volunteerOf.length);
    for (int i = 0; i < freeVolunteer.length; i++) {
      freeVolunteer[i] -= pinned;
    }
    Assignment free =
        new AuctionAssignmentSolver()
            .solve(
                AssignmentProblem.of(
                    volunteers - pinned,
                    left,
                    freeVolunteer,
                    Arrays.copyOfRange(slotOf, pinned, slotOf.length),
                    Arrays.copyOfRange(scoreOf, pinned, scoreOf.length)));
    for (int v = pinned; v < volunteers; v++) {
      shiftOf[v] = free.shiftOf(v - pinned);
    }
    return new Assignment(shiftOf, total + free.totalScore());
  }

  /**
   * A volunteer's entry for a rebuild, with their data read once; the shifts they accepted count as
   * commitments, so that a new shift neither overlaps them nor breaks the rotation rules.
   */
  private Entry entry(VolunteerId id, @Nullable List<TimeRange> accepted) {
    Entry e = new Entry();
    if (!excluded.isEmpty() && excluded.contains(id)) {
      e.skip = true;
      return e;
    }
    Volunteer v = volunteer(id);
    if (v == null) {
      e.skip = true;
      return e;
    }
    e.volunteer = v;
    if (accepted == null) {
      e.commitments = List.copyOf(pool.commitments(id));
    } else {
      List<TimeRange> all = new ArrayList<>(pool.commitments(id));
      all.addAll(accepted);
      e.commitments = List.copyOf(all);
    }
    e.barred = barred.isEmpty() ? null : barred.get(id);
    e.credentials = List.copyOf(credentials(id));
    e.restricted = !spontaneous.isEmpty() && spontaneous.containsKey(id) && !promoted.contains(id);
    return e;
  }

  /** Candidate pairs in three growing columns. */
  private static final class PairList {
    private int[] volunteer;
    private int[] slot;
    private int[] score;
    private int size;

    PairList(int capacity) {
      volunteer = new int[capacity];
      slot = new int[capacity];
      score = new int[capacity];
    }

    void add(int v, int s, int points) {
      if (size == volunteer.length) {
        int grown = Math.max(16, size * 2);
        volunteer = Arrays.copyOf(volunteer, grown);
        slot = Arrays.copyOf(slot, grown);
        score = Arrays.copyOf(score, grown);
      }
      volunteer[size] = v;
      slot[size] = s;
      score[size] = points;
      size++;
    }

    int[] volunteer() {
      return size == volunteer.length ? volunteer : Arrays.copyOf(volunteer, size);
    }

    int[] slot() {
      return size == slot.length ? slot : Arrays.copyOf(slot, size);
    }

    int[] score() {
      return size == score.length ? score : Arrays.copyOf(score, size);
    }
  }

  private List<Credential> credentials(VolunteerId id) {
    return pool.credentials(id);
  }

  private @Nullable Volunteer volunteer(VolunteerId id) {
    IncidentPersonalData.Walkin s = spontaneous.isEmpty() ? null : spontaneous.get(id);
    return s != null ? personal.volunteer(s) : pool.volunteer(id).orElse(null);
  }

  private List<Unmet> restrictions(EligibilityQuery q, SlotInfo slot) {
    VolunteerId id = q.volunteer().id();
    return restrictions(q, slot, spontaneous.containsKey(id) && !promoted.contains(id));
  }

  /**
   * Whether {@link #restrictions(EligibilityQuery, SlotInfo, boolean)} finds anything, without
   * building the reasons.
   */
  private boolean restricted(List<TimeRange> commitments, SlotInfo slot, boolean restricted) {
    if (restricted && !slot.need.role().openToSpontaneous()) {
      return true;
    }
    TimeRange time = slot.shift.time();
    for (int i = 0; i < commitments.size(); i++) {
      if (commitments.get(i).overlaps(time)) {
        return true;
      }
    }
    return rotation != null && !rotation.check(commitments, time).isEmpty();
  }

  /**
   * What the command itself refuses beyond eligibility: outside commitments that overlap, rotation
   * rules, and restricted roles for a spontaneous volunteer not promoted yet ({@code restricted}).
   */
  private List<Unmet> restrictions(EligibilityQuery q, SlotInfo slot, boolean restricted) {
    List<Unmet> out = new ArrayList<>(1);
    if (restricted && !slot.need.role().openToSpontaneous()) {
      out.add(Unmet.of("spontaneous.restrictedRole"));
    }
    TimeRange time = slot.shift.time();
    int clashes = 0;
    for (TimeRange t : q.commitments()) {
      if (t.overlaps(time)) {
        clashes++;
      }
    }
    if (clashes > 0) {
      out.add(Unmet.of("schedule.overlap", "count", clashes));
    }
    if (rotation != null) {
      for (Violation v : rotation.check(q.commitments(), time)) {
        out.add(new Unmet(v.code(), v.arguments()));
      }
    }
    return out;
  }

  // --- answers ----------------------------------------------------------------------------------

  @Override
  public synchronized Offer answer(OfferId offerId, Answer answer, Instant at) {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(at, "at");
    Offer offer = offers.get(Objects.requireNonNull(offerId, "offer"));
    if (offer == null) {
      throw refused("offer.unknown", "offer", offerId.value());
    }
    if (offer.status() != OfferStatus.PENDING) {
      throw refused("offer.notPending", "status", offer.status());
    }
    List<Violation> range = new ArrayList<>(0);
    inRange(at, range);
    if (!range.isEmpty()) {
      throw refused(range);
    }
    if (at.isBefore(offer.sentAt())) {
      throw refused("offer.answerBeforeSent");
    }
    if (!at.isBefore(offer.dueAt())) {
      throw refused("offer.overdue");
    }
    if (answer == Answer.ACCEPT) {
      List<Violation> order = new ArrayList<>(0);
      outOfOrder(at, order);
      if (!order.isEmpty()) {
        throw refused(order);
      }
    }
    SlotInfo slot = Objects.requireNonNull(slotsByKey.get(offer.slot()));
    answeredAt.put(offer.id(), at);
    answeredOrPlanned(at);
    if (answer == Answer.DECLINE) {
      return leave(offer, slot, OfferStatus.DECLINED, at);
    }
    Verdict verdict =
        listed(offer.volunteer(), slot.need)
            ? verdictNow(offer.volunteer(), slot, at)
            : new Verdict(List.of(Unmet.of("incident.notCandidate")));
    if (!verdict.isEligible()) {
      refusals.put(offer.id(), verdict);
      return leave(offer, slot, OfferStatus.INELIGIBLE, at);
    }
    Offer accepted = offer.withStatus(OfferStatus.ACCEPTED, at);
    offers.put(accepted.id(), accepted);
    slot.pending--;
    slot.accepted++;
    if (slot.full()) {
      withdrawPending(slot, at);
    }
    // The offer's row keeps holding the seat; the volunteer gets a free row for the shifts that
    // still fit beside the one accepted.
    Integer row = planRows.get(accepted.id());
    if (plan != null && row != null) {
      Integer source = planSources.remove(accepted.id());
      int[] candidates = candidateSlots(source != null ? source : row);
      addFreeRow(accepted.volunteer(), evaluate(accepted.volunteer(), candidates, at));
    }
    recordNeedsMet(at);
    return accepted;
  }

  /** The verdict on a volunteer for a slot with their data now. */
  private Verdict verdictNow(VolunteerId id, SlotInfo slot, Instant at) {
    Volunteer v = volunteer(id);
    if (v == null) {
      return new Verdict(List.of(Unmet.of("volunteer.unknown")));
    }
    List<TimeRange> commitments = commitmentsNow(id);
    EligibilityQuery q =
        EligibilityQuery.of(v, slot.offer, commitments, at)
            .withCredentials(slot.need.role().credentials(), credentials(id));
    List<Unmet> unmet = new ArrayList<>(restrictions(q, slot));
    Set<String> codes = new HashSet<>();
    unmet.forEach(u -> codes.add(u.code()));
    for (Unmet u : eligibility.evaluate(q).unmet()) {
      if (codes.add(u.code())) {
        unmet.add(u); // each unmet condition once: the overlap is also the engine's finding
      }
    }
    return unmet.isEmpty() ? Verdict.ELIGIBLE : new Verdict(unmet);
  }

  /**
   * A pending offer is declined, lapses or is refused: the volunteer is not offered its need again
   * in this incident, and stays a candidate for the others.
   */
  private Offer leave(Offer offer, SlotInfo slot, OfferStatus status, Instant at) {
    Offer changed = offer.withStatus(status, at);
    offers.put(changed.id(), changed);
    slot.pending--;
    barred.computeIfAbsent(offer.volunteer(), k -> new HashSet<>(2)).add(slot.need.id());
    leavePlan(offer, at);
    return changed;
  }

  /**
   * Takes the plan's row behind an offer out of the plan: the row it was pinned to when the plan
   * was built, or the free row that gave it. A volunteer still in the running, with no pending
   * offer left, gets a free row in its place: the pairs of the row that gave the offer, less those
   * on needs now barred to them, with the same scores (their commitments have not changed since
   * that row was made: no other offer could be accepted while this one was pending); or, when the
   * offer's row was pinned, their pairs on the slots of the needs that listed them, checked and
   * scored now. O(their candidate slots), not a rebuild.
   */
  private void leavePlan(Offer offer, Instant at) {
    SeatPlan current = plan;
    AssignmentProblem problem = planProblem;
    Integer row = planRows.remove(offer.id());
    if (current == null || problem == null || row == null) {
      return;
    }
    current.removeVolunteer(row);
    Integer source = planSources.remove(offer.id());
    VolunteerId id = offer.volunteer();
    if (excluded.contains(id) || holdsPending(id)) {
      return;
    }
    if (source == null) {
      addFreeRow(id, evaluate(id, candidateSlots(row), at));
      return;
    }
    int[] candidates = candidateSlots(source);
    int[] keptSlots = new int[candidates.length];
    int[] keptScores = new int[candidates.length];
    int kept = 0;
    for (int k : candidates) {
      if (!isBarred(id, slots.get(k).need.id())) {
        keptSlots[kept] = k;
        keptScores[kept++] = rowScore(problem, source, k);
      }
    }
    addFreeRow(id, new int[][] {Arrays.copyOf(keptSlots, kept), Arrays.copyOf(keptScores, kept)});
  }

  private boolean holdsPending(VolunteerId id) {
    for (OfferId o : offersByVolunteer.getOrDefault(id, List.of())) {
      if (Objects.requireNonNull(offers.get(o)).status() == OfferStatus.PENDING) {
        return true;
      }
    }
    return false;
  }

  /**
   * The slots a new free row of a row's volunteer may list: a free row's candidate slots, or for a
   * row pinned when the plan was built, every slot of the needs that listed its volunteer then.
   */
  private int[] candidateSlots(int row) {
    AssignmentProblem problem = Objects.requireNonNull(planProblem);
    if (row >= problem.volunteers()) {
      return planAdded.get(row - problem.volunteers())[0];
    }
    if (row >= planPinned) {
      int[] out = new int[problem.firstCandidate(row + 1) - problem.firstCandidate(row)];
      for (int i = 0; i < out.length; i++) {
        out[i] = problem.shiftAt(problem.firstCandidate(row) + i);
      }
      return out;
    }
    Entry e = planIndex.get(planVolunteers[row]);
    if (e == null || !e.pending) {
      return new int[0];
    }
    int n = 0;
    for (int i = 0; i < e.listedCount; i += 2) {
      n += e.listed[i + 1] - e.listed[i];
    }
    int[] out = new int[n];
    n = 0;
    for (int i = 0; i < e.listedCount; i += 2) {
      for (int k = e.listed[i]; k < e.listed[i + 1]; k++) {
        out[n++] = k;
      }
    }
    return out;
  }

  /**
   * A volunteer's pairs on some slots, as a rebuild makes them: not barred, no clash with their
   * commitments and accepted shifts nor with the rotation rules, eligible at {@code at} with their
   * data and credentials now, scored by the ranker. O(slots) checks, one look-up of their data.
   */
  private int[][] evaluate(VolunteerId id, int[] candidates, Instant at) {
    Volunteer v = volunteer(id);
    if (v == null || excluded.contains(id) || candidates.length == 0) {
      return new int[][] {new int[0], new int[0]};
    }
    List<TimeRange> commitments = commitmentsNow(id);
    List<Credential> held = List.copyOf(credentials(id));
    boolean restricted = spontaneous.containsKey(id) && !promoted.contains(id);
    int[] kept = new int[candidates.length];
    int[] scores = new int[candidates.length];
    int n = 0;
    for (int k : candidates) {
      SlotInfo slot = slots.get(k);
      if (isBarred(id, slot.need.id())
          || slot.need.role().team().size() > 1
          || restricted(commitments, slot, restricted)) {
        continue;
      }
      EligibilityQuery query =
          EligibilityQuery.of(v, slot.offer, commitments, at)
              .withCredentials(slot.need.role().credentials(), held);
      if (!eligibility.isEligible(query)) {
        continue;
      }
      kept[n] = k;
      scores[n++] = Math.max(1, Math.min(MAX_SCORE, ranker.total(v, commitments, slot.offer)));
    }
    return new int[][] {Arrays.copyOf(kept, n), Arrays.copyOf(scores, n)};
  }

  /** A volunteer's outside commitments and the shifts they accepted in this incident. */
  private List<TimeRange> commitmentsNow(VolunteerId id) {
    List<TimeRange> commitments = new ArrayList<>(pool.commitments(id));
    for (OfferId o : offersByVolunteer.getOrDefault(id, List.of())) {
      Offer other = Objects.requireNonNull(offers.get(o));
      if (other.status() == OfferStatus.ACCEPTED) {
        commitments.add(Objects.requireNonNull(slotsByKey.get(other.slot())).shift.time());
      }
    }
    return List.copyOf(commitments);
  }

  /**
   * Adds a free row for a volunteer (none when {@code pairs} lists no slot), in place of any free
   * row they still have: one shortest-path search when the plan is next read.
   */
  private void addFreeRow(VolunteerId id, int[][] pairs) {
    SeatPlan current = plan;
    if (current == null) {
      return;
    }
    Entry entry = planIndex.computeIfAbsent(id, k -> new Entry());
    if (entry.index >= 0) {
      current.removeVolunteer(entry.index);
      entry.index = -1;
    }
    if (pairs[0].length == 0) {
      return;
    }
    int row = current.addVolunteer(pairs[0], pairs[1]);
    addRow(row, id, pairs, false);
    entry.index = row;
  }

  /**
   * Records a row added to the plan: its volunteer, its pairs and whether it is pinned to an offer
   * (never a new offer's source).
   */
  private void addRow(int row, VolunteerId id, int[][] pairs, boolean pinned) {
    if (row != planRowCount) {
      throw new IllegalStateException("the plan numbers its rows in the order added");
    }
    if (row >= planVolunteers.length) {
      int grown = Math.max(16, 2 * planVolunteers.length);
      planVolunteers = Arrays.copyOf(planVolunteers, grown);
      planUsed = Arrays.copyOf(planUsed, grown);
    }
    planVolunteers[row] = id;
    planUsed[row] = pinned;
    planRowCount = row + 1;
    planAdded.add(pairs);
  }

  /** A slot filled: its pending offers are withdrawn and its plan capacity cut to its seats. */
  private void withdrawPending(SlotInfo slot, Instant at) {
    for (Offer o : List.copyOf(offers.values())) {
      if (o.status() == OfferStatus.PENDING && o.slot().equals(slot.key)) {
        offers.put(o.id(), o.withStatus(OfferStatus.WITHDRAWN, at));
        slot.pending--;
        leavePlan(o, at);
      }
    }
    SeatPlan current = plan;
    if (current != null) {
      while (slot.planCapacity > slot.seats()) {
        current.removeSeat(slot.index);
        slot.planCapacity--;
      }
    }
  }

  @Override
  public synchronized Optional<Verdict> refusal(OfferId offer) {
    return Optional.ofNullable(refusals.get(Objects.requireNonNull(offer, "offer")));
  }

  @Override
  public synchronized List<Offer> expireOverdue(Instant at) {
    Objects.requireNonNull(at, "at");
    List<Violation> range = new ArrayList<>(0);
    inRange(at, range);
    if (!range.isEmpty()) {
      throw refused(range);
    }
    return expire(at);
  }

  private List<Offer> expire(Instant at) {
    List<Offer> changed = new ArrayList<>();
    for (Offer o : List.copyOf(offers.values())) {
      if (o.status() == OfferStatus.PENDING && !o.dueAt().isAfter(at)) {
        SlotInfo slot = Objects.requireNonNull(slotsByKey.get(o.slot()));
        changed.add(leave(o, slot, OfferStatus.NO_ANSWER, o.dueAt()));
        answeredOrPlanned(o.dueAt());
      }
    }
    return changed;
  }

  @Override
  public synchronized List<Offer> dropOut(VolunteerId volunteer, Instant at) {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(at, "at");
    List<Offer> held = new ArrayList<>();
    for (OfferId id : offersByVolunteer.getOrDefault(volunteer, List.of())) {
      Offer o = Objects.requireNonNull(offers.get(id));
      if (o.status() == OfferStatus.PENDING || o.status() == OfferStatus.ACCEPTED) {
        held.add(o);
      }
    }
    List<Violation> problems = new ArrayList<>(1);
    if (held.isEmpty()) {
      problems.add(Violation.of("offer.nothingToDrop", "volunteer", volunteer.value()));
    }
    outOfOrder(at, problems);
    if (!problems.isEmpty()) {
      throw refused(problems);
    }
    excluded.add(volunteer); // out of the running for every need of the incident
    List<Offer> changed = new ArrayList<>();
    for (Offer o : held) {
      SlotInfo slot = Objects.requireNonNull(slotsByKey.get(o.slot()));
      if (o.status() == OfferStatus.PENDING) {
        changed.add(leave(o, slot, OfferStatus.DECLINED, at));
      } else {
        Offer dropped = o.withStatus(OfferStatus.DROPPED_OUT, at);
        offers.put(o.id(), dropped);
        slot.accepted--;
        leavePlan(o, at);
        if (slot.planCapacity < settings.offerCap(slot.seats())) {
          // A filled shift reopens with its overbooking cap, which the plan cut to its seats when
          // it filled: the plan's seats cannot grow again, so the next wave rebuilds it.
          plan = null;
        }
        changed.add(dropped);
      }
    }
    Entry entry = planIndex.get(volunteer);
    SeatPlan current = plan;
    if (current != null && entry != null && entry.index >= 0) {
      current.removeVolunteer(entry.index); // their free row, not used for an offer yet
      entry.index = -1;
    }
    recordNeedsMet(at);
    return changed;
  }

  @Override
  public synchronized List<Offer> offers() {
    return List.copyOf(offers.values());
  }

  @Override
  public synchronized int openSeats() {
    int open = 0;
    for (SlotInfo s : slots) {
      open += s.seats() - s.accepted;
    }
    return open;
  }

  // --- spontaneous volunteers -------------------------------------------------------------------

  @Override
  public synchronized Volunteer intake(VolunteerId id, SpontaneousIntake intake, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(intake, "intake");
    Objects.requireNonNull(at, "at");
    List<Violation> problems = new ArrayList<>();
    if (spontaneous.containsKey(id) || pool.volunteer(id).isPresent()) {
      problems.add(Violation.of("spontaneous.duplicate", "volunteer", id.value()));
    }
    String nationalId = intake.nationalId().value();
    for (IncidentPersonalData.Walkin w : spontaneous.values()) {
      Volunteer known = personal.volunteer(w);
      if (known != null && known.nationalId().value().equals(nationalId)) {
        problems.add(Violation.of("spontaneous.alreadyTakenIn")); // names nobody
        break;
      }
    }
    if (inCandidatePool(nationalId)) {
      problems.add(Violation.of("spontaneous.inCandidatePool")); // names nobody
    }
    if (incident.status() != IncidentStatus.DECLARED
        && incident.status() != IncidentStatus.ACTIVE) {
      problems.add(Violation.of("incident.needsClosed", "status", incident.status()));
    }
    inRange(at, problems);
    if (!problems.isEmpty()) {
      throw refused(problems);
    }
    Volunteer v =
        Volunteer.builder()
            .id(id)
            .nationalId(intake.nationalId())
            .nationality(intake.nationality())
            .name(intake.name())
            .mobile(intake.mobile())
            .birthDate(intake.birthDate())
            .gender(intake.gender())
            .region(intake.region())
            .status(VolunteerStatus.REGISTERED)
            .build();
    spontaneous.put(id, personal.intake(v));
    plan = null;
    return v;
  }

  @Override
  public synchronized Volunteer promote(VolunteerId volunteer, Instant at) {
    Objects.requireNonNull(at, "at");
    IncidentPersonalData.Walkin w = spontaneous.get(Objects.requireNonNull(volunteer, "volunteer"));
    Volunteer v = w == null ? null : personal.volunteer(w);
    List<Violation> problems = new ArrayList<>(1);
    if (w == null || v == null) {
      problems.add(Violation.of("spontaneous.unknown", "volunteer", volunteer.value()));
    } else if (promoted.contains(volunteer)) {
      problems.add(Violation.of("spontaneous.alreadyPromoted", "volunteer", volunteer.value()));
    }
    inRange(at, problems);
    if (!problems.isEmpty() || w == null || v == null) {
      throw refused(problems);
    }
    spontaneous.put(volunteer, personal.withStatus(w, VolunteerStatus.VERIFIED));
    promoted.add(volunteer);
    plan = null;
    return v.withStatus(VolunteerStatus.VERIFIED);
  }

  // --- teams ------------------------------------------------------------------------------------

  @Override
  public synchronized void formTeam(Team team, Instant at) {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(at, "at");
    List<Violation> problems = new ArrayList<>();
    if (teams.containsKey(team.id())) {
      problems.add(Violation.of("team.duplicate", "team", team.id().value()));
    }
    LocalDate firstDay = incident.period().first();
    boolean minorWithoutConsent = false;
    for (VolunteerId id : team.everyone()) {
      Volunteer v = volunteer(id);
      if (v == null) {
        problems.add(Violation.of("team.unknownVolunteer", "volunteer", id.value()));
        continue;
      }
      if (v.ageOn(firstDay, AgeCalendar.GREGORIAN) < 18
          && v.guardianConsent().map(c -> !c.coversDay(firstDay)).orElse(true)) {
        minorWithoutConsent = true;
      }
      if (teamOf.containsKey(id)) {
        problems.add(Violation.of("team.memberInAnotherTeam", "volunteer", id.value()));
      }
    }
    if (minorWithoutConsent) {
      // Once, naming nobody: an age tied to a volunteer is personal data.
      problems.add(0, Violation.of("team.minorWithoutConsent"));
    }
    inRange(at, problems);
    if (!problems.isEmpty()) {
      throw refused(problems);
    }
    teams.put(team.id(), team);
    team.everyone().forEach(id -> teamOf.put(id, team.id()));
  }

  @Override
  public synchronized List<Offer> enrolTeam(TeamId teamId, Slot slotKey, Instant at) {
    Objects.requireNonNull(at, "at");
    List<Violation> problems = new ArrayList<>();
    Team team = teams.get(Objects.requireNonNull(teamId, "team"));
    if (team == null) {
      problems.add(Violation.of("team.unknown", "team", teamId.value()));
    }
    SlotInfo slot = slotsByKey.get(Objects.requireNonNull(slotKey, "slot"));
    if (slot == null) {
      problems.add(Violation.of("need.unknown", "need", slotKey.toString()));
    }
    if (incident.status() != IncidentStatus.ACTIVE) {
      problems.add(Violation.of("incident.notActive", "status", incident.status()));
    }
    outOfOrder(at, problems);
    if (team != null && slot != null) {
      int size = team.size();
      var shape = slot.need.role().team();
      if (shape.size() > 1 && size != shape.size()) {
        problems.add(Violation.of("team.wrongSize", "size", size, "required", shape.size()));
      }
      int free =
          Math.min(
              slot.seats() - slot.accepted,
              settings.offerCap(slot.seats()) - slot.accepted - slot.pending);
      if (free < size) {
        problems.add(Violation.of("team.noCapacity", "seats", Math.max(0, free), "size", size));
      }
      int awaiting = 0;
      for (VolunteerId id : team.everyone()) {
        if (holdsPending(id)) {
          awaiting++; // counted below, once
          continue;
        }
        if (holdsPendingOrOverlaps(id, slot) || overlapsOutside(id, slot)) {
          problems.add(Violation.of("team.memberBusy", "volunteer", id.value()));
          continue;
        }
        Verdict verdict = verdictNow(id, slot, at);
        if (!verdict.isEligible()) {
          problems.add(
              Violation.of(
                  "team.memberIneligible",
                  "volunteer",
                  id.value(),
                  "reasons",
                  String.join(", ", verdict.codes())));
        }
      }
      if (awaiting > 0) {
        problems.add(Violation.of("team.membersAwaitingAnswer", "count", awaiting));
      }
    }
    if (!problems.isEmpty() || team == null || slot == null) {
      throw refused(problems);
    }
    int number = Math.max(1, waves);
    List<Offer> made = new ArrayList<>();
    for (VolunteerId id : team.everyone()) {
      Offer offer =
          new Offer(
              OfferId.of("O-" + nextOffer++),
              id,
              slot.key,
              0,
              at,
              at.plusSeconds(1),
              OfferStatus.ACCEPTED,
              Optional.of(at));
      store(offer);
      slot.accepted++;
      made.add(offer);
    }
    if (number > 0 && slot.full()) {
      withdrawPending(slot, at);
    }
    plan = null;
    recordNeedsMet(at);
    return made;
  }

  private boolean overlapsOutside(VolunteerId id, SlotInfo slot) {
    for (TimeRange t : pool.commitments(id)) {
      if (t.overlaps(slot.shift.time())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized TeamHours teamHours(TeamId teamId, Collection<HourEntry> entries) {
    Team team = teams.get(Objects.requireNonNull(teamId, "team"));
    Objects.requireNonNull(entries, "entries");
    if (team == null) {
      throw refused("team.unknown", "team", teamId.value());
    }
    Set<OpportunityNumber> mine = opportunityNumbers();
    Map<VolunteerId, Long> minutes = new LinkedHashMap<>();
    team.everyone().forEach(id -> minutes.put(id, 0L));
    long total = 0;
    for (HourEntry e : entries) {
      if (e.status() == HourStatus.APPROVED
          && mine.contains(e.opportunity())
          && minutes.containsKey(e.volunteer())) {
        minutes.merge(e.volunteer(), (long) e.creditedMinutes(), Long::sum);
        total += e.creditedMinutes();
      }
    }
    return new TeamHours(teamId, total, minutes);
  }

  private Set<OpportunityNumber> opportunityNumbers() {
    Set<OpportunityNumber> numbers = new HashSet<>();
    needs.values().forEach(n -> numbers.add(n.opportunity().number()));
    return numbers;
  }

  // --- stand-down, appraisals, report -----------------------------------------------------------

  @Override
  public synchronized List<Offer> standDown(Instant at) {
    Objects.requireNonNull(at, "at");
    List<Violation> problems = new ArrayList<>(1);
    if (incident.status() == IncidentStatus.CLOSED) {
      problems.add(
          Violation.of(
              "incident.illegalTransition", "from", incident.status(), "to", incident.status()));
    }
    outOfOrder(at, problems);
    if (!problems.isEmpty()) {
      throw refused(problems);
    }
    lastChange = at;
    List<Offer> changed = new ArrayList<>();
    for (Offer o : List.copyOf(offers.values())) {
      SlotInfo slot = Objects.requireNonNull(slotsByKey.get(o.slot()));
      if (o.status() == OfferStatus.PENDING) {
        Offer w = o.withStatus(OfferStatus.WITHDRAWN, at);
        offers.put(o.id(), w);
        slot.pending--;
        changed.add(w);
      } else if (o.status() == OfferStatus.ACCEPTED) {
        Offer r = o.withStatus(OfferStatus.RELEASED, at);
        offers.put(o.id(), r);
        changed.add(r);
      }
    }
    incident = incident.withStatus(IncidentStatus.CLOSED);
    plan = null;
    return changed;
  }

  @Override
  public synchronized void appraise(Appraisal appraisal) {
    Objects.requireNonNull(appraisal, "appraisal");
    List<Violation> problems = new ArrayList<>();
    if (!needs.containsKey(appraisal.need())) {
      problems.add(Violation.of("need.unknown", "need", appraisal.need().value()));
    }
    boolean served = false;
    for (OfferId id : offersByVolunteer.getOrDefault(appraisal.volunteer(), List.of())) {
      Offer o = Objects.requireNonNull(offers.get(id));
      OfferStatus s = o.status();
      if (o.slot().need().equals(appraisal.need())
          && (s == OfferStatus.ACCEPTED
              || s == OfferStatus.RELEASED
              || s == OfferStatus.DROPPED_OUT)) {
        served = true;
      }
    }
    if (!served) {
      problems.add(Violation.of("appraisal.notServed", "volunteer", appraisal.volunteer().value()));
    }
    for (Appraisal a : appraisals) {
      if (a.need().equals(appraisal.need())
          && a.volunteer().equals(appraisal.volunteer())
          && a.direction() == appraisal.direction()) {
        problems.add(Violation.of("appraisal.duplicate", "direction", appraisal.direction()));
      }
    }
    if (!problems.isEmpty()) {
      throw refused(problems);
    }
    String sealed = personal.sealedComment(appraisal);
    appraisals.add(sealed == null ? appraisal : IncidentPersonalData.withoutComment(appraisal));
    sealedComments.add(sealed);
  }

  @Override
  public synchronized List<Appraisal> appraisals() {
    List<Appraisal> out = new ArrayList<>(appraisals.size());
    for (int i = 0; i < appraisals.size(); i++) {
      out.add(personal.shown(appraisals.get(i), sealedComments.get(i)));
    }
    return List.copyOf(out);
  }

  /**
   * Adds {@code incident.outOfOrder} when a change to the seats or the filled seats is dated before
   * the latest one recorded: the needs-met series stays in time order.
   */
  private void outOfOrder(Instant at, List<Violation> problems) {
    if (!inRange(at, problems)) {
      return;
    }
    Instant last = lastChange;
    if (last != null && at.isBefore(last)) {
      problems.add(Violation.of("incident.outOfOrder"));
    }
  }

  /**
   * Adds {@code incident.outOfOrder} when a wave is dated before the latest change held to time
   * order or the latest wave or answer recorded: a wave is planned on the answers before it.
   */
  private void waveOutOfOrder(Instant at, List<Violation> problems) {
    if (!inRange(at, problems)) {
      return;
    }
    Instant change = lastChange;
    Instant answered = lastWaveOrAnswer;
    if ((change != null && at.isBefore(change)) || (answered != null && at.isBefore(answered))) {
      problems.add(Violation.of("incident.outOfOrder"));
    }
  }

  /** Records a wave or an answer at {@code at}: later waves are not dated before it. */
  private void answeredOrPlanned(Instant at) {
    Instant answered = lastWaveOrAnswer;
    if (answered == null || at.isAfter(answered)) {
      lastWaveOrAnswer = at;
    }
  }

  /**
   * Adds {@code incident.instantOutOfRange} when an instant falls outside the range the command
   * accepts: from the start (UTC) of the day a year before the incident's first day to the end of
   * the day a year after its last day.
   *
   * @return whether the instant is in range
   */
  private boolean inRange(Instant at, List<Violation> problems) {
    LocalDate from = incident.period().first().minusYears(1);
    LocalDate to = incident.period().last().plusYears(1);
    if (at.isBefore(from.atStartOfDay(ZoneOffset.UTC).toInstant())
        || !at.isBefore(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
      problems.add(Violation.of("incident.instantOutOfRange", "from", from, "to", to));
      return false;
    }
    return true;
  }

  /**
   * Whether the candidate pool lists, for some need, a volunteer with this national ID: one look-up
   * per listed volunteer.
   */
  private boolean inCandidatePool(String nationalId) {
    Set<VolunteerId> seen = new HashSet<>();
    for (Need n : needs.values()) {
      for (VolunteerId id : pool.candidates(n)) {
        if (seen.add(id)
            && pool.volunteer(id)
                .map(v -> v.nationalId().value().equals(nationalId))
                .orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }

  private void recordNeedsMet(Instant at) {
    int seats = 0;
    int filled = 0;
    for (SlotInfo s : slots) {
      seats += s.seats();
      filled += s.accepted;
    }
    needsMet.add(new IncidentReport.NeedsMet(at, seats, filled));
    lastChange = at;
  }

  @Override
  public synchronized IncidentReport report(Collection<HourEntry> hours, Instant at) {
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(at, "at");
    Map<OfferStatus, Integer> byStatus = new EnumMap<>(OfferStatus.class);
    List<Duration> times = new ArrayList<>();
    int unanswered = 0;
    for (Offer o : offers.values()) {
      byStatus.merge(o.status(), 1, Integer::sum);
      if (o.wave() == 0) {
        continue;
      }
      Instant answered = answeredAt.get(o.id());
      if (o.status() == OfferStatus.NO_ANSWER) {
        unanswered++;
      } else if (answered != null) {
        times.add(Duration.between(o.sentAt(), answered));
      }
    }
    times.sort(null);
    Duration median = times.isEmpty() ? Duration.ZERO : times.get(rank(times.size(), 50));
    Duration p90 = times.isEmpty() ? Duration.ZERO : times.get(rank(times.size(), 90));
    Map<OpportunityNumber, Need> byNumber = new HashMap<>();
    needs.values().forEach(n -> byNumber.put(n.opportunity().number(), n));
    Map<RoleId, Long> byRole = new LinkedHashMap<>();
    Map<Region, Long> byRegion = new EnumMap<>(Region.class);
    for (HourEntry e : hours) {
      Need n = byNumber.get(e.opportunity());
      if (n == null || e.status() != HourStatus.APPROVED) {
        continue;
      }
      byRole.merge(n.role().id(), (long) e.creditedMinutes(), Long::sum);
      byRegion.merge(e.region(), (long) e.creditedMinutes(), Long::sum);
    }
    Map<Appraisal.Direction, IncidentReport.Ratings> ratings =
        new EnumMap<>(Appraisal.Direction.class);
    for (Appraisal.Direction d : Appraisal.Direction.values()) {
      int count = 0;
      int sum = 0;
      for (Appraisal a : appraisals) {
        if (a.direction() == d) {
          count++;
          sum += a.rating();
        }
      }
      ratings.put(d, new IncidentReport.Ratings(count, sum));
    }
    return new IncidentReport(
        incident,
        at,
        needsMet,
        new IncidentReport.Responses(times.size(), median, p90, unanswered),
        byStatus,
        byRole,
        byRegion,
        ratings);
  }

  /**
   * How many times the seat plan was built (first waves, and waves after a change that needs a
   * rebuild): for tests.
   *
   * @return the count
   */
  synchronized int rebuilds() {
    return rebuilds;
  }

  /**
   * The total ranking score of the placements the last wave read, before the room rule: for tests.
   *
   * @return the total, 0 before the first wave
   */
  synchronized long lastPlacedTotal() {
    return lastPlacedTotal;
  }

  /**
   * The total ranking score of the re-planned placements the last wave read when every row holding
   * an offer kept its slot, whether or not the wave then rebuilt the plan: for tests.
   *
   * @return the total, or -1 when the last wave had no plan to re-plan or a held row moved
   */
  synchronized long lastReplannedTotal() {
    return lastReplannedTotal;
  }

  /** The nearest-rank index of a percentile in a sorted list of n values. */
  static int rank(int n, int percentile) {
    int r = (int) Math.ceil(percentile / 100.0 * n);
    return Math.max(0, r - 1);
  }
}
