package org.tatawwu.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tatawwu.fund.AssociationId;
import org.tatawwu.fund.BeneficiaryRef;
import org.tatawwu.fund.Channel;
import org.tatawwu.fund.Disbursement;
import org.tatawwu.fund.Donation;
import org.tatawwu.fund.DonorId;
import org.tatawwu.fund.DonorType;
import org.tatawwu.fund.FundId;
import org.tatawwu.fund.FundJournalConflictException;
import org.tatawwu.fund.FundJournalStore;
import org.tatawwu.fund.FundOperation;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.fund.NeedVerification;
import org.tatawwu.fund.Refund;
import org.tatawwu.fund.ServiceCategory;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;

/**
 * The contract of a {@link FundJournalStore}: extend this class in a test, implement {@link
 * #newStore()} (and, for a store several nodes share, {@link #anotherNode}; for a persistent one,
 * {@link #reopen}), and JUnit runs every check against your store.
 *
 * <p>It checks that entries of every kind and shape come back equal and in order (amounts up to
 * {@link Long#MAX_VALUE} halalas, Arabic text, instants with nanoseconds), that an operation's
 * entries are stored whole or not at all, that an append at a taken sequence is refused with {@link
 * FundJournalConflictException} and one leaving a gap with {@link IllegalStateException} (a batch
 * whose sequences skip with {@link IllegalArgumentException}), each storing nothing; that {@link
 * FundJournalStore#replayAfter} yields exactly the later entries; that a second node sees the first
 * node's appends; that writers racing on two nodes store every acknowledged entry exactly once; and
 * that a reopened store holds what was acknowledged.
 *
 * <p>Each test creates its own stores; the suite closes every store that is {@link AutoCloseable}
 * after each test. Not thread-safe (JUnit creates an instance per test).
 */
public abstract class FundJournalStoreContract {
  private static final Instant T0 = Instant.parse("2025-03-20T09:00:00.123456789Z");

  private final List<FundJournalStore> opened = new ArrayList<>();

  /** Creates the suite. */
  protected FundJournalStoreContract() {}

  /**
   * Creates an empty store, private to the calling test.
   *
   * @return the store, not null
   * @throws Exception if it cannot be created
   */
  protected abstract FundJournalStore newStore() throws Exception;

