package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.NeedId;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.OfferStatus;
import org.tatawwu.incident.RotationRules;
import org.tatawwu.incident.Slot;
import org.tatawwu.matching.AssignmentProblem;
import org.tatawwu.matching.AssignmentSolver;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The command's re-planned waves equal a full re-solve of the same state. Random small incidents
 * (needs of 1 to 3 shifts on 3 days, some demanding a credential, volunteers with and without it,
 * some with outside commitments, overbooking 100 to 200%) go through random waves, answers (accept
 * or decline, so that volunteers who decline stay candidates of the other needs and those who
 * accept stay candidates of the shifts that do not overlap), missed answers and drop-outs. Before
 * every wave, a model written here builds the seat plan from the command's public state alone: for
 * every volunteer in the running without a pending offer, the slots of the needs they have not
 * declined, let lapse or been refused for, that overlap neither their commitments nor the shifts
 * they accepted, for which the eligibility engine finds them eligible and, in the half of the
 * incidents with rotation rules, that keep to the rules beside those commitments and shifts
 * (consecutive days, rest and weekly hours, with limits met exactly by some shifts, worked out here
 * on the whole hours the shifts fall on), scored by the ranker; each slot with the room its cap
 * leaves beside the offers held. An exact solve of that model gives the best total; the total of
 * the command's re-planned placements (read from the plan kept up to date by removals and added
 * rows, whenever no row holding an offer moved) must equal it, and so must the total the wave used.
 */
class CommandReplanPropertiesTest {
  private int compared;
  private int replanned;

  /** The waves for which the model left out a pair eligible but for the rotation rules. */
  private int rotationWaves;

  @Test
  void every_re_planned_wave_has_the_total_of_a_full_re_solve() {
    qt().withExamples(400)
        .forAll(
            integers().between(0, Integer.MAX_VALUE),
            lists().of(integers().between(0, 5)).ofSizeBetween(2, 16))
        .checkAssert(this::run);
    // The incremental path is what is tested: most re-planned waves must be compared.
    assertThat(replanned).as("waves read from the re-planned plan").isGreaterThan(compared / 3);
    // The rotation rules are what is tested too: many waves must leave pairs out for them.
    assertThat(rotationWaves).as("waves skipping a pair for rotation").isGreaterThan(compared / 10);
  }

  private void run(int seed, List<Integer> ops) {
    Random rnd = new Random(seed);
    Flood.MutablePool pool = Flood.randomPool(rnd, 3 + rnd.nextInt(12), false);
    int percent = List.of(100, 150, 200).get(rnd.nextInt(3));
    ActivationSettings settings =
        ActivationSettings.DEFAULT
            .withOverbookingPercent(percent)
            .withMode(AssignmentSolver.Mode.EXACT);
    if (rnd.nextBoolean()) {
      // Limits at the lengths and gaps of the shifts (4, 6 or 8 hours from 6:00 to 14:00, outside
      // commitments of 3 hours): each limit is met exactly by some pairs of shifts.
      settings =
          settings.withRotation(
              new RotationRules(
                  1 + rnd.nextInt(3),
                  Duration.ofHours(List.of(0, 2, 4, 6, 8, 10, 12).get(rnd.nextInt(7))),
                  Duration.ofHours(List.of(4, 8, 10, 12, 14, 16, 24).get(rnd.nextInt(7))),
                  Flood.RIYADH));
    }
    IncidentCommand command = Flood.command(pool, settings);
    List<Need> needs = new ArrayList<>();
    int count = 1 + rnd.nextInt(3);
    for (int n = 0; n < count; n++) {
      Need need = Flood.randomNeed(rnd, n, rnd.nextInt(3) == 0);
      command.addNeed(need, Flood.DECLARED);
      needs.add(need);
    }
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    DefaultIncidentCommand inside = (DefaultIncidentCommand) command;
    Set<VolunteerId> droppedOut = new HashSet<>();
    Instant now = Flood.DECLARED;
    for (int op : ops) {
      now = now.plus(Duration.ofMinutes(10));
      switch (op) {
        case 0, 1 -> {
          command.expireOverdue(now);
          Model model = new Model(settings);
          long best = model.best(pool, needs, command.offers(), droppedOut, now);
          if (model.skippedForRotation > 0) {
            rotationWaves++;
          }
          command.planWave(now);
          compared++;
          if (inside.lastReplannedTotal() >= 0) {
            replanned++;
            assertThat(inside.lastReplannedTotal())
                .as("the re-planned placements' total")
                .isEqualTo(best);
          }
          assertThat(inside.lastPlacedTotal()).as("the wave's placements' total").isEqualTo(best);
        }
        case 2, 3 -> {
          for (Offer o : command.offers()) {
            Offer current = find(command, o);
            if (current.status() != OfferStatus.PENDING || !now.isBefore(current.dueAt())) {
              continue;
            }
            int choice = rnd.nextInt(3);
            if (choice == 0) {
              continue; // no answer yet
            }
            command.answer(current.id(), choice == 1 ? Answer.ACCEPT : Answer.DECLINE, now);
          }
        }
        case 4 -> {
          now = now.plus(settings.answerWindow());
          command.expireOverdue(now);
        }
        default -> {
          List<VolunteerId> holders = new ArrayList<>();
          for (Offer o : command.offers()) {
            if (o.status() == OfferStatus.ACCEPTED || o.status() == OfferStatus.PENDING) {
              holders.add(o.volunteer());
            }
          }
          if (!holders.isEmpty()) {
            VolunteerId v = holders.get(rnd.nextInt(holders.size()));
            command.dropOut(v, now);
            droppedOut.add(v);
          }
        }
      }
    }
  }

