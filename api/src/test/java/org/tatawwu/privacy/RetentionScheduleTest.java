package org.tatawwu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

class RetentionScheduleTest {

  static String codeOf(Runnable r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e.code();
    }
    return "accepted";
  }

  static RetentionSchedule schedule(Period keepFor, Period law) {
    return new RetentionSchedule(RecordClass.APPRAISAL, Optional.of(keepFor), law);
  }

  @Test
  void refuses_negative_periods() {
    assertThat(codeOf(() -> schedule(Period.ofDays(5), Period.ofDays(-1))))
        .isEqualTo("privacy.retention.period");
    assertThat(codeOf(() -> schedule(Period.ofDays(-1), Period.ZERO)))
        .isEqualTo("privacy.retention.period");
    assertThat(
            codeOf(
                () ->
                    new RetentionSchedule(
                        RecordClass.APPRAISAL, Optional.empty(), Period.ofMonths(-1))))
        .isEqualTo("privacy.retention.period");
    assertThat(codeOf(() -> schedule(Period.ZERO, Period.ZERO))).isEqualTo("accepted");
  }

  @Test
  void keeps_at_least_as_long_as_the_law_counting_a_month_as_thirty_one_days() {
    assertThat(codeOf(() -> schedule(Period.ofMonths(1), Period.ofDays(31)))).isEqualTo("accepted");
    assertThat(codeOf(() -> schedule(Period.ofDays(31), Period.ofMonths(1)))).isEqualTo("accepted");
    assertThat(codeOf(() -> schedule(Period.ofMonths(1), Period.ofDays(32))))
        .isEqualTo("privacy.retention.belowLaw");
    assertThat(codeOf(() -> schedule(Period.ofDays(30), Period.ofMonths(1))))
        .isEqualTo("privacy.retention.belowLaw");
    assertThat(codeOf(() -> schedule(Period.ofMonths(1), Period.of(0, 1, 1))))
        .isEqualTo("privacy.retention.belowLaw");
    assertThat(codeOf(() -> schedule(Period.ofYears(1), Period.ofMonths(12))))
        .isEqualTo("accepted");
    assertThat(codeOf(() -> schedule(Period.ofMonths(11), Period.ofYears(1))))
        .isEqualTo("privacy.retention.belowLaw");
  }

  @Test
  void falls_due_at_the_later_of_the_platform_period_and_the_law_minimum() {
    Instant feb1 = Instant.parse("2025-02-01T10:00:00Z");
    // One month from 1 February is 1 March; 31 days is 4 March (February 2025 has 28 days).
    assertThat(schedule(Period.ofMonths(1), Period.ofDays(31)).dueAt(feb1))
        .contains(Instant.parse("2025-03-04T10:00:00Z"));
    assertThat(schedule(Period.ofDays(31), Period.ofMonths(1)).dueAt(feb1))
        .contains(Instant.parse("2025-03-04T10:00:00Z"));
    assertThat(RetentionSchedule.keep(RecordClass.HOUR_RECORD, Period.ofYears(2)).dueAt(feb1))
        .contains(Instant.parse("2027-02-01T10:00:00Z"));
  }

  @Test
  void a_record_kept_forever_never_falls_due() {
    RetentionSchedule s = RetentionSchedule.forever(RecordClass.CONSENT_HISTORY);
    assertThat(s.dueAt(Instant.EPOCH)).isEmpty();
    assertThat(s.keepFor()).isEmpty();
    assertThat(s.lawMinimum()).isEqualTo(Period.ZERO);
    assertThat(RetentionSchedule.keep(RecordClass.HOUR_RECORD, Period.ofDays(3)).lawMinimum())
        .isEqualTo(Period.ZERO);
  }
}
