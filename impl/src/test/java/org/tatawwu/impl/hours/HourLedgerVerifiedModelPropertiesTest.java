package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.tatawwu.Tatawwu;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.hours.CheckMode;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.testkit.HourLedgerFixture;
import org.tatawwu.testkit.HourVerificationModelCheck;
import org.tatawwu.testkit.ModelStep;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The test kit's model check of what backs an entry ({@link HourVerificationModelCheck}: a plain
 * reference model of every verification rule, enrollments as they stood at the check-in, walk-ins'
 * seats, check-in codes and locations, restarts under other policies in other worlds) over the
 * in-memory store (1,000 sequences) and the file store (200: every append is forced to the device),
 * drawn by QuickTheories so that a failure shrinks. {@link
 * #a_wrong_engine_is_caught_and_its_failure_shrinks_to_at_most_two_operations} plants an engine
 * that forgets the seats and shows the counterexample QuickTheories reports.
 */
class HourLedgerVerifiedModelPropertiesTest {
  @TempDir Path dir;

  /** Steps as QuickTheories draws them: small numbers first, so that a failure shrinks. */
  static Gen<ModelStep> steps() {
    return integers()
        .between(0, 9)
        .zip(
            integers().between(0, 21_599),
            integers().between(0, 33),
            integers().between(1, 12),
            integers().between(0, 21),
            HourVerificationModelCheck::step);
  }

  /** Worlds, half of them the first (everything open, accredited, catalogued and placed). */
  static Gen<Integer> worlds() {
    return integers()
        .between(-HourVerificationModelCheck.WORLDS, HourVerificationModelCheck.WORLDS - 1)
        .map(w -> Math.max(w, 0));
  }

  static Gen<Integer> rosters() {
    return integers().between(0, HourVerificationModelCheck.ROSTERS - 1);
  }

  @Test
  void random_rosters_worlds_and_sequences_agree_with_the_reference_model_over_memory() {
    HourVerificationModelCheck check = HourVerificationModelCheck.over(InMemoryHourEventStore::new);
    qt().withExamples(1_000)
        .withShrinkCycles(1_000)
        .forAll(rosters(), worlds(), lists().of(steps()).ofSizeBetween(1, 16))
        .checkAssert(check::check);
  }

  @Test
  void random_rosters_worlds_and_sequences_agree_with_the_reference_model_over_a_file() {
    AtomicInteger files = new AtomicInteger();
    HourVerificationModelCheck check =
        HourVerificationModelCheck.over(
            () -> FileHourEventStore.open(dir.resolve("verified-" + files.incrementAndGet())));
    qt().withExamples(200)
        .withShrinkCycles(500)
        .forAll(rosters(), worlds(), lists().of(steps()).ofSizeBetween(1, 16))
        .checkAssert(check::check);
    assertThat(files.get()).isGreaterThanOrEqualTo(200);
  }

  /**
   * An engine that never checks the accreditation is caught in a world whose entity is not
   * accredited on a shift's day, and the failure shrinks to one operation.
   */
  @Test
  void an_engine_that_ignores_the_accreditation_is_caught_in_another_world() {
    HourVerificationModelCheck ignoresAccreditation =
        HourVerificationModelCheck.over(
            InMemoryHourEventStore::new,
            (p, d, store) ->
                Tatawwu.hourLedger(
                    p.withVerification(
                        p.verification().with(HourRule.ACCREDITATION, CheckMode.OFF)),
                    d,
                    store,
                    HourLedgerFixture.CLOCK));
    assertThatThrownBy(
            () ->
                qt().withFixedSeed(20_251_202L)
                    .withExamples(2_000)
                    .withShrinkCycles(2_000)
                    .forAll(rosters(), worlds(), lists().of(steps()).ofSizeBetween(1, 16))
                    .checkAssert(ignoresAccreditation::check))
        .isInstanceOf(AssertionError.class)
        .satisfies(
            e -> {
              String report = String.valueOf(e.getMessage());
              String smallest = report.substring(report.indexOf("Smallest found"));
              smallest = smallest.substring(0, smallest.indexOf('\n', smallest.indexOf('{')));
              int operations = changingOperations(smallest);
              assertThat(operations).as(smallest).isBetween(1, 2);
              assertThat(report).contains("hours.entityNotAccredited");
              System.out.println("ignoring the accreditation, smallest: " + smallest);
            });
  }

  /**
   * An engine that forgets the seats (overbooking always allowed) is caught, and QuickTheories
   * shrinks its counterexample to at most two operations crediting two volunteers on a one-seat
   * shift (besides restarts that change nothing, the simplest step).
   */
  @Test
  void a_wrong_engine_is_caught_and_its_failure_shrinks_to_at_most_two_operations() {
    HourVerificationModelCheck forgetsSeats =
        HourVerificationModelCheck.over(
            InMemoryHourEventStore::new,
            (p, d, store) ->
                Tatawwu.hourLedger(
                    p.withVerification(p.verification().withOverbooking(true)),
                    d,
                    store,
                    HourLedgerFixture.CLOCK));
    assertThatThrownBy(
            () ->
                qt().withFixedSeed(20_251_201L)
                    .withExamples(2_000)
                    .withShrinkCycles(2_000)
                    .forAll(rosters(), worlds(), lists().of(steps()).ofSizeBetween(1, 16))
                    .checkAssert(forgetsSeats::check))
        .isInstanceOf(AssertionError.class)
        .satisfies(
            e -> {
              String report = String.valueOf(e.getMessage());
              String smallest = smallestCounterexample(report);
              int operations = changingOperations(smallest);
              assertThat(operations).as(smallest).isBetween(1, 2);
              assertThat(smallest).as(smallest).containsAnyOf("S0", "S2");
              System.out.println("the planted engine's smallest counterexample: " + smallest);
            });
  }

  /**
   * An engine whose directory never names the enrolled volunteers ({@link
   * OpportunityDirectory#enrolledOn} empty) approves a walk-in into a seat kept for an enrolled
   * volunteer: the reference model refuses that approval ({@code hours.seatsFullOnApproval}), and
   * QuickTheories shrinks the counterexample to a restart under a walk-in policy, a walk-in's claim
   * and its approval.
   */
  @Test
  void an_engine_that_keeps_no_seat_for_enrolled_volunteers_is_caught_and_shrinks() {
    HourVerificationModelCheck keepsNoSeats =
        HourVerificationModelCheck.over(
            InMemoryHourEventStore::new,
            (p, d, store) ->
                Tatawwu.hourLedger(p, withoutEnrolledLists(d), store, HourLedgerFixture.CLOCK));
    assertThatThrownBy(
            () ->
                qt().withFixedSeed(20_261_202L)
                    .withExamples(4_000)
                    .withShrinkCycles(4_000)
                    .forAll(rosters(), worlds(), lists().of(steps()).ofSizeBetween(1, 16))
                    .checkAssert(keepsNoSeats::check))
        .isInstanceOf(AssertionError.class)
        .satisfies(
            e -> {
              String report = String.valueOf(e.getMessage());
              String smallest = smallestCounterexample(report);
              int operations = changingOperations(smallest);
              assertThat(operations).as(smallest).isBetween(2, 3);
              assertThat(smallest).as(smallest).contains("approve(");
              assertThat(report).contains("hours.seatsFullOnApproval");
              System.out.println("keeping no seat for the enrolled, smallest: " + smallest);
            });
  }

  /** The smallest counterexample QuickTheories reports, without the other ones it found. */
  static String smallestCounterexample(String report) {
    String smallest = report.substring(report.indexOf("Smallest found"));
    for (String next : List.of("Other found", "Cause was")) {
      int at = smallest.indexOf(next);
      if (at > 0) {
        smallest = smallest.substring(0, at);
      }
    }
    return smallest;
  }

  /**
   * The operations of a counterexample other than restarts that change nothing: the steps a failure
   * does not need shrink to that simplest step (QuickTheories shortens a list only from its end).
   */
  static int changingOperations(String counterexample) {
    String changing = counterexample.replace("restart(policy 0, world 0)", "");
    return changing.split("submit\\(|roster\\(|approve\\(|reject\\(|restart\\(").length - 1;
  }

  /** The directory, answering no one to {@link OpportunityDirectory#enrolledOn}. */
  static OpportunityDirectory withoutEnrolledLists(OpportunityDirectory d) {
    return new OpportunityDirectory() {
      @Override
      public Optional<Opportunity> opportunity(OpportunityNumber number) {
        return d.opportunity(number);
      }

      @Override
      public Optional<ParticipatingEntity> entity(EntityId id) {
        return d.entity(id);
      }

      @Override
      public boolean holdsEnrollments() {
        return d.holdsEnrollments();
      }

      @Override
      public Optional<EnrollmentStatus> enrollment(
          OpportunityNumber opportunity, ShiftId shift, VolunteerId volunteer, Instant at) {
        return d.enrollment(opportunity, shift, volunteer, at);
      }

      // The planted fault: no one is enrolled, whatever the rosters say.

      @Override
      public java.util.Set<VolunteerId> enrolledOn(
          OpportunityNumber opportunity, ShiftId shift, Instant at) {

        return java.util.Set.of();
      }

      @Override
      public Optional<FieldCatalogue> fieldCatalogue() {
        return d.fieldCatalogue();
      }

      @Override
      public Optional<PublicKey> checkInKey(EntityId entity) {
        return d.checkInKey(entity);
      }
    };
  }
}
