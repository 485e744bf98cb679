package org.tatawwu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.hours.CheckMode;
import org.tatawwu.hours.EvidenceGrade;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.HourVerification;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

class HourConformanceTest {
  final HourConformance suite = HourConformance.shipped();

  /** The file's policies written with the Java API, independently of their JSON documents. */
  static Map<String, HourPolicy> javaPolicies() {
    HourPolicy verified = HourPolicy.verified();
    HourVerification standard = HourVerification.STANDARD;
    return Map.of(
        "verified",
        verified,
        "default",
        HourPolicy.DEFAULT,
        "walk-ins",
        verified.withVerification(
            standard
                .with(HourRule.ENROLLMENT, CheckMode.REVIEW)
                .with(HourRule.EVIDENCE, CheckMode.REVIEW)),
        "all-review",
        verified.withVerification(standard.withAll(CheckMode.REVIEW)),
        "overbooking",
        verified.withVerification(standard.withOverbooking(true)),
        "exact-window",
        verified.withVerification(standard.withTolerances(Duration.ZERO, Duration.ZERO)),
        "code-required",
        verified.withVerification(standard.withEvidence(EvidenceGrade.CHECK_IN_CODE, 200, 100)),
        "minute-rounding",
        verified.withRoundingIncrement(Duration.ofMinutes(1)));
  }

  @Test
  void ships_at_least_60_vectors_covering_every_outcome_and_every_rule() {
    assertThat(suite.vectors()).hasSizeGreaterThanOrEqualTo(60);
    for (HourConformance.Outcome o : HourConformance.Outcome.values()) {
      assertThat(suite.vectors()).as(o.name()).anyMatch(v -> v.outcomes().contains(o));
    }
    Set<String> codes = new TreeSet<>();
    suite.vectors().forEach(v -> codes.addAll(v.codes()));
    assertThat(codes)
        .contains(
            "hours.notEnrolled",
            "hours.enrollmentUnverifiable",
            "hours.outsideShift",
            "hours.unknownShift",
            "hours.shiftWindowUnverifiable",
            "hours.opportunityNotOpen",
            "hours.entityNotAccredited",
            "hours.seatsFull",
            "hours.seatsUnverifiable",
            "hours.unknownField",
            "hours.placeUnknown",
            "hours.fieldUnverifiable",
            "hours.weakEvidence",
            "hours.codeTampered",
            "hours.codeExpired",
            "hours.codeReplayed",
            "hours.codeOtherVolunteer",
            "hours.codeOtherShift",
            "hours.codeUnverifiable",
            "hours.locationTooFar",
            "hours.locationInaccurate",
            "hours.locationUnverifiable",
            "hours.autoCheckOutMismatch");
  }

  @Test
  void every_vector_passes_through_the_json_documents() {
    List<HourConformance.Result> results = suite.run(Tatawwu::hourLedger);
    assertThat(results).allSatisfy(r -> assertThat(r.failures()).as(r.vector().name()).isEmpty());
    assertThat(results).hasSize(suite.vectors().size());
  }

  @Test
  void every_vector_passes_through_the_java_api() {
    Map<String, HourPolicy> java = javaPolicies();
    assertThat(suite.policies()).isEqualTo(java);
    List<HourConformance.Result> results = suite.run(java, Tatawwu::hourLedger);
    assertThat(results).allSatisfy(r -> assertThat(r.failures()).as(r.vector().name()).isEmpty());
  }

  @Test
  void the_runner_fails_an_engine_with_the_seat_rule_switched_off() {
    List<HourConformance.Result> results =
        suite.run(
            (policy, directory, clock) ->
                Tatawwu.hourLedger(
                    policy.withVerification(
                        policy.verification().with(HourRule.SEATS, CheckMode.OFF)),
                    directory,
                    clock));
    assertThat(results)
        .filteredOn(r -> !r.passed())
        .extracting(r -> r.vector().name())
        .contains(
            "seats: one volunteer beyond the last seat",
            "seats: a roster beyond the seats is refused whole",
            "window: no shift named, every shift check says it cannot be checked");
  }

  @Test
  void the_runner_fails_an_engine_whose_window_is_off_by_one_minute() {
    List<HourConformance.Result> results =
        suite.run(
            (policy, directory, clock) -> {
              HourVerification v = policy.verification();
              return Tatawwu.hourLedger(
                  policy.withVerification(
                      v.withTolerances(v.earlyCheckIn().plusMinutes(1), v.lateCheckOut())),
                  directory,
                  clock);
            });
    assertThat(results)
        .filteredOn(r -> !r.passed())
        .extracting(r -> r.vector().name())
        .containsExactlyInAnyOrder(
            "window: check-in 16 minutes early, a minute before the tolerance",
            "window: no tolerance, a minute early",
            "window: outside the window goes to review when the rule says review");
  }

  /** An engine whose directory never names the enrolled volunteers keeps no seat for them. */
  @Test
  void the_runner_fails_an_engine_that_keeps_no_seat_for_enrolled_volunteers() {
    List<HourConformance.Result> results =
        suite.run(
            (policy, directory, clock) ->
                Tatawwu.hourLedger(
                    policy,
                    new OpportunityDirectory() {
                      @Override
                      public Optional<Opportunity> opportunity(OpportunityNumber number) {
                        return directory.opportunity(number);
                      }

                      @Override
                      public Optional<ParticipatingEntity> entity(EntityId id) {
                        return directory.entity(id);
                      }

                      @Override
                      public boolean holdsEnrollments() {
                        return directory.holdsEnrollments();
                      }

                      @Override
                      public Optional<EnrollmentStatus> enrollment(
                          OpportunityNumber opportunity,
                          ShiftId shift,
                          VolunteerId volunteer,
                          Instant at) {
                        return directory.enrollment(opportunity, shift, volunteer, at);
                      }

                      // The planted fault: no one is enrolled, whatever the rosters say.

                      @Override
                      public java.util.Set<VolunteerId> enrolledOn(
                          OpportunityNumber opportunity, ShiftId shift, Instant at) {

                        return java.util.Set.of();
                      }

                      @Override
                      public Optional<FieldCatalogue> fieldCatalogue() {
                        return directory.fieldCatalogue();
                      }

                      @Override
                      public Optional<PublicKey> checkInKey(EntityId entity) {
                        return directory.checkInKey(entity);
                      }
                    },
                    clock));
    assertThat(results)
        .filteredOn(r -> !r.passed())
        .extracting(r -> r.vector().name())
        .containsExactlyInAnyOrder(
            "seats: a rejected entry of a volunteer still accepted keeps the seat from a walk-in",
            "seats: a walk-in approved before the enrolled volunteers submit is refused the seats"
                + " kept for them",
            "seats: the last seat free of enrolled volunteers goes to the first walk-in approved");
  }

  @Test
  void the_runner_fails_an_engine_that_asks_for_no_evidence() {
    List<HourConformance.Result> results =
        suite.run(
            (policy, directory, clock) ->
                Tatawwu.hourLedger(
                    policy.withVerification(
                        policy.verification().withEvidence(EvidenceGrade.NONE, 200, 100)),
                    directory,
                    clock));
    assertThat(results)
        .filteredOn(r -> !r.passed())
        .extracting(r -> r.vector().name())
        .contains(
            "evidence: a bare claim is refused",
            "code: tampered, its payload changed to name another volunteer");
  }

  @Test
  void a_malformed_vectors_file_names_the_vector() {
    assertThatThrownBy(() -> HourConformance.read(new StringReader("{\"format\":\"x\"}")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("format must be");
  }
}
