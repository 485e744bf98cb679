package org.tatawwu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.hours.CheckMode;
import org.tatawwu.hours.EvidenceGrade;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.HourVerification;
import org.tatawwu.validation.InvalidValueException;

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