  private static Offer find(IncidentCommand command, Offer o) {
    return command.offers().stream().filter(x -> x.id().equals(o.id())).findFirst().orElseThrow();
  }

  /** The model of the seat plan described on the class. */
  private static final class Model {
    private final ActivationSettings settings;

    /** The pairs the last {@link #best} left out for the rotation rules alone. */
    int skippedForRotation;

    Model(ActivationSettings settings) {
      this.settings = settings;
    }

    /**
     * The best total a wave at {@code at} can place, from the command's public state: the model of
     * the seat plan described on the class, solved exactly.
     */
    long best(
        Flood.MutablePool pool,
        List<Need> needs,
        List<Offer> offers,
        Set<VolunteerId> droppedOut,
        Instant at) {
      record SlotModel(Need need, Shift shift) {}
      List<SlotModel> slots = new ArrayList<>();
      Map<Slot, Integer> index = new HashMap<>();
      for (Need n : needs) {
        for (Shift s : n.opportunity().shifts()) {
          index.put(new Slot(n.id(), s.id()), slots.size());
          slots.add(new SlotModel(n, s));
        }
      }
      int[] pending = new int[slots.size()];
      int[] accepted = new int[slots.size()];
      Set<VolunteerId> waiting = new HashSet<>();
      Set<String> barred = new HashSet<>();
      Map<VolunteerId, List<TimeRange>> taken = new HashMap<>();
      for (Offer o : offers) {
        int k = Objects.requireNonNull(index.get(o.slot()));
        switch (o.status()) {
          case PENDING -> {
            pending[k]++;
            waiting.add(o.volunteer());
          }
          case ACCEPTED -> {
            accepted[k]++;
            taken
                .computeIfAbsent(o.volunteer(), x -> new ArrayList<>())
                .add(slots.get(k).shift().time());
          }
          case DECLINED, NO_ANSWER, INELIGIBLE ->
              barred.add(o.volunteer().value() + " " + o.slot().need().value());
          default -> {}
        }
      }
      int[] room = new int[slots.size()];
      for (int k = 0; k < slots.size(); k++) {
        int seats = slots.get(k).shift().capacity();
        int cap = accepted[k] >= seats ? accepted[k] : seats * settings.overbookingPercent() / 100;
        room[k] = Math.max(0, cap - pending[k] - accepted[k]);
      }
      List<int[]> pairs = new ArrayList<>();
      int rows = 0;
      for (VolunteerId id : pool.volunteers.keySet().stream().sorted().toList()) {
        if (droppedOut.contains(id) || waiting.contains(id)) {
          continue;
        }
        Volunteer v = Objects.requireNonNull(pool.volunteers.get(id));
        List<TimeRange> commitments = new ArrayList<>(pool.commitments(id));
        commitments.addAll(taken.getOrDefault(id, List.of()));
        boolean any = false;
        for (int k = 0; k < slots.size(); k++) {
          SlotModel slot = slots.get(k);
          NeedId need = slot.need().id();
          if (barred.contains(id.value() + " " + need.value())) {
            continue;
          }
          TimeRange time = slot.shift().time();
          if (commitments.stream().anyMatch(t -> t.overlaps(time))) {
            continue;
          }
          ShiftOffer offer =
              new ShiftOffer(slot.need().entity(), slot.need().opportunity(), slot.shift());
          EligibilityQuery q =
              EligibilityQuery.of(v, offer, commitments, at)
                  .withCredentials(slot.need().role().credentials(), pool.credentials(id));
          if (!Flood.ENGINE.isEligible(q)) {
            continue;
          }
          Optional<RotationRules> rules = settings.rotation();
          if (rules.isPresent() && !keepsTo(rules.get(), commitments, time)) {
            skippedForRotation++;
            continue;
          }
          int score = Math.max(1, Math.min(999_999, Flood.RANKER.total(v, commitments, offer)));
          pairs.add(new int[] {rows, k, score});
          any = true;
        }
        if (any) {
          rows++;
        }
      }
      AssignmentProblem problem =
          AssignmentProblem.of(
              rows,
              room,
              pairs.stream().mapToInt(p -> p[0]).toArray(),
              pairs.stream().mapToInt(p -> p[1]).toArray(),
              pairs.stream().mapToInt(p -> p[2]).toArray());
      return Tatawwu.assignmentSolver(AssignmentSolver.Mode.EXACT).solve(problem).totalScore();
    }