  /**
   * Returns another handle on the storage of {@code store}, as a second application node would open
   * it (its own connections). The default returns {@code store} itself, which suits a store that is
   * shared as one object.
   *
   * @param store a store made by {@link #newStore()}, not null
   * @return a store over the same journal, not null
   * @throws Exception if it cannot be opened
   */
  protected FundJournalStore anotherNode(FundJournalStore store) throws Exception {
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
  protected FundJournalStore reopen(FundJournalStore store) throws Exception {
    return store;
  }

  /**
   * Registers a store for closing after the test; {@link #newStore()}, {@link #anotherNode} and
   * {@link #reopen} results are registered by the suite itself.
   *
   * @param store the store, not null
   * @return {@code store}
   */
  protected final FundJournalStore track(FundJournalStore store) {
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
    Set<FundJournalStore> done = Collections.newSetFromMap(new IdentityHashMap<>());
    for (FundJournalStore s : opened) {
      if (s instanceof AutoCloseable c && done.add(s)) {
        c.close();
      }
    }
    opened.clear();
  }

  private FundJournalStore store() throws Exception {
    return track(newStore());
  }

  private FundJournalStore node(FundJournalStore store) throws Exception {
    return track(anotherNode(store));
  }

  /**
   * An empty store holds no entry and replays none.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void an_empty_store_holds_nothing() throws Exception {
    FundJournalStore store = store();
    assertThat(store.size()).isZero();
    assertThat(all(store)).isEmpty();
    assertThat(after(store, 0)).isEmpty();
  }

  /**
   * Entries of every kind and shape come back equal, in sequence.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void replays_every_entry_equal_and_in_order() throws Exception {
    FundJournalStore store = store();
    List<JournalEntry> entries = entries(1, 40);
    store.append(entries.get(0));
    store.appendAll(entries.subList(1, 25));
    for (JournalEntry e : entries.subList(25, 40)) {
      store.append(e);
    }
    assertThat(store.size()).isEqualTo(40);
    assertThat(all(store)).containsExactlyElementsOf(entries);
  }

  /**
   * {@code replayAfter(n)} yields the entries after {@code n}, and nothing at or past the end; a
   * negative start is refused.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void replays_after_a_sequence_only_the_later_entries() throws Exception {
    FundJournalStore store = store();
    List<JournalEntry> entries = entries(1, 12);
    store.appendAll(entries);
    for (int n = 0; n <= 12; n++) {
      assertThat(after(store, n)).containsExactlyElementsOf(entries.subList(n, 12));
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
    FundJournalStore store = store();
    List<JournalEntry> entries = entries(1, 5);
    store.appendAll(entries);
    List<JournalEntry> late = entries(3, 4); // sequences 3..6: 3 is taken
    assertThatThrownBy(() -> store.appendAll(late))
        .isInstanceOfSatisfying(
            FundJournalConflictException.class, e -> assertThat(e.expectedSequence()).isEqualTo(3));
    assertThatThrownBy(() -> store.append(entries(5, 1).get(0)))
        .isInstanceOf(FundJournalConflictException.class);
    assertThat(store.size()).isEqualTo(5);
    assertThat(all(store)).containsExactlyElementsOf(entries);
  }

  /**
   * An append leaving a gap, or a batch whose sequences skip, is refused and stores nothing.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void a_gap_is_refused_and_stores_nothing() throws Exception {
    FundJournalStore store = store();
    List<JournalEntry> entries = entries(1, 3);
    store.appendAll(entries);
    assertThatThrownBy(() -> store.append(entries(5, 1).get(0)))
        .isInstanceOf(IllegalStateException.class)
        .isNotInstanceOf(FundJournalConflictException.class);
    List<JournalEntry> skipping = new ArrayList<>(entries(4, 3));
    skipping.set(2, entries(8, 1).get(0)); // 4, 5, 8
    assertThatThrownBy(() -> store.appendAll(skipping))
        .isInstanceOf(IllegalArgumentException.class);
    store.appendAll(List.of());
    assertThat(store.size()).isEqualTo(3);
    assertThat(all(store)).containsExactlyElementsOf(entries);
    store.appendAll(entries(4, 2)); // the store still takes the next sequence
    assertThat(store.size()).isEqualTo(5);
    assertThat(all(store)).containsExactlyElementsOf(entries(1, 5));
  }

  /**
   * A second node sees what the first appended, and cannot append at a sequence it took.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void a_second_node_sees_the_first_nodes_appends() throws Exception {
    FundJournalStore first = store();
    FundJournalStore second = node(first);
    List<JournalEntry> entries = entries(1, 6);
    first.appendAll(entries.subList(0, 4));
    assertThat(second.size()).isEqualTo(4);
    assertThat(after(second, 0)).containsExactlyElementsOf(entries.subList(0, 4));
    assertThatThrownBy(() -> second.append(entries(4, 1).get(0)))
        .isInstanceOf(FundJournalConflictException.class);
    second.appendAll(entries.subList(4, 6));
    assertThat(after(first, 4)).containsExactlyElementsOf(entries.subList(4, 6));
    assertThat(all(first)).containsExactlyElementsOf(entries);
  }

  /**
   * Writers on two nodes race to append, each retrying after a conflict: every acknowledged entry
   * is stored exactly once, the journal has no gap, and each batch lies contiguous.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void racing_writers_on_two_nodes_store_each_acknowledged_entry_once() throws Exception {
    FundJournalStore first = store();
    FundJournalStore second = node(first);
    int writers = 4;
    int perWriter = 60;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<List<String>>> acknowledged = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        FundJournalStore mine = w % 2 == 0 ? first : second;
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
                      List<JournalEntry> batchEntries = new ArrayList<>();
                      for (int b = 0; b < batch; b++) {
                        batchEntries.add(entry(next + b, key + "." + b));
                      }
                      try {
                        mine.appendAll(batchEntries);
                        break;
                      } catch (FundJournalConflictException e) {
                        // another writer took the sequence: read the size again
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
      List<JournalEntry> stored = all(first);
      List<String> storedKeys = new ArrayList<>();
      for (int i = 0; i < stored.size(); i++) {
        assertThat(stored.get(i).sequence()).isEqualTo(i + 1L);
        storedKeys.add(stored.get(i).operation().key().value());
      }
      assertThat(storedKeys).doesNotHaveDuplicates();
      assertThat(new HashSet<>(storedKeys)).isEqualTo(expected);
      assertThat(after(second, 0)).isEqualTo(stored);
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
   * A reopened store holds every acknowledged entry and appends after them.
   *
   * @throws Exception if the store fails
   */
  @Test
  public void a_reopened_store_holds_what_was_acknowledged() throws Exception {
    FundJournalStore store = store();
    List<JournalEntry> entries = entries(1, 30);
    store.appendAll(entries.subList(0, 10));
    for (JournalEntry e : entries.subList(10, 20)) {
      store.append(e);
    }
    FundJournalStore again = track(reopen(store));
    assertThat(again.size()).isEqualTo(20);
    assertThat(all(again)).containsExactlyElementsOf(entries.subList(0, 20));
    again.appendAll(entries.subList(20, 30));
    FundJournalStore third = track(reopen(again));
    assertThat(all(third)).containsExactlyElementsOf(entries);
  }

  /**
   * Returns every entry of a store, through {@link FundJournalStore#replay}.
   *
   * @param store the store, not null
   * @return the entries in the order replayed
   */
  protected static List<JournalEntry> all(FundJournalStore store) {
    List<JournalEntry> out = new ArrayList<>();
    store.replay(out::add);
    return out;
  }

  private static List<JournalEntry> after(FundJournalStore store, long sequence) {
    List<JournalEntry> out = new ArrayList<>();
    store.replayAfter(sequence, out::add);
    return out;
  }

  /**
   * Returns {@code count} entries from sequence {@code first}: donations, refunds and disbursements
   * with and without their optional parts, every enum constant in turn, Arabic text, amounts and
   * balances up to {@link Long#MAX_VALUE} halalas, instants with nanoseconds. They are valid one by
   * one; the suite does not keep the books (a store stores, the ledger judges).
   *
   * @param first the first sequence, 1 or more
   * @param count how many, 0 or more
   * @return the entries
   */
  protected static List<JournalEntry> entries(long first, int count) {
    List<JournalEntry> out = new ArrayList<>();
    for (long s = first; s < first + count; s++) {
      out.add(entry(s, "K-" + s));
    }
    return out;
  }

  /** The constant at {@code i} modulo their number: every constant in turn. */
  private static <E extends Enum<E>> E pick(E[] constants, long i) {
    return List.of(constants).get((int) (i % constants.length));
  }

  private static JournalEntry entry(long sequence, String key) {
    Instant at = T0.plusSeconds(sequence * 611).plusNanos(sequence % 1000);
    LocalDate day = LocalDate.of(2025, 3, 1).plusDays(sequence % 28);
    SarAmount amount =
        SarAmount.ofHalalas(sequence % 11 == 0 ? Long.MAX_VALUE : 1 + sequence * 997 % 5_000_000);
    SarAmount balance =
        SarAmount.ofHalalas(sequence % 13 == 0 ? Long.MAX_VALUE : sequence % 5 == 0 ? 0 : sequence);
    IdempotencyKey k = IdempotencyKey.of(key);
    FundId fund = FundId.of(sequence % 2 == 0 ? "ZAKAT-1" : "F:general_2");
    String actor = sequence % 3 == 0 ? "clerk.7" : "sys";
    FundOperation operation =
        switch ((int) (sequence % 3)) {
          case 0 ->
              Donation.builder()
                  .key(k)
                  .fund(fund)
                  .donor(DonorId.of("D-" + sequence % 17))
                  .donorType(pick(DonorType.values(), sequence))
                  .channel(pick(Channel.values(), sequence / 3))
                  .amount(amount)
                  .recordedBy(actor)
                  .build();
          case 1 ->
              new Refund(
                  k,
                  fund,
                  Math.max(1, sequence - 1),
                  amount,
                  sequence % 2 == 0
                      ? "ردّ بطلب المتبرع، \"مكرر\"\n\t\\ " + sequence
                      : "duplicate payment " + sequence,
                  actor);
          default -> disbursement(k, fund, amount, actor, sequence);
        };
    return new JournalEntry(sequence, at, day, operation, balance);
  }

  private static Disbursement disbursement(
      IdempotencyKey key, FundId fund, SarAmount amount, String actor, long sequence) {
    boolean person = sequence % 4 != 3;
    return Disbursement.builder()
        .key(key)
        .fund(fund)
        .association(AssociationId.of("A-" + sequence % 5))
        .category(pick(ServiceCategory.values(), sequence / 3))
        .region(pick(Region.values(), sequence))
        .amount(amount)
        .date(LocalDate.of(2025, 2, 1).plusDays(sequence % 40))
        .beneficiary(person ? Optional.of(BeneficiaryRef.of("B." + sequence)) : Optional.empty())
        .verification(
            person
                ? Optional.of(
                    new NeedVerification(
                        "officer_" + sequence % 3,
                        T0.minusSeconds(86_400L * (sequence % 9))
                            .plusNanos(sequence * 7919 % 1_000_000_000),
                        pick(NeedVerification.Evidence.values(), sequence / 3)))
                : Optional.empty())
        .volunteersInvolved((int) (sequence % 4 == 0 ? 0 : sequence * 13 % 500))
        .recordedBy(actor)
        .build();
  }
}
