package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.organization.EntityId;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The in-memory store keeps events encoded: whatever is appended is replayed equal, in order —
 * extreme instants and days, nanoseconds, ids not of the ledger's form, any text in notes (Arabic,
 * emoji, unpaired surrogates), identifiers repeated or new.
 */
class InMemoryHourEventStorePropertiesTest {
  static final String ID_CHARS = "abcXYZ0129.-_:";
  static final String[] NOTES = {
    "",
    "absent",
    "غائب عن الموقع",
    "late 🚑",
    "\uD83D",
    "\uDC00 lone",
    "\u0000nul",
    "٣ ساعات",
    "\u007F\u0080",
    "\u07FF\u0800",
    "\uFFFF"
  };

  static long pick(RandomnessSource in, long from, long to) {
    return in.next(Constraint.between(from, to));
  }

  static String identifier(RandomnessSource in, String prefix) {
    // Few values, so identifiers repeat and the dictionary's references are used.
    if (pick(in, 0, 3) > 0) {
      return prefix + pick(in, 0, 4);
    }
    StringBuilder b = new StringBuilder(prefix);
    long n = pick(in, 0, 63 - prefix.length());
    for (int i = 0; i < n; i++) {
      b.append(ID_CHARS.charAt((int) pick(in, 0, ID_CHARS.length() - 1)));
    }
    return b.toString();
  }

  static <T> T oneOf(RandomnessSource in, T[] options) {
    return options[(int) pick(in, 0, options.length - 1)];
  }

  static Instant instant(RandomnessSource in) {
    return switch ((int) pick(in, 0, 3)) {
      case 0 -> Instant.MIN.plusSeconds(pick(in, 0, 1000));
      case 1 ->
          Instant.ofEpochSecond(Instant.MAX.getEpochSecond() - pick(in, 1, 1000), pick(in, 0, 999));
      default ->
          Instant.ofEpochSecond(
              pick(in, -5_000_000_000L, 5_000_000_000L), pick(in, 0, 999_999_999));
    };
  }

  static HourEntryId id(RandomnessSource in) {
    return pick(in, 0, 4) == 0
        ? HourEntryId.of(identifier(in, "x"))
        : HourEntryId.ofNumber(pick(in, 1, Long.MAX_VALUE / 2));
  }

  static <T> Optional<T> maybe(RandomnessSource in, java.util.function.Supplier<T> value) {
    return pick(in, 0, 1) == 0 ? Optional.empty() : Optional.of(value.get());
  }

