package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A roster's result as the ledger builds it from its rows: each line's entry as submitted, equal to
 * what the ledger reads back; unchanged by later decisions; a repeated line and a line already in
 * the ledger standing for their entries; and the same entries and stored events whether the store
 * takes the rows ({@link RosterStore}) or the events (any other store).
 */
class RosterResultTest {
  private static final VolunteerId LINA = VolunteerId.of("V-lina");

  private static List<HourSubmission> roster() {
    HourSubmission sara =
        LedgerFixture.claim("a", LedgerFixture.SARA, "2025-03-10T08:00", "2025-03-10T10:30");
    return List.of(
        sara,
        LedgerFixture.claim("b", LedgerFixture.OMAR, "2025-03-10T08:00", "2025-03-10T09:00"),
        LedgerFixture.claim("c", LedgerFixture.SARA, "2025-03-10T11:00", "2025-03-10T12:00"),
        sara,
        LedgerFixture.claim("d", LINA, "2025-03-11T08:00", "2025-03-11T08:45"));
  }

  @Test
  void each_line_reads_as_its_entry_was_submitted() {
    HourLedger ledger = LedgerFixture.ledger();
    List<HourEntry> result = ledger.importRoster(roster());

    assertThat(result).hasSize(5);
    assertThat(result.get(3)).isEqualTo(result.get(0));
    assertThat(result)
        .extracting(e -> e.id().value())
        .containsExactly("H1", "H2", "H3", "H1", "H4");
    assertThat(result).extracting(HourEntry::creditedMinutes).containsExactly(150, 60, 60, 150, 45);
    assertThat(result).allSatisfy(e -> assertThat(e.status()).isEqualTo(HourStatus.SUBMITTED));
    for (HourEntry e : result) {
      assertThat(ledger.entry(e.id())).contains(e);
    }
    List<HourEntry> before = List.copyOf(result);

    ledger.approve(result.get(0).id(), "mgr");
    ledger.reject(result.get(1).id(), "mgr", "not there");
    assertThat(result).isEqualTo(before);
    assertThat(ledger.entry(result.get(0).id()).orElseThrow().status())
        .isEqualTo(HourStatus.APPROVED);
    assertThatThrownBy(() -> result.add(before.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void a_line_already_in_the_ledger_stands_for_the_stored_entry_as_it_stands() {
    HourLedger ledger = LedgerFixture.ledger();
    HourEntry first = ledger.importRoster(roster()).get(0);
    HourEntry approved = ledger.approve(first.id(), "mgr");

    List<HourEntry> again = ledger.importRoster(roster());

    assertThat(again.get(0)).isEqualTo(approved);
    assertThat(again.get(3)).isEqualTo(approved);
    assertThat(again.get(1).status()).isEqualTo(HourStatus.SUBMITTED);
    assertThat(ledger.size()).isEqualTo(4);
  }

  @Test
  void a_store_taking_events_gets_the_same_entries_and_events_as_one_taking_rows() {
    InMemoryHourEventStore rows = new InMemoryHourEventStore();
    EventsOnly events = new EventsOnly();
    HourLedger byRows = LedgerFixture.ledger(rows);
    HourLedger byEvents = LedgerFixture.ledger(events);

    List<HourEntry> fromRows = List.copyOf(byRows.importRoster(roster()));
    List<HourEntry> fromEvents = List.copyOf(byEvents.importRoster(roster()));

    assertThat(fromRows).isEqualTo(fromEvents);
    List<HourEvent> replayed = new ArrayList<>();
    rows.replay(replayed::add);
    assertThat(replayed).isEqualTo(events.appended).hasSize(4);
    assertThat(replayed.get(2).entry()).isEqualTo(fromRows.get(2));
    // A ledger rebuilt from the stored rows reads the same entries.
    HourLedger rebuilt =
        Tatawwu.hourLedger(
            HourPolicy.DEFAULT, LedgerFixture.directory(), rows, LedgerFixture.CLOCK);
    for (HourEntry e : fromRows) {
      assertThat(rebuilt.entry(e.id())).contains(e);
    }
    assertThat(rebuilt.totals(OpportunityNumber.parse("20250000001")))
        .isEqualTo(byEvents.totals(OpportunityNumber.parse("20250000001")));
  }

  /** A store outside the package: it takes events, kept as they come. */
  private static final class EventsOnly implements HourEventStore {
    final List<HourEvent> appended = new ArrayList<>();

    @Override
    public synchronized void appendAll(List<HourEvent> batch) {
      if (!batch.isEmpty() && batch.get(0).sequence() != appended.size() + 1) {
        throw new IllegalStateException("out of sequence");
      }
      appended.addAll(batch);
    }

    @Override
    public synchronized void replayAfter(long sequence, Consumer<HourEvent> consumer) {
      for (int i = (int) sequence; i < appended.size(); i++) {
        consumer.accept(appended.get(i));
      }
    }

    @Override
    public synchronized long size() {
      return appended.size();
    }
  }
}
