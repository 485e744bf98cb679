package org.tatawwu.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventConflictException;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourEvidence;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The contract of an {@link HourEventStore}: extend this class in a test, implement {@link
 * #newStore()} (and, for a store several nodes share, {@link #anotherNode}; for a persistent one,
 * {@link #reopen}), and JUnit runs every check against your store.
 *
 * <p>It checks that events come back equal and in order, that a batch is stored whole or not at
 * all, that an append at a taken sequence is refused with {@link HourEventConflictException} and
 * one leaving a gap with {@link IllegalStateException}, both storing nothing; that {@link
 * HourEventStore#replayAfter} yields exactly the later events; that a second node sees the first
 * node's appends; that writers racing on several nodes store every sequence exactly once; and that
 * a reopened store holds what was acknowledged.
 *
 * <p>Each test creates its own stores; the suite closes every store that is {@link AutoCloseable}
 * after each test. Not thread-safe (JUnit creates an instance per test).
 */
public abstract class HourEventStoreContract {
  private static final Instant T0 = Instant.parse("2025-03-20T09:00:00.123456789Z");

  private final List<HourEventStore> opened = new ArrayList<>();

  /** Creates the suite. */
  protected HourEventStoreContract() {}

  /**
   * Creates an empty store, private to the calling test.
   *
   * @return the store, not null
   * @throws Exception if it cannot be created
   */
  protected abstract HourEventStore newStore() throws Exception;

  /**
   * Returns another handle on the storage of {@code store}, as a second application node would open
   * it (its own connections). The default returns {@code store} itself, which suits a store that is
   * shared as one object.
   *
   * @param store a store made by {@link #newStore()}, not null
   * @return a store over the same events, not null
   * @throws Exception if it cannot be opened
   */
  protected HourEventStore anotherNode(HourEventStore store) throws Exception {
    return store;
  }

  /**
   * Closes {@code store} and opens its storage again, as after a restart. The default returns
   * {@code store} itself, which suits a store in memory.
   *
   * @param store a store made by {@link #newStore()}, not null
   * @return the reopened store, not null
   * @throws Exception if it cannot be reopened
   */
  protected HourEventStore reopen(HourEventStore store) throws Exception {
    return store;
  }

  /**
   * Registers a store for closing after the test; {@link #newStore()}, {@link #anotherNode} and
   * {@link #reopen} results are registered by the suite itself.
   *
   * @param store the store, not null
   * @return {@code store}
   */
  protected final HourEventStore track(HourEventStore store) {
    opened.add(store);
    return store;
  }

  /**
   * Closes every store the test opened.
   *
   * @throws Exception if one cannot be closed
   */
  @AfterEach
  protected void closeStores() throws Exception {
    Collections.reverse(opened);
    Set<HourEventStore> done = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (HourEventStore s : opened) {
      if (s instanceof AutoCloseable c && done.add(s)) {
        c.close();
      }
    }
    opened.clear();
  }

  private HourEventStore store() throws Exception {
    return track(newStore());
  }

  private HourEventStore node(HourEventStore store) throws Exception {
    return track(anotherNode(store));
  }

  /**
   * An empty store holds no event and replays none.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void an_empty_store_holds_nothing() throws Exception {
    HourEventStore store = store();
    assertThat(store.size()).isZero();
    assertThat(all(store)).isEmpty();
    assertThat(after(store, 0)).isEmpty();
  }

  /**
   * Events of every type and shape come back equal, in sequence.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void replays_every_event_equal_and_in_order() throws Exception {
    HourEventStore store = store();
    List<HourEvent> events = events(1, 40);
    store.append(events.get(0));
    store.appendAll(events.subList(1, 25));
    for (HourEvent e : events.subList(25, 40)) {
      store.append(e);
    }
    assertThat(store.size()).isEqualTo(40);
    assertThat(all(store)).containsExactlyElementsOf(events);
  }

  /**
   * {@code replayAfter(n)} yields the events after {@code n}, and nothing at or past the end.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void replays_after_a_sequence_only_the_later_events() throws Exception {
    HourEventStore store = store();
    List<HourEvent> events = events(1, 12);
    store.appendAll(events);
    for (int n = 0; n <= 12; n++) {
      assertThat(after(store, n)).containsExactlyElementsOf(events.subList(n, 12));
    }
    assertThat(after(store, 100)).isEmpty();
    assertThatThrownBy(() -> store.replayAfter(-1, e -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * An append at a sequence already taken is a conflict and stores nothing of its batch.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void an_append_at_a_taken_sequence_is_a_conflict_and_stores_nothing() throws Exception {
    HourEventStore store = store();
    List<HourEvent> events = events(1, 5);
    store.appendAll(events);
    List<HourEvent> late = events(3, 4); // sequences 3..6: 3 is taken
    assertThatThrownBy(() -> store.appendAll(late))
        .isInstanceOfSatisfying(
            HourEventConflictException.class, e -> assertThat(e.expectedSequence()).isEqualTo(3));
    assertThatThrownBy(() -> store.append(events(5, 1).get(0)))
        .isInstanceOf(HourEventConflictException.class);
    assertThat(store.size()).isEqualTo(5);
    assertThat(all(store)).containsExactlyElementsOf(events);
  }

  /**
   * An append leaving a gap, or a batch whose sequences skip, is refused and stores nothing.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void a_gap_is_refused_and_stores_nothing() throws Exception {
    HourEventStore store = store();
    List<HourEvent> events = events(1, 3);
    store.appendAll(events);
    assertThatThrownBy(() -> store.append(events(5, 1).get(0)))
        .isInstanceOf(IllegalStateException.class)
        .isNotInstanceOf(HourEventConflictException.class);
    List<HourEvent> skipping = new ArrayList<>(events(4, 3));
    skipping.set(2, events(8, 1).get(0)); // 4, 5, 8
    assertThatThrownBy(() -> store.appendAll(skipping))
        .isInstanceOf(IllegalStateException.class)
        .isNotInstanceOf(HourEventConflictException.class);
    store.appendAll(List.of());
    assertThat(store.size()).isEqualTo(3);
    assertThat(all(store)).containsExactlyElementsOf(events);
    store.appendAll(events(4, 2)); // the store still takes the next sequence
    assertThat(store.size()).isEqualTo(5);
  }

  /**
   * A second node sees what the first appended, and cannot append at a sequence it took.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void a_second_node_sees_the_first_nodes_appends() throws Exception {
    HourEventStore first = store();
    HourEventStore second = node(first);
    List<HourEvent> events = events(1, 6);
    first.appendAll(events.subList(0, 4));
    assertThat(second.size()).isEqualTo(4);
    assertThat(after(second, 0)).containsExactlyElementsOf(events.subList(0, 4));
    assertThatThrownBy(() -> second.append(events(4, 1).get(0)))
        .isInstanceOf(HourEventConflictException.class);
    second.appendAll(events.subList(4, 6));
    assertThat(after(first, 4)).containsExactlyElementsOf(events.subList(4, 6));
    assertThat(all(first)).containsExactlyElementsOf(events);
  }

  /**
   * Writers on two nodes race to append, each retrying after a conflict: every attempt that was
   * acknowledged is stored exactly once, at one sequence, and the log has no gap.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void racing_writers_on_two_nodes_store_each_acknowledged_event_once() throws Exception {
    HourEventStore first = store();
    HourEventStore second = node(first);
    int writers = 4;
    int perWriter = 60;
    AtomicLong conflicts = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<List<String>>> acknowledged = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        HourEventStore mine = w % 2 == 0 ? first : second;
        String writer = "W" + w;
        acknowledged.add(
            pool.submit(
                () -> {
                  List<String> keys = new ArrayList<>();
                  for (int i = 0; i < perWriter; i++) {
                    String key = writer + "-" + i;
                    int batch = 1 + i % 3;
                    while (true) {
                      long next = mine.size() + 1;
                      List<HourEvent> events = new ArrayList<>();
                      for (int b = 0; b < batch; b++) {
                        events.add(event(next + b, key + "." + b));
                      }
                      try {
                        mine.appendAll(events);
                        break;
                      } catch (HourEventConflictException e) {
                        conflicts.incrementAndGet();
                      }
                    }
                    for (int b = 0; b < batch; b++) {
                      keys.add(key + "." + b);
                    }
                  }
                  return keys;
                }));
      }
      Set<String> expected = new HashSet<>();
      for (Future<List<String>> f : acknowledged) {
        expected.addAll(f.get(5, TimeUnit.MINUTES));
      }
      List<HourEvent> stored = all(first);
      List<String> storedKeys = new ArrayList<>();
      for (int i = 0; i < stored.size(); i++) {
        assertThat(stored.get(i).sequence()).isEqualTo(i + 1L);
        storedKeys.add(stored.get(i).entry().key().value());
      }
      assertThat(storedKeys).doesNotHaveDuplicates();
      assertThat(new HashSet<>(storedKeys)).isEqualTo(expected);
      assertThat(after(second, 0)).isEqualTo(stored);
      // each batch stored contiguously, as one
      for (int i = 0; i < stored.size(); i++) {
        String key = storedKeys.get(i);
        int b = Integer.parseInt(key.substring(key.lastIndexOf('.') + 1));
        if (b > 0) {
          String previous = key.substring(0, key.lastIndexOf('.') + 1) + (b - 1);
          assertThat(storedKeys.get(i - 1)).isEqualTo(previous);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A reopened store holds every acknowledged event and appends after them.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void a_reopened_store_holds_what_was_acknowledged() throws Exception {
    HourEventStore store = store();
    List<HourEvent> events = events(1, 30);
    store.appendAll(events.subList(0, 10));
    for (HourEvent e : events.subList(10, 20)) {
      store.append(e);
    }
    HourEventStore again = track(reopen(store));
    assertThat(again.size()).isEqualTo(20);
    assertThat(all(again)).containsExactlyElementsOf(events.subList(0, 20));
    again.appendAll(events.subList(20, 30));
    HourEventStore third = track(reopen(again));
    assertThat(all(third)).containsExactlyElementsOf(events);
  }

  /**
   * What backs an entry — its shift, its review reasons with their arguments (text, whole numbers,
   * dates), its attendance evidence — comes back equal, also after a restart.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void what_backs_an_entry_survives_a_restart() throws Exception {
    HourEventStore store = store();
    List<HourEvent> events = events(1, 12);
    store.appendAll(events.subList(0, 6));
    for (HourEvent e : events.subList(6, 12)) {
      store.append(e);
    }
    assertThat(events)
        .anyMatch(e -> !e.entry().review().isEmpty())
        .anyMatch(e -> e.entry().evidence().checkInCode().isPresent())
        .anyMatch(e -> e.entry().evidence().autoCheckOut())
        .anyMatch(e -> e.entry().evidence().locationVerified())
        .anyMatch(e -> e.entry().shift().isEmpty());
    HourEventStore again = track(reopen(store));
    List<HourEvent> back = all(again);
    assertThat(back).hasSize(12);
    for (int i = 0; i < 12; i++) {
      HourEntry sent = events.get(i).entry();
      HourEntry read = back.get(i).entry();
      assertThat(read.shift()).as("shift of %s", i + 1).isEqualTo(sent.shift());
      assertThat(read.review()).as("review of %s", i + 1).isEqualTo(sent.review());
      assertThat(read.evidence()).as("evidence of %s", i + 1).isEqualTo(sent.evidence());
    }
    assertThat(back).containsExactlyElementsOf(events);
  }

  /**
   * Returns every event of a store, through {@link HourEventStore#replay}.
   *
   * @param store the store, not null
   * @return the events in the order replayed
   */
  protected static List<HourEvent> all(HourEventStore store) {
    List<HourEvent> out = new ArrayList<>();
    store.replay(out::add);
    return out;
  }

  private static List<HourEvent> after(HourEventStore store, long sequence) {
    List<HourEvent> out = new ArrayList<>();
    store.replayAfter(sequence, out::add);
    return out;
  }

  /**
   * Returns {@code count} events from sequence {@code first}: every event type, entries with and
   * without their optional parts, Arabic text, times with nanoseconds.
   *
   * @param first the first sequence, 1 or more
   * @param count how many, 0 or more
   * @return the events
   */
  protected static List<HourEvent> events(long first, int count) {
    List<HourEvent> out = new ArrayList<>();
    for (long s = first; s < first + count; s++) {
      out.add(event(s, "K-" + s));
    }
    return out;
  }

  /** The constant at {@code i} modulo their number: every constant in turn. */
  private static <E extends Enum<E>> E pick(E[] constants, long i) {
    return List.of(constants).get((int) (i % constants.length));
  }

  private static HourEvent event(long sequence, String key) {
    int v = (int) (sequence % 7);
    HourEvent.Type type = pick(HourEvent.Type.values(), sequence);
    HourStatus status =
        switch (type) {
          case SUBMITTED -> HourStatus.SUBMITTED;
          case APPROVED -> HourStatus.APPROVED;
          case REJECTED -> HourStatus.REJECTED;
          case SUPERSEDED -> HourStatus.SUPERSEDED;
        };
    Instant start = T0.plus(Duration.ofMinutes(sequence * 37));
    boolean decided = type != HourEvent.Type.SUBMITTED;
    HourEntry entry =
        new HourEntry(
            HourEntryId.ofNumber(sequence),
            IdempotencyKey.of(key),
            VolunteerId.of("V-" + v),
            OpportunityNumber.parse(sequence % 2 == 0 ? "20250000001" : "20250000002"),
            EntityId.of("E" + (sequence % 3)),
            EntityId.of("SUP-" + (sequence % 2)),
            FieldCode.of(sequence % 2 == 0 ? "RELIEF" : "IT"),
            pick(Region.values(), sequence),
            LocalDate.of(2025, 3, 1).plusDays(sequence % 28),
            TimeRange.of(start, start.plus(Duration.ofSeconds(60L * (5 + sequence % 300) + 7))),
            (int) (5 + sequence % 300),
            pick(HourSource.values(), sequence),
            sequence % 5 == 0,
            status,
            start.plusSeconds(3600),
            sequence % 3 == 0 ? "منسق-" + v : "sys",
            sequence % 4 == 1
                ? Optional.of(HourEntryId.ofNumber(sequence + 1000))
                : Optional.empty(),
            type == HourEvent.Type.SUPERSEDED
                ? Optional.of(HourEntryId.of("X-" + sequence))
                : Optional.empty(),
            decided ? Optional.of("المشرف " + v) : Optional.empty(),
            decided ? Optional.of(start.plusSeconds(7200).plusNanos(sequence)) : Optional.empty(),
            sequence % 6 == 0
                ? Optional.of("سبب: تصحيح \"الساعات\"\n\t\\N \\ \r\b\f\u000b 🙂 " + sequence)
                : Optional.empty());
    if (sequence % 3 != 0) {
      // What backs the entry: its shift, the reasons it awaits review, its attendance evidence.
      entry =
          entry
              .withShift(ShiftId.of("S-" + (sequence % 4)))
              .withReview(
                  sequence % 3 == 1
                      ? List.of(
                          Violation.of("hours.notEnrolled", "shift", "S-" + (sequence % 4)),
                          Violation.of(
                              "hours.outsideShift",
                              "shift",
                              "وردية " + sequence,
                              "early",
                              15L,
                              "late",
                              sequence),
                          Violation.of(
                              "hours.entityNotAccredited",
                              "entity",
                              "E\t1",
                              "day",
                              LocalDate.of(2025, 3, 1).plusDays(sequence % 28)),
                          Violation.of("hours.seatsFull", "shift", "S-1", "seats", (int) sequence))
                      : List.of())
              .withEvidence(
                  new HourEvidence(
                      sequence % 2 == 0 ? Optional.of("code-" + sequence) : Optional.empty(),
                      sequence % 4 == 1,
                      sequence % 5 == 2));
    }
    return new HourEvent(
        sequence,
        start.plusSeconds(7200).plusNanos(sequence % 1000),
        decided ? "المشرف " + v : "sys",
        type,
        entry,
        type == HourEvent.Type.REJECTED
            ? Optional.of("غير مؤهل, \\ ' ;" + sequence)
            : Optional.empty());
  }
}
