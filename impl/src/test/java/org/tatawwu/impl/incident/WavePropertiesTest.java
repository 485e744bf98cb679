package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tatawwu.credential.CredentialStatus;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.OfferStatus;
import org.tatawwu.incident.Slot;
import org.tatawwu.matching.AssignmentSolver;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.VolunteerStatus;

/**
 * Random incidents driven through random waves, answers, data changes, missed answers and
 * drop-outs. After every step: no volunteer holds two overlapping offers or one overlapping their
 * outside commitments; nobody is offered again a need they declined, let lapse or were refused for;
 * no shift has more pending or accepted offers than {@code floor(seats × percent / 100)}, nor more
 * accepted than seats; and every acceptance agrees with a model of eligibility written here (not
 * suspended; the EMT credential verified and unexpired on the shift's day where the role demands
 * it).
 */
class WavePropertiesTest {
  @Test
  void waves_keep_their_three_promises() {
    qt().withExamples(300)
        .forAll(
            integers().between(0, Integer.MAX_VALUE),
            lists().of(integers().between(0, 5)).ofSizeBetween(1, 14))
        .checkAssert(this::run);
  }

  private void run(int seed, List<Integer> ops) {
    Random rnd = new Random(seed);
    Flood.MutablePool pool = Flood.randomPool(rnd, 3 + rnd.nextInt(13), true);
    int percent = List.of(100, 150, 200, 130).get(rnd.nextInt(4));
    ActivationSettings settings =
        ActivationSettings.DEFAULT
            .withOverbookingPercent(percent)
            .withMode(
                rnd.nextInt(4) == 0 ? AssignmentSolver.Mode.FAST : AssignmentSolver.Mode.EXACT);
    IncidentCommand command = Flood.command(pool, settings);
    Map<Slot, Shift> shifts = new HashMap<>();
    Map<Slot, Boolean> demandsEmt = new HashMap<>();
    int needs = 1 + rnd.nextInt(3);
    for (int n = 0; n < needs; n++) {
      boolean credential = rnd.nextBoolean();
      Need need = Flood.randomNeed(rnd, n, credential);
      command.addNeed(need, Flood.DECLARED);
      for (Shift s : need.opportunity().shifts()) {
        shifts.put(new Slot(need.id(), s.id()), s);
        demandsEmt.put(new Slot(need.id(), s.id()), credential);
      }
    }
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    Instant now = Flood.DECLARED;
    for (int op : ops) {
      now = now.plus(Duration.ofMinutes(10));
      switch (op) {
        case 0, 1 -> command.planWave(now);
        case 2 -> {
          for (Offer listed : pending(command)) {
            Offer o =
                command.offers().stream()
                    .filter(x -> x.id().equals(listed.id()))
                    .findFirst()
                    .orElseThrow();
            if (o.status() != OfferStatus.PENDING) {
              continue; // withdrawn when its shift filled
            }
            Instant answeredAt = now;
            if (!answeredAt.isBefore(o.dueAt())) {
              RuleException late =
                  catchThrowableOfType(
                      RuleException.class, () -> command.answer(o.id(), Answer.ACCEPT, answeredAt));
              assertThat(late.violations().get(0).code()).isEqualTo("offer.overdue");
              continue;
            }
            boolean accept = rnd.nextInt(3) > 0;
            boolean modelEligible = modelEligible(pool, o, shifts, demandsEmt);
            Offer after = command.answer(o.id(), accept ? Answer.ACCEPT : Answer.DECLINE, now);
            if (!accept) {
              assertThat(after.status()).isEqualTo(OfferStatus.DECLINED);
            } else if (after.status() != OfferStatus.WITHDRAWN) {
              assertThat(after.status())
                  .as(
                      "acceptance of an offer by a volunteer the model finds %s",
                      modelEligible ? "eligible" : "ineligible")
                  .isEqualTo(modelEligible ? OfferStatus.ACCEPTED : OfferStatus.INELIGIBLE);
            }
            check(command, pool, shifts, percent);
            if (rnd.nextInt(4) == 0) {
              break;
            }
          }
        }
        case 3 -> {
          // data change: a volunteer is suspended or their credential lapses
          List<VolunteerId> ids = new ArrayList<>(pool.volunteers.keySet());
          ids.sort(null);
          VolunteerId id = ids.get(rnd.nextInt(ids.size()));
          if (rnd.nextBoolean()) {
            pool.add(
                Objects.requireNonNull(pool.volunteers.get(id))
                    .withStatus(VolunteerStatus.SUSPENDED));
          } else {
            pool.credentials.put(id, List.of(Flood.emt(id, 900, Flood.FIRST.minusDays(2))));
          }
        }
        case 4 -> {
          now = now.plus(settings.answerWindow());
          command.expireOverdue(now);
        }
        default -> {
          List<Offer> accepted =
              command.offers().stream().filter(o -> o.status() == OfferStatus.ACCEPTED).toList();
          if (!accepted.isEmpty()) {
            command.dropOut(accepted.get(rnd.nextInt(accepted.size())).volunteer(), now);
          }
        }
      }
      check(command, pool, shifts, percent);
    }
  }

