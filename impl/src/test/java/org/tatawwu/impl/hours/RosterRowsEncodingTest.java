package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEvidence;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A roster's submissions encoded from their rows ({@link HourEventCodec.Encoder#encodeSubmission})
 * are, byte for byte, the encodings of the events that submit the same entries ({@link
 * HourEventCodec.Encoder#encode}), dictionary references included, whatever the rows hold: a shift
 * or none, review reasons with arguments of every stored kind, evidence with and without a code,
 * nanoseconds, compulsory hours, text beyond ASCII, identifiers repeated and new.
 */
class RosterRowsEncodingTest {
  private static final Instant AT = Instant.parse("2025-03-20T12:00:00.123456789Z");

  @Test
  void every_row_encodes_to_the_bytes_of_its_event() {
    Opportunity relief = LedgerFixture.directory().opportunity(LedgerFixture.RELIEF).orElseThrow();
    Opportunity partner =
        LedgerFixture.directory().opportunity(LedgerFixture.PARTNER).orElseThrow();
    ParticipatingEntity e1 = LedgerFixture.entity("E1", "SUP-1");
    ParticipatingEntity e2 = LedgerFixture.entity("E2", "SUP-2");
    RosterRows rows = new RosterRows();
    List<Violation> reasons =
        List.of(
            Violation.of("hours.notEnrolled", "shift", "S-1"),
            Violation.of(
                "hours.seatsFull",
                "shift",
                "S-2",
                "seats",
                3L,
                "line",
                7,
                "day",
                LocalDate.of(2025, 3, 9)));
    HourEvidence coded = new HourEvidence(Optional.of("code-1"), true, false);
    HourEvidence located = new HourEvidence(Optional.empty(), true, true);
    for (int i = 0; i < 40; i++) {
      boolean first = i % 2 == 0;
      Instant start = Instant.parse("2025-03-10T06:00:00Z").plusSeconds(5400L * i).plusNanos(i);
      HourSubmission.Builder line =
          HourSubmission.builder()
              .key(IdempotencyKey.of("k-" + i))
              .volunteer(VolunteerId.of("V-" + (i % 7)))
              .opportunity(first ? LedgerFixture.RELIEF : LedgerFixture.PARTNER)
              .time(TimeRange.of(start, start.plusSeconds(3600 + i).plusNanos(3L * i)))
              .source(i % 3 == 0 ? HourSource.ROSTER : HourSource.ATTENDANCE)
              .compulsory(i % 5 == 0)
              .submittedBy(i % 4 == 0 ? "coordinator.1" : "import-" + (i % 3));
      if (i % 3 != 1) {
        line.shift(ShiftId.of("S-" + (i % 4)));
      }
      rows.add(
          line.build(),
          i % 7,
          i >= 7 ? i - 7 : -1,
          first ? relief : partner,
          first ? e1 : e2,
          i % 6 == 0 ? Region.MAKKAH : Region.RIYADH,
          LocalDate.of(2025, 3, 10 + i % 20),
          60 + i,
          0,
          i % 4 == 3 ? reasons : List.of(),
          i % 5 == 1 ? coded : i % 5 == 2 ? located : HourEvidence.NONE);
    }
    HourEventCodec.Encoder fromRows = new HourEventCodec.Encoder();
    HourEventCodec.Encoder fromEvents = new HourEventCodec.Encoder();
    for (int r = 0; r < rows.size(); r++) {
      long number = 100L + r;
      byte[] viaRow =
          Arrays.copyOf(fromRows.encodeSubmission(rows, r, number, AT), fromRows.size());
      HourEntry entry = rows.entry(r, number, AT);
      HourEvent event =
          new HourEvent(
              r + 1, AT, entry.submittedBy(), HourEvent.Type.SUBMITTED, entry, Optional.empty());
      byte[] viaEvent = Arrays.copyOf(fromEvents.encode(event), fromEvents.size());
      assertThat(viaRow).as("row %d", r).isEqualTo(viaEvent);
    }
    assertThat(fromRows.mark()).isEqualTo(fromEvents.mark()).isGreaterThan(8);
  }

  @Test
  void a_row_reads_back_what_was_added_and_clear_drops_every_row() {
    HourSubmission line =
        LedgerFixture.claim("k", LedgerFixture.SARA, "2025-03-10T08:00", "2025-03-10T09:00");
    Opportunity relief = LedgerFixture.directory().opportunity(LedgerFixture.RELIEF).orElseThrow();
    RosterRows rows = new RosterRows();
    for (int i = 0; i < 150; i++) { // past the first growth of the columns
      rows.add(
          line,
          i,
          i - 1,
          relief,
          LedgerFixture.entity("E1", "SUP-1"),
          Region.RIYADH,
          LocalDate.of(2025, 3, 10),
          i,
          0,
          List.of(),
          HourEvidence.NONE);
    }
    assertThat(rows.size()).isEqualTo(150);
    assertThat(rows.volunteer(149)).isEqualTo(149);
    assertThat(rows.previousOfVolunteer(149)).isEqualTo(148);
    assertThat(rows.minutes(77)).isEqualTo(77);
    assertThat(rows.line(0)).isSameAs(line);
    rows.clear();
    assertThat(rows.size()).isZero();
    assertThat(
            rows.add(
                line,
                0,
                -1,
                relief,
                LedgerFixture.entity("E1", "SUP-1"),
                Region.RIYADH,
                LocalDate.of(2025, 3, 10),
                60,
                0,
                List.of(),
                HourEvidence.NONE))
        .isZero();
  }
}