    /**
     * Whether working {@code proposed} beside {@code worked} keeps to the rules, worked out here on
     * the whole hours the test's shifts and commitments fall on: the days of the zone each range
     * touches (its last instant's day being that of {@code end} less a nanosecond), cut into runs
     * of consecutive days, the run holding the proposed shift's days no longer than the limit;
     * every gap between the proposed shift and another at least the rest; and in every window of
     * 168 hours that meets the proposed shift, the hours on which some range is worked no more than
     * the limit.
     */
    static boolean keepsTo(RotationRules rules, List<TimeRange> worked, TimeRange proposed) {
      List<TimeRange> all = new ArrayList<>(worked);
      all.add(proposed);
      TreeSet<LocalDate> days = new TreeSet<>();
      for (TimeRange t : all) {
        LocalDate last = LocalDate.ofInstant(t.end().minusNanos(1), rules.zone());
        for (LocalDate d = LocalDate.ofInstant(t.start(), rules.zone());
            !d.isAfter(last);
            d = d.plusDays(1)) {
          days.add(d);
        }
      }
      LocalDate first = LocalDate.ofInstant(proposed.start(), rules.zone());
      LocalDate runStart = null;
      LocalDate previous = null;
      for (LocalDate d : days) {
        if (previous == null || !d.equals(previous.plusDays(1))) {
          runStart = d;
        }
        previous = d;
        // the run holding the proposed shift's first day ends where the days stop following on
        if (!d.isBefore(first)
            && !days.contains(d.plusDays(1))
            && !Objects.requireNonNull(runStart).isAfter(first)) {
          if (ChronoUnit.DAYS.between(runStart, d) + 1 > rules.maxConsecutiveDays()) {
            return false;
          }
          break;
        }
      }
      for (TimeRange t : worked) {
        Duration gap;
        if (!t.end().isAfter(proposed.start())) {
          gap = Duration.between(t.end(), proposed.start());
        } else if (!proposed.end().isAfter(t.start())) {
          gap = Duration.between(proposed.end(), t.start());
        } else {
          gap = Duration.ZERO;
        }
        if (gap.compareTo(rules.minRest()) < 0) {
          return false;
        }
      }
      // worked[i]: whether hour base + i is worked; the windows meeting the proposed shift start
      // from 167 hours before its first hour to its last hour.
      long base = hour(proposed.start()) - 168;
      int span = (int) (hour(proposed.end()) + 168 - base);
      boolean[] busy = new boolean[span];
      for (TimeRange t : all) {
        for (long h = Math.max(base, hour(t.start()));
            h < Math.min(base + span, hour(t.end()));
            h++) {
          busy[(int) (h - base)] = true;
        }
      }
      int inWindow = 0; // the window [w, w + 168), slid one hour at a time
      for (int i = 1; i < 169; i++) {
        inWindow += busy[i] ? 1 : 0;
      }
      for (int w = 1; w < span - 168; w++) {
        if (w > 1) {
          inWindow += (busy[w + 167] ? 1 : 0) - (busy[w - 1] ? 1 : 0);
        }
        if (inWindow > rules.maxPerWeek().toHours()) {
          return false;
        }
      }
      return true;
    }

    private static long hour(Instant i) {
      if (i.getEpochSecond() % 3600 != 0 || i.getNano() != 0) {
        throw new IllegalArgumentException("the model counts whole hours");
      }
      return i.getEpochSecond() / 3600;
    }
  }
}