  static HourEvent event(RandomnessSource in, long sequence) {
    Instant at = instant(in);
    Instant drawn = instant(in);
    // Room for the length (at most 1,000 s) below Instant.MAX.
    Instant start =
        drawn.isAfter(Instant.MAX.minusSeconds(2000)) ? drawn.minusSeconds(2000) : drawn;
    Instant end = start.plusNanos(pick(in, 1, 1_000_000_000_000L));
    long day =
        pick(in, 0, 2) == 0
            ? pick(in, LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
            : pick(in, 19_000, 21_000);
    HourEntry entry =
        HourEntry.builder()
            .id(id(in))
            .key(IdempotencyKey.of(identifier(in, "k")))
            .volunteer(VolunteerId.of(identifier(in, "V")))
            .opportunity(new OpportunityNumber("2025000000" + pick(in, 0, 9)))
            .entity(EntityId.of(identifier(in, "E")))
            .supervisingEntity(EntityId.of(identifier(in, "S")))
            .field(FieldCode.of(identifier(in, "F")))
            .region(oneOf(in, Region.values()))
            .day(LocalDate.ofEpochDay(day))
            .time(TimeRange.of(start, end))
            .creditedMinutes((int) pick(in, 1, Integer.MAX_VALUE))
            .source(oneOf(in, HourSource.values()))
            .compulsory(pick(in, 0, 1) == 1)
            .status(oneOf(in, HourStatus.values()))
            .submittedAt(pick(in, 0, 1) == 0 ? at : instant(in))
            .submittedBy(identifier(in, "a"))
            .corrects(maybe(in, () -> id(in)))
            .supersededBy(maybe(in, () -> id(in)))
            .decidedBy(maybe(in, () -> identifier(in, "a")))
            .decidedAt(maybe(in, () -> instant(in)))
            .note(maybe(in, () -> oneOf(in, NOTES)))
            .build();
    return new HourEvent(
        sequence,
        at,
        identifier(in, "a"),
        oneOf(in, HourEvent.Type.values()),
        entry,
        maybe(in, () -> oneOf(in, NOTES)));
  }

  /** Events without their sequence: the list gives them theirs. */
  static Gen<List<PendingEvent>> logs() {
    Gen<PendingEvent> one = in -> s -> event(in, s);
    return lists().of(one).ofSizeBetween(1, 40);
  }

  /** An event to be made once its sequence is known. */
  interface PendingEvent {
    HourEvent at(long sequence);
  }

  @Test
  void every_appended_event_is_replayed_equal_and_in_order() {
    qt().withExamples(2_000)
        .forAll(logs())
        .checkAssert(
            log -> {
              InMemoryHourEventStore store = new InMemoryHourEventStore();
              List<HourEvent> appended = new ArrayList<>();
              for (int i = 0; i < log.size(); i++) {
                HourEvent e = log.get(i).at(i + 1L);
                store.append(e);
                appended.add(e);
              }
              List<HourEvent> replayed = new ArrayList<>();
              store.replay(replayed::add);
              assertThat(replayed).isEqualTo(appended);
              assertThat(store.size()).isEqualTo(appended.size());
            });
  }

  @Test
  void events_spanning_many_byte_chunks_replay_equal() {
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    String note = "ملاحظة طويلة ".repeat(20_000); // about 400 KB encoded
    List<HourEvent> appended = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      HourEvent e = LedgerEvents.submitted(i, "k" + i, Optional.of(note + i));
      store.append(e);
      appended.add(e);
    }
    HourEventCodec.Encoder encoder = new HourEventCodec.Encoder();
    long expected = 0;
    for (HourEvent e : appended) {
      encoder.encode(e);
      expected += encoder.size();
    }
    assertThat(store.bytes()).isEqualTo(expected).isGreaterThan(3L << 20);
    List<HourEvent> replayed = new ArrayList<>();
    store.replay(replayed::add);
    assertThat(replayed).isEqualTo(appended);
  }

  @Test
  void an_event_out_of_sequence_is_refused_and_changes_nothing() {
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    store.append(LedgerEvents.submitted(1, "k1", Optional.empty()));
    long bytes = store.bytes();
    assertThatThrownBy(() -> store.append(LedgerEvents.submitted(3, "k3", Optional.empty())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not follow event 1");
    assertThat(store.size()).isEqualTo(1);
    assertThat(store.bytes()).isEqualTo(bytes);
    HourEvent second = LedgerEvents.submitted(2, "k2", Optional.empty());
    store.append(second);
    List<HourEvent> replayed = new ArrayList<>();
    store.replay(replayed::add);
    assertThat(replayed).hasSize(2).last().isEqualTo(second);
  }

  @Test
  void a_roster_event_takes_a_few_dozen_bytes() {
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    for (int i = 1; i <= 1000; i++) {
      store.append(LedgerEvents.submitted(i, "k" + i, Optional.empty()));
    }
    // Volunteer, opportunity, entity, field, region and actor are referred to after the first.
    assertThat(store.bytes() / 1000.0).isLessThan(48);
  }

  /** Events like a ledger's own. */
  static final class LedgerEvents {
    private LedgerEvents() {}

    static HourEvent submitted(long sequence, String key, Optional<String> note) {
      Instant at = Instant.parse("2025-03-20T12:00:00Z");
      Instant start = Instant.parse("2025-03-10T05:00:00Z").plusSeconds(sequence * 5400);
      HourEntry entry =
          HourEntry.builder()
              .id(HourEntryId.ofNumber(sequence))
              .key(IdempotencyKey.of(key))
              .volunteer(VolunteerId.of("V" + sequence % 7))
              .opportunity(new OpportunityNumber("20250000001"))
              .entity(EntityId.of("E1"))
              .supervisingEntity(EntityId.of("SUP-1"))
              .field(FieldCode.of("RELIEF"))
              .region(Region.RIYADH)
              .day(LocalDate.of(2025, 3, 10))
              .time(TimeRange.of(start, start.plusSeconds(3600)))
              .creditedMinutes(60)
              .source(HourSource.ROSTER)
              .compulsory(false)
              .status(HourStatus.SUBMITTED)
              .submittedAt(at)
              .submittedBy("import")
              .note(note)
              .build();
      return new HourEvent(sequence, at, "import", HourEvent.Type.SUBMITTED, entry, note);
    }
  }
}
