package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tatawwu.impl.hours.LedgerFixture.RELIEF;
import static org.tatawwu.impl.hours.LedgerFixture.SARA;
import static org.tatawwu.impl.hours.LedgerFixture.claim;
import static org.tatawwu.impl.hours.LedgerFixture.ledger;
import static org.tatawwu.impl.hours.LedgerFixture.riyadh;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;

/**
 * The rules at their edges: overlaps decided by fractions of a second, and the facts a refusal
 * names (the default policy's cap and longest entry are 16 hours, its claim window 30 days).
 */
class HourRulesBoundaryTest {
  final HourLedger ledger = ledger();

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

  static RuleException refused(HourLedger l, HourSubmission s) {
    RuleException e = catchThrowableOfType(RuleException.class, () -> l.submit(s));
    assertThat(e).as("refusal of %s", s.key()).isNotNull();
    return e;
  }

  static Violation only(RuleException e, String code) {
    return e.violations().stream()
        .filter(v -> v.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + e.codes()));
  }

  @Test
  void an_entry_ending_half_a_second_into_the_next_one_overlaps_it() {
    ledger.submit(
        exact("a", riyadh("2025-03-10T09:00"), riyadh("2025-03-10T10:00").plusMillis(500)));
    RuleException e =
        refused(ledger, exact("b", riyadh("2025-03-10T10:00"), riyadh("2025-03-10T11:00")));
    assertThat(e.codes()).containsExactly("hours.overlap");
    // Starting after the earlier entry's last half second, it does not.
    ledger.submit(
        exact("c", riyadh("2025-03-10T10:00").plusMillis(500), riyadh("2025-03-10T11:00")));
    assertThat(ledger.size()).isEqualTo(2);
  }

  @Test
  void an_entry_ending_in_an_earlier_second_does_not_overlap_whatever_its_nanoseconds() {
    // An eight-hour entry on another day makes the ledger look back eight hours.
    ledger.submit(claim("long", SARA, "2025-03-09T08:00", "2025-03-09T16:00"));
    // 08:00 to 09:00:00.5, then 10:00:00.1 to 11:00: an hour apart.
    ledger.submit(
        exact("a", riyadh("2025-03-10T08:00"), riyadh("2025-03-10T09:00").plusMillis(500)));
    ledger.submit(
        exact("b", riyadh("2025-03-10T10:00").plusMillis(100), riyadh("2025-03-10T11:00")));
    assertThat(ledger.size()).isEqualTo(3);
  }

  @Test
  void an_entry_starting_in_the_last_fraction_of_a_later_ones_first_second_overlaps_it() {
    ledger.submit(
        exact("a", riyadh("2025-03-10T10:00").plusMillis(200), riyadh("2025-03-10T11:00")));
    // Ends at 10:00:00.3, after the other began at 10:00:00.2.
    assertThat(
            refused(
                    ledger,
                    exact(
                        "b",
                        riyadh("2025-03-10T09:00"),
                        riyadh("2025-03-10T10:00").plusMillis(300)))
                .codes())
        .containsExactly("hours.overlap");
    // Ends at 10:00:00.1, before it began.
    ledger.submit(
        exact("c", riyadh("2025-03-10T09:00"), riyadh("2025-03-10T10:00").plusMillis(100)));
    assertThat(ledger.size()).isEqualTo(2);
  }

  @Test
  void the_daily_cap_refusal_names_the_cap_in_hours_and_the_day() {
    ledger.submit(claim("a", SARA, "2025-03-10T00:00", "2025-03-10T10:00"));
    RuleException e = refused(ledger, claim("b", SARA, "2025-03-10T12:00", "2025-03-10T20:00"));
    Violation cap = only(e, "hours.dailyCap");
    assertThat(cap.arguments())
        .containsEntry("hours", 16.0)
        .containsEntry("day", LocalDate.of(2025, 3, 10));
    assertThat(e.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo(
            // 2025-03-10 is 10 Ramadan 1446 (Ramadan 1446 began on 1 March 2025).
            "at most 16 hours a day can be credited to one volunteer (1446-09-10 AH (2025-03-10))");
    // Six hours fit under the cap.
    ledger.submit(claim("c", SARA, "2025-03-10T12:00", "2025-03-10T18:00"));
  }

  @Test
  void the_length_and_window_refusals_name_their_limits() {
    Violation tooLong =
        only(
            refused(ledger, claim("a", SARA, "2025-03-10T00:00", "2025-03-10T16:01")),
            "hours.tooLong");
    assertThat(tooLong.arguments()).containsEntry("hours", 16.0);
    Violation tooShort =
        only(
            refused(ledger, claim("b", SARA, "2025-03-10T00:00", "2025-03-10T00:14")),
            "hours.tooShort");
    assertThat(tooShort.arguments()).containsEntry("minutes", 15L);
  }
}
