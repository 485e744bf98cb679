package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tatawwu.impl.hours.LedgerFixture.OMAR;
import static org.tatawwu.impl.hours.LedgerFixture.RELIEF;
import static org.tatawwu.impl.hours.LedgerFixture.SARA;
import static org.tatawwu.impl.hours.LedgerFixture.claim;
import static org.tatawwu.impl.hours.LedgerFixture.riyadh;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;

/**
 * Lengths measured to the nanosecond whatever was submitted before (the default policy allows 16
 * hours at most, credits whole quarter hours and caps a day at 16 hours), the last day of an
 * opportunity's period reached by work ending at its midnight, and a roster's own lines counted
 * towards the daily cap.
 */
class HourLengthsAndDaysTest {
  static final long SIXTEEN_HOURS = 16 * 3600;

  static HourSubmission exact(String key, Instant from, Instant to) {
    return HourSubmission.builder()
        .key(IdempotencyKey.of(key))
        .volunteer(SARA)
        .opportunity(RELIEF)
        .time(TimeRange.of(from, to))
        .source(HourSource.CLAIM)
        .compulsory(false)
        .submittedBy("sys")
        .build();
  }

  static RuleException refused(Runnable r) {
    RuleException e = catchThrowableOfType(RuleException.class, r::run);
    assertThat(e).isNotNull();
    return e;
  }

  final HourLedger ledger = LedgerFixture.ledger();

  @Test
  void sixteen_hours_and_half_a_second_is_too_long_after_sixteen_hours_were_credited() {
    Instant day1 = riyadh("2025-03-10T06:00");
    assertThat(ledger.submit(exact("a", day1, day1.plusSeconds(SIXTEEN_HOURS))).creditedMinutes())
        .isEqualTo(960);
    Instant day2 = riyadh("2025-03-12T06:00");
    assertThat(
            refused(
                    () ->
                        ledger.submit(
                            exact("b", day2, day2.plusSeconds(SIXTEEN_HOURS).plusMillis(500))))
                .codes())
        .containsExactly("hours.tooLong");
    // One hour after sixteen is one hour.
    Instant day3 = riyadh("2025-03-14T06:00");
    assertThat(ledger.submit(exact("c", day3, day3.plusSeconds(3600))).creditedMinutes())
        .isEqualTo(60);
  }

  @Test
  void sixteen_hours_between_equal_fractions_of_a_second_holds_after_a_longer_claim_was_refused() {
    Instant day1 = riyadh("2025-03-10T06:00");
    refused(() -> ledger.submit(exact("a", day1, day1.plusSeconds(SIXTEEN_HOURS).plusMillis(500))));
    // From 06:00:00.25 to 22:00:00.25: exactly sixteen hours.
    Instant from = riyadh("2025-03-12T06:00").plusMillis(250);
    assertThat(ledger.submit(exact("b", from, from.plusSeconds(SIXTEEN_HOURS))).creditedMinutes())
        .isEqualTo(960);
  }

  @Test
  void a_length_that_borrows_a_second_from_the_nanoseconds_is_measured_as_such() {
    Instant day1 = riyadh("2025-03-10T06:00");
    refused(() -> ledger.submit(exact("a", day1, day1.plusSeconds(SIXTEEN_HOURS).plusMillis(500))));
    // From 06:00:00.75 to 21:59:59.25 (epoch seconds 57,599 apart): 15 h 59 min 58.5 s, credited
    // as 15 h 45 min.
    Instant from = riyadh("2025-03-12T06:00").plusMillis(750);
    Instant to = riyadh("2025-03-12T21:59:59").plusMillis(250);
    assertThat(ledger.submit(exact("b", from, to)).creditedMinutes()).isEqualTo(945);
  }

  @Test
  void work_ending_at_the_midnight_after_the_periods_last_day_lies_within_it() {
    // The relief opportunity runs from 2025-03-01 to 2025-03-31 in Riyadh.
    HourLedger l =
        Tatawwu.hourLedger(
            HourPolicy.DEFAULT,
            LedgerFixture.directory(),
            Clock.fixed(Instant.parse("2025-04-02T12:00:00Z"), LedgerFixture.RIYADH));
    HourEntry e = l.submit(claim("a", SARA, "2025-03-31T20:00", "2025-04-01T00:00"));
    assertThat(e.creditedMinutes()).isEqualTo(240);
    assertThat(
            refused(
                    () ->
                        l.submit(
                            exact(
                                "b",
                                riyadh("2025-03-30T20:00"),
                                riyadh("2025-04-01T00:00").plusMillis(1))))
                .codes())
        .contains("hours.outsideOpportunity");
    assertThat(
            refused(() -> l.submit(claim("c", OMAR, "2025-03-31T20:00", "2025-04-01T00:01")))
                .codes())
        .containsExactly("hours.outsideOpportunity");
  }

  @Test
  void a_rosters_earlier_lines_count_towards_the_daily_cap_of_the_same_day_only() {
    // Ten hours and eight on one day: eighteen, over sixteen.
    RuleException over =
        refused(
            () ->
                ledger.importRoster(
                    List.of(
                        claim("a", SARA, "2025-03-10T00:00", "2025-03-10T10:00"),
                        claim("b", SARA, "2025-03-10T12:00", "2025-03-10T20:00"))));
    assertThat(over.codes()).containsExactly("hours.dailyCap");
    assertThat(ledger.size()).isZero();
    // Ten hours on one day and eight the next, and ten and six on one day, hold.
    List<HourEntry> held =
        ledger.importRoster(
            List.of(
                claim("c", SARA, "2025-03-11T00:00", "2025-03-11T10:00"),
                claim("d", SARA, "2025-03-12T12:00", "2025-03-12T20:00"),
                claim("e", SARA, "2025-03-13T00:00", "2025-03-13T10:00"),
                claim("f", SARA, "2025-03-13T12:00", "2025-03-13T18:00")));
    assertThat(held).extracting(HourEntry::creditedMinutes).containsExactly(600, 480, 600, 360);
  }
}
