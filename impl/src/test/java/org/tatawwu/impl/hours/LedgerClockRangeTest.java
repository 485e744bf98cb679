package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tatawwu.impl.hours.HourLedgerTest.rejected;
import static org.tatawwu.impl.hours.HourVerificationTest.codes;
import static org.tatawwu.impl.hours.LedgerFixture.CLOCK;
import static org.tatawwu.impl.hours.LedgerFixture.SARA;
import static org.tatawwu.impl.hours.LedgerFixture.claim;
import static org.tatawwu.impl.hours.LedgerFixture.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourStatus;

/**
 * A clock at the ends of the range of instants: the claim window's bounds stop at {@link
 * Instant#MIN} and {@link Instant#MAX} (HourLedger#now), so claims are refused with the window's
 * codes and decisions are recorded at the clock's reading, without a {@code DateTimeException}.
 */
class LedgerClockRangeTest {

  /** A clock that reads {@code at[0]}, changed by the test. */
  static Clock settable(Instant[] at) {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return CLOCK.getZone();
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Instant instant() {
        return at[0];
      }
    };
  }

  @Test
  void a_clock_at_the_last_instant_finds_every_claim_too_old() {
    HourLedger ledger =
        Tatawwu.hourLedger(
            HourPolicy.DEFAULT, directory(), Clock.fixed(Instant.MAX, CLOCK.getZone()));
    assertThat(
            codes(
                rejected(
                    () ->
                        ledger.submit(claim("k1", SARA, "2025-03-18T08:00", "2025-03-18T12:00")))))
        .containsExactly("hours.tooOld");
    assertThat(
            codes(
                rejected(
                    () ->
                        ledger.importRoster(
                            List.of(claim("k2", SARA, "2025-03-18T08:00", "2025-03-18T12:00"))))))
        .containsExactly("hours.tooOld");
    assertThat(ledger.size()).isZero();
  }

  @Test
  void a_clock_at_the_first_instant_finds_every_claim_in_the_future() {
    HourLedger ledger =
        Tatawwu.hourLedger(
            HourPolicy.DEFAULT, directory(), Clock.fixed(Instant.MIN, CLOCK.getZone()));
    assertThat(
            codes(
                rejected(
                    () ->
                        ledger.submit(claim("k1", SARA, "2025-03-18T08:00", "2025-03-18T12:00")))))
        .containsExactly("hours.future");
    assertThat(ledger.size()).isZero();
  }

  @Test
  void a_decision_taken_at_the_last_instant_is_recorded_and_replayed_at_it() {
    Instant[] now = {CLOCK.instant()};
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    HourLedger ledger = Tatawwu.hourLedger(HourPolicy.DEFAULT, directory(), store, settable(now));
    HourEntry e = ledger.submit(claim("k1", SARA, "2025-03-18T08:00", "2025-03-18T12:00"));
    now[0] = Instant.MAX;
    HourEntry approved = ledger.approve(e.id(), "coordinator");
    assertThat(approved.status()).isEqualTo(HourStatus.APPROVED);
    assertThat(approved.decidedAt()).contains(Instant.MAX);
    HourLedger replayed = Tatawwu.hourLedger(HourPolicy.DEFAULT, directory(), store, settable(now));
    assertThat(replayed.entry(e.id())).contains(approved);
  }
}