  private static List<Offer> pending(IncidentCommand command) {
    return command.offers().stream().filter(o -> o.status() == OfferStatus.PENDING).toList();
  }

  private static boolean modelEligible(
      Flood.MutablePool pool, Offer o, Map<Slot, Shift> shifts, Map<Slot, Boolean> demandsEmt) {
    Volunteer v = Objects.requireNonNull(pool.volunteers.get(o.volunteer()));
    if (v.status() == VolunteerStatus.SUSPENDED) {
      return false;
    }
    if (!Objects.requireNonNull(demandsEmt.get(o.slot()))) {
      return true;
    }
    LocalDate day =
        LocalDate.ofInstant(
            Objects.requireNonNull(shifts.get(o.slot())).time().start(), Flood.RIYADH);
    return pool.credentials(o.volunteer()).stream()
        .anyMatch(
            c ->
                c.status() == CredentialStatus.VERIFIED
                    && !c.expiresOn().orElseThrow().isBefore(day));
  }

  private static void check(
      IncidentCommand command, Flood.MutablePool pool, Map<Slot, Shift> shifts, int percent) {
    // A need declined, left to lapse or refused is never offered to the same volunteer again.
    java.util.Set<String> barred = new java.util.HashSet<>();
    for (Offer o : command.offers()) {
      String key = o.volunteer().value() + " " + o.slot().need().value();
      assertThat(barred).as("offered again a need they left").doesNotContain(key);
      if (o.status() == OfferStatus.DECLINED
          || o.status() == OfferStatus.NO_ANSWER
          || o.status() == OfferStatus.INELIGIBLE) {
        barred.add(key);
      }
    }
    Map<VolunteerId, List<TimeRange>> held = new HashMap<>();
    Map<Slot, int[]> counts = new HashMap<>();
    for (Offer o : command.offers()) {
      if (o.status() != OfferStatus.PENDING && o.status() != OfferStatus.ACCEPTED) {
        continue;
      }
      TimeRange t = Objects.requireNonNull(shifts.get(o.slot())).time();
      for (TimeRange other : held.getOrDefault(o.volunteer(), List.of())) {
        assertThat(other.overlaps(t)).as("two overlapping offers for %s", o.volunteer()).isFalse();
      }
      for (TimeRange outside : pool.commitments(o.volunteer())) {
        assertThat(outside.overlaps(t)).as("offer overlapping a commitment").isFalse();
      }
      held.computeIfAbsent(o.volunteer(), k -> new ArrayList<>()).add(t);
      int[] c = counts.computeIfAbsent(o.slot(), k -> new int[2]);
      c[o.status() == OfferStatus.PENDING ? 0 : 1]++;
    }
    for (Map.Entry<Slot, int[]> e : counts.entrySet()) {
      int seats = Objects.requireNonNull(shifts.get(e.getKey())).capacity();
      int cap = seats * percent / 100;
      assertThat(e.getValue()[0] + e.getValue()[1])
          .as("offers on %s", e.getKey())
          .isLessThanOrEqualTo(cap);
      assertThat(e.getValue()[1]).as("accepted on %s", e.getKey()).isLessThanOrEqualTo(seats);
    }
  }
}
